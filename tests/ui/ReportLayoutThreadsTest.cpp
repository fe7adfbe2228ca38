// SPDX-License-Identifier: GPL-3.0-or-later
// The report's text is laid out on several threads (issue 21: a hundred personas are mostly text
// layout). The pages must not depend on it: the same report laid out on one thread and on four
// has the same pages, page by page, in a left-to-right language, in Arabic and in Thai (whose
// font comes through fontconfig's fallback, resolved again in each thread).
#include "InEachLanguage.h"
#include "UiTestSupport.h"
#include "report/PdfReport.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace b2x;

namespace {

struct Laid {
    int pages = 0;
    std::vector<PdfReport::FlowPage> flow;
    QString text; ///< pdftotext of the whole file
};

Laid writeWith(int threads, const test::AnalysedWorkspace& l, const QString& path)
{
    PdfReport report(l.workspace, l.analyses, ReportOptions{});
    report.setLayoutThreads(threads);
    const SaveResult r = report.writePdf(path);
    EXPECT_TRUE(r.ok) << r.message.toStdString();
    return {report.pageCount(), report.flowPages(),
            test::runProgram(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})};
}

class ReportLayoutThreads : public test::InEachLanguage {};

} // namespace

TEST_P(ReportLayoutThreads, FourThreadsLayOutTheSamePagesAsOne)
{
    // The sample: some twenty flows to share out (the summary, each persona, each budget part,
    // the appendix).
    const test::AnalysedWorkspace l = test::analysedSample();
    const std::size_t n = l.workspace.personas.size();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Laid one = writeWith(1, l, dir.filePath(QStringLiteral("one.pdf")));
    const Laid four = writeWith(4, l, dir.filePath(QStringLiteral("four.pdf")));

    ASSERT_GT(one.pages, 2 * static_cast<int>(n));
    EXPECT_EQ(four.pages, one.pages);
    ASSERT_EQ(four.flow.size(), one.flow.size());
    for (std::size_t i = 0; i < one.flow.size(); ++i) {
        SCOPED_TRACE("flow page " + std::to_string(i));
        EXPECT_EQ(four.flow[i].hasText, one.flow[i].hasText);
        EXPECT_EQ(four.flow[i].endsWithHeading, one.flow[i].endsWithHeading);
        EXPECT_EQ(four.flow[i].lastText.toStdString(), one.flow[i].lastText.toStdString());
    }
    EXPECT_FALSE(one.text.trimmed().isEmpty());
    EXPECT_TRUE(four.text == one.text) << "the PDFs' texts differ";
}

INSTANTIATE_TEST_SUITE_P(Languages, ReportLayoutThreads, ::testing::Values("en", "ar", "th"));
