// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysedRead.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace b2x::cli {

namespace {

/// Analyses the personas the reader hands over on the cores the reading thread leaves free,
/// against the built-in catalogue. The reading thread takes what is left when the list is read.
class EarlyAnalyses {
public:
    EarlyAnalyses()
    {
        const unsigned cores = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
        for (unsigned i = 1; i < cores; ++i) {
            try {
                m_workers.emplace_back([this] { work(); });
            } catch (const std::system_error&) {
                break; // fewer threads: the reading thread analyses what is left in finish()
            }
        }
    }
    ~EarlyAnalyses() { finish(); }

    PersonaSink sink()
    {
        return {[this](const Persona& p, std::size_t index) { decoded(p, index); },
                [this] { finish(); }};
    }

    /// The analyses in list order, when every persona of `list` has one.
    std::optional<std::vector<analytics::PersonaAnalysis>> take(const std::vector<Persona>& list)
    {
        if (m_results.size() != list.size())
            return std::nullopt;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!m_results[i] || m_results[i]->personaId != list[i].id)
                return std::nullopt;
        std::vector<analytics::PersonaAnalysis> out;
        out.reserve(m_results.size());
        while (!m_results.empty()) { // freed as they go, so the analyses are not held twice
            out.push_back(std::move(*m_results.front()));
            m_results.pop_front();
        }
        return out;
    }

private:
    struct Job {
        const Persona* persona;
        std::size_t index;
    };

    void decoded(const Persona& p, std::size_t index)
    {
        if (m_workers.empty()) {
            analyse({&p, index});
            return;
        }
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back({&p, index});
        }
        m_ready.notify_one();
    }

    void analyse(Job job)
    {
        analytics::PersonaAnalysis a =
            analytics::analysePersona(*job.persona, ChannelCatalogue::builtIn());
        const std::lock_guard lock(m_mutex);
        if (m_results.size() <= job.index)
            m_results.resize(job.index + 1);
        m_results[job.index] = std::move(a);
    }

    std::optional<Job> next(bool wait)
    {
        std::unique_lock lock(m_mutex);
        if (wait)
            m_ready.wait(lock, [this] { return m_closing || !m_queue.empty(); });
        if (m_queue.empty())
            return std::nullopt;
        const Job job = m_queue.front();
        m_queue.pop_front();
        return job;
    }

    void work()
    {
        while (const auto job = next(true))
            analyse(*job);
    }

    /// Every persona handed over is analysed when this returns.
    void finish()
    {
        while (const auto job = next(false))
            analyse(*job);
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_ready.notify_all();
        for (auto& w : m_workers)
            w.join();
        m_workers.clear();
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Job> m_queue;
    bool m_closing = false;
    // By list index; a deque grows without moving the analyses already made.
    std::deque<std::optional<analytics::PersonaAnalysis>> m_results;
    std::vector<std::thread> m_workers;
};

} // namespace

AnalysedWorkspace readAndAnalyse(const QString& file)
{
    EarlyAnalyses early;
    AnalysedWorkspace out;
    out.loaded = WorkspaceReader::readFile(file, early.sink());
    if (!out.loaded.ok())
        return out;
    const Workspace& ws = *out.loaded.workspace;
    // A workspace's own channels join every persona's channel fit: analysed again with them.
    if (ws.channels.empty())
        if (auto analyses = early.take(ws.personas)) {
            out.analyses = std::move(*analyses);
            return out;
        }
    std::vector<const Persona*> personas;
    personas.reserve(ws.personas.size());
    for (const auto& p : ws.personas)
        personas.push_back(&p);
    out.analyses = analytics::analysePersonas(personas, ws.catalogue());
    return out;
}

} // namespace b2x::cli
