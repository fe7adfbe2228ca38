<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>إعادة ترتيب الشخصيات</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>تعديل تفاصيل مساحة العمل</translation>
    </message>
</context>
<context>
    <name>b2x</name>
    <message>
        <source>the text is not valid UTF-8 (save the file with UTF-8 encoding)</source>
        <translation>النص ليس UTF-8 صالحًا (احفظ الملف بترميز UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large to represent (%1)</source>
        <translation>رقم أكبر من أن يمكن تمثيله (%1)</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</source>
        <translation>القوائم والكائنات متداخلة بأكثر من %1 مستوى؛ ولا تحتاج مساحة العمل إلى ذلك أبدًا، لذا فالملف تالف أو ليس مساحة عمل</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; remove one of them</source>
        <translation>المفتاح &quot;%1&quot; مكرر في الكائن نفسه؛ احذف أحدهما</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>هذا ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>ageMin (%1) must not be greater than ageMax (%2)</source>
        <translation>يجب ألا يكون ageMin (%1) أكبر من ageMax (%2)</translation>
    </message>
    <message>
        <source>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</source>
        <translation>يجب أن يتحقق minDays ≤ likelyDays ≤ maxDays؛ والقيم الموجودة %1، %2، %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each channel once</source>
        <translation>&quot;%1&quot; مدرجة مرتين؛ أدرج كل قناة مرة واحدة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</source>
        <translation>&quot;%1&quot; ليست في دليل القنوات لهذا الإصدار؛ وتتجاهلها النماذج</translation>
    </message>
    <message>
        <source>budget shares add up to %1%, more than 100%</source>
        <translation>مجموع حصص الميزانية %1%، أي أكثر من 100%</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</source>
        <translation>يجب أن يكون معرّف UUID مثل 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb, such as #4e79a7</source>
        <translation>يجب أن يكون لونًا مكتوبًا بالصيغة #rrggbb، مثل #4e79a7</translation>
    </message>
    <message>
        <source>Small-business software</source>
        <translation>برمجيات للشركات الصغيرة</translation>
    </message>
    <message>
        <source>Mid-market software</source>
        <translation>برمجيات للشركات المتوسطة</translation>
    </message>
    <message>
        <source>Enterprise software</source>
        <translation>برمجيات للمؤسسات الكبيرة</translation>
    </message>
    <message>
        <source>Industrial reorder</source>
        <translation>إعادة طلب صناعي</translation>
    </message>
    <message>
        <source>E-commerce impulse purchase</source>
        <translation>شراء اندفاعي عبر المتجر الإلكتروني</translation>
    </message>
    <message>
        <source>High-consideration consumer purchase</source>
        <translation>شراء استهلاكي يتطلب تفكيرًا طويلًا</translation>
    </message>
    <message>
        <source>Hybrid: self-funded or employer-sponsored</source>
        <translation>هجين: بتمويل ذاتي أو برعاية جهة العمل</translation>
    </message>
    <message>
        <source>A plan under $10,000 a year with a free trial: two people, a few weeks.</source>
        <translation>اشتراك بأقل من 10,000 دولار سنويًا مع فترة تجربة مجانية: شخصان وبضعة أسابيع.</translation>
    </message>
    <message>
        <source>A $25–50K deal: five people, about three months.</source>
        <translation>صفقة بقيمة 25–50 ألف دولار: خمسة أشخاص، نحو ثلاثة أشهر.</translation>
    </message>
    <message>
        <source>A $100–250K deal through a tender: seven people, six to nine months.</source>
        <translation>صفقة بقيمة 100–250 ألف دولار عبر مناقصة: سبعة أشخاص، من ستة إلى تسعة أشهر.</translation>
    </message>
    <message>
        <source>A straight rebuy of consumables from an approved supplier, every month.</source>
        <translation>إعادة شراء مباشرة لمستلزمات استهلاكية من مورد معتمد كل شهر.</translation>
    </message>
    <message>
        <source>Under $50, decided in less than a day, bought online.</source>
        <translation>أقل من 50 دولارًا، يُتخذ القرار في أقل من يوم ويُشترى عبر الإنترنت.</translation>
    </message>
    <message>
        <source>$200–2,000, a household weighing options for a few weeks.</source>
        <translation>200–2,000 دولار، أسرة توازن بين الخيارات لبضعة أسابيع.</translation>
    </message>
    <message>
        <source>A course bought by individuals or by their employers.</source>
        <translation>دورة يشتريها أفراد أو أصحاب العمل لموظفيهم.</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>هجين</translation>
    </message>
    <message>
        <source>Sells to organisations: the customer is a company or institution.</source>
        <translation>يبيع للمؤسسات: العميل شركة أو جهة.</translation>
    </message>
    <message>
        <source>Sells to people or households.</source>
        <translation>يبيع للأفراد أو الأسر.</translation>
    </message>
    <message>
        <source>Sells both ways, for example a design studio furnishing hotels and homes.</source>
        <translation>يبيع بالطريقتين، مثل استوديو تصميم يؤثث الفنادق والمنازل.</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>المبادر</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>المؤثر</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>واضع المواصفات</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>حارس البوابة</translation>
    </message>
    <message>
        <source>Notices the need and starts the purchase.</source>
        <translation>يلاحظ الحاجة ويبدأ عملية الشراء.</translation>
    </message>
    <message>
        <source>Will use the product day to day; often shapes the requirements.</source>
        <translation>سيستخدم المنتج يوميًا؛ وغالبًا ما يشارك في صياغة المتطلبات.</translation>
    </message>
    <message>
        <source>Shapes the choice with advice or expertise, from inside or outside the organisation.</source>
        <translation>يؤثر في الاختيار بالنصيحة أو الخبرة، من داخل المؤسسة أو خارجها.</translation>
    </message>
    <message>
        <source>Writes the technical requirements that offers are scored against.</source>
        <translation>يكتب المتطلبات الفنية التي تُقيَّم العروض على أساسها.</translation>
    </message>
    <message>
        <source>Makes the final choice of product and supplier.</source>
        <translation>يتخذ القرار النهائي في اختيار المنتج والمورد.</translation>
    </message>
    <message>
        <source>Authorises what the deciders and buyers propose.</source>
        <translation>يعتمد ما يقترحه أصحاب القرار والمشترون.</translation>
    </message>
    <message>
        <source>Negotiates terms and places the order, often procurement.</source>
        <translation>يتفاوض على الشروط ويصدر أمر الشراء، وغالبًا ما يكون قسم المشتريات.</translation>
    </message>
    <message>
        <source>Controls which suppliers and what information reach the group.</source>
        <translation>يتحكم في الموردين والمعلومات التي تصل إلى المجموعة.</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>مؤيد</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>معارض</translation>
    </message>
    <message>
        <source>Argues for your offer inside the organisation.</source>
        <translation>يدافع عن عرضك داخل المؤسسة.</translation>
    </message>
    <message>
        <source>Has not taken a side yet.</source>
        <translation>لم يحسم موقفه بعد.</translation>
    </message>
    <message>
        <source>Argues against the purchase and may be able to stop it.</source>
        <translation>يعارض الشراء وقد يتمكن من إيقافه.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>شراء جديد</translation>
    </message>
    <message>
        <source>Modified rebuy</source>
        <translation>إعادة شراء معدّلة</translation>
    </message>
    <message>
        <source>Straight rebuy</source>
        <translation>إعادة شراء مباشرة</translation>
    </message>
    <message>
        <source>Bought for the first time: more people take part and the search takes longer.</source>
        <translation>يُشترى لأول مرة: يشارك عدد أكبر من الأشخاص ويطول البحث.</translation>
    </message>
    <message>
        <source>A familiar purchase with changed requirements, terms or suppliers.</source>
        <translation>شراء مألوف بمتطلبات أو شروط أو موردين مختلفين.</translation>
    </message>
    <message>
        <source>A routine reorder from the current supplier: few people, quick decision.</source>
        <translation>إعادة طلب روتينية من المورد الحالي: أشخاص قليلون وقرار سريع.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Shared team</source>
        <translation>فريق مشترك</translation>
    </message>
    <message>
        <source>Dedicated account manager</source>
        <translation>مدير حساب مخصص</translation>
    </message>
    <message>
        <source>Customers serve themselves or contact general support.</source>
        <translation>يخدم العملاء أنفسهم أو يتواصلون مع الدعم العام.</translation>
    </message>
    <message>
        <source>A team looks after many customers together.</source>
        <translation>يتولى فريق واحد رعاية عدد كبير من العملاء معًا.</translation>
    </message>
    <message>
        <source>One named person owns the relationship, typical of large B2B accounts.</source>
        <translation>شخص محدد بالاسم يتولى العلاقة، وهو أمر معتاد في حسابات B2B الكبيرة.</translation>
    </message>
    <message>
        <source>Self-serve</source>
        <translation>خدمة ذاتية</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>موجَّه</translation>
    </message>
    <message>
        <source>The product needs no training.</source>
        <translation>المنتج لا يحتاج إلى تدريب.</translation>
    </message>
    <message>
        <source>Documentation, videos or online courses.</source>
        <translation>وثائق أو مقاطع فيديو أو دورات عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Sessions run by your team for the customer&apos;s staff.</source>
        <translation>جلسات يقدمها فريقك لموظفي العميل.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>No technical support beyond general customer service.</source>
        <translation>لا دعم فنيًا يتجاوز خدمة العملاء العامة.</translation>
    </message>
    <message>
        <source>A shared help desk with usual response times.</source>
        <translation>مكتب مساعدة مشترك بأوقات استجابة معتادة.</translation>
    </message>
    <message>
        <source>Named engineers who know the customer&apos;s setup.</source>
        <translation>مهندسون محددون يعرفون إعدادات العميل.</translation>
    </message>
    <message>
        <source>Contractual (SLA)</source>
        <translation>تعاقدي (SLA)</translation>
    </message>
    <message>
        <source>No promised response or availability.</source>
        <translation>لا توجد استجابة أو إتاحة مضمونة.</translation>
    </message>
    <message>
        <source>Published service standards, not in the contract.</source>
        <translation>معايير خدمة منشورة، غير واردة في العقد.</translation>
    </message>
    <message>
        <source>Response times and availability written into the contract, with penalties.</source>
        <translation>أوقات الاستجابة والإتاحة مكتوبة في العقد، مع غرامات.</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>لا مرتجعات</translation>
    </message>
    <message>
        <source>Generous</source>
        <translation>سخية</translation>
    </message>
    <message>
        <source>Sales are final, as is usual for custom-made goods.</source>
        <translation>البيع نهائي، كما هو معتاد في السلع المصنوعة حسب الطلب.</translation>
    </message>
    <message>
        <source>Returns as the law or the trade requires.</source>
        <translation>مرتجعات وفق ما يقتضيه القانون أو العرف التجاري.</translation>
    </message>
    <message>
        <source>Long, no-questions-asked returns that lower the risk of buying.</source>
        <translation>إرجاع لمدة طويلة دون أسئلة، يخفّض مخاطرة الشراء.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>جماهيري</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>حسب الشريحة</translation>
    </message>
    <message>
        <source>One-to-one / ABM</source>
        <translation>فردي / ABM</translation>
    </message>
    <message>
        <source>The same message and offer for everyone.</source>
        <translation>الرسالة والعرض نفسهما للجميع.</translation>
    </message>
    <message>
        <source>Targeted e-mails, recommendations and offers per segment, typical of B2C.</source>
        <translation>رسائل بريد موجهة وتوصيات وعروض لكل شريحة، وهو نمط معتاد في B2C.</translation>
    </message>
    <message>
        <source>Each account treated as a market of one (account-based marketing), typical of B2B.</source>
        <translation>يُعامَل كل حساب كسوق قائم بذاته (التسويق القائم على الحسابات)، وهو نمط معتاد في B2B.</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>افتراض</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>مرجع معياري</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>مقيس</translation>
    </message>
    <message>
        <source>An educated guess that nobody has checked yet.</source>
        <translation>تخمين مدروس لم يتحقق منه أحد بعد.</translation>
    </message>
    <message>
        <source>A published figure for similar companies or markets.</source>
        <translation>رقم منشور لشركات أو أسواق مماثلة.</translation>
    </message>
    <message>
        <source>Taken from your own data: CRM, analytics or finance.</source>
        <translation>مأخوذ من بياناتك: CRM أو التحليلات أو المالية.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>الإنفاق الشهري</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>الحجم الشهري</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>معدلات التحويل</translation>
    </message>
    <message>
        <source>Stage durations</source>
        <translation>مدد المراحل</translation>
    </message>
    <message>
        <source>Decision-unit size</source>
        <translation>حجم وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>هامش الربح الإجمالي</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>عدد المشتريات سنويًا</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>مدة بقاء العميل</translation>
    </message>
    <message>
        <source>The order or contract value per purchase (Economics).</source>
        <translation>قيمة الطلب أو العقد لكل عملية شراء (الاقتصاديات).</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month (Economics).</source>
        <translation>الإنفاق الشهري على التسويق والمبيعات (الاقتصاديات).</translation>
    </message>
    <message>
        <source>New entries at the top of the funnel per month (Economics).</source>
        <translation>الداخلون الجدد إلى أعلى مسار المبيعات شهريًا (الاقتصاديات).</translation>
    </message>
    <message>
        <source>The share that moves from each stage to the next (Pipeline).</source>
        <translation>النسبة التي تنتقل من كل مرحلة إلى التالية (مسار المبيعات).</translation>
    </message>
    <message>
        <source>Days spent in each stage (Pipeline).</source>
        <translation>الأيام المستغرقة في كل مرحلة (مسار المبيعات).</translation>
    </message>
    <message>
        <source>How many people take part in the decision (Decision unit).</source>
        <translation>عدد الأشخاص المشاركين في القرار (وحدة اتخاذ القرار).</translation>
    </message>
    <message>
        <source>The share of the price kept after direct costs.</source>
        <translation>الجزء المتبقي من السعر بعد التكاليف المباشرة.</translation>
    </message>
    <message>
        <source>How often a customer buys (Economics).</source>
        <translation>عدد مرات شراء العميل (الاقتصاديات).</translation>
    </message>
    <message>
        <source>How many years a customer stays (Economics).</source>
        <translation>عدد السنوات التي يبقى فيها العميل (الاقتصاديات).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>أعضاء وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>مراحل مسار المبيعات</translation>
    </message>
    <message>
        <source>Most likely cycle</source>
        <translation>الدورة الأكثر ترجيحًا</translation>
    </message>
    <message>
        <source>Price per purchase</source>
        <translation>السعر لكل عملية شراء</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Sum of every stage&apos;s most likely duration</source>
        <translation>مجموع المدد الأكثر ترجيحًا لجميع المراحل</translation>
    </message>
    <message>
        <source>Entries at the top of the funnel per month</source>
        <translation>الداخلون إلى أعلى مسار المبيعات شهريًا</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>مختلط</translation>
    </message>
    <message>
        <source>must list at least one role</source>
        <translation>يجب أن تتضمن القائمة دورًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</source>
        <translation>يجب أن يكون دورًا مثل &quot;decider&quot; أو &quot;user&quot; أو &quot;buyer&quot;؛ والموجود %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each role once</source>
        <translation>&quot;%1&quot; مدرج مرتين؛ أدرج كل دور مرة واحدة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</source>
        <translation>&quot;%1&quot; ليس من بين &quot;roles&quot;؛ اذكر الأدوار في &quot;roles&quot; وحدها</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>يجب أن يكون رقمًا، لا %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>يجب أن يكون رقمًا منتهيًا</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>entries at the top of the funnel</comment>
        <translation>%1 شهريًا</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>purchases</comment>
        <translation>%1 سنويًا</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 سنة</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 شخص</translation>
    </message>
    <message>
        <source>no stages</source>
        <translation>لا مراحل</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>لا قيمة</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a list of stage durations</comment>
        <translation>%1 (بالأيام)</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <comment>minimum, likely and maximum days of one stage</comment>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>Stage “%1”: written for %2, now %3.</source>
        <translation>المرحلة «%1»: كُتب المصدر للقيمة %2، والقيمة الآن %3.</translation>
    </message>
    <message>
        <source>Written for %1; the persona now has %2.</source>
        <translation>كُتب المصدر للقيمة %1؛ والقيمة الحالية للشخصية %2.</translation>
    </message>
    <message>
        <source>must hold two numbers, the low and the high end</source>
        <translation>يجب أن يحتوي على رقمين: الحد الأدنى والحد الأعلى</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>يجب أن يكون رقمًا من 0 إلى %1</translation>
    </message>
    <message>
        <source>the low end (%1) is above the high end (%2)</source>
        <translation>الحد الأدنى (%1) أعلى من الحد الأعلى (%2)</translation>
    </message>
    <message>
        <source>must be null or one of %1; found &quot;%2&quot;</source>
        <translation>يجب أن يكون null أو إحدى القيم %1؛ والموجود &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</source>
        <translation>يجب أن يبدأ بـ &quot;custom-&quot; متبوعًا بحرف واحد على الأقل، حتى لا يتعارض أبدًا مع قناة مدمجة؛ والموجود &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</source>
        <translation>&quot;%1&quot; مستخدم لقناة سابقة؛ تحتاج كل قناة إلى معرّف خاص بها</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</source>
        <translation>&quot;%1&quot; ليست من قنوات مساحة العمل هذه؛ وتتجاهلها النماذج</translation>
    </message>
    <message>
        <source>Decision formality</source>
        <translation>رسمية القرار</translation>
    </message>
    <message>
        <source>Sales-cycle length</source>
        <translation>طول دورة المبيعات</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>مستوى السعر</translation>
    </message>
    <message>
        <source>Rational motive</source>
        <translation>الدافع العقلاني</translation>
    </message>
    <message>
        <source>Relationship depth</source>
        <translation>عمق العلاقة</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>مزيج القنوات</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>صناع القرار</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>الرسمية</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>عقلاني</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</source>
        <translation>يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD، مثل 2027-01-31؛ والموجود &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item; every item needs its own id</source>
        <translation>&quot;%1&quot; مستخدم لعنصر سابق؛ يحتاج كل عنصر إلى معرّف خاص به</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</source>
        <translation>&quot;%1&quot; ليست نتيجة رئيسية في هذه الخطة؛ يُحتفظ بالتكتيك لكنه لا يخدم أي نتيجة رئيسية حتى يُغيَّر</translation>
    </message>
    <message>
        <source>needs both a start and an end date, or neither</source>
        <translation>يجب تحديد تاريخ البدء وتاريخ الانتهاء معًا، أو عدم تحديد أي منهما</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>ينتهي (%1) قبل أن يبدأ (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</source>
        <translation>الشخصية &quot;%1&quot; ليست في مساحة العمل هذه (هل حُذفت؟)؛ يُحتفظ بالإشارة إليها وتنبّه إليها فحوص الخطة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</source>
        <translation>&quot;%1&quot; ليست من قنوات الدليل ولا من قنوات مساحة العمل هذه؛ يُحتفظ بالإشارة إليها وتتجاهلها النماذج</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</source>
        <translation>&quot;%1&quot; له إدخال سابق؛ لكل شخصية مستهدف واحد وحجم جمهور واحد</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</source>
        <translation>لا يحتوي مسار مبيعات الشخصية على المرحلة %1 (عدد مراحله %2)؛ تحتفظ النتيجة الرئيسية بقيمتها المستهدفة الخاصة حتى يُغيَّر ذلك</translation>
    </message>
    <message>
        <source>A share: 50% is 0.5.</source>
        <translation>نسبة: 50% تُكتب 0.5.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>نموذج الإيرادات</translation>
    </message>
    <message>
        <source>oneOff, repeatOrder or subscription (as in the workspace file).</source>
        <translation>oneOff أو repeatOrder أو subscription (كما في ملف مساحة العمل).</translation>
    </message>
    <message>
        <source>Top-of-funnel entries per month.</source>
        <translation>الداخلون إلى أعلى مسار المبيعات شهريًا.</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month.</source>
        <translation>الإنفاق الشهري على التسويق والمبيعات.</translation>
    </message>
    <message>
        <source>Order or contract value per purchase; for a subscription the price per billing period.</source>
        <translation>قيمة الطلب أو العقد لكل عملية شراء؛ وفي الاشتراك: السعر لكل فترة فوترة.</translation>
    </message>
    <message>
        <source>One-off and repeat orders: purchases per customer a year.</source>
        <translation>المشتريات لمرة واحدة والطلبات المتكررة: عدد مشتريات العميل سنويًا.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>مدة البقاء (بالسنوات)</translation>
    </message>
    <message>
        <source>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</source>
        <translation>الشراء لمرة واحدة: مدة بقاء العميل. الاشتراك والطلبات المتكررة: الأفق الزمني الذي يحدّ مدة البقاء التي يقتضيها معدل تسرب العملاء.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>Subscription: monthly or annual (the price is per billing period).</source>
        <translation>الاشتراك: monthly (شهري) أو annual (سنوي)، والسعر لكل فترة فوترة.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>معدل تسرب العملاء</translation>
    </message>
    <message>
        <source>Subscription: share of customers lost per churn period. %1</source>
        <translation>الاشتراك: نسبة العملاء المفقودين خلال فترة معدل تسرب العملاء. %1</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>فترة معدل تسرب العملاء</translation>
    </message>
    <message>
        <source>monthly or annual.</source>
        <translation>monthly (شهري) أو annual (سنوي).</translation>
    </message>
    <message>
        <source>Expansion a year</source>
        <translation>توسّع الإيراد سنويًا</translation>
    </message>
    <message>
        <source>Subscription: yearly growth of a retained customer&apos;s revenue. %1</source>
        <translation>الاشتراك: النمو السنوي في إيراد العميل الذي يُحتفَظ به. %1</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>معدل الاحتفاظ السنوي بالعملاء</translation>
    </message>
    <message>
        <source>Repeat orders: share of customers still ordering a year on. %1</source>
        <translation>الطلبات المتكررة: نسبة العملاء الذين ما زالوا يطلبون بعد عام. %1</translation>
    </message>
    <message>
        <source>Stage %1 conversion</source>
        <translation>تحويل المرحلة %1</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</source>
        <translation>نسبة الداخلين إلى المرحلة الذين ينتقلون إلى المرحلة التالية (وفي المرحلة الأخيرة: الذين يصبحون عملاء). %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>المرحلة %1</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>اسم المرحلة.</translation>
    </message>
    <message>
        <source>Formula: the Inputs sheet&apos;s monthly volume.</source>
        <translation>المعادلة: الحجم الشهري من ورقة Inputs.</translation>
    </message>
    <message>
        <source>Stage %1 entries</source>
        <translation>الداخلون إلى المرحلة %1</translation>
    </message>
    <message>
        <source>Formula: entries into the first stage a month = monthly volume.</source>
        <translation>المعادلة: الداخلون إلى المرحلة الأولى شهريًا = الحجم الشهري.</translation>
    </message>
    <message>
        <source>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</source>
        <translation>المعادلة: الداخلون إلى هذه المرحلة شهريًا = الداخلون إلى المرحلة السابقة × معدل تحويلها.</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>العملاء شهريًا</translation>
    </message>
    <message>
        <source>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</source>
        <translation>المعادلة: الحجم الشهري × حاصل ضرب معدلات تحويل جميع المراحل (أو الحجم الشهري نفسه إذا لم يكن في مسار المبيعات أي مرحلة).</translation>
    </message>
    <message>
        <source>Formula: from the Funnel sheet.</source>
        <translation>المعادلة: من ورقة Funnel.</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>الإيراد الشهري لكل عميل</translation>
    </message>
    <message>
        <source>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</source>
        <translation>المعادلة: في الاشتراك: السعر (÷ 12 عند الفوترة السنوية)؛ وفي غير ذلك: السعر × عدد المشتريات سنويًا ÷ 12.</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>معدل تسرب العملاء الشهري</translation>
    </message>
    <message>
        <source>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</source>
        <translation>المعادلة: في الاشتراك: معدل تسرب العملاء (ويُحوَّل المعدل السنوي إلى المعدل الشهري الذي يتراكم ليبلغه: 1 − (1 − معدل التسرب)^(1/12))؛ وفي الطلبات المتكررة: 1 − معدل الاحتفاظ السنوي^(1/12)؛ وفي الشراء لمرة واحدة: فارغ.</translation>
    </message>
    <message>
        <source>Monthly expansion</source>
        <translation>توسّع الإيراد الشهري</translation>
    </message>
    <message>
        <source>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</source>
        <translation>المعادلة: في الاشتراك: (1 + توسّع الإيراد السنوي)^(1/12) − 1؛ وفي غير ذلك: 0.</translation>
    </message>
    <message>
        <source>Net monthly loss</source>
        <translation>صافي الفقد الشهري</translation>
    </message>
    <message>
        <source>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</source>
        <translation>المعادلة: معدل التسرب − التوسّع × (1 − معدل التسرب): نسبة إيراد الشهر التي تُفقد في الشهر التالي.</translation>
    </message>
    <message>
        <source>Lifetime (months)</source>
        <translation>مدة البقاء (بالأشهر)</translation>
    </message>
    <message>
        <source>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</source>
        <translation>المعادلة: في الشراء لمرة واحدة: 12 × سنوات مدة البقاء؛ وفي غير ذلك: 1 ÷ صافي الفقد الشهري، بحد أقصى 12 × سنوات مدة البقاء.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Formula: monthly spend ÷ customers per month; empty when no customer is won.</source>
        <translation>المعادلة: الإنفاق الشهري ÷ العملاء شهريًا؛ وتبقى الخلية فارغة إذا لم يُكسب أي عميل.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Formula: monthly revenue per customer × gross margin × lifetime in months.</source>
        <translation>المعادلة: الإيراد الشهري لكل عميل × هامش الربح الإجمالي × مدة البقاء بالأشهر.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Formula: CLV ÷ CAC.</source>
        <translation>المعادلة: CLV ÷ CAC.</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>فترة الاسترداد (أشهر)</translation>
    </message>
    <message>
        <source>Formula: CAC ÷ (monthly revenue per customer × gross margin).</source>
        <translation>المعادلة: CAC ÷ (الإيراد الشهري لكل عميل × هامش الربح الإجمالي).</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Formula: customers per month × price ÷ monthly spend.</source>
        <translation>المعادلة: العملاء شهريًا × السعر ÷ الإنفاق الشهري.</translation>
    </message>
    <message>
        <source>Break-even ROAS</source>
        <translation>ROAS عند نقطة التعادل</translation>
    </message>
    <message>
        <source>Formula: 1 ÷ gross margin.</source>
        <translation>المعادلة: 1 ÷ هامش الربح الإجمالي.</translation>
    </message>
    <message>
        <source>Steady-state customers</source>
        <translation>العملاء في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Formula: customers per month ÷ monthly churn (recurring models with churn).</source>
        <translation>المعادلة: العملاء شهريًا ÷ معدل تسرب العملاء الشهري (في النماذج المتكررة التي فيها تسرب).</translation>
    </message>
    <message>
        <source>Steady-state MRR</source>
        <translation>MRR في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</source>
        <translation>المعادلة: في الاشتراكات: العملاء شهريًا × الإيراد الشهري لكل عميل ÷ صافي الفقد الشهري.</translation>
    </message>
    <message>
        <source>Steady-state ARR</source>
        <translation>ARR في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Formula: 12 × steady-state MRR.</source>
        <translation>المعادلة: 12 × MRR في الحالة المستقرة.</translation>
    </message>
    <message>
        <source>Median sales cycle (days)</source>
        <translation>وسيط دورة المبيعات (بالأيام)</translation>
    </message>
    <message>
        <source>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</source>
        <translation>قيمة لا معادلة: يجمع نموذج دورة المبيعات المدد المثلثية لجميع المراحل بعملية الالتفاف (convolution)، وهو ما لا تستطيعه معادلات جداول البيانات.</translation>
    </message>
    <message>
        <source>Revenue in month 24</source>
        <translation>الإيرادات في الشهر 24</translation>
    </message>
    <message>
        <source>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</source>
        <translation>قيمة لا معادلة: يوزّع نموذج الوقت حتى الإيراد عملاء كل شهر على توزيع دورة المبيعات.</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, or null; found %2</source>
        <translation>يجب أن يكون أكبر من 0 وبحد أقصى %1، أو null؛ والموجود %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>يحتوي على %1 إدخال؛ والحد الأقصى المسموح %2</translation>
    </message>
    <message>
        <source>a name is %1 bytes long; names hold 1 to %2</source>
        <translation>طول أحد الأسماء %1 بايت؛ ويجب أن يتراوح طول الاسم من 1 إلى %2 بايت</translation>
    </message>
    <message>
        <source>must not be less than minSpend (%1); found %2</source>
        <translation>يجب ألا يقل عن minSpend (%1)؛ والموجود %2</translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</source>
        <translation>يجب أن يكون &quot;dmy&quot; أو &quot;mdy&quot; أو null؛ والموجود %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</source>
        <translation>&quot;%1&quot; ليست من مراحل الشخصية؛ لذا حُذف هذا الربط المحفوظ</translation>
    </message>
</context>
<context>
    <name>b2x::AttributionPlatform</name>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X Ads</source>
        <translation>X Ads</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>TikTok Ads</source>
        <translation>TikTok Ads</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <source>GA4</source>
        <translation>GA4</translation>
    </message>
    <message>
        <source>Marketplace ads</source>
        <translation>إعلانات الأسواق الإلكترونية</translation>
    </message>
    <message>
        <source>App stores</source>
        <translation>متاجر التطبيقات</translation>
    </message>
    <message>
        <source>Affiliate links</source>
        <translation>روابط التسويق بالعمولة</translation>
    </message>
</context>
<context>
    <name>b2x::BudgetPanel</name>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;تطبيق المقترح</translation>
    </message>
    <message>
        <source>Fixed budget</source>
        <translation>ميزانية ثابتة</translation>
    </message>
    <message>
        <source>Flexible: spend while the marginal ROAS holds</source>
        <translation>مرنة: الإنفاق ما دام ROAS الحدّي متحققًا</translation>
    </message>
    <message>
        <source>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</source>
        <translation>ثابتة: توزيع الميزانية حيث تحقق أكبر قيمة. مرنة: مواصلة إضافة الخطوات ما دامت الخطوة التالية تعود بما لا يقل عن المستهدف.</translation>
    </message>
    <message>
        <source>The monthly spend to split across the channels (today&apos;s spend until you type another)</source>
        <translation>الإنفاق الشهري المراد توزيعه على القنوات (الإنفاق الحالي إلى أن تكتب قيمة أخرى)</translation>
    </message>
    <message>
        <source>The least a step must return: value added ÷ money spent</source>
        <translation>أدنى عائد يجب أن تحققه الخطوة: القيمة المضافة ÷ المال المُنفَق</translation>
    </message>
    <message>
        <source>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</source>
        <translation>خطوة واحدة من خطوات التوزيع، كنسبة مئوية من الميزانية (من الإنفاق الحالي في الوضع المرن)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>ال&amp;وضع:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>ال&amp;ميزانية الشهرية:</translation>
    </message>
    <message>
        <source>&amp;Target marginal ROAS:</source>
        <translation>ROAS الحدّي ال&amp;مستهدف:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>ال&amp;خطوة:</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>توزيع الميزانية</translation>
    </message>
    <message>
        <source>Response curves</source>
        <translation>منحنيات الاستجابة</translation>
    </message>
    <message>
        <source>Allocation steps</source>
        <translation>خطوات التوزيع</translation>
    </message>
    <message>
        <source>A&amp;llocation</source>
        <translation>ال&amp;توزيع</translation>
    </message>
    <message>
        <source>Response &amp;Curves</source>
        <translation>&amp;منحنيات الاستجابة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;عدم اليقين</translation>
    </message>
    <message>
        <source>Select a persona to see where its budget would bring the most.</source>
        <translation>حدد شخصية لترى أين تحقق ميزانيتها أكبر عائد.</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>ميزانية %1</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>لا تتضمن الشخصية أي قنوات.</translation>
    </message>
    <message>
        <source>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</source>
        <translation>تبدأ كل قناة من حدها الأدنى؛ وتذهب كل خطوة قدرها %1 إلى القناة التي تضيف خطوتها التالية أكبر قيمة.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… ولا خطوات أخرى.</numerusform>
            <numerusform>… وخطوة أخرى واحدة.</numerusform>
            <numerusform>… وخطوتان أخريان.</numerusform>
            <numerusform>… و%n خطوات أخرى.</numerusform>
            <numerusform>… و%n خطوةً أخرى.</numerusform>
            <numerusform>… و%n خطوة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, marginal ROAS %4</source>
        <translation>الخطوة %1: %2 إلى %3، ROAS الحدّي %4</translation>
    </message>
    <message>
        <source>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</source>
        <translation>الخطوات %1–%2: %3 إلى %4، ROAS الحدّي من %5 إلى %6</translation>
    </message>
    <message>
        <source>No step was taken.</source>
        <translation>لم تُتخذ أي خطوة.</translation>
    </message>
    <message>
        <source>Add channels to the persona to allocate its budget.</source>
        <translation>أضف قنوات إلى الشخصية لتوزيع ميزانيتها.</translation>
    </message>
    <message>
        <source>Today: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>الحالي: %1 شهريًا، العملاء %2، القيمة %3، ROAS %4</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>المقترح: %1 شهريًا، العملاء %2، القيمة %3، ROAS %4</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.</source>
        <translation>الحدود الدنيا لإنفاق القنوات وحدها تتجاوز الميزانية.</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.</source>
        <translation>يبقى %1 دون إنفاق: كل قناة عند حدها الأقصى.</translation>
    </message>
    <message>
        <source>Nothing to split: enter a monthly budget.</source>
        <translation>لا شيء للتوزيع: أدخل ميزانية شهرية.</translation>
    </message>
    <message>
        <source>Apply the proposed budget</source>
        <translation>تطبيق الميزانية المقترحة</translation>
    </message>
    <message>
        <source>The selected persona</source>
        <translation>الشخصية المحددة</translation>
    </message>
    <message>
        <source>All compared personas, together</source>
        <translation>كل الشخصيات المقارنة معًا</translation>
    </message>
    <message>
        <source>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</source>
        <translation>قسّم ميزانية الشخصية المحددة في القائمة، أو ميزانية واحدة على قنوات كل الشخصيات في المقارنة</translation>
    </message>
    <message>
        <source>Pers&amp;onas:</source>
        <translation>ال&amp;شخصيات:</translation>
    </message>
    <message>
        <source>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</source>
        <translation>اكتب الإنفاق المقترح في حصص الميزانية والإنفاق الشهري لكل شخصية، وثبّت منحنى استجابة كل قناة عند نقطتها المقترحة، وحرّك الحجم الشهري بعدد المدخلات المتوقع (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Select personas in the list to compare; their budgets are split together here.</source>
        <translation>حدد شخصيات في القائمة لمقارنتها؛ تُقسم ميزانياتها هنا معًا.</translation>
    </message>
    <message numerus="yes">
        <source>One budget across the %n compared persona(s): %1</source>
        <translation>
            <numerusform>ميزانية واحدة لـ %n شخصية مقارنة: %1</numerusform>
            <numerusform>ميزانية واحدة لشخصية مقارنة واحدة: %1</numerusform>
            <numerusform>ميزانية واحدة لشخصيتين مقارنتين: %1</numerusform>
            <numerusform>ميزانية واحدة لـ %n شخصيات مقارنة: %1</numerusform>
            <numerusform>ميزانية واحدة لـ %n شخصية مقارنة: %1</numerusform>
            <numerusform>ميزانية واحدة لـ %n شخصية مقارنة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 of the %n selected, as in the comparison)</source>
        <translation>
            <numerusform>(أول %1 من %n محددة، كما في المقارنة)</numerusform>
            <numerusform>(أول %1 من واحدة محددة، كما في المقارنة)</numerusform>
            <numerusform>(أول %1 من اثنتين محددتين، كما في المقارنة)</numerusform>
            <numerusform>(أول %1 من %n محددة، كما في المقارنة)</numerusform>
            <numerusform>(أول %1 من %n محددة، كما في المقارنة)</numerusform>
            <numerusform>(أول %1 من %n محددة، كما في المقارنة)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>persona: channel</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 channels with the most spend are drawn; %n more are listed in the Allocation tab only.</source>
        <translation>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ ولا توجد قنوات أخرى.</numerusform>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ وقناة واحدة أخرى مدرجة في تبويب التوزيع فقط.</numerusform>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ وقناتان أخريان مدرجتان في تبويب التوزيع فقط.</numerusform>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ و%n قنوات أخرى مدرجة في تبويب التوزيع فقط.</numerusform>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ و%n قناة أخرى مدرجة في تبويب التوزيع فقط.</numerusform>
            <numerusform>رُسمت القنوات الـ %1 الأعلى إنفاقًا؛ و%n قناة أخرى مدرجة في تبويب التوزيع فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compared personas list no channels.</source>
        <translation>لا تذكر الشخصيات المقارنة أي قنوات.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a month, ROAS %4 → %5</source>
        <translation>%1: %2 ← %3 شهريًا، ROAS %4 ← %5</translation>
    </message>
    <message>
        <source>Add channels to the compared personas to allocate their budget.</source>
        <translation>أضف قنوات إلى الشخصيات المقارنة لتوزيع ميزانيتها.</translation>
    </message>
    <message numerus="yes">
        <source>Both lines add up the %n persona(s); each one&apos;s own spend and ROAS head the Steps tab.</source>
        <translation>
            <numerusform>يجمع السطران %n شخصية؛ ويتصدر إنفاق كل منها وROAS الخاص بها تبويب الخطوات.</numerusform>
            <numerusform>يجمع السطران شخصية واحدة؛ ويتصدر إنفاقها وROAS الخاص بها تبويب الخطوات.</numerusform>
            <numerusform>يجمع السطران شخصيتين؛ ويتصدر إنفاق كل منهما وROAS الخاص بها تبويب الخطوات.</numerusform>
            <numerusform>يجمع السطران %n شخصيات؛ ويتصدر إنفاق كل منها وROAS الخاص بها تبويب الخطوات.</numerusform>
            <numerusform>يجمع السطران %n شخصية؛ ويتصدر إنفاق كل منها وROAS الخاص بها تبويب الخطوات.</numerusform>
            <numerusform>يجمع السطران %n شخصية؛ ويتصدر إنفاق كل منها وROAS الخاص بها تبويب الخطوات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::BudgetTableModel</name>
    <message>
        <source>at its minimum</source>
        <translation>عند الحد الأدنى</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>عند الحد الأقصى</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</source>
        <translation>الإنفاق الشهري الذي يلتزم به التوزيع؛ اتركه فارغًا لعدم وضع حد. يُتجاهل ما دامت القناة مقفلة.</translation>
    </message>
    <message>
        <source>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</source>
        <translation>ما تعود به الوحدة التالية من الإنفاق على القناة: قيمة الداخل الواحد × ميل منحنى استجابتها عند الإنفاق المقترح</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الداخلون</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS الحدّي</translation>
    </message>
    <message>
        <source>At bound</source>
        <translation>عند الحد</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Lock the spend on %1</source>
        <translation>قفل الإنفاق على %1</translation>
    </message>
    <message>
        <source>Unlock the spend on %1</source>
        <translation>إلغاء قفل الإنفاق على %1</translation>
    </message>
    <message>
        <source>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</source>
        <translation>يجب أن يكون حد الإنفاق رقمًا من 0 إلى %1، أو فارغًا لعدم وضع حد؛ لم تُحفظ القيمة «%2».</translation>
    </message>
    <message>
        <source>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</source>
        <translation>يجب ألا يتجاوز الحد الأدنى للإنفاق على %1 حده الأقصى (%2)؛ لم تُحفظ القيمة %3.</translation>
    </message>
    <message>
        <source>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</source>
        <translation>يجب ألا يقل الحد الأقصى للإنفاق على %1 عن حده الأدنى (%2)؛ لم تُحفظ القيمة %3.</translation>
    </message>
    <message>
        <source>Change the minimum spend on %1</source>
        <translation>تغيير الحد الأدنى للإنفاق على %1</translation>
    </message>
    <message>
        <source>Change the maximum spend on %1</source>
        <translation>تغيير الحد الأقصى للإنفاق على %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</source>
        <translation>القيمة الخاصة بهذه الشخصية؛ أفرغ الخلية للعودة إلى القيمة الافتراضية لنوع القناة.</translation>
    </message>
    <message>
        <source>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</source>
        <translation>القيمة الافتراضية (باللون الرمادي): شكل نوع القناة، مرسومًا عبر إنفاق اليوم والداخلين اليوم. اكتب قيمة لتعيين قيمة خاصة بهذه الشخصية.</translation>
    </message>
    <message>
        <source>The monthly spend that buys half the most the channel can bring</source>
        <translation>الإنفاق الشهري الذي يحقق نصف أقصى ما يمكن أن تجلبه القناة</translation>
    </message>
    <message>
        <source>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</source>
        <translation>شكل منحنى الاستجابة: 1 أو أقل، كل وحدة إنفاق إضافية تجلب أقل؛ أكثر من 1، على شكل حرف S (قليل في البداية، ثم أكثر، ثم أقل)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</source>
        <translation>الداخلون إلى أعلى مسار التحويل الذين تجلبهم القناة شهريًا عند إنفاق اليوم؛ افتراضيًا حصتها من الميزانية من الحجم الشهري للشخصية</translation>
    </message>
    <message>
        <source>Half-saturation</source>
        <translation>نصف التشبع</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>الميل</translation>
    </message>
    <message>
        <source>Entries today</source>
        <translation>الداخلون اليوم</translation>
    </message>
    <message>
        <source>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</source>
        <translation>يجب أن يكون عدد الداخلين شهريًا رقمًا من 0 إلى %1، أو فارغًا للقيمة الافتراضية؛ لم يُحفظ «%2».</translation>
    </message>
    <message>
        <source>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</source>
        <translation>يجب أن تكون هذه القيمة رقمًا أكبر من 0 وبحد أقصى %1، أو فارغة للقيمة الافتراضية؛ لم يُحفظ «%2».</translation>
    </message>
    <message>
        <source>Change the half-saturation spend of %1</source>
        <translation>تغيير إنفاق نصف التشبع لـ %1</translation>
    </message>
    <message>
        <source>Change the response slope of %1</source>
        <translation>تغيير ميل الاستجابة لـ %1</translation>
    </message>
    <message>
        <source>Change the entries today of %1</source>
        <translation>تغيير الداخلين اليوم لـ %1</translation>
    </message>
</context>
<context>
    <name>b2x::Channel</name>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>البحث العضوي</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>البحث المدفوع</translation>
    </message>
    <message>
        <source>Programmatic display</source>
        <translation>الإعلانات المصوّرة المبرمجة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>الندوات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Trade fairs</source>
        <translation>المعارض التجارية</translation>
    </message>
    <message>
        <source>Industry forums and communities</source>
        <translation>المنتديات والمجتمعات المتخصصة</translation>
    </message>
    <message>
        <source>B2B publishers</source>
        <translation>ناشرو B2B</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>التسويق القائم على الحسابات (ABM)</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>البيع المباشر</translation>
    </message>
    <message>
        <source>Distributors and partners</source>
        <translation>الموزعون والشركاء</translation>
    </message>
    <message>
        <source>Retail stores</source>
        <translation>متاجر التجزئة</translation>
    </message>
    <message>
        <source>E-commerce site</source>
        <translation>متجر إلكتروني</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>الأسواق الإلكترونية</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>تطبيق الجوال</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>المؤثرون</translation>
    </message>
    <message>
        <source>Podcast ads</source>
        <translation>إعلانات البودكاست</translation>
    </message>
    <message>
        <source>TV and radio</source>
        <translation>التلفزيون والإذاعة</translation>
    </message>
    <message>
        <source>Billboards</source>
        <translation>اللوحات الإعلانية</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelCategory</name>
    <message>
        <source>social</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>display</source>
        <translation>الإعلانات المصوّرة</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>القنوات المملوكة</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>community</source>
        <translation>المجتمعات</translation>
    </message>
    <message>
        <source>content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>البث</translation>
    </message>
    <message>
        <source>outdoor</source>
        <translation>الإعلانات الخارجية</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelSource</name>
    <message>
        <source>B2B affinity</source>
        <translation>تقارب B2B</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>نطاق السعر</translation>
    </message>
    <message>
        <source>Decision-time band</source>
        <translation>نطاق زمن القرار</translation>
    </message>
    <message>
        <source>Reach, precision and emotional fit</source>
        <translation>الوصول والدقة والملاءمة العاطفية</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>نوافذ الإسناد</translation>
    </message>
    <message>
        <source>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</source>
        <translation>Smart Insights: تتصدر LinkedIn وX وسائل التواصل الاجتماعي في B2B، أما Facebook وInstagram فمنصتان استهلاكيتان يمكنهما دعم بعض أنشطة B2B، والبحث يخدم الاثنين. القنوات الأخرى: القيمة الافتراضية في Workbench، بناءً على تقدير لموقعها في أدلة تسويق B2B وB2C</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>القاعدة التقريبية من polytraffic.com: أقل من 50 دولارًا ← إعلانات التواصل الاجتماعي المدفوعة؛ 200–2,000 دولار ← البحث، البريد الإلكتروني، YouTube؛ 5,000 دولار فأكثر ← LinkedIn، الندوات عبر الإنترنت، التسويق القائم على الحسابات. القنوات الأخرى: القيمة الافتراضية في Workbench، محددة بالقياس</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>القاعدة التقريبية من polytraffic.com: أقل من يوم ← إعلانات التواصل الاجتماعي المدفوعة؛ 7–30 يومًا ← البحث، البريد الإلكتروني، YouTube؛ 60–180 يومًا ← LinkedIn، الندوات عبر الإنترنت، التسويق القائم على الحسابات. القنوات الأخرى: القيمة الافتراضية في Workbench، محددة بالقياس</translation>
    </message>
    <message>
        <source>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</source>
        <translation>القيمة الافتراضية في Workbench: تقدير للقنوات الجماهيرية مقابل القنوات الموجّهة، وللمحتوى المرئي القائم على القصص مقابل المحتوى المتعمق</translation>
    </message>
    <message>
        <source>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</source>
        <translation>وثائق المنصات عن نوافذ النقر الافتراضية والقصوى: Meta ‏7 أيام (7 بحد أقصى)، Google Ads ‏30 (90 بحد أقصى)، GA4 ‏30 و90، LinkedIn ‏30 (365 عبر واجهة API للتحويلات)؛ والقنوات التي لا تتبع منصة قائمة على النقر ليست لها نافذة</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelTableModel</name>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ليست في دليل هذا الإصدار)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 (%2; at most %3)</source>
        <translation>%1 (%2؛ بحد أقصى %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>بلا إسناد</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</source>
        <translation>عدد الأيام بعد النقرة التي يُنسب خلالها الشراء إلى هذه القناة. القيمة الافتراضية للمنصة (بالأيام): %1. دورات المبيعات الطويلة تحتاج إلى نوافذ أطول.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>حصة الميزانية</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>نافذة الإسناد (أيام)</translation>
    </message>
    <message>
        <source>Platform default (days)</source>
        <translation>الافتراضي للمنصة (أيام)</translation>
    </message>
    <message>
        <source>A channel from the built-in catalogue; each can be listed once.</source>
        <translation>قناة من الدليل المدمج؛ يمكن إدراج كل قناة مرة واحدة.</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</source>
        <translation>حصة القناة من الإنفاق الشهري لهذه الشخصية (0–100%). يجب أن يكون مجموع الحصص 100%.</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</source>
        <translation>عدد الأيام بعد النقرة التي يظل خلالها الشراء منسوبًا إلى القناة (0–3,650)، أو «بلا إسناد».</translation>
    </message>
    <message>
        <source>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</source>
        <translation>نافذة النقر الافتراضية لمنصة الإعلانات وحدّها الأقصى. غالبًا ما تكون القيم الافتراضية أقصر من دورة مبيعات B2B.</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>تعديل القناة %1</translation>
    </message>
    <message>
        <source>A budget share must lie between 0 and 100%; %1 was not saved.</source>
        <translation>يجب أن تكون حصة الميزانية بين 0 و100%؛ لم تُحفظ القيمة %1.</translation>
    </message>
    <message>
        <source>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</source>
        <translation>يجب أن تكون نافذة الإسناد عددًا صحيحًا من الأيام بين 0 و%1؛ لم تُحفظ القيمة %2.</translation>
    </message>
    <message>
        <source>“%1” is not in the channel catalogue; nothing was saved.</source>
        <translation>«%1» ليست في دليل القنوات؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>%1 is already listed; each channel can be listed once.</source>
        <translation>%1 مدرجة بالفعل؛ يمكن إدراج كل قناة مرة واحدة.</translation>
    </message>
    <message>
        <source>Change channel %1 to %2</source>
        <translation>تغيير القناة %1 إلى %2</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>إضافة القناة %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>إزالة القناة %1</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelsSection</name>
    <message>
        <source>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</source>
        <translation>أين يُوصَل إلى هذا الجمهور وأين يشتري، مع حصة كل قناة من الإنفاق الشهري. نافذة الإسناد هي المدة بعد النقرة التي يظل فيها الشراء محسوبًا للقناة: القيم الافتراضية للمنصات من 7 إلى 30 يومًا تناسب قرارات المستهلكين السريعة لكنها تفوّت معظم دورة B2B التي تمتد شهورًا، لذا أطِلها هناك.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>بلا إسناد</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>القناة المراد إضافتها</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>إ&amp;ضافة قناة</translation>
    </message>
    <message>
        <source>Add the channel chosen on the left.</source>
        <translation>أضف القناة المختارة في القائمة المجاورة.</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>إ&amp;زالة قناة</translation>
    </message>
    <message>
        <source>Remove the selected channel.</source>
        <translation>أزل القناة المحددة.</translation>
    </message>
    <message>
        <source>No channels yet. Add the channels through which this audience is reached or buys.</source>
        <translation>لا توجد قنوات بعد. أضف القنوات التي يُوصَل من خلالها إلى هذا الجمهور أو يشتري عبرها.</translation>
    </message>
    <message>
        <source>Budget shares add up to 100%.</source>
        <translation>مجموع حصص الميزانية 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</source>
        <translation>مجموع حصص الميزانية %1%: ‏%2% من الإنفاق غير مخصص لأي قناة. يجب أن يكون المجموع 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</source>
        <translation>مجموع حصص الميزانية %1%، أي أكثر من الميزانية كلها. خفّض بعض الحصص ليصبح المجموع 100%.</translation>
    </message>
    <message>
        <source>Channels of the catalogue and of this workspace that this persona does not use yet.</source>
        <translation>قنوات الدليل وقنوات مساحة العمل هذه التي لا تستخدمها هذه الشخصية بعد.</translation>
    </message>
</context>
<context>
    <name>b2x::ChartExport</name>
    <message>
        <source>cannot render the chart %1</source>
        <translation>تعذّر رسم المخطط %1</translation>
    </message>
    <message>
        <source>Exported from B2X Workbench</source>
        <translation>صُدّر من B2X Workbench</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CheckInPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>تسجيلات التقدم</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>تاريخ تسجيل التقدم</translation>
    </message>
    <message>
        <source>The day the value was measured (today unless changed).</source>
        <translation>اليوم الذي قيست فيه القيمة (اليوم الحالي ما لم يُغيَّر).</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التا&amp;ريخ</translation>
    </message>
    <message>
        <source>Check-in value</source>
        <translation>قيمة تسجيل التقدم</translation>
    </message>
    <message>
        <source>The key result&apos;s value on that day; it becomes its current value.</source>
        <translation>قيمة النتيجة الرئيسية في ذلك اليوم؛ وتصبح قيمتها الحالية.</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>ال&amp;قيمة</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>How sure the owner is that the target will be met: 0 not at all, 10 certain.</source>
        <translation>مدى ثقة المسؤول في بلوغ المستهدف: 0 لا ثقة إطلاقًا، 10 ثقة تامة.</translation>
    </message>
    <message>
        <source>Co&amp;nfidence</source>
        <translation>درجة ال&amp;ثقة</translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation>تعليق تسجيل التقدم</translation>
    </message>
    <message>
        <source>What moved the value, in a sentence.</source>
        <translation>ما الذي غيّر القيمة، في جملة واحدة.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>ال&amp;تعليق</translation>
    </message>
    <message>
        <source>&amp;Add check-in</source>
        <translation>&amp;إضافة تسجيل تقدم</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>إضافة تسجيل تقدم</translation>
    </message>
    <message>
        <source>Records the check-in and sets the key result&apos;s current value (one undo step).</source>
        <translation>يسجّل التقدم ويضبط القيمة الحالية للنتيجة الرئيسية (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>سجل تسجيلات التقدم</translation>
    </message>
    <message>
        <source>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</source>
        <translation>تسجيلات تقدم النتيجة الرئيسية، الأحدث أولًا. يزيل الحذف التسجيل المحدد، ويعيده التراجع.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Delete c&amp;heck-in</source>
        <translation>ح&amp;ذف تسجيل التقدم</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>حذف تسجيل التقدم</translation>
    </message>
    <message>
        <source>Deletes the selected check-in (one undo step).</source>
        <translation>يحذف تسجيل التقدم المحدد (خطوة تراجع واحدة).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidence %1 of %2</source>
        <translation>درجة الثقة %1 من %2</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>تسجيلات تقدم «%1»</translation>
    </message>
    <message>
        <source>Check-ins (select a key result)</source>
        <translation>تسجيلات التقدم (حدد نتيجة رئيسية)</translation>
    </message>
</context>
<context>
    <name>b2x::ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>لون الشخصية</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonFullView</name>
    <message>
        <source>Comparison &amp;Full View</source>
        <translation>عرض المقارنة ال&amp;كامل</translation>
    </message>
    <message>
        <source>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</source>
        <translation>اعرض مخططات المقارنة في المنطقة الرئيسية كلها، جنبًا إلى جنب (%1 أو Esc للعودة)</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>عرض كامل</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonPanel</name>
    <message>
        <source>Selected personas</source>
        <translation>الشخصيات المحددة</translation>
    </message>
    <message>
        <source>Groups by label (B2B, hybrid, B2C)</source>
        <translation>مجموعات حسب التصنيف (B2B، هجين، B2C)</translation>
    </message>
    <message>
        <source>Groups by behaviour (B2B, mixed, B2C)</source>
        <translation>مجموعات حسب السلوك (B2B، مختلط، B2C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;مقارنة:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <source>Key figures of the compared personas</source>
        <translation>الأرقام الرئيسية للشخصيات المقارنة</translation>
    </message>
    <message>
        <source>The workspace has no personas yet.</source>
        <translation>لا تحتوي مساحة العمل على شخصيات بعد.</translation>
    </message>
    <message>
        <source>Comparing the first six of the %1 selected personas.</source>
        <translation>مقارنة أول ست شخصيات من الشخصيات المحددة وعددها %1.</translation>
    </message>
    <message>
        <source>Groups of the workspace&apos;s personas (%1); each number is a group mean.</source>
        <translation>مجموعات شخصيات مساحة العمل (%1)؛ كل رقم هو متوسط المجموعة.</translation>
    </message>
    <message>
        <source>Comparing one persona: select more with Ctrl+click.</source>
        <translation>مقارنة شخصية واحدة: حدد المزيد بـ Ctrl+نقرة.</translation>
    </message>
    <message>
        <source>Comparing %1 personas.</source>
        <translation>مقارنة الشخصيات: %1.</translation>
    </message>
    <message>
        <source>Compare the personas selected in the list, or groups of personas</source>
        <translation>قارن الشخصيات المحددة في القائمة، أو مجموعات من الشخصيات</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>كل الشخصيات</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Group every persona of the workspace, or only the personas selected in the list</source>
        <translation>جمّع كل شخصيات مساحة العمل، أو الشخصيات المحددة في القائمة فقط</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجمو&amp;عة:</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>أعضاء المجموعات</translation>
    </message>
    <message numerus="yes">
        <source>Groups of the %n selected persona(s); each number is a group mean.</source>
        <translation>
            <numerusform>مجموعات الشخصيات المحددة (%Ln)؛ كل رقم هو متوسط المجموعة.</numerusform>
            <numerusform>مجموعات الشخصية المحددة الوحيدة؛ كل رقم هو متوسط المجموعة.</numerusform>
            <numerusform>مجموعات الشخصيتين المحددتين؛ كل رقم هو متوسط المجموعة.</numerusform>
            <numerusform>مجموعات الشخصيات الـ%Ln المحددة؛ كل رقم هو متوسط المجموعة.</numerusform>
            <numerusform>مجموعات الشخصيات الـ%Ln المحددة؛ كل رقم هو متوسط المجموعة.</numerusform>
            <numerusform>مجموعات الشخصيات الـ%Ln المحددة؛ كل رقم هو متوسط المجموعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>النطاقات</translation>
    </message>
    <message>
        <source>Show or hide the p10–p90 whiskers of CAC and CLV</source>
        <translation>إظهار أو إخفاء شعيرات p10–p90 لـ CAC وCLV</translation>
    </message>
    <message>
        <source>Show the p10–p90 ranges</source>
        <translation>إظهار نطاقات p10–p90</translation>
    </message>
</context>
<context>
    <name>b2x::ContentItemDialog</name>
    <message>
        <source>Add content item</source>
        <translation>إضافة عنصر محتوى</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>تعديل عنصر المحتوى</translation>
    </message>
    <message>
        <source>What the content item is called on the board and in the report.</source>
        <translation>اسم عنصر المحتوى على اللوحة وفي التقرير.</translation>
    </message>
    <message>
        <source>e.g. Total cost of ownership guide</source>
        <translation>مثل دليل التكلفة الإجمالية للملكية</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>The content&apos;s format: pick one or type your own.</source>
        <translation>شكل المحتوى: اختر شكلًا من القائمة أو اكتب شكلًا خاصًا بك.</translation>
    </message>
    <message>
        <source>whitepaper</source>
        <translation>ورقة بيضاء</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>ندوة عبر الإنترنت</translation>
    </message>
    <message>
        <source>short video</source>
        <translation>فيديو قصير</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>اختبار تفاعلي</translation>
    </message>
    <message>
        <source>blog post</source>
        <translation>تدوينة</translation>
    </message>
    <message>
        <source>e-book</source>
        <translation>كتاب إلكتروني</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>نشرة بريدية</translation>
    </message>
    <message>
        <source>podcast</source>
        <translation>بودكاست</translation>
    </message>
    <message>
        <source>infographic</source>
        <translation>إنفوجرافيك</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>حاسبة</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>عرض توضيحي</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>ال&amp;شكل</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>الش&amp;خصية</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;مرحلة RACE</translation>
    </message>
    <message>
        <source>What the reader is asked to do next.</source>
        <translation>ما يُطلب من القارئ فعله بعد ذلك.</translation>
    </message>
    <message>
        <source>e.g. Download the guide</source>
        <translation>مثل نزّل الدليل</translation>
    </message>
    <message>
        <source>C&amp;all to action</source>
        <translation>الدعوة إلى الإ&amp;جراء</translation>
    </message>
    <message>
        <source>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>مكان نشر المحتوى: قنوات الشخصية أولًا، ثم بقية الدليل.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <source>Where the item stands; the board shows it as a coloured word.</source>
        <translation>حالة العنصر؛ وتعرضها اللوحة كلمةً ملوّنة.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>The day the item goes live; the earliest date: not set.</source>
        <translation>يوم نشر العنصر؛ وأقدم تاريخ يعني: غير محدد.</translation>
    </message>
    <message>
        <source>Publish &amp;date</source>
        <translation>تاريخ ال&amp;نشر</translation>
    </message>
    <message>
        <source>Where the item lives, e.g. its web address.</source>
        <translation>مكان العنصر، مثل عنوانه على الويب.</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>Give the content item a title.</source>
        <translation>أدخل عنوانًا لعنصر المحتوى.</translation>
    </message>
</context>
<context>
    <name>b2x::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CustomChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>قناة جديدة</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>تعديل القناة</translation>
    </message>
    <message>
        <source>e.g. Software review sites</source>
        <translation>مثل مواقع مراجعات البرمجيات</translation>
    </message>
    <message>
        <source>e.g. review sites, events, referrals</source>
        <translation>مثل مواقع المراجعات أو الفعاليات أو الإحالات</translation>
    </message>
    <message>
        <source>0: a consumer platform; 100: a business platform.</source>
        <translation>0: منصة استهلاكية؛ 100: منصة أعمال.</translation>
    </message>
    <message>
        <source>0: a few named accounts; 100: a mass audience.</source>
        <translation>0: عدد قليل من الحسابات المحددة بالاسم؛ 100: جمهور واسع.</translation>
    </message>
    <message>
        <source>How well the channel reaches specific roles or accounts.</source>
        <translation>مدى قدرة القناة على الوصول إلى أدوار أو حسابات بعينها.</translation>
    </message>
    <message>
        <source>0: in-depth, rational content; 100: visual, emotional content.</source>
        <translation>0: محتوى متعمق وعقلاني؛ 100: محتوى مرئي وعاطفي.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>per lead</source>
        <translation>لكل عميل محتمل</translation>
    </message>
    <message>
        <source>per thousand impressions</source>
        <translation>لكل ألف ظهور</translation>
    </message>
    <message>
        <source>none (not attributed by clicks)</source>
        <translation>لا شيء (بلا إسناد قائم على النقرات)</translation>
    </message>
    <message>
        <source>%1: %2 days by default, at most %3</source>
        <translation>%1: %2 يومًا افتراضيًا، و%3 بحد أقصى</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;B2B affinity (0–100):</source>
        <translation>تقارب &amp;B2B (0–100):</translation>
    </message>
    <message>
        <source>&amp;Reach (0–100):</source>
        <translation>ال&amp;وصول (0–100):</translation>
    </message>
    <message>
        <source>&amp;Precision (0–100):</source>
        <translation>ال&amp;دقة (0–100):</translation>
    </message>
    <message>
        <source>&amp;Emotional fit (0–100):</source>
        <translation>الملاءمة ال&amp;عاطفية (0–100):</translation>
    </message>
    <message>
        <source>Best &amp;price band:</source>
        <translation>أنسب &amp;نطاق سعري:</translation>
    </message>
    <message>
        <source>Best &amp;decision time:</source>
        <translation>أنسب &amp;زمن للقرار:</translation>
    </message>
    <message>
        <source>Typical &amp;cost:</source>
        <translation>الت&amp;كلفة المعتادة:</translation>
    </message>
    <message>
        <source>&amp;Attribution platform:</source>
        <translation>&amp;منصة الإسناد:</translation>
    </message>
    <message>
        <source>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</source>
        <translation>تقارن ملاءمة القناة هذه العوامل بسلوك كل شخصية وسعرها وزمن قرارها، كما تفعل مع القنوات المدمجة. وتحدد منصة الإسناد نافذة النقر الافتراضية والقصوى للقناة.</translation>
    </message>
</context>
<context>
    <name>b2x::DecisionUnitSection</name>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</source>
        <translation>كل من يشارك في الشراء. غالبًا ما يقرر المستهلك وحده أو مع شريكه؛ أما شراء B2B فتشارك فيه مجموعة من عدة أقسام. قاست CEB ‏5.4 أشخاص لكل عملية شراء B2B في 2014 و6.8 في 2016؛ ويعدّ Gartner من 6 إلى 10 للحلول المعقدة.</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>أعضاء وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>إ&amp;ضافة عضو</translation>
    </message>
    <message>
        <source>Add a person to the decision unit.</source>
        <translation>أضف شخصًا إلى وحدة اتخاذ القرار.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>إ&amp;زالة عضو</translation>
    </message>
    <message>
        <source>Remove the selected person.</source>
        <translation>أزل الشخص المحدد.</translation>
    </message>
    <message>
        <source>How the group buys</source>
        <translation>كيف تشتري المجموعة</translation>
    </message>
    <message>
        <source>Buy class</source>
        <translation>فئة الشراء</translation>
    </message>
    <message>
        <source>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</source>
        <translation>مدى جدة الشراء بالنسبة للمشتري (Robinson وFaris وWind). كلما كان أحدث وأكثر مخاطرة، زاد عدد المشاركين وطالت المدة.</translation>
    </message>
    <message>
        <source>Bought through a formal tender</source>
        <translation>يُشترى عبر مناقصة رسمية</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>مناقصة رسمية</translation>
    </message>
    <message>
        <source>Offers are requested formally and scored against written criteria.</source>
        <translation>تُطلب العروض رسميًا وتُقيَّم وفق معايير مكتوبة.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>مناقصة</translation>
    </message>
    <message>
        <source>Approval levels</source>
        <translation>مستويات الاعتماد</translation>
    </message>
    <message>
        <source>How many levels must sign off, e.g. department head, finance, board (0–%1).</source>
        <translation>عدد المستويات التي يجب أن توافق، مثل رئيس القسم والمالية ومجلس الإدارة (0–%1).</translation>
    </message>
    <message>
        <source>Use my own estimate</source>
        <translation>استخدام تقديري الخاص</translation>
    </message>
    <message>
        <source>Use my own decision probability</source>
        <translation>استخدام احتمال القرار الذي أقدّره</translation>
    </message>
    <message>
        <source>When off, the models estimate from the group size using CEB&apos;s measurements.</source>
        <translation>عند الإيقاف، تقدّر النماذج القيمة من حجم المجموعة باستخدام قياسات CEB.</translation>
    </message>
    <message>
        <source>Decision probability</source>
        <translation>احتمال القرار</translation>
    </message>
    <message>
        <source>Your estimate of the probability that the group decides to buy at all, 0–100%.</source>
        <translation>تقديرك لاحتمال أن تقرر المجموعة الشراء أصلًا، من 0 إلى 100%.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</source>
        <translation>كلما زاد عدد المشاركين قلّ احتمال أن تشتري المجموعة أصلًا: قاست CEB/Challenger ‏81% لشخص واحد و55% لشخصين و31% لستة أشخاص؛ وما يصل إلى 38% من محاولات الشراء تنتهي دون قرار.</translation>
    </message>
    <message>
        <source>Change buy class</source>
        <translation>تغيير فئة الشراء</translation>
    </message>
    <message>
        <source>Change formal tender</source>
        <translation>تغيير المناقصة الرسمية</translation>
    </message>
    <message>
        <source>A decision unit can have at most %1 members.</source>
        <translation>يمكن أن تضم وحدة اتخاذ القرار %1 عضوًا على الأكثر.</translation>
    </message>
    <message>
        <source>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</source>
        <translation>تم تعليم %1 أعضاء على أنهم يفرجون عن الأموال. عادةً ما يكون شخص واحد بالضبط هو المشتري الاقتصادي (Miller Heiman)؛ تحقّق ممن يعتمد الميزانية.</translation>
    </message>
    <message>
        <source>Change approval levels</source>
        <translation>تغيير مستويات الاعتماد</translation>
    </message>
    <message>
        <source>Change decision probability</source>
        <translation>تغيير احتمال القرار</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Every key role is covered: decider, user, specifier and buyer.</source>
        <translation>كل دور رئيسي مشغول: صاحب القرار والمستخدم وواضع المواصفات والمشتري.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</source>
        <translation>
            <numerusform>لا أحد يشغل الأدوار الرئيسية %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي أحدها فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
            <numerusform>لا أحد يشغل الدور الرئيسي %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي هذا الدور فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
            <numerusform>لا أحد يشغل الدورين الرئيسيين %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي أحدهما فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
            <numerusform>لا أحد يشغل الأدوار الرئيسية %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي أحدها فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
            <numerusform>لا أحد يشغل الأدوار الرئيسية %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي أحدها فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
            <numerusform>لا أحد يشغل الأدوار الرئيسية %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman). إن كان أحد الأعضاء يؤدي أحدها فعلًا، فحدِّده ضمن أدواره؛ يمكن للشخص الواحد أن يشغل عدة أدوار.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>b2x::DialogExportPrompts</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
</context>
<context>
    <name>b2x::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>في «%1» تغييرات غير محفوظة.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>هل تريد حفظها قبل المتابعة؟</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSection</name>
    <message>
        <source>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</source>
        <translation>الأرقام التي يقوم عليها مسار المبيعات والقيمة الدائمة للعميل (CLV) وتكلفة الاكتساب (CAC). المبالغ بعملة مساحة العمل.</translation>
    </message>
    <message>
        <source>Volume and spend</source>
        <translation>الحجم والإنفاق</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>الحجم الشهري</translation>
    </message>
    <message>
        <source>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</source>
        <translation>عدد الأشخاص أو الحسابات الذين يدخلون أول مرحلة في المسار كل شهر، مثل زوار الموقع.</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> شهريًا</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>الإنفاق الشهري</translation>
    </message>
    <message>
        <source>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</source>
        <translation>الإنفاق الشهري على التسويق والمبيعات لهذا الجمهور. وبقسمته على العملاء الجدد نحصل على تكلفة الاكتساب (CAC).</translation>
    </message>
    <message>
        <source> %1 per month</source>
        <translation> %1 شهريًا</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Order or contract value of one purchase.</source>
        <translation>قيمة الطلب أو العقد لعملية شراء واحدة.</translation>
    </message>
    <message>
        <source> %1 per purchase</source>
        <translation> %1 لكل عملية شراء</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>هامش الربح الإجمالي</translation>
    </message>
    <message>
        <source>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</source>
        <translation>الجزء المتبقي من السعر بعد التكاليف المباشرة. عائد الإنفاق الإعلاني (ROAS) عند نقطة التعادل = 1 ÷ هامش الربح الإجمالي.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>عدد المشتريات سنويًا</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> سنويًا</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>مدة بقاء العميل</translation>
    </message>
    <message>
        <source>How many years a customer keeps buying from you.</source>
        <translation>عدد السنوات التي يواصل فيها العميل الشراء منك.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنوات</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>الاقتصاديات</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>مشتريات لمرة واحدة</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>طلبات متكررة</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <source>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</source>
        <translation>يدفع العملاء السعر عن كل عملية شراء، عددًا معينًا من المرات سنويًا، طوال مدة بقاء العميل.</translation>
    </message>
    <message>
        <source>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</source>
        <translation>يكسب مسار المبيعات عملاء جددًا يعيدون الطلب بعد ذلك ما داموا باقين؛ ويحدد معدل الاحتفاظ السنوي بالعملاء طول هذه المدة.</translation>
    </message>
    <message>
        <source>Customers pay every billing period until they cancel; the churn decides how long they stay.</source>
        <translation>يدفع العملاء في كل فترة فوترة إلى أن يلغوا اشتراكهم؛ ويحدد معدل تسرب العملاء مدة بقائهم.</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>كيف يدفع العملاء</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>نموذج الإيرادات</translation>
    </message>
    <message>
        <source>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</source>
        <translation>كيف يدفع العميل: مرة واحدة عن كل عملية شراء، أو بطلبات متكررة ما دام باقيًا، أو باشتراك إلى أن يلغيه. يعرض كل نموذج حقوله الخاصة؛ وتحتفظ النماذج الأخرى بقيمها لحين عودتك إليها.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>الفوترة</translation>
    </message>
    <message>
        <source>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</source>
        <translation>عدد مرات تحصيل السعر من العميل. لا يؤدي تغييره إلى تحويل السعر: أدخل السعر للفترة الجديدة.</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>شهري</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>معدل الاحتفاظ السنوي بالعملاء</translation>
    </message>
    <message>
        <source>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</source>
        <translation>نسبة العملاء الذين ما زالوا يطلبون بعد عام: تعني 79% أن 21% يتوقفون عن الطلب كل عام. وتحدد المدة التي يواصل فيها العميل الطلب.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>معدل تسرب العملاء</translation>
    </message>
    <message>
        <source>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</source>
        <translation>نسبة العملاء الذين يلغون اشتراكهم في كل فترة (شهريًا أو سنويًا، تُختار بجانبه). تعني 2% شهريًا مدة بقاء قدرها 50 شهرًا.</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>فترة معدل تسرب العملاء</translation>
    </message>
    <message>
        <source>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</source>
        <translation>هل معدل تسرب العملاء شهري أم سنوي. تعادل 20% سنويًا 1.84% شهريًا.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>سنويًا</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>توسّع الإيراد</translation>
    </message>
    <message>
        <source>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</source>
        <translation>اختياري: النمو السنوي لإيراد العميل المحتفَظ به (ترقيات، ومقاعد إضافية، وزيادات في الأسعار). اتركه 0 إن لم يوجد.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>٪ سنويًا</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>الفترة التجريبية المجانية</translation>
    </message>
    <message>
        <source>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</source>
        <translation>اختياري: أيام مجانية بين الصفقة الرابحة وأول دفعة. اتركه 0 إن كان المسار يتضمن مرحلة تجريبية بالفعل.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>In the market</source>
        <translation>الموجودون في السوق</translation>
    </message>
    <message>
        <source>Category buying cycle</source>
        <translation>دورة الشراء في الفئة</translation>
    </message>
    <message>
        <source>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</source>
        <translation>عدد السنوات بين قرارات الشراء في الفئة: المدة التي ينتظرها المشترون عادةً قبل أن يختاروا موردًا من جديد (شراء جديد، أو مراجعة عند التجديد، أو تغيير المورد)، من أي مورد كان؛ وليس عدد مرات طلب عملائك. في العام الواحد يكون نحو 1 ÷ هذا الرقم منهم في السوق: قرار كل 5 سنوات يعني نحو 20% (Ehrenberg-Bass Institute، «95:5»).</translation>
    </message>
    <message>
        <source>Change revenue model</source>
        <translation>تغيير نموذج الإيرادات</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>تغيير الفوترة</translation>
    </message>
    <message>
        <source>Change churn period</source>
        <translation>تغيير فترة معدل تسرب العملاء</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>السعر السنوي</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>السعر الشهري</translation>
    </message>
    <message>
        <source>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</source>
        <translation>ما يدفعه العميل مقابل عام من الاشتراك. تحتسب النماذج جزءًا من اثني عشر جزءًا منه كل شهر، على نحو ما تُعرض الإيرادات المتكررة.</translation>
    </message>
    <message>
        <source>What a customer pays for a month of the subscription.</source>
        <translation>ما يدفعه العميل مقابل شهر من الاشتراك.</translation>
    </message>
    <message>
        <source> %1 per year</source>
        <translation> %1 سنويًا</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>قيمة الطلب</translation>
    </message>
    <message>
        <source>Value of one order of a retained customer.</source>
        <translation>قيمة طلب واحد لعميل محتفَظ به.</translation>
    </message>
    <message>
        <source> %1 per order</source>
        <translation> %1 لكل طلب</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>عدد الطلبات سنويًا</translation>
    </message>
    <message>
        <source>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</source>
        <translation>عدد الطلبات التي يقدمها العميل المحتفَظ به في العام، مثل 12 لإعادة الطلب شهريًا.</translation>
    </message>
    <message>
        <source>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</source>
        <translation>عدد مرات شراء العميل في العام، مثل 0.2 لعملية شراء كل خمس سنوات.</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>الأفق الزمني (بالسنوات)</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</source>
        <translation>أطول مدة يُحتسب فيها العميل. وهي حدّ أقصى لمدة البقاء التي يقتضيها معدل تسرب العملاء (1 ÷ معدل التسرب الشهري)، كي لا يَعِد معدل تسرب منخفض جدًا بإيرادات بعد عقود.</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</source>
        <translation>أطول مدة يُحتسب فيها العميل. وهي حدّ أقصى لمدة البقاء التي يقتضيها معدل الاحتفاظ بالعملاء، كي لا يَعِد معدل احتفاظ مرتفع جدًا بطلبات بعد عقود.</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSummary</name>
    <message>
        <source>A customer brings about %1 of revenue a year.</source>
        <translation>يجلب العميل نحو %1 من الإيرادات سنويًا.</translation>
    </message>
    <message>
        <source>A customer pays about %1 a month while they stay.</source>
        <translation>يدفع العميل نحو %1 شهريًا ما دام باقيًا.</translation>
    </message>
    <message>
        <source>Churn of %1 a month is %2 a year.</source>
        <translation>معدل تسرب العملاء البالغ %1 شهريًا يعادل %2 سنويًا.</translation>
    </message>
    <message>
        <source>Churn of %1 a year is %2 a month.</source>
        <translation>معدل تسرب العملاء البالغ %1 سنويًا يعادل %2 شهريًا.</translation>
    </message>
    <message>
        <source>Keeping %1 of customers a year is losing %2 of them a month.</source>
        <translation>الاحتفاظ بـ%1 من العملاء سنويًا يعني فقدان %2 منهم شهريًا.</translation>
    </message>
    <message numerus="yes">
        <source>Without net churn the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهر.</numerusform>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: شهر واحد.</numerusform>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: شهران.</numerusform>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: %Ln أشهر.</numerusform>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهرًا.</numerusform>
            <numerusform>عند انعدام صافي تسرب العملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without customers lost the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهر.</numerusform>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: شهر واحد.</numerusform>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: شهران.</numerusform>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: %Ln أشهر.</numerusform>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهرًا.</numerusform>
            <numerusform>عند عدم فقدان أي عملاء، يحدد الأفق الزمني مدة البقاء: %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره شهر واحد.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره شهران.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln أشهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهرًا.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره شهر واحد.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره شهران.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln أشهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهرًا.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %1 شهر، ويحدّها الأفق الزمني بحد أقصى قدره %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %Ln month(s).</source>
        <translation>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %Ln شهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: شهر واحد.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: شهران.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %Ln أشهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %Ln شهرًا.</numerusform>
            <numerusform>مدة البقاء وفق معدل تسرب العملاء: %Ln شهر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %Ln month(s).</source>
        <translation>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %Ln شهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: شهر واحد.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: شهران.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %Ln أشهر.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %Ln شهرًا.</numerusform>
            <numerusform>مدة البقاء وفق معدل الاحتفاظ بالعملاء: %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV): %1 of gross margin.</source>
        <translation>القيمة الدائمة للعميل (CLV): %1 من هامش الربح الإجمالي.</translation>
    </message>
    <message>
        <source>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</source>
        <translation>مع اتخاذ قرار الشراء كل %1 سنة، يكون نحو %2٪ من الجمهور في السوق في أي عام.</translation>
    </message>
</context>
<context>
    <name>b2x::EmptyStatePage</name>
    <message>
        <source>Nothing to edit</source>
        <translation>لا شيء للتعديل</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>إضافة شخصية</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>فتح مساحة العمل النموذجية</translation>
    </message>
    <message>
        <source>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</source>
        <translation>سبعة جماهير، من لجنة شراء في مؤسسة كبيرة إلى شراء اندفاعي لوجبة خفيفة.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>الملفات الحديثة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>لا توجد شخصيات بعد</translation>
    </message>
    <message>
        <source>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</source>
        <translation>أضف شخصية إلى مساحة العمل هذه، أو ابدأ مساحة عمل جديدة، أو افتح ملف مساحة عمل، أو استكشف مساحة العمل النموذجية.</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>لم تُحدَّد أي شخصية</translation>
    </message>
    <message>
        <source>Choose a persona in the list to edit it, or open another workspace.</source>
        <translation>اختر شخصية من القائمة لتعديلها، أو افتح مساحة عمل أخرى.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>b2x::EvidenceSection</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>مصدر %1</translation>
    </message>
    <message>
        <source>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</source>
        <translation>مصدر رقم %1: تقرير أو دراسة أو تصدير من CRM أو شخص.</translation>
    </message>
    <message>
        <source>e.g. CRM report, Q3; industry benchmark; interview</source>
        <translation>مثل تقرير CRM للربع الثالث؛ مرجع معياري للقطاع؛ مقابلة</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>درجة الثقة في %1</translation>
    </message>
    <message>
        <source>How far the figure for %1 can be trusted.</source>
        <translation>مدى الثقة في رقم %1.</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>تعديل أدلة %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</source>
        <translation>سجّل مصدر كل رقم رئيسي ومدى الثقة فيه. افتراض: تخمين مدروس. مرجع معياري: رقم منشور لشركات مماثلة. مقيس: بياناتك الخاصة. تعرض التقارير ذلك بجانب الأرقام، ليعرف القراء أي النتائج تستند إلى تخمينات. ينتمي المصدر إلى القيمة التي كُتب لها: عندما يتغير الرقم يُعلَّم المصدر بأنه متقادم، ولا تعود التقارير تعرضه دعمًا للرقم، إلى أن تؤكده للقيمة الجديدة.</translation>
    </message>
    <message>
        <source>Confirm for current value</source>
        <translation>تأكيد للقيمة الحالية</translation>
    </message>
    <message>
        <source>Confirm the source of %1 for the current value</source>
        <translation>تأكيد مصدر %1 للقيمة الحالية</translation>
    </message>
    <message>
        <source>The source also backs the number %1 has now. Undo takes it back.</source>
        <translation>يصبح المصدر داعمًا أيضًا للقيمة الحالية لـ %1. ويمكن إلغاء ذلك بالتراجع.</translation>
    </message>
    <message>
        <source>Evidence ⚠</source>
        <translation>الأدلة ⚠</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Until you confirm it, this source does not back the number.</source>
        <translation>⚠ متقادم: %1 وإلى أن تؤكده، لا يدعم هذا المصدر الرقم.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Confirm evidence for %1</source>
        <translation>تأكيد أدلة %1</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</source>
        <translation>إلى أي حد قد تبتعد القيمة الحقيقية عن الرقم، بالنسبة المئوية في كل اتجاه؛ يسحب تحليل عدم اليقين في عرض الميزانية كل مُدخل ضمن هذا النطاق.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>نطاق %1</translation>
    </message>
    <message>
        <source>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</source>
        <translation>إلى أي حد قد تبتعد القيمة الحقيقية لـ %1 عن الرقم، بالنسبة المئوية في كل اتجاه. الافتراضي: تباين درجة الثقة (افتراض ±50%، مرجع معياري ±25%، مقيس ±10%). 0: مؤكد.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
</context>
<context>
    <name>b2x::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;تقرير (PDF)…</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG…</source>
        <translation>المخططات بصيغة &amp;PNG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG…</source>
        <translation>المخططات بصيغة &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Metrics (CSV)…</source>
        <translation>ال&amp;مقاييس (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export charts as SVG into</source>
        <translation>تصدير المخططات بصيغة SVG إلى</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>تصدير المخططات بصيغة PNG إلى</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>تصدير المقاييس</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit report details</source>
        <translation>تعديل تفاصيل التقرير</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>صُدِّر التقرير</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>حُفظ التقرير باسم %1.</translation>
    </message>
    <message>
        <source>Charts exported</source>
        <translation>صُدِّرت المخططات</translation>
    </message>
    <message>
        <source>The charts were saved in %1.</source>
        <translation>حُفظت المخططات في %1.</translation>
    </message>
    <message>
        <source>Metrics exported</source>
        <translation>صُدِّرت المقاييس</translation>
    </message>
    <message>
        <source>The metrics were saved as %1.</source>
        <translation>حُفظت المقاييس باسم %1.</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>م&amp;صنف (XLSX)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>تصدير المصنف</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>صُدّر المصنف</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>حُفظ المصنف باسم %1.</translation>
    </message>
</context>
<context>
    <name>b2x::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>حجم الصفحة:</translation>
    </message>
    <message>
        <source>Personas (one or more pages each):</source>
        <translation>الشخصيات (صفحة أو أكثر لكل منها):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>The day of the export</source>
        <translation>يوم التصدير</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العن&amp;وان:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>العنوان ال&amp;فرعي:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>ال&amp;عميل:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>ال&amp;مُعِدّ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Charts (two per page; they compare the personas chosen for the report, the first six when more are chosen):</source>
        <translation>المخططات (اثنان في كل صفحة؛ تقارن الشخصيات المختارة للتقرير، أو أول ست منها إذا اختير أكثر):</translation>
    </message>
</context>
<context>
    <name>b2x::FileController</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>مساحة عمل بلا عنوان</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Your current workspace is unchanged.</source>
        <translation>تعذّر فتح «%1». لم تتغير مساحة العمل الحالية.</translation>
    </message>
    <message>
        <source>the previous version could not be read for the backup: %1</source>
        <translation>تعذّرت قراءة الإصدار السابق لإنشاء النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>تعذّر حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</source>
        <translation>لم يُحفظ «%1»، لذا بقي الإصدار السابق كما هو. وما زالت تغييراتك مفتوحة.</translation>
    </message>
    <message>
        <source>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</source>
        <translation>لم يُحفظ «%1». ما زالت تغييراتك مفتوحة؛ جرّب مجلدًا آخر عبر ملف ← حفظ باسم.</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>مساحة عمل بلا عنوان</translation>
    </message>
    <message>
        <source>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</source>
        <translation>لم يُغلق B2X Workbench بشكل طبيعي. احتُفظ بنسخة استرداد من %1 تتضمن تغييرات غير محفوظة (%2). هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.</source>
        <translation>تعذّرت قراءة نسخة الاسترداد.</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>استعادة التغييرات المستردة</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>تعذّر فتح القالب</translation>
    </message>
    <message>
        <source>The template “%1” could not be read. Your current workspace is unchanged.</source>
        <translation>تعذّرت قراءة القالب «%1». لم تتغير مساحة العمل الحالية.</translation>
    </message>
</context>
<context>
    <name>b2x::Formatting</name>
    <message>
        <source>%1%2</source>
        <comment>currency symbol, amount</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, ISO currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 يوم</translation>
    </message>
</context>
<context>
    <name>b2x::GroupMembers</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ولا شخصيات أخرى</numerusform>
            <numerusform>%1 وشخصية أخرى</numerusform>
            <numerusform>%1 وشخصيتان أخريان</numerusform>
            <numerusform>%1 و%Ln شخصيات أخرى</numerusform>
            <numerusform>%1 و%Ln شخصية أخرى</numerusform>
            <numerusform>%1 و%Ln شخصية أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>b2x::ImportActualsDialog</name>
    <message>
        <source>Import Actuals</source>
        <translation>استيراد البيانات الفعلية</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>الاستيراد قيد التنفيذ</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <source>Stop reading or measuring; nothing is changed</source>
        <translation>إيقاف القراءة أو القياس؛ دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply to Persona</source>
        <translation>&amp;تطبيق على الشخصية</translation>
    </message>
    <message>
        <source>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</source>
        <translation>كتابة معدلات التحويل والمدد المقيسة، والربط المستخدم، في الشخصية كخطوة واحدة (يلغيها تحرير ← تراجع)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>ا&amp;ستيراد البيانات الفعلية…</translation>
    </message>
    <message>
        <source>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</source>
        <translation>قياس مسار مبيعات شخصية من تصدير صفقات CRM وتطبيقه عليها</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>اختيار الملفات</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>التحقق مما قُرئ</translation>
    </message>
    <message>
        <source>Map the CRM&apos;s stages</source>
        <translation>ربط مراحل CRM</translation>
    </message>
    <message>
        <source>Modelled against measured</source>
        <translation>المنمذج مقابل المقيس</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>الخطوة %1 من 4: %2</translation>
    </message>
    <message>
        <source>Choose the deals file first.</source>
        <translation>اختر ملف الصفقات أولًا.</translation>
    </message>
    <message>
        <source>The workspace has no persona to measure: add one first.</source>
        <translation>لا تحتوي مساحة العمل على شخصية لقياسها: أضف شخصية أولًا.</translation>
    </message>
    <message>
        <source>The files are too large to read on this computer.</source>
        <translation>الملفات أكبر من أن تُقرأ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>The deals are too many to measure on this computer: nothing was changed.</source>
        <translation>عدد الصفقات أكبر من أن يُقاس على هذا الحاسوب: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Measuring %1&apos;s stages…</source>
        <translation>جارٍ قياس مراحل %1…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>أُوقف: لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The persona is no longer in the workspace: nothing was changed.</source>
        <translation>لم تعد الشخصية موجودة في مساحة العمل: لم يُغيَّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>تصدير صفقات CRM %1: %n صفقة، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: صفقة واحدة، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: صفقتان، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقات، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقةً، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقة، بتاريخ %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ImportCheckPage</name>
    <message>
        <source>Preview of the files</source>
        <translation>معاينة الملفات</translation>
    </message>
    <message>
        <source>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</source>
        <translation>أول %1 صف كما قُرئت؛ والصفوف مرقّمة كما في جداول البيانات (صف العناوين هو الصف 1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <source>Stage events</source>
        <translation>أحداث المراحل</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>المشكلات:</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>المشكلات التي وُجدت في الملفات</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>أي عمود لأي حقل</translation>
    </message>
    <message>
        <source>The headers are not those of a known export: say which of the file&apos;s columns holds each field</source>
        <translation>العناوين لا تطابق تصديرًا معروفًا: حدّد أي عمود من أعمدة الملف يحتوي على كل حقل</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>عمود %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (مطلوب):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026</source>
        <translation>تواريخ مثل 03/04/2026</translation>
    </message>
    <message>
        <source>Every date in the files fits both orders. Which comes first in them?</source>
        <translation>كل تاريخ في الملفات يحتمل الترتيبين. أيهما يأتي أولًا فيها؟</translation>
    </message>
    <message>
        <source>Day first (3 April)</source>
        <translation>اليوم أولًا (3 أبريل)</translation>
    </message>
    <message>
        <source>Month first (March 4)</source>
        <translation>الشهر أولًا (4 مارس)</translation>
    </message>
    <message>
        <source>Read A&amp;gain with These Answers</source>
        <translation>إعادة ال&amp;قراءة بهذه الإجابات</translation>
    </message>
    <message>
        <source>Import the files again with the columns and date order above</source>
        <translation>استيراد الملفات مجددًا بالأعمدة وترتيب التاريخ المحددين أعلاه</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) read: %1 won, %2 lost, %3 open.</source>
        <translation>
            <numerusform>لم تُقرأ أي صفقة: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
            <numerusform>قُرئت صفقة واحدة: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
            <numerusform>قُرئت صفقتان: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
            <numerusform>قُرئت %n صفقات: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
            <numerusform>قُرئت %n صفقةً: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
            <numerusform>قُرئت %n صفقة: %1 رابحة، %2 خاسرة، %3 مفتوحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They pass through %n CRM stage(s). Check the rows below, then go on to the stages.</source>
        <translation>
            <numerusform>لا تمر الصفقات بأي مرحلة في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
            <numerusform>تمر الصفقات بمرحلة واحدة في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
            <numerusform>تمر الصفقات بمرحلتين في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
            <numerusform>تمر الصفقات بـ %n مراحل في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
            <numerusform>تمر الصفقات بـ %n مرحلةً في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
            <numerusform>تمر الصفقات بـ %n مرحلة في CRM. تحقّق من الصفوف أدناه، ثم انتقل إلى المراحل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files need answers before they can be imported: choose below, then read them again.</source>
        <translation>تحتاج الملفات إلى إجابات قبل استيرادها: اختر أدناه، ثم أعد قراءتها.</translation>
    </message>
    <message>
        <source>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</source>
        <translation>تعذّر استيراد الملفات؛ لم يُغيَّر شيء. تبيّن المشكلات موضع كل خطأ؛ صحّح التصدير، أو ارجع واختر ملفات أخرى.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportFilesPage</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.tsv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</source>
        <translation>اختر الصفقات التي صدّرها نظام CRM لديك، وأحداث المراحل أيضًا في التصديرات التي تحفظ سجل المراحل منفصلًا. يقيس الاستيراد منها كل مرحلة من مراحل الشخصية؛ ولا يتغير شيء حتى تطبّقه.</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>ملف الصفقات</translation>
    </message>
    <message>
        <source>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</source>
        <translation>ملف CSV للصفقات: تصدير صفقات من HubSpot أو Pipedrive، أو فرص Salesforce أو سجلها، أو ملف الصفقات العام</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>&amp;Deals file:</source>
        <translation>ملف ال&amp;صفقات:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose the deals file</source>
        <translation>اختيار ملف الصفقات</translation>
    </message>
    <message>
        <source>Stage events file</source>
        <translation>ملف أحداث المراحل</translation>
    </message>
    <message>
        <source>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</source>
        <translation>اختياري: سجل المراحل (ملف stage_events.csv العام، أو deal flow من Pipedrive، أو Opportunity History من Salesforce) عندما لا يحتويه ملف الصفقات</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Stage events file:</source>
        <translation>ملف أحداث ال&amp;مراحل:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Choose the stage events file</source>
        <translation>اختيار ملف أحداث المراحل</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>تنسيق التصدير</translation>
    </message>
    <message>
        <source>Which CRM wrote the files; Recognise from the headers reads the columns to tell</source>
        <translation>نظام CRM الذي أنشأ الملفات؛ ويقرأ خيار «التعرّف من العناوين» الأعمدة لتحديده</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>التعرّف من العناوين</translation>
    </message>
    <message>
        <source>Generic (deals.csv and stage_events.csv)</source>
        <translation>عام (deals.csv وstage_events.csv)</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Pipedrive</source>
        <translation>Pipedrive</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;تنسيق:</translation>
    </message>
    <message>
        <source>Persona to calibrate</source>
        <translation>الشخصية المراد معايرتها</translation>
    </message>
    <message>
        <source>The persona whose pipeline stages the deals are measured against</source>
        <translation>الشخصية التي تُقاس الصفقات مقابل مراحل مسار مبيعاتها</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>ال&amp;شخصية:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>التاريخ المرجعي</translation>
    </message>
    <message>
        <source>The day the export was taken: deals still open then count as open, not lost; later events are left out</source>
        <translation>يوم إجراء التصدير: تُحتسب الصفقات التي كانت لا تزال مفتوحة حينها مفتوحةً لا خاسرة؛ وتُستبعد الأحداث اللاحقة</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>التاريخ ال&amp;مرجعي:</translation>
    </message>
</context>
<context>
    <name>b2x::ImportResultsView</name>
    <message>
        <source>Modelled against measured, per stage</source>
        <translation>المنمذج مقابل المقيس، لكل مرحلة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>المنمذج</translation>
    </message>
    <message>
        <source>Measured (95% interval)</source>
        <translation>المقيس (فترة الثقة 95%)</translation>
    </message>
    <message>
        <source>Moved on ÷ entered</source>
        <translation>المنتقلة ÷ الداخلة</translation>
    </message>
    <message>
        <source>Days p50
modelled / measured</source>
        <translation>الأيام p50
المنمذج / المقيس</translation>
    </message>
    <message>
        <source>Days p90
modelled / measured</source>
        <translation>الأيام p90
المنمذج / المقيس</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>الداخلة</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>المنتقلة</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>الخاسرة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>The persona&apos;s pipeline stage</source>
        <translation>مرحلة مسار مبيعات الشخصية</translation>
    </message>
    <message>
        <source>The conversion the persona has today</source>
        <translation>معدل التحويل الحالي للشخصية</translation>
    </message>
    <message>
        <source>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</source>
        <translation>تقدير Aalen–Johansen: تُحتسب الصفقات المفتوحة على أنها لم تُحسم بعد، لا خاسرة؛ و«حدّ أدنى» عندما قد تنتقل لاحقًا صفقات لا تزال مفتوحة</translation>
    </message>
    <message>
        <source>The naive figure, which counts every open deal as lost</source>
        <translation>الرقم البسيط الذي يحتسب كل صفقة مفتوحة خاسرة</translation>
    </message>
    <message>
        <source>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</source>
        <translation>وسيط الأيام في المرحلة: المدة المثلثية للشخصية مقابل الصفقات التي انتقلت</translation>
    </message>
    <message>
        <source>90th percentile of days in the stage, modelled against measured</source>
        <translation>المئين التسعون للأيام في المرحلة، المنمذج مقابل المقيس</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>الصفقات التي دخلت المرحلة</translation>
    </message>
    <message>
        <source>Deals that moved on (or skipped it)</source>
        <translation>الصفقات التي انتقلت منها (أو تخطتها)</translation>
    </message>
    <message>
        <source>Deals lost from the stage</source>
        <translation>الصفقات التي خُسرت في هذه المرحلة</translation>
    </message>
    <message>
        <source>Deals still in the stage on the as-of date</source>
        <translation>الصفقات التي كانت لا تزال في المرحلة في التاريخ المرجعي</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>التحذيرات:</translation>
    </message>
    <message>
        <source>Warnings about the measurement</source>
        <translation>تحذيرات بشأن القياس</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</source>
        <translation>
            <numerusform>%1 مقابل %n صفقة (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
            <numerusform>%1 مقابل صفقة واحدة (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
            <numerusform>%1 مقابل صفقتين (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
            <numerusform>%1 مقابل %n صفقات (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
            <numerusform>%1 مقابل %n صفقةً (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
            <numerusform>%1 مقابل %n صفقة (%2 رابحة، %3 خاسرة، %4 مفتوحة). يكتب «تطبيق» معدلات التحويل والمدد المقيسة في الشخصية كخطوة واحدة يمكنك التراجع عنها.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, lower bound</source>
        <translation>%1، حدّ أدنى</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</source>
        <translation>كان المنحنى لا يزال يرتفع في نهايته: قد تنتقل لاحقًا صفقات لا تزال مفتوحة، لذا لا يقل معدل التحويل عن هذه القيمة</translation>
    </message>
    <message>
        <source>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</source>
        <translation>الدورة كاملة، من الإنشاء حتى الربح: المقيس p50 %1 يومًا وp90 %2، والمنمذج %3 و%4؛ و%5 من الصفقات رابحة.</translation>
    </message>
    <message>
        <source>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</source>
        <translation>مخطط: التحويل لكل مرحلة، المنمذج مقابل المقيس (يعرض الجدول أعلاه الأرقام نفسها)</translation>
    </message>
    <message>
        <source>Chart: share of won deals closed by day, measured against modelled</source>
        <translation>مخطط: نسبة الصفقات الرابحة المغلقة حسب اليوم، المقيس مقابل المنمذج</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا يوجد.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportStagesPage</name>
    <message>
        <source>CRM stages and the persona stages they count as</source>
        <translation>مراحل CRM ومراحل الشخصية التي تُحتسب بها</translation>
    </message>
    <message>
        <source>CRM stage</source>
        <translation>مرحلة CRM</translation>
    </message>
    <message>
        <source>Deals that entered it</source>
        <translation>الصفقات التي دخلتها</translation>
    </message>
    <message>
        <source>Counts as the persona&apos;s stage</source>
        <translation>تُحتسب كمرحلة الشخصية</translation>
    </message>
    <message>
        <source>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</source>
        <translation>حدّد أي مرحلة من مراحل مسار مبيعات %1 تُحتسب بها كل مرحلة من مراحل CRM. ومن الأفضل تجاهل مرحلة CRM التي ليست خطوة في مسار مبيعات الشخصية (مثل «مغلقة رابحة» أو «معلّقة»).</translation>
    </message>
    <message>
        <source>Persona stage for the CRM stage %1</source>
        <translation>مرحلة الشخصية المقابلة لمرحلة CRM ‏%1</translation>
    </message>
    <message>
        <source>The persona&apos;s stage that deals in “%1” are in</source>
        <translation>مرحلة الشخصية التي تكون فيها الصفقات الموجودة في «%1»</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>b2x::JsonDecoder</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>قيمة غير مدعومة</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>يجب أن يكون رقمًا من %1 إلى %2، لا %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>يجب أن يكون رقمًا منتهيًا</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2; found %3</source>
        <translation>يجب أن يكون رقمًا من %1 إلى %2؛ والموجود %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; found %3</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2؛ والموجود %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>يجب أن يكون عددًا صحيحًا من %1 إلى %2، لا %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>يجب أن يكون true أو false، لا %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>يجب أن يكون نصًا، لا %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>طوله %1 بايت؛ والحد الأقصى المسموح %2</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>يجب أن يكون قائمة، لا %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>يحتوي على %1 عنصر؛ والحد الأقصى المسموح %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>يجب أن يكون كائنًا، لا %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>يجب أن يكون إحدى القيم %1، لا %2</translation>
    </message>
    <message>
        <source>must be one of %1; found &quot;%2&quot;</source>
        <translation>يجب أن يكون إحدى القيم %1؛ والموجود &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>b2x::KeyResultDialog</name>
    <message>
        <source>Add key result</source>
        <translation>إضافة نتيجة رئيسية</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>تعديل النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>What is measured, e.g. sales-qualified leads this quarter.</source>
        <translation>ما يُقاس، مثل العملاء المحتملين المؤهلين للبيع في هذا الربع.</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>ال&amp;مقياس</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>e.g. SQLs, %, USD.</source>
        <translation>مثل SQL أو % أو USD.</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>الوح&amp;دة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>The value when the period began.</source>
        <translation>القيمة عند بداية الفترة.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>The value now; a check-in sets it too.</source>
        <translation>القيمة الآن؛ ويضبطها تسجيل التقدم أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>ال&amp;حالية</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>The value to reach; below the start for a &quot;decrease to&quot; target.</source>
        <translation>القيمة المراد بلوغها؛ وتكون أقل من البداية في مستهدف من نوع &quot;خفض إلى&quot;.</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>المست&amp;هدف</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Its share in the objective&apos;s progress (1: equal; 0: left out).</source>
        <translation>حصتها في تقدم الهدف (1: بالتساوي؛ 0: مستبعدة).</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>ال&amp;وزن</translation>
    </message>
    <message>
        <source>&amp;Derived: the target follows a persona&apos;s reverse funnel</source>
        <translation>مشت&amp;ق: يتبع المستهدف المسار العكسي لشخصية</translation>
    </message>
    <message>
        <source>Derived target</source>
        <translation>مستهدف مشتق</translation>
    </message>
    <message>
        <source>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</source>
        <translation>يُحسب المستهدف من مستهدف الشخصية ومسار مبيعاتها ودورة مبيعاتها، ويتغير عند تغيّرها.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>The persona whose reverse funnel gives the target.</source>
        <translation>الشخصية التي يحدد مسارها العكسي المستهدف.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Which figure of the reverse funnel becomes the target.</source>
        <translation>أي رقم من أرقام المسار العكسي يصبح المستهدف.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>مرحلة مسار المبيعات</translation>
    </message>
    <message>
        <source>The pipeline stage whose entries are counted.</source>
        <translation>مرحلة مسار المبيعات التي يُحسب الداخلون إليها.</translation>
    </message>
    <message>
        <source>Stage %1 (not in the pipeline)</source>
        <translation>المرحلة %1 (ليست في مسار المبيعات)</translation>
    </message>
    <message>
        <source>Follows the reverse funnel; the value here is the target kept at the last check-in.</source>
        <translation>يتبع المسار العكسي؛ والقيمة هنا هي المستهدف المحفوظ عند آخر تسجيل للتقدم.</translation>
    </message>
    <message>
        <source>The workspace has no persona to derive a target from.</source>
        <translation>لا تحتوي مساحة العمل على شخصية يمكن اشتقاق مستهدف منها.</translation>
    </message>
    <message>
        <source>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</source>
        <translation>يظهر المستهدف المحدَّث في الشجرة بعد التطبيق؛ ويحفظ كل تسجيل للتقدم مستهدف يومه، ليُبلَّغ عن أي تغيّر في المستهدف.</translation>
    </message>
</context>
<context>
    <name>b2x::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>إ&amp;ضافة شخصية</translation>
    </message>
    <message>
        <source>Add a blank persona (the arrow offers templates)</source>
        <translation>إضافة شخصية فارغة (يعرض السهم القوالب)</translation>
    </message>
    <message>
        <source>Add from &amp;Template</source>
        <translation>إضافة من &amp;قالب</translation>
    </message>
    <message>
        <source>D&amp;uplicate Persona</source>
        <translation>ت&amp;كرار الشخصية</translation>
    </message>
    <message>
        <source>&amp;Delete Persona</source>
        <translation>&amp;حذف الشخصية</translation>
    </message>
    <message>
        <source>&amp;Workspace Details…</source>
        <translation>تفاصيل &amp;مساحة العمل…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>إعادة &amp;ضبط التخطيط</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;تم الفتح&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>سجل التراجع</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>جديد من &amp;قالب</translation>
    </message>
    <message>
        <source>B2B vs B2C sample (seven audiences)</source>
        <translation>نموذج B2B مقابل B2C (سبعة جماهير)</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>مساحة عمل فارغة</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح مل&amp;ف حديث</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>د&amp;ليل النماذج</translation>
    </message>
    <message>
        <source>&amp;About B2X Workbench</source>
        <translation>&amp;حول B2X Workbench</translation>
    </message>
    <message>
        <source>%1[*] — %2 — B2X Workbench</source>
        <translation>%1[*] — %2 — B2X Workbench</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>إضافة شخصية</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>إضافة «%1»</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>تكرار «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persona(s). Undo with %1.</source>
        <translation>
            <numerusform>لم تُحذف أي شخصية. للتراجع: %1.</numerusform>
            <numerusform>حُذفت شخصية واحدة. للتراجع: %1.</numerusform>
            <numerusform>حُذفت شخصيتان. للتراجع: %1.</numerusform>
            <numerusform>حُذفت %Ln شخصيات. للتراجع: %1.</numerusform>
            <numerusform>حُذفت %Ln شخصية. للتراجع: %1.</numerusform>
            <numerusform>حُذفت %Ln شخصية. للتراجع: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About B2X Workbench</source>
        <translation>حول B2X Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;نمذج جماهير B2B وB2C كشخصيات وقارن طريقة شرائها: وحدات اتخاذ القرار ودورات المبيعات ومسارات المبيعات واقتصاديات الوحدة والقنوات والإسناد.&lt;/p&gt;&lt;p&gt;هذا البرنامج برمجية حرة: يمكنك إعادة توزيعه و/أو تعديله وفق شروط رخصة جنو العمومية (GNU General Public License) التي نشرتها مؤسسة البرمجيات الحرة، إما الإصدار 3 من الرخصة أو (حسب اختيارك) أي إصدار لاحق. ويُوزَّع دون أي ضمان.&lt;/p&gt;&lt;p&gt;بُني باستخدام Qt %2 وnlohmann/json.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>دليل النماذج</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>تعذّر تحميل الدليل.</translation>
    </message>
    <message>
        <source>Workspace &amp;Channels…</source>
        <translation>ق&amp;نوات مساحة العمل…</translation>
    </message>
    <message>
        <source>B2B vs B2C sample</source>
        <translation>نموذج B2B مقابل B2C</translation>
    </message>
    <message>
        <source>&amp;Go to Plan</source>
        <translation>الانتقال إلى ال&amp;خطة</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Go to &amp;Budget</source>
        <translation>الانتقال إلى ال&amp;ميزانية</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
</context>
<context>
    <name>b2x::MemberTableModel</name>
    <message>
        <source>Economic buyer</source>
        <translation>المشتري الاقتصادي</translation>
    </message>
    <message>
        <source>Not the economic buyer</source>
        <translation>ليس المشتري الاقتصادي</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>المسمى الوظيفي</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>يفرج عن الأموال</translation>
    </message>
    <message>
        <source>Job title or description of the person, e.g. “IT security lead”.</source>
        <translation>المسمى الوظيفي أو وصف الشخص، مثل «مسؤول أمن تقنية المعلومات».</translation>
    </message>
    <message>
        <source>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</source>
        <translation>مدى ثقل رأي هذا الشخص، من 0 (لا شيء) إلى 100 (حاسم).</translation>
    </message>
    <message>
        <source>Whether this person is for the purchase, neutral or against it.</source>
        <translation>هل هذا الشخص مؤيد للشراء أم محايد أم معارض.</translation>
    </message>
    <message>
        <source>The economic buyer releases the funds. Usually exactly one member does.</source>
        <translation>المشتري الاقتصادي هو من يفرج عن الأموال. وعادةً ما يكون عضوًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Edit decision-unit member %1</source>
        <translation>تعديل عضو وحدة اتخاذ القرار %1</translation>
    </message>
    <message>
        <source>That is not a known role; nothing was saved.</source>
        <translation>هذا ليس دورًا معروفًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A job title can be at most %1 bytes long; it was not saved.</source>
        <translation>يمكن أن يبلغ المسمى الوظيفي %1 بايت على الأكثر؛ لم يُحفظ.</translation>
    </message>
    <message>
        <source>Influence must lie between 0 and 100; %1 was not saved.</source>
        <translation>يجب أن يكون التأثير بين 0 و100؛ لم تُحفظ القيمة %1.</translation>
    </message>
    <message>
        <source>That is not a known stance; nothing was saved.</source>
        <translation>هذا ليس موقفًا معروفًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Add decision-unit member</source>
        <translation>إضافة عضو إلى وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Remove decision-unit member</source>
        <translation>إزالة عضو من وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</source>
        <translation>الأدوار التي يؤديها هذا الشخص في عملية الشراء: دور واحد أو عدة أدوار (في الأسرة الصغيرة كثيرًا ما يكون الشخص نفسه المستخدم وصاحب القرار والمشتري في آن واحد).</translation>
    </message>
    <message>
        <source>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</source>
        <translation>لكل عضو دور واحد على الأقل، لذا يبقى %1 محددًا. حدِّد أولًا الدور الذي يشغله هذا الشخص فعلًا، ثم ألغِ تحديد هذا الدور.</translation>
    </message>
</context>
<context>
    <name>b2x::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>b2x::Migrations</name>
    <message>
        <source>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</source>
        <translation>لا يمكن ترقية إصدار التنسيق %1: لا يتضمن هذا الإصدار من B2X Workbench تحويلًا منه</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</source>
        <translation>لا يمكن ترقية إصدار التنسيق %1: الملف لا يتبع بنية ذلك الإصدار، لذا فهو تالف</translation>
    </message>
</context>
<context>
    <name>b2x::MotivesSection</name>
    <message>
        <source>Rational versus emotional</source>
        <translation>عقلاني مقابل عاطفي</translation>
    </message>
    <message>
        <source>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</source>
        <translation>0 = يقرر بالمشاعر والثقة والطمأنينة؛ 100 = يقرر بالتحليل والمواصفات والتكلفة.</translation>
    </message>
    <message>
        <source>Business versus personal value</source>
        <translation>القيمة التجارية مقابل الشخصية</translation>
    </message>
    <message>
        <source>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</source>
        <translation>0 = ما يقدمه الشراء للمشتري شخصيًا (الثقة، السمعة، راحة البال)؛ 100 = ما يقدمه للمؤسسة أو لميزانية الأسرة.</translation>
    </message>
    <message>
        <source>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</source>
        <translation>كيف يقرر هذا الجمهور، بمعزل عن تصنيفه B2B أو B2C. الدوافع العقلانية والعاطفية موجودة في كليهما: في دراسة CEB وGoogle على 3,000 مشترٍ B2B، كان أثر القيمة الشخصية في الشراء ضعف أثر القيمة التجارية، ولم يرَ سوى 14% من المشترين فرقًا حقيقيًا بين الموردين في القيمة التجارية. اضبط المنزلقات بناءً على ما تعرفه عن الجمهور، لا على تصنيفه.</translation>
    </message>
    <message>
        <source>Rational or emotional</source>
        <translation>عقلاني أم عاطفي</translation>
    </message>
    <message>
        <source>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</source>
        <translation>هل يقرر الجمهور بتحليل الاحتياجات والتكلفة والفائدة طويلة الأجل، أم بالشعور والعلامة التجارية والراحة والمراجعات؟</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>عاطفي</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>عقلاني</translation>
    </message>
    <message>
        <source>Business or personal value</source>
        <translation>قيمة تجارية أم شخصية</translation>
    </message>
    <message>
        <source>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</source>
        <translation>هل يفوز الشراء بما يقدمه للمؤسسة (الإيرادات، التكلفة، المخاطر) أم بما يقدمه للشخص الذي يشتري (الثقة، التقدير، عمل أسهل)؟</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>القيمة الشخصية</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>القيمة التجارية</translation>
    </message>
    <message>
        <source>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</source>
        <translation>المصدر: CEB (حاليًا Gartner) وGoogle، استطلاع شمل 3,000 مشترٍ B2B؛ راجع ملاحظات المراجع المعيارية في الوثائق.</translation>
    </message>
    <message>
        <source>Change rational or emotional motives</source>
        <translation>تغيير الدوافع العقلانية أو العاطفية</translation>
    </message>
    <message>
        <source>Change business or personal value</source>
        <translation>تغيير القيمة التجارية أو الشخصية</translation>
    </message>
    <message>
        <source>%1% rational, %2% emotional</source>
        <translation>%1% عقلاني، %2% عاطفي</translation>
    </message>
    <message>
        <source>%1% business value, %2% personal value</source>
        <translation>%1% قيمة تجارية، %2% قيمة شخصية</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>الدوافع</translation>
    </message>
</context>
<context>
    <name>b2x::NotesSection</name>
    <message>
        <source>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</source>
        <translation>أي شيء آخر يستحق الحفظ عن هذا الجمهور: نتائج المقابلات، الأسئلة المفتوحة، الأفكار التي تستحق الاختبار.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Free text; it is saved with the workspace but not used by the models.</source>
        <translation>نص حر؛ يُحفظ مع مساحة العمل لكن النماذج لا تستخدمه.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</source>
        <translation>يمكن أن تبلغ الملاحظات %1 بايت على الأكثر؛ لم يُحفظ آخر تغيير. اختصر النص لحفظه.</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>تعديل الملاحظات</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectiveDialog</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Missing persona (%1)</source>
        <translation>شخصية مفقودة (%1)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>What the objective wants to achieve, in words.</source>
        <translation>ما يسعى الهدف إلى تحقيقه، موصوفًا بالكلمات.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;مسمى</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>من يتحمل مسؤوليته.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>الم&amp;سؤول</translation>
    </message>
    <message>
        <source>RACE stage</source>
        <translation>مرحلة RACE</translation>
    </message>
    <message>
        <source>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</source>
        <translation>مرحلة RACE التي يخدمها الهدف: التخطيط، الوصول، التفاعل، التحويل، الارتباط.</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>مر&amp;حلة RACE</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>The persona the objective concerns, or none.</source>
        <translation>الشخصية التي يخصها الهدف، إن وُجدت.</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>ال&amp;شخصية</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>نوع الالتزام</translation>
    </message>
    <message>
        <source>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>يُتوقع تحقيق الأهداف الملتزم بها كاملةً؛ أما الأهداف الطموحة فتتخطى المتوقع عمدًا.</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>نوع الا&amp;لتزام</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesModel</name>
    <message>
        <source>missing persona</source>
        <translation>شخصية مفقودة</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(هدف بلا مسمى)</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>لا نتائج رئيسية</numerusform>
            <numerusform>نتيجة رئيسية واحدة</numerusform>
            <numerusform>نتيجتان رئيسيتان</numerusform>
            <numerusform>%n نتائج رئيسية</numerusform>
            <numerusform>%n نتيجة رئيسية</numerusform>
            <numerusform>%n نتيجة رئيسية</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective “%1”.</source>
        <translation>الهدف «%1».</translation>
    </message>
    <message>
        <source>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</source>
        <translation>التقدم %1 (%2): متوسط تقدم نتائجه الرئيسية، مرجّحًا بأوزانها.</translation>
    </message>
    <message>
        <source>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</source>
        <translation>لا تقدم بعد: ليس بين نتائجه الرئيسية نتيجة تختلف فيها البداية عن المستهدف، أو أن جميع الأوزان 0.</translation>
    </message>
    <message>
        <source>RACE stage: %1.</source>
        <translation>مرحلة RACE: %1.</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>الشخصية: %1.</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>المسؤول: %1.</translation>
    </message>
    <message>
        <source>Committed: expected to be met in full.</source>
        <translation>ملتزم به: يُتوقع تحقيقه كاملًا.</translation>
    </message>
    <message>
        <source>Aspirational: a stretch goal; about 70% is a good result.</source>
        <translation>طموح: هدف يتخطى المتوقع عمدًا؛ وبلوغ نحو 70% منه نتيجة جيدة.</translation>
    </message>
    <message>
        <source>(unnamed key result)</source>
        <translation>(نتيجة رئيسية بلا اسم)</translation>
    </message>
    <message>
        <source>↻ %1</source>
        <comment>a derived target, following the reverse funnel</comment>
        <translation>↻ %1</translation>
    </message>
    <message>
        <source>↻ derived, moved since the last check-in</source>
        <translation>↻ مشتق، تغيّر منذ آخر تسجيل للتقدم</translation>
    </message>
    <message>
        <source>↻ derived</source>
        <translation>↻ مشتق</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>الوزن %1</translation>
    </message>
    <message>
        <source>confidence %1/%2</source>
        <translation>الثقة %1/%2</translation>
    </message>
    <message>
        <source>Key result “%1”: %2.</source>
        <translation>النتيجة الرئيسية «%1»: %2.</translation>
    </message>
    <message>
        <source>start %1, current %2, target %3</source>
        <translation>البداية %1، الحالية %2، المستهدف %3</translation>
    </message>
    <message>
        <source>Progress %1 (%2): (current − start) ÷ (target − start).</source>
        <translation>التقدم %1 (%2): (الحالية − البداية) ÷ (المستهدف − البداية).</translation>
    </message>
    <message>
        <source>No progress yet: the target equals the start.</source>
        <translation>لا تقدم بعد: المستهدف يساوي البداية.</translation>
    </message>
    <message>
        <source>The target moved from %1 at the last check-in to %2.</source>
        <translation>تغيّر المستهدف من %1 عند آخر تسجيل للتقدم إلى %2.</translation>
    </message>
    <message>
        <source>Weight %1 in the objective.</source>
        <translation>الوزن في الهدف: %1.</translation>
    </message>
    <message>
        <source>Confidence at the latest check-in: %1 of %2.</source>
        <translation>درجة الثقة عند آخر تسجيل للتقدم: %1 من %2.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>لا تسجيل للتقدم بعد.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>الهدف / النتيجة الرئيسية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>البداية ← الحالية ← المستهدف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesView</name>
    <message>
        <source>Objectives and key results</source>
        <translation>الأهداف والنتائج الرئيسية</translation>
    </message>
    <message>
        <source>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</source>
        <translation>كل هدف مع نتائجه الرئيسية. يُلوَّن التقدم وفق نطاقات التقييم لدى Google ويُكتب اسم النطاق بجانب الشريط. يعدّل مفتاح Enter الصف المحدد، ويحذفه مفتاح Delete.</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>إضافة &amp;هدف</translation>
    </message>
    <message>
        <source>Adds an objective to the plan.</source>
        <translation>يضيف هدفًا إلى الخطة.</translation>
    </message>
    <message>
        <source>Add &amp;key result</source>
        <translation>إضافة &amp;نتيجة رئيسية</translation>
    </message>
    <message>
        <source>Adds a key result to the selected objective.</source>
        <translation>يضيف نتيجة رئيسية إلى الهدف المحدد.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Edits the selected objective or key result.</source>
        <translation>يعدّل الهدف أو النتيجة الرئيسية المحددة.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Deletes the selected objective (with its key results) or key result. Undo brings it back.</source>
        <translation>يحذف الهدف المحدد (مع نتائجه الرئيسية) أو النتيجة الرئيسية المحددة. ويعيده التراجع.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one, then its key results.</source>
        <translation>لا أهداف في الخطة بعد: أضف هدفًا، ثم نتائجه الرئيسية.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to see how its progress and target are worked out.</source>
        <translation>حدد هدفًا أو نتيجة رئيسية لترى كيف يُحسب التقدم والمستهدف.</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>إضافة الهدف «%1»</translation>
    </message>
    <message>
        <source>Edit objective “%1”</source>
        <translation>تعديل الهدف «%1»</translation>
    </message>
    <message>
        <source>Add key result “%1”</source>
        <translation>إضافة النتيجة الرئيسية «%1»</translation>
    </message>
    <message>
        <source>Edit key result “%1”</source>
        <translation>تعديل النتيجة الرئيسية «%1»</translation>
    </message>
    <message>
        <source>Delete key result “%1”</source>
        <translation>حذف النتيجة الرئيسية «%1»</translation>
    </message>
    <message>
        <source>Delete objective “%1”</source>
        <translation>حذف الهدف «%1»</translation>
    </message>
    <message>
        <source>Add a check-in to “%1”</source>
        <translation>إضافة تسجيل تقدم إلى «%1»</translation>
    </message>
    <message>
        <source>Delete a check-in of “%1”</source>
        <translation>حذف تسجيل تقدم من «%1»</translation>
    </message>
</context>
<context>
    <name>b2x::PdfReport</name>
    <message>
        <source>B2B vs B2C comparison</source>
        <translation>مقارنة B2B وB2C</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>B2B vs B2C comparison report</source>
        <translation>تقرير مقارنة B2B وB2C</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>مقدَّم إلى: %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>إعداد: %1</translation>
    </message>
    <message>
        <source>This report covers one persona:</source>
        <translation>يغطي هذا التقرير شخصية واحدة:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas:</source>
        <translation>
            <numerusform>يغطي هذا التقرير %Ln شخصية:</numerusform>
            <numerusform>يغطي هذا التقرير شخصية واحدة:</numerusform>
            <numerusform>يغطي هذا التقرير شخصيتين:</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصيات:</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصية:</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصية:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>ولا شخصيات أخرى</numerusform>
            <numerusform>وشخصية أخرى</numerusform>
            <numerusform>وشخصيتان أخريان</numerusform>
            <numerusform>و%Ln شخصيات أخرى</numerusform>
            <numerusform>و%Ln شخصية أخرى</numerusform>
            <numerusform>و%Ln شخصية أخرى</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaEditor</name>
    <message>
        <source>Persona editor</source>
        <translation>محرر الشخصية</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written for another value than the persona has now</source>
        <translation>
            <numerusform>لا مصادر مكتوبة لقيمة غير التي لدى الشخصية الآن</numerusform>
            <numerusform>مصدر واحد كُتب لقيمة غير التي لدى الشخصية الآن</numerusform>
            <numerusform>مصدران كُتبا لقيمة غير التي لدى الشخصية الآن</numerusform>
            <numerusform>%Ln مصادر كُتبت لقيم غير التي لدى الشخصية الآن</numerusform>
            <numerusform>%Ln مصدرًا كُتبت لقيم غير التي لدى الشخصية الآن</numerusform>
            <numerusform>%Ln مصدر كُتبت لقيم غير التي لدى الشخصية الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaFactory</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>شخصية جديدة</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (نسخة)</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListDelegate</name>
    <message>
        <source>B2B index %1 · behaves %2</source>
        <translation>مؤشر B2B ‏%1 · السلوك: %2</translation>
    </message>
    <message>
        <source>⚠ %1 · label and behaviour differ</source>
        <translation>⚠ %1 · التصنيف والسلوك مختلفان</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListModel</name>
    <message>
        <source>%1, labelled %2</source>
        <translation>%1، التصنيف: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListPanel</name>
    <message>
        <source>Filter personas</source>
        <translation>تصفية الشخصيات</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>الشخصيات</translation>
    </message>
    <message>
        <source>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</source>
        <translation>حدد حتى ست شخصيات (Ctrl+نقرة) لمقارنتها في المخططات. اسحب شخصية لإعادة ترتيب القائمة.</translation>
    </message>
</context>
<context>
    <name>b2x::PipelineSection</name>
    <message>
        <source>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</source>
        <translation>المراحل من أول تواصل حتى الشراء، بالترتيب. لكل مرحلة: النسبة التي تنتقل إلى المرحلة التالية، وأقصر مدة وأكثرها شيوعًا وأطولها فيها. تمتد دورات B2B غالبًا لأشهر؛ أما قرارات المستهلكين فتستغرق من ساعات إلى أسابيع. انقر نقرًا مزدوجًا على خلية أو ابدأ الكتابة لتعديلها.</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>مراحل مسار المبيعات</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>إ&amp;ضافة مرحلة</translation>
    </message>
    <message>
        <source>Insert a new stage after the selected one.</source>
        <translation>أدرج مرحلة جديدة بعد المرحلة المحددة.</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>إ&amp;زالة مرحلة</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>أزل المرحلة المحددة.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier.</source>
        <translation>انقل المرحلة المحددة خطوة إلى الأمام.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move the selected stage one place later.</source>
        <translation>انقل المرحلة المحددة خطوة إلى الخلف.</translation>
    </message>
    <message>
        <source>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</source>
        <translation>متوسط الزمن عبر جميع المراحل (%1): %2 يوم (تُحسب كل مرحلة بالصيغة (الأدنى + الأرجح + الأقصى) ÷ 3).</translation>
    </message>
    <message>
        <source>A pipeline can have at most %1 stages.</source>
        <translation>يمكن أن يضم مسار المبيعات %1 مرحلة على الأكثر.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
</context>
<context>
    <name>b2x::PlanCsvExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PlanPanel</name>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>e.g. Q1 2027</source>
        <translation>مثل الربع الأول 2027</translation>
    </message>
    <message>
        <source>The name the plan and the report give this period.</source>
        <translation>الاسم الذي تُطلقه الخطة والتقرير على هذه الفترة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>اليوم الأول من الفترة.</translation>
    </message>
    <message>
        <source>The last day of the period (it belongs to it).</source>
        <translation>اليوم الأخير من الفترة (ويُحتسب ضمنها).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>إيرادات العملاء الجدد</translation>
    </message>
    <message>
        <source>Whether the target counts new customers or their revenue (customers × price).</source>
        <translation>هل يُحسب المستهدف بعدد العملاء الجدد أم بإيراداتهم (العملاء × السعر).</translation>
    </message>
    <message>
        <source>Target as</source>
        <translation>نوع المستهدف</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>لا مستهدف</translation>
    </message>
    <message>
        <source>What the period should bring from this persona. 0: no target.</source>
        <translation>ما ينبغي أن تحققه هذه الشخصية خلال الفترة. 0: لا مستهدف.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المستهدف</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</source>
        <translation>عدد الحسابات (B2B) أو الأشخاص (B2C) في الشريحة. تقارن الخطة به الحجم الذي يحتاجه المستهدف. 0: غير معروف.</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>حجم الجمهور</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>المسار العكسي</translation>
    </message>
    <message>
        <source>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</source>
        <translation>المستهدف محسوبًا عكسيًا عبر مسار المبيعات ودورة المبيعات للشخصية، مع افتراض وصول العملاء المحتملين بانتظام منذ بداية الفترة.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>فحوص الخطة</translation>
    </message>
    <message>
        <source>Rename the plan period</source>
        <translation>إعادة تسمية فترة الخطة</translation>
    </message>
    <message>
        <source>Change what the target counts</source>
        <translation>تغيير نوع المستهدف</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>تغيير المستهدف</translation>
    </message>
    <message>
        <source>Change the audience size</source>
        <translation>تغيير حجم الجمهور</translation>
    </message>
    <message>
        <source>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</source>
        <translation>لم تُحدَّد فترة: تُحسب الخطة للربع الحالي. غيّر أحد التاريخين لتحديد الفترة.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n يوم.</numerusform>
            <numerusform>يوم واحد.</numerusform>
            <numerusform>يومان.</numerusform>
            <numerusform>%n أيام.</numerusform>
            <numerusform>%n يومًا.</numerusform>
            <numerusform>%n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target for “%1”</source>
        <translation>مستهدف «%1»</translation>
    </message>
    <message>
        <source>Target (select a persona)</source>
        <translation>المستهدف (حدد شخصية)</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs.</source>
        <translation>حدد شخصية لترى ما يحتاجه مستهدفها.</translation>
    </message>
    <message>
        <source>Target: new customers</source>
        <translation>المستهدف: العملاء الجدد</translation>
    </message>
    <message>
        <source>Target: new-customer revenue</source>
        <translation>المستهدف: إيرادات العملاء الجدد</translation>
    </message>
    <message>
        <source>Customers expected in the period at today&apos;s volume</source>
        <translation>العملاء المتوقعون خلال الفترة بالحجم الحالي</translation>
    </message>
    <message>
        <source>Shortfall if volume and spend stay as today</source>
        <translation>العجز إذا بقي الحجم والإنفاق على حالهما</translation>
    </message>
    <message>
        <source>Monthly volume the target needs (today %1)</source>
        <translation>الحجم الشهري الذي يحتاجه المستهدف (حاليًا %1)</translation>
    </message>
    <message>
        <source>Monthly spend the target needs (today %1)</source>
        <translation>الإنفاق الشهري الذي يحتاجه المستهدف (حاليًا %1)</translation>
    </message>
    <message>
        <source>Entries into “%1” over the period</source>
        <translation>الداخلون إلى «%1» خلال الفترة</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, half of the deals</source>
        <translation>آخر موعد للدخول مع الإغلاق قبل نهاية الفترة، لنصف الصفقات</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, nine deals in ten</source>
        <translation>آخر موعد للدخول مع الإغلاق قبل نهاية الفترة، لتسع صفقات من كل عشر</translation>
    </message>
    <message>
        <source>Planned budget of its tactics</source>
        <translation>الميزانية المخطط لها لتكتيكاتها</translation>
    </message>
    <message>
        <source>No target for this persona: set one above to see the volume, spend and entries it needs.</source>
        <translation>لا مستهدف لهذه الشخصية: حدد مستهدفًا أعلاه لترى الحجم والإنفاق والداخلين الذين يحتاجهم.</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>لا ملاحظات: تجتاز الخطة جميع الفحوص.</translation>
    </message>
    <message>
        <source>Change the period&apos;s start</source>
        <translation>تغيير بداية الفترة</translation>
    </message>
    <message>
        <source>Change the period&apos;s end</source>
        <translation>تغيير نهاية الفترة</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 في «%2»</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>المستهدفات</translation>
    </message>
    <message>
        <source>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</source>
        <translation>الفترة، ومستهدف كل شخصية ومسارها العكسي، وفحوص الخطة.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <source>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</source>
        <translation>انقر فحصًا يخص شخصية لتحديدها؛ أما الفحص الذي يخص نتيجة رئيسية فيفتحها في صفحة الأهداف.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
</context>
<context>
    <name>b2x::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</source>
        <translation>عندما تحتوي مساحة العمل على تغييرات غير محفوظة، تُكتب نسخة استرداد بهذا التواتر في مجلد بيانات التطبيق (ولا تُكتب فوق ملفك أبدًا). بعد أي انهيار، يعرض التشغيل التالي استعادتها.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>الافتراضي للنظام</translation>
    </message>
    <message>
        <source>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</source>
        <translation>لغة القوائم والنماذج والرسائل والتقارير، وطريقة كتابة الأرقام والمبالغ والتواريخ. يُطبَّق التغيير عند التشغيل التالي لـ B2X Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>نسخة استرداد كل:</translation>
    </message>
</context>
<context>
    <name>b2x::Presets</name>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</source>
        <translation>b2blead.io وFirst Page Sage (عبر altiorco) وgetfairview: زائر ← عميل محتمل 1–5%، عميل محتمل ← MQL ‏15–40%، MQL ← SQL ‏13–60%، SQL ← فرصة بيع 30–80%، فرصة ← صفقة رابحة 10–35% (المؤسسات الكبيرة 10–20%، الشركات المتوسطة 20–30%)</translation>
    </message>
    <message>
        <source>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</source>
        <translation>مضبوطة بحيث تكون نسبة CLV:CAC نحو 3:1، وهي النسبة الصحية (pug.sh، knowmba، metrictoolbox)؛ استبدلها بميزانيتك</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no gross-margin figure; use your finance figure</source>
        <translation>افتراض: لا تتضمن قائمة المراجع رقمًا لهامش الربح الإجمالي؛ استخدم رقم إدارتك المالية</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no customer-lifetime figure; use your retention data</source>
        <translation>افتراض: لا تتضمن قائمة المراجع رقمًا لمدة بقاء العميل؛ استخدم بيانات الاحتفاظ بالعملاء لديك</translation>
    </message>
    <message>
        <source>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</source>
        <translation>افتراض بحجم المثال المحلول في b2blead.io ‏(10,000 زائر ← 300 عميل محتمل ← 90 MQL ← 36 SQL ← 27 فرصة ← 6 عملاء)؛ استخدم بيانات التحليلات لديك</translation>
    </message>
    <message>
        <source>Owner or marketing lead of a small business</source>
        <translation>مالك شركة صغيرة أو مسؤول التسويق فيها</translation>
    </message>
    <message>
        <source>Chooses the tool; a manager approves the card payment</source>
        <translation>يختار الأداة؛ ويوافق المدير على الدفع بالبطاقة</translation>
    </message>
    <message>
        <source>Get results within weeks, without an implementation project</source>
        <translation>نتائج خلال أسابيع، دون مشروع تنفيذ</translation>
    </message>
    <message>
        <source>No time to evaluate many tools; budget needs a quick yes</source>
        <translation>لا وقت لتقييم أدوات كثيرة؛ والميزانية تحتاج إلى موافقة سريعة</translation>
    </message>
    <message>
        <source>Marketing lead (picks the tool)</source>
        <translation>مسؤول التسويق (يختار الأداة)</translation>
    </message>
    <message>
        <source>Owner or manager (approves the payment)</source>
        <translation>المالك أو المدير (يوافق على الدفع)</translation>
    </message>
    <message>
        <source>Website visitor → free-trial sign-up</source>
        <translation>زائر الموقع ← التسجيل في التجربة المجانية</translation>
    </message>
    <message>
        <source>Free trial → paid plan</source>
        <translation>التجربة المجانية ← خطة مدفوعة</translation>
    </message>
    <message>
        <source>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</source>
        <translation>خطة بـ200 دولار شهريًا تُدفع سنويًا، ضمن شريحة firstsales.io «أقل من 10 آلاف دولار: 1–2 شهر، ومعدل إغلاق 25–35%»</translation>
    </message>
    <message>
        <source>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</source>
        <translation>زائر ← تجربة 3% ضمن نطاق زائر ← عميل محتمل 1–5% (b2blead.io)؛ تجربة ← مدفوع 30% ضمن معدل الإغلاق 25–35% للصفقات التي تقل عن 10 آلاف دولار (firstsales.io)</translation>
    </message>
    <message>
        <source>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</source>
        <translation>نحو 3 أسابيع إجمالًا: تستغرق دورات الشركات الصغيرة والمتوسطة 14–30 يومًا (thecroreport.com، revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</source>
        <translation>شخصان: انخفاض التكلفة والمخاطر يعني مشاركين قليلين (Robinson وFaris وWind 1967)</translation>
    </message>
    <message>
        <source>One yearly renewal</source>
        <translation>تجديد سنوي واحد</translation>
    </message>
    <message>
        <source>Head of operations (project sponsor)</source>
        <translation>رئيس العمليات (راعي المشروع)</translation>
    </message>
    <message>
        <source>Replace spreadsheets with one system the whole department uses</source>
        <translation>استبدال جداول البيانات بنظام واحد يستخدمه القسم كله</translation>
    </message>
    <message>
        <source>IT capacity is scarce; the last rollout stalled</source>
        <translation>موارد تقنية المعلومات شحيحة؛ وتعثّر آخر مشروع تطبيق</translation>
    </message>
    <message>
        <source>Chief operating officer (releases the budget)</source>
        <translation>الرئيس التنفيذي للعمليات (يفرج عن الميزانية)</translation>
    </message>
    <message>
        <source>Head of operations (sponsor)</source>
        <translation>رئيس العمليات (الراعي)</translation>
    </message>
    <message>
        <source>Team lead who will use it daily</source>
        <translation>قائد الفريق الذي سيستخدمه يوميًا</translation>
    </message>
    <message>
        <source>IT manager (technical evaluation)</source>
        <translation>مدير تقنية المعلومات (التقييم الفني)</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>مدير المشتريات</translation>
    </message>
    <message>
        <source>Website visitor → lead</source>
        <translation>زائر الموقع ← عميل محتمل</translation>
    </message>
    <message>
        <source>Lead → marketing-qualified lead</source>
        <translation>عميل محتمل ← عميل مؤهل تسويقيًا</translation>
    </message>
    <message>
        <source>MQL → sales-qualified lead</source>
        <translation>MQL ← عميل مؤهل للبيع</translation>
    </message>
    <message>
        <source>SQL → opportunity</source>
        <translation>SQL ← فرصة بيع</translation>
    </message>
    <message>
        <source>Opportunity → won</source>
        <translation>فرصة بيع ← صفقة رابحة</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</source>
        <translation>ضمن شريحة firstsales.io «25–50 ألف دولار: 3–4 أشهر، ومعدل إغلاق 18–25%»</translation>
    </message>
    <message>
        <source>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</source>
        <translation>معدلات المثال المحلول في b2blead.io ‏(3%، 30%، 40%، 75%، 22%)، ضمن النطاقات المنشورة؛ الشركات المتوسطة: فرصة ← صفقة رابحة 20–30%</translation>
    </message>
    <message>
        <source>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</source>
        <translation>نحو 3 أشهر إجمالًا: تستغرق صفقات 25–50 ألف دولار 3–4 أشهر (firstsales.io)؛ والشركات المتوسطة 30–90 يومًا (thecroreport.com)</translation>
    </message>
    <message>
        <source>Five people: CEB measured 5.4 people per B2B purchase (2014)</source>
        <translation>خمسة أشخاص: قاست CEB ‏5.4 أشخاص لكل عملية شراء B2B (2014)</translation>
    </message>
    <message>
        <source>One yearly contract</source>
        <translation>عقد سنوي واحد</translation>
    </message>
    <message>
        <source>VP of a business unit (sponsor and champion)</source>
        <translation>نائب رئيس وحدة أعمال (الراعي والمؤيد)</translation>
    </message>
    <message>
        <source>A platform decision that survives audit and scales for five years</source>
        <translation>قرار منصة يصمد أمام التدقيق ويتوسع لخمس سنوات</translation>
    </message>
    <message>
        <source>Every department has its own tool; integration costs keep rising</source>
        <translation>لكل قسم أداته الخاصة؛ وتكاليف التكامل في ارتفاع مستمر</translation>
    </message>
    <message>
        <source>Chief financial officer (economic buyer)</source>
        <translation>المدير المالي (المشتري الاقتصادي)</translation>
    </message>
    <message>
        <source>Business-unit VP (sponsor)</source>
        <translation>نائب رئيس وحدة الأعمال (الراعي)</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>مدير العمليات</translation>
    </message>
    <message>
        <source>Enterprise architect (technical evaluator)</source>
        <translation>مهندس معماري مؤسسي (مقيِّم فني)</translation>
    </message>
    <message>
        <source>IT security lead</source>
        <translation>مسؤول أمن تقنية المعلومات</translation>
    </message>
    <message>
        <source>Procurement (runs the tender)</source>
        <translation>المشتريات (تدير المناقصة)</translation>
    </message>
    <message>
        <source>Legal counsel (contract approval)</source>
        <translation>المستشار القانوني (اعتماد العقد)</translation>
    </message>
    <message>
        <source>Opportunity: demo, business case, tender → won</source>
        <translation>فرصة بيع: عرض توضيحي ودراسة جدوى ومناقصة ← صفقة رابحة</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</source>
        <translation>ضمن شريحة firstsales.io «100–250 ألف دولار: 6–9 أشهر، ومعدل إغلاق 12–18%»</translation>
    </message>
    <message>
        <source>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</source>
        <translation>نحو 7.5 أشهر إجمالًا: تستغرق صفقات 100–250 ألف دولار 6–9 أشهر (firstsales.io)؛ والمؤسسات الكبيرة 90–180+ يومًا (thecroreport.com، revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</source>
        <translation>سبعة أشخاص: قاست CEB ‏6.8 لكل عملية شراء B2B (2016)؛ وGartner (2019) من 6 إلى 10 للحلول المعقدة</translation>
    </message>
    <message>
        <source>Manufacturing and construction</source>
        <translation>التصنيع والبناء</translation>
    </message>
    <message>
        <source>Purchasing agent</source>
        <translation>موظف المشتريات</translation>
    </message>
    <message>
        <source>No stock-outs on site; the agreed price on every order</source>
        <translation>لا نفاد للمخزون في الموقع؛ والسعر المتفق عليه في كل طلب</translation>
    </message>
    <message>
        <source>Late deliveries stop work; re-quoting wastes time</source>
        <translation>التأخر في التسليم يوقف العمل؛ وإعادة طلب عروض الأسعار تضيّع الوقت</translation>
    </message>
    <message>
        <source>Purchasing agent (places the order)</source>
        <translation>موظف المشتريات (يصدر الطلب)</translation>
    </message>
    <message>
        <source>Site or maintenance lead (raises the need)</source>
        <translation>مسؤول الموقع أو الصيانة (يطرح الحاجة)</translation>
    </message>
    <message>
        <source>Plant manager (approves the purchase order)</source>
        <translation>مدير المصنع (يعتمد أمر الشراء)</translation>
    </message>
    <message>
        <source>Reorder trigger → quote requested</source>
        <translation>إشارة إعادة الطلب ← طلب عرض سعر</translation>
    </message>
    <message>
        <source>Quote → purchase order</source>
        <translation>عرض السعر ← أمر الشراء</translation>
    </message>
    <message>
        <source>Purchase-order approval → order placed</source>
        <translation>اعتماد أمر الشراء ← إصدار الطلب</translation>
    </message>
    <message>
        <source>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</source>
        <translation>إعادة الشراء المباشرة تحتاج إلى أشخاص أقل وقرار أسرع (Robinson وFaris وWind 1967)؛ لا تتضمن قائمة المراجع رقمًا لها، لذا هذا افتراض: استخدم سجل طلباتك</translation>
    </message>
    <message>
        <source>Assumption: a typical replenishment order; use your order history</source>
        <translation>افتراض: طلب تجديد مخزون نموذجي؛ استخدم سجل طلباتك</translation>
    </message>
    <message>
        <source>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</source>
        <translation>افتراض: طلبات إعادة الشراء شهريًا من حسابات قد تتحول إليك (تأخر في التسليم، مراجعة للأسعار)</translation>
    </message>
    <message>
        <source>Assumption: monthly replenishment</source>
        <translation>افتراض: تجديد المخزون شهريًا</translation>
    </message>
    <message>
        <source>Young adults, single or couples</source>
        <translation>شباب بالغون، عزّاب أو أزواج</translation>
    </message>
    <message>
        <source>Trends, short video, creators they follow</source>
        <translation>الصيحات، الفيديوهات القصيرة، صنّاع المحتوى الذين يتابعونهم</translation>
    </message>
    <message>
        <source>Several small purchases a year</source>
        <translation>عدة مشتريات صغيرة في السنة</translation>
    </message>
    <message>
        <source>Something that looks good now, at a price that needs no thought</source>
        <translation>شيء يبدو جميلًا الآن، بسعر لا يحتاج إلى تفكير</translation>
    </message>
    <message>
        <source>Slow delivery and fiddly checkouts</source>
        <translation>بطء التوصيل وتعقيد إتمام الدفع</translation>
    </message>
    <message>
        <source>The shopper</source>
        <translation>المتسوّق</translation>
    </message>
    <message>
        <source>Visitor → adds to cart</source>
        <translation>الزائر ← يضيف إلى السلة</translation>
    </message>
    <message>
        <source>Cart → order</source>
        <translation>السلة ← الطلب</translation>
    </message>
    <message>
        <source>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</source>
        <translation>أقل من 50 دولارًا وقرارات في أقل من يوم: شريحة الإعلانات المدفوعة على وسائل التواصل وفق القاعدة التقريبية من polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: site sessions a month</source>
        <translation>افتراض: جلسات الموقع شهريًا</translation>
    </message>
    <message>
        <source>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</source>
        <translation>السلة ← الطلب 30%: نحو 70% من السلال تُهجر (Baymard)؛ الزائر ← السلة 7.3% ليحوّل الموقع 2.2%، ضمن النطاق من 1.9% (Wolfgang Digital) إلى 2.6% (Monetate)</translation>
    </message>
    <message>
        <source>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</source>
        <translation>ساعات، خلال يوم أو يومين: تستغرق قرارات B2C من ساعات إلى أسابيع؛ وتناسب إعلانات التواصل الاجتماعي المدفوعة القرارات التي تتم في أقل من يوم (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: a purchase a quarter</source>
        <translation>افتراض: عملية شراء كل ربع سنة</translation>
    </message>
    <message>
        <source>Couples and families</source>
        <translation>الأزواج والعائلات</translation>
    </message>
    <message>
        <source>Home, travel and technology; reads reviews before buying</source>
        <translation>المنزل والسفر والتقنية؛ يقرأ المراجعات قبل الشراء</translation>
    </message>
    <message>
        <source>Once every few years</source>
        <translation>مرة كل بضع سنوات</translation>
    </message>
    <message>
        <source>The right choice for the household, with no regrets</source>
        <translation>الخيار الصحيح للأسرة، دون ندم</translation>
    </message>
    <message>
        <source>Too many options and contradictory reviews</source>
        <translation>خيارات كثيرة جدًا ومراجعات متناقضة</translation>
    </message>
    <message>
        <source>Partner who leads the purchase</source>
        <translation>الشريك الذي يقود الشراء</translation>
    </message>
    <message>
        <source>Partner with a say on price and taste</source>
        <translation>الشريك الذي له رأي في السعر والذوق</translation>
    </message>
    <message>
        <source>Search-ad click → enquiry, quote or showroom visit</source>
        <translation>نقرة على إعلان بحث ← استفسار أو عرض سعر أو زيارة صالة العرض</translation>
    </message>
    <message>
        <source>Enquiry → purchase</source>
        <translation>الاستفسار ← الشراء</translation>
    </message>
    <message>
        <source>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</source>
        <translation>ضمن شريحة «200–2,000 دولار و7–30 يومًا: البحث، البريد الإلكتروني، YouTube» وفق القاعدة التقريبية من polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: search-ad clicks a month</source>
        <translation>افتراض: نقرات إعلانات البحث شهريًا</translation>
    </message>
    <message>
        <source>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</source>
        <translation>النقرة ← الاستفسار 6.96%، وهو معدل تحويل إعلانات البحث في 2024 (LocaliQ/WordStream)؛ والاستفسار ← الشراء 25% افتراض</translation>
    </message>
    <message>
        <source>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</source>
        <translation>نحو أسبوعين ونصف إجمالًا، ضمن 7–30 يومًا (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: once every five years</source>
        <translation>افتراض: مرة كل خمس سنوات</translation>
    </message>
    <message>
        <source>Working professionals</source>
        <translation>مهنيون عاملون</translation>
    </message>
    <message>
        <source>Career progression, certifications</source>
        <translation>التقدم الوظيفي، الشهادات المهنية</translation>
    </message>
    <message>
        <source>One course every few years</source>
        <translation>دورة واحدة كل بضع سنوات</translation>
    </message>
    <message>
        <source>Employee whose manager may sponsor the course</source>
        <translation>موظف قد يموّل مديره الدورة</translation>
    </message>
    <message>
        <source>A recognised qualification that fits around work</source>
        <translation>مؤهل معترف به يتناسب مع ظروف العمل</translation>
    </message>
    <message>
        <source>Unclear whether the employer will pay; little time to study</source>
        <translation>لا يُعرف إن كان صاحب العمل سيدفع؛ ووقت الدراسة قليل</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Line manager (sponsors the fee when the employer pays)</source>
        <translation>المدير المباشر (يموّل الرسوم عندما يدفع صاحب العمل)</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>الشريك أو العائلة</translation>
    </message>
    <message>
        <source>Website visitor → enquiry</source>
        <translation>زائر الموقع ← استفسار</translation>
    </message>
    <message>
        <source>Enquiry → information session</source>
        <translation>الاستفسار ← جلسة تعريفية</translation>
    </message>
    <message>
        <source>Information session → enrolment</source>
        <translation>الجلسة التعريفية ← التسجيل</translation>
    </message>
    <message>
        <source>Assumption: a professional certificate&apos;s fee</source>
        <translation>افتراض: رسوم شهادة مهنية</translation>
    </message>
    <message>
        <source>Assumption: website users a month</source>
        <translation>افتراض: مستخدمو الموقع شهريًا</translation>
    </message>
    <message>
        <source>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</source>
        <translation>الزائر ← الاستفسار 2% ضمن نطاق الزائر ← العميل المحتمل 1–5% (b2blead.io)؛ والمعدلات اللاحقة افتراضات</translation>
    </message>
    <message>
        <source>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</source>
        <translation>افتراض: نحو ستة أسابيع، بين قرارات المستهلكين (من ساعات إلى أسابيع) ودورات الشركات الصغيرة والمتوسطة (14–30 يومًا)، إضافةً إلى موافقة صاحب العمل</translation>
    </message>
    <message>
        <source>Assumption: a course every two years</source>
        <translation>افتراض: دورة كل سنتين</translation>
    </message>
    <message>
        <source>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</source>
        <translation>معدل تسرب العملاء 3% شهريًا: المعدل الجيد لبرمجيات SaaS المبيعة للشركات الصغيرة 3–5% شهريًا (statsforstartups.com، «Gross churn rate»، نقلًا عن Recurly: متوسط B2B ‏5%)؛ أفق زمني من ثلاث سنوات</translation>
    </message>
    <message>
        <source>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</source>
        <translation>معدل تسرب العملاء 10% سنويًا: تفقد برمجيات SaaS للشركات المتوسطة عادةً 7–12% سنويًا (joysubscription.com، «Average churn rate for SaaS»)؛ ويحدّ الأفق الزمني البالغ أربع سنوات مدة بقاء العميل</translation>
    </message>
    <message>
        <source>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</source>
        <translation>معدل تسرب العملاء 6% سنويًا: تُعد نسبة 5–7% صحية لبرمجيات SaaS للمؤسسات الكبيرة ذات العقود السنوية (joysubscription.com، «Average churn rate for SaaS»)؛ أفق زمني من خمس سنوات، وهو الفاصل بين تغييرات المورد في مثال B2B Institute عن الموجودين في السوق</translation>
    </message>
    <message>
        <source>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</source>
        <translation>79% من الحسابات ما زالت تطلب بعد عام: متوسط معدل الاحتفاظ بالعملاء في قطاع البناء (First Page Sage، «Customer retention rates by industry»، 2025)؛ أفق زمني من خمس سنوات</translation>
    </message>
    <message>
        <source>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</source>
        <translation>شخص واحد يقرر: الشراء منخفض التكلفة والمخاطر يشارك فيه عدد قليل من الأشخاص (Robinson وFaris وWind 1967)</translation>
    </message>
    <message>
        <source>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</source>
        <translation>أسرة من شخصين: غالبًا ما يوازن الشريكان معًا قرار الشراء المنزلي المكلف (Kotler وKeller، Marketing Management: أدوار الشراء في الأسرة)</translation>
    </message>
    <message>
        <source>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</source>
        <translation>افتراض (القيمة الافتراضية في Workbench): يوازن المتعلّم والمدير الممول والعائلة قرار الدورة معًا</translation>
    </message>
</context>
<context>
    <name>b2x::Problem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>السطر %1، العمود %2: %3</translation>
    </message>
</context>
<context>
    <name>b2x::ProfileSection</name>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Consumer segment</source>
        <translation>شريحة المستهلكين</translation>
    </message>
    <message>
        <source>Organisation segment</source>
        <translation>شريحة المؤسسات</translation>
    </message>
    <message>
        <source>Goals, pains and content</source>
        <translation>الأهداف والمشكلات والمحتوى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</source>
        <translation>اسم قصير ومحدد يعرفه الفريق، مثل «لجنة الشراء في المؤسسة».</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</source>
        <translation>لمن يُباع العرض. تقيس النماذج بشكل منفصل مدى تصرّف الجمهور كـ B2B، لأن التصنيف والسلوك كثيرًا ما يختلفان.</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>تغيير التصنيف</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>One line that says who this is and how they buy.</source>
        <translation>سطر واحد يوضح من هؤلاء وكيف يشترون.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>The story of this audience: situation, needs, how a purchase happens.</source>
        <translation>قصة هذا الجمهور: وضعه واحتياجاته وكيف تتم عملية الشراء.</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>اختيار اللون</translation>
    </message>
    <message>
        <source>Choose the colour of this persona in every chart.</source>
        <translation>اختر لون هذه الشخصية في كل المخططات.</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>رمز اللون</translation>
    </message>
    <message>
        <source>The colour as # and six hexadecimal digits, e.g. #4e79a7.</source>
        <translation>اللون بصيغة # وستة أرقام سداسية عشرية، مثل #4e79a7.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</source>
        <translation>يُكتب اللون بصيغة # وستة أرقام سداسية عشرية، مثل #4e79a7؛ لم يُحفظ «%1».</translation>
    </message>
    <message>
        <source>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</source>
        <translation>البيانات الديموغرافية وأبحاث المستهلكين: من هو الشخص وكيف يعيش. تظهر لجماهير B2C والهجينة.</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>Youngest age in the segment.</source>
        <translation>أصغر عمر في الشريحة.</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <source>Oldest age in the segment.</source>
        <translation>أكبر عمر في الشريحة.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنة</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>المرحلة العمرية</translation>
    </message>
    <message>
        <source>Household and stage of life, e.g. “couple with young children”.</source>
        <translation>الأسرة ومرحلة الحياة، مثل «زوجان لديهما أطفال صغار».</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>شريحة الدخل</translation>
    </message>
    <message>
        <source>Household or personal income range.</source>
        <translation>نطاق دخل الأسرة أو الدخل الشخصي.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Where they live: country, region, city type.</source>
        <translation>مكان السكن: البلد، المنطقة، نوع المدينة.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Highest education or field of study.</source>
        <translation>أعلى مستوى تعليمي أو مجال الدراسة.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>الاهتمامات</translation>
    </message>
    <message>
        <source>Interests, values and lifestyle.</source>
        <translation>الاهتمامات والقيم ونمط الحياة.</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>تكرار الشراء</translation>
    </message>
    <message>
        <source>How often they buy in this category, in words, e.g. “weekly”.</source>
        <translation>كم مرة يشترون في هذه الفئة، بالكلمات، مثل «أسبوعيًا».</translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation>الحساسية للسعر</translation>
    </message>
    <message>
        <source>0 = price hardly matters; 100 = decides on price alone.</source>
        <translation>0 = السعر لا يكاد يهم؛ 100 = القرار بالسعر وحده.</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> من 100</translation>
    </message>
    <message>
        <source>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</source>
        <translation>البيانات الشركاتية (Firmographics) والتقنية (Technographics) للمؤسسة المشترية، وموقع هذا الشخص فيها. تظهر لجماهير B2B والهجينة.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>The organisation&apos;s industry; it often explains more than the B2B label does.</source>
        <translation>قطاع المؤسسة؛ وكثيرًا ما يفسّر أكثر مما يفسره تصنيف B2B.</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>حجم الشركة</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>عدد الموظفين.</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> موظف</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>الإيرادات السنوية</translation>
    </message>
    <message>
        <source>The organisation&apos;s yearly revenue, in the workspace currency.</source>
        <translation>الإيرادات السنوية للمؤسسة، بعملة مساحة العمل.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Where the organisation operates or buys.</source>
        <translation>أين تعمل المؤسسة أو تشتري.</translation>
    </message>
    <message>
        <source>Technology stack</source>
        <translation>الحزمة التقنية</translation>
    </message>
    <message>
        <source>Systems the organisation runs that the offer must fit with, one per line.</source>
        <translation>الأنظمة التي تشغّلها المؤسسة ويجب أن يتوافق معها العرض، نظام في كل سطر.</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>الدور الوظيفي</translation>
    </message>
    <message>
        <source>This person&apos;s job.</source>
        <translation>وظيفة هذا الشخص.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Where this person works.</source>
        <translation>أين يعمل هذا الشخص.</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>المستوى الوظيفي</translation>
    </message>
    <message>
        <source>Level in the hierarchy.</source>
        <translation>المستوى في التسلسل الإداري.</translation>
    </message>
    <message>
        <source>Buying authority</source>
        <translation>صلاحية الشراء</translation>
    </message>
    <message>
        <source>What this person may decide or sign, e.g. “approves up to 50,000”.</source>
        <translation>ما يمكن لهذا الشخص أن يقرره أو يوقّعه، مثل «يعتمد حتى 50,000».</translation>
    </message>
    <message>
        <source>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</source>
        <translation>عنصر واحد في كل سطر. المحتوى المرتبط بهذه العناصر هو ما يجعل الشخصية مفيدة لكتّاب المحتوى وفريق المبيعات.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>What they want to achieve, one per line.</source>
        <translation>ما يريدون تحقيقه، هدف في كل سطر.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>نقاط الألم</translation>
    </message>
    <message>
        <source>What hurts today, one per line.</source>
        <translation>ما يزعجهم اليوم، مشكلة في كل سطر.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>What they say against buying, one per line.</source>
        <translation>ما يقولونه ضد الشراء، اعتراض في كل سطر.</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>مصادر المعلومات</translation>
    </message>
    <message>
        <source>Where they look for advice and research: sites, peers, events. One per line.</source>
        <translation>أين يبحثون عن النصيحة والمعلومات: مواقع، زملاء، فعاليات. مصدر في كل سطر.</translation>
    </message>
    <message>
        <source>Content preferences</source>
        <translation>تفضيلات المحتوى</translation>
    </message>
    <message>
        <source>Formats and tone that work for them, one per line.</source>
        <translation>الأشكال والنبرة التي تناسبهم، عنصر في كل سطر.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long; the last change was not saved.</source>
        <translation>يمكن أن يبلغ %1 ‏%2 بايت على الأكثر؛ لم يُحفظ آخر تغيير.</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>عنصر واحد في كل سطر</translation>
    </message>
    <message>
        <source>%1: at most %2 lines; the last change was not saved.</source>
        <translation>%1: ‏%2 سطر على الأكثر؛ لم يُحفظ آخر تغيير.</translation>
    </message>
    <message>
        <source>%1: a line can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1: يمكن أن يبلغ السطر %2 بايت على الأكثر؛ لم يُحفظ آخر تغيير.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</source>
        <translation>يجب ألا يتجاوز الحد الأدنى للعمر (%1) الحد الأقصى (%2)؛ لم تُحفظ الأعمار.</translation>
    </message>
    <message>
        <source>Change age range</source>
        <translation>تغيير نطاق العمر</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoard</name>
    <message>
        <source>Add tactic…</source>
        <translation>إضافة تكتيك…</translation>
    </message>
    <message>
        <source>Add a tactic (campaign) in the selected cell: its persona and stage.</source>
        <translation>أضف تكتيكًا (حملة) في الخلية المحددة، أي لشخصيتها ومرحلتها.</translation>
    </message>
    <message>
        <source>Add content…</source>
        <translation>إضافة محتوى…</translation>
    </message>
    <message>
        <source>Add a content item in the selected cell: its persona and stage.</source>
        <translation>أضف عنصر محتوى في الخلية المحددة، أي لشخصيتها ومرحلتها.</translation>
    </message>
    <message>
        <source>Stage plan…</source>
        <translation>خطة المرحلة…</translation>
    </message>
    <message>
        <source>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</source>
        <translation>اكتب الفرصة والاستراتيجية والإجراءات لمرحلة الخلية المحددة (أو انقر عنوان المرحلة).</translation>
    </message>
    <message>
        <source>RACE board</source>
        <translation>لوحة RACE</translation>
    </message>
    <message>
        <source>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</source>
        <translation>الصفوف هي الشخصيات، والأعمدة هي مراحل RACE: التخطيط والوصول والتفاعل والتحويل والارتباط؛ وتسرد كل خلية تكتيكاتها وعناصر محتواها. تتنقل مفاتيح الأسهم بين البطاقات والخلايا، ويعدّل مفتاح Enter أو يضيف، ويحذف مفتاح Delete، ويعرض مفتاح القائمة بقية الإجراءات.</translation>
    </message>
    <message>
        <source>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</source>
        <translation>انقر نقرًا مزدوجًا على بطاقة لتعديلها، أو على مساحة فارغة لإضافة تكتيك؛ واسحب البطاقة إلى خلية أخرى لنقلها.</translation>
    </message>
    <message>
        <source>Add tactic “%1”</source>
        <translation>إضافة التكتيك «%1»</translation>
    </message>
    <message>
        <source>Add content item “%1”</source>
        <translation>إضافة عنصر المحتوى «%1»</translation>
    </message>
    <message>
        <source>Edit tactic “%1”</source>
        <translation>تعديل التكتيك «%1»</translation>
    </message>
    <message>
        <source>Edit content item “%1”</source>
        <translation>تعديل عنصر المحتوى «%1»</translation>
    </message>
    <message>
        <source>Delete tactic “%1”</source>
        <translation>حذف التكتيك «%1»</translation>
    </message>
    <message>
        <source>Delete content item “%1”</source>
        <translation>حذف عنصر المحتوى «%1»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Move tactic “%1” to %2</source>
        <translation>نقل التكتيك «%1» إلى %2</translation>
    </message>
    <message>
        <source>Move content item “%1” to %2</source>
        <translation>نقل عنصر المحتوى «%1» إلى %2</translation>
    </message>
    <message>
        <source>Edit the plan of the %1 stage</source>
        <translation>تعديل خطة مرحلة %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>نقل إلى مرحلة</translation>
    </message>
    <message>
        <source>Add tactic here…</source>
        <translation>إضافة تكتيك هنا…</translation>
    </message>
    <message>
        <source>Add content item here…</source>
        <translation>إضافة عنصر محتوى هنا…</translation>
    </message>
    <message>
        <source>Edit the %1 stage&apos;s plan…</source>
        <translation>تعديل خطة مرحلة %1…</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoardModel</name>
    <message>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ليست في دليل هذا الإصدار)</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>a date</comment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>تكتيك</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>بلا تواريخ</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a tactic&apos;s start and end</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>المخطط %1، والمنفق %2</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>المخطط %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>محتوى</translation>
    </message>
    <message>
        <source>Content · %1</source>
        <comment>content item and its format</comment>
        <translation>محتوى · %1</translation>
    </message>
    <message>
        <source>No publish date</source>
        <translation>بلا تاريخ نشر</translation>
    </message>
    <message>
        <source>Publishes %1</source>
        <translation>يُنشر في %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: gap, no tactic and no content item for this stage</source>
        <translation>%1: فجوة، لا تكتيك ولا عنصر محتوى لهذه المرحلة</translation>
    </message>
    <message>
        <source>%1: no tactic and no content item</source>
        <translation>%1: لا تكتيك ولا عنصر محتوى</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: لا بطاقات</numerusform>
            <numerusform>%1: بطاقة واحدة</numerusform>
            <numerusform>%1: بطاقتان</numerusform>
            <numerusform>%1: %n بطاقات</numerusform>
            <numerusform>%1: %n بطاقة</numerusform>
            <numerusform>%1: %n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</source>
        <translation>يعدّل مفتاح Enter البطاقة المحددة أو يضيف تكتيكًا، ويحذفها مفتاح Delete، ويعرض مفتاح القائمة بقية الإجراءات.</translation>
    </message>
    <message>
        <source>No opportunity, strategy or actions written yet.</source>
        <translation>لم تُكتب فرصة أو استراتيجية أو إجراءات بعد.</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>الفرصة: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>الاستراتيجية: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>الإجراءات: %1</translation>
    </message>
    <message>
        <source>Click to edit the stage&apos;s opportunity, strategy and actions.</source>
        <translation>انقر لتعديل فرصة المرحلة واستراتيجيتها وإجراءاتها.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>شخصية لم تعد في مساحة العمل</translation>
    </message>
    <message>
        <source>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</source>
        <translation>تكتيكات وعناصر محتوى حُذفت شخصيتها. عدّل أحدها لتعيين شخصية له، أو اسحبه إلى صف إحدى الشخصيات.</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>RACE stage</comment>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>RACE stage</comment>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Act</source>
        <comment>RACE stage</comment>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Convert</source>
        <comment>RACE stage</comment>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Engage</source>
        <comment>RACE stage</comment>
        <translation>الارتباط</translation>
    </message>
    <message>
        <source>Plan: the strategy, objectives and resources of the period.</source>
        <translation>التخطيط: استراتيجية الفترة وأهدافها ومواردها.</translation>
    </message>
    <message>
        <source>Reach: build awareness and bring visitors from other sites and media.</source>
        <translation>الوصول: بناء الوعي وجلب الزوار من المواقع والوسائط الأخرى.</translation>
    </message>
    <message>
        <source>Act: get interactions and leads (subscriptions, downloads, trials).</source>
        <translation>التفاعل: الحصول على التفاعلات والعملاء المحتملين (الاشتراكات، التنزيلات، التجارب).</translation>
    </message>
    <message>
        <source>Convert: turn leads into customers and sales.</source>
        <translation>التحويل: تحويل العملاء المحتملين إلى عملاء ومبيعات.</translation>
    </message>
    <message>
        <source>Engage: keep customers, bring repeat purchases and referrals.</source>
        <translation>الارتباط: الاحتفاظ بالعملاء وتحقيق الشراء المتكرر والإحالات.</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>tactic status</comment>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>tactic status</comment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tactic status</comment>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>tactic status</comment>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>content status</comment>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>content status</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>content status</comment>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>content status</comment>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Double-click or Enter to edit; drag to another cell to move it.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter للتعديل؛ واسحب إلى خلية أخرى للنقل.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>فجوة</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>لا بطاقات</translation>
    </message>
</context>
<context>
    <name>b2x::RangeSpinBox</name>
    <message>
        <source>%1 must lie between %2 and %3; %4 was not saved.</source>
        <translation>يجب أن يكون %1 بين %2 و%3؛ لم تُحفظ القيمة %4.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>قيمة غير صالحة</translation>
    </message>
    <message>
        <source>Incomplete number; not saved yet</source>
        <translation>رقم غير مكتمل؛ لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>%1
Allowed: %2 to %3.</source>
        <translation>%1
المسموح: من %2 إلى %3.</translation>
    </message>
</context>
<context>
    <name>b2x::RelationshipSection</name>
    <message>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <source>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</source>
        <translation>كيف تستمر العلاقة بعد البيع. تتوقع المؤسسات عادةً علاقة رسمية طويلة الأمد مع مديري حسابات وتدريب ودعم فني ومستويات خدمة تعاقدية؛ أما المستهلكون فيتوقعون تواصلًا سهلًا وإرجاعًا عادلًا ومكافآت ولاء. مرّر المؤشر فوق أي خيار لمعرفة معناه.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>إدارة الحساب</translation>
    </message>
    <message>
        <source>Who looks after the customer once they have bought.</source>
        <translation>من يرعى العميل بعد الشراء.</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>التخصيص</translation>
    </message>
    <message>
        <source>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</source>
        <translation>مدى تخصيص الرسائل والعروض: نفسها للجميع، أو لكل شريحة، أو لكل حساب (التسويق القائم على الحسابات).</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>خدمات ما بعد البيع</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>How customers learn to use the product.</source>
        <translation>كيف يتعلم العملاء استخدام المنتج.</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>الدعم الفني</translation>
    </message>
    <message>
        <source>Help with installing, integrating and running it.</source>
        <translation>المساعدة في التثبيت والتكامل والتشغيل.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>مستوى الخدمة</translation>
    </message>
    <message>
        <source>What response times and availability are promised.</source>
        <translation>أوقات الاستجابة والإتاحة الموعودة.</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>سياسة الإرجاع</translation>
    </message>
    <message>
        <source>How easily a purchase can be returned.</source>
        <translation>مدى سهولة إرجاع المشتريات.</translation>
    </message>
    <message>
        <source>Customers can join a loyalty programme</source>
        <translation>يمكن للعملاء الانضمام إلى برنامج ولاء</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>برنامج الولاء</translation>
    </message>
    <message>
        <source>Points, member prices or other rewards for buying again.</source>
        <translation>نقاط أو أسعار للأعضاء أو مكافآت أخرى على الشراء المتكرر.</translation>
    </message>
    <message>
        <source>Change loyalty programme</source>
        <translation>تغيير برنامج الولاء</translation>
    </message>
</context>
<context>
    <name>b2x::ReportBudget</name>
    <message>
        <source>Response curves: %1</source>
        <translation>منحنيات الاستجابة: %1</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC: %1</source>
        <translation>مخطط الإعصار لـ CLV:CAC: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</source>
        <translation>لكل شخصية حُدِّدت لقنواتها استجابة أو حدود للإنفاق: أين تحقق الميزانية الشهرية الحالية أكبر عائد، ومدى موثوقية أرقام الشخصية. يتبع الداخلون إلى كل قناة منحنى تشبّع Hill، كما في Robyn من Meta وMeridian من Google؛ وتُوزَّع الميزانية خطوةً خطوة على القناة التي تضيف خطوتها التالية أكبر قدر من قيمة العملاء، ضمن الحدود المحددة لها.</translation>
    </message>
    <message>
        <source>locked at today&apos;s spend</source>
        <translation>مقفل عند الإنفاق الحالي</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>بحد أدنى %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>بحد أقصى %1</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>عند الحد الأدنى</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>عند الحد الأقصى</translation>
    </message>
    <message>
        <source>Budget allocation: %1</source>
        <translation>توزيع الميزانية: %1</translation>
    </message>
    <message>
        <source>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</source>
        <comment>today → proposed</comment>
        <translation>الإنفاق %1 ← %2 شهريًا؛ العملاء %3 ← %4 شهريًا؛ قيمتهم %5 ← %6؛ ROAS %7 ← %8.</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</source>
        <translation>الحدود الدنيا لإنفاق القنوات وحدها تتجاوز الميزانية الحالية: تبقى كل قناة عند حدها الأدنى.</translation>
    </message>
    <message>
        <source>%1 a month stays unspent: every channel is at its maximum.</source>
        <translation>يبقى %1 شهريًا دون إنفاق: كل قناة عند حدها الأقصى.</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>لا تتضمن الشخصية أي قنوات.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Spend today</source>
        <translation>الإنفاق الحالي</translation>
    </message>
    <message>
        <source>Proposed spend</source>
        <translation>الإنفاق المقترح</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الداخلون</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS الحدّي</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</source>
        <translation>الداخلون والعملاء شهريًا، وCAC، عند الإنفاق المقترح. ROAS الحدّي: القيمة التي تعود بها الوحدة التالية من الإنفاق على القناة؛ وعندما تُوزَّع الميزانية توزيعًا سليمًا، تتساوى هذه القيمة في كل قناة لا يقيّدها حد.</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>العملاء شهريًا</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>فترة الاسترداد (أشهر)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>مدى الموثوقية: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Monte Carlo run(s) through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</source>
        <translation>
            <numerusform>لا تشغيلات بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب فيها كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
            <numerusform>تشغيل واحد بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب فيه كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
            <numerusform>تشغيلان بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب في كل منهما كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
            <numerusform>%Ln تشغيلات بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب في كل منها كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
            <numerusform>%Ln تشغيلًا بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب في كل منها كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
            <numerusform>%Ln تشغيل بطريقة Monte Carlo عبر نماذج الشخصية، يُسحب في كل منها كل مُدخل ضمن تباين أدلته (مساحة العمل نفسها تعطي النطاقات نفسها). تقع أربعة تشغيلات من كل خمسة بين p10 وp90.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>p10</source>
        <translation>p10</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Chance that CLV:CAC is at least 3: %1.</source>
        <translation>احتمال ألا يقل CLV:CAC عن 3: %1.</translation>
    </message>
    <message>
        <source>What moves CLV:CAC: %1</source>
        <translation>العوامل المؤثرة في CLV:CAC: %1</translation>
    </message>
    <message>
        <source>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</source>
        <translation>المدخلات الأكثر تأثيرًا في CLV:CAC (قيمته %1 عندما يكون كل مُدخل عند قيمته)، مع ضبط كل منها منفردًا على الحد الأدنى ثم الحد الأعلى لتباينه:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC عند القيمة الدنيا</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC عند القيمة العليا</translation>
    </message>
</context>
<context>
    <name>b2x::ReportDecoder</name>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</source>
        <translation>يجب أن يكون تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-12-03، أو فارغًا ليُستخدم يوم التصدير</translation>
    </message>
</context>
<context>
    <name>b2x::ReportEconomics</name>
    <message>
        <source>%1 years</source>
        <translation>%1 سنة</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%Ln سنوات</numerusform>
            <numerusform>%Ln سنة</numerusform>
            <numerusform>%Ln سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 purchases a year</source>
        <translation>%1 عملية شراء سنويًا</translation>
    </message>
    <message>
        <source>one purchase a year</source>
        <translation>عملية شراء واحدة سنويًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases a year</source>
        <translation>
            <numerusform>%Ln عملية شراء سنويًا</numerusform>
            <numerusform>عملية شراء واحدة سنويًا</numerusform>
            <numerusform>عمليتا شراء سنويًا</numerusform>
            <numerusform>%Ln عمليات شراء سنويًا</numerusform>
            <numerusform>%Ln عملية شراء سنويًا</numerusform>
            <numerusform>%Ln عملية شراء سنويًا</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off purchases: %1 each, %2, over a customer lifetime of %3.</source>
        <translation>مشتريات لمرة واحدة: %1 لكل عملية شراء، بمعدل %2، طوال مدة بقاء العميل البالغة %3.</translation>
    </message>
    <message>
        <source>Subscription billed yearly at %1</source>
        <translation>اشتراك يُفوتر سنويًا بسعر %1</translation>
    </message>
    <message>
        <source>Subscription billed monthly at %1</source>
        <translation>اشتراك يُفوتر شهريًا بسعر %1</translation>
    </message>
    <message>
        <source>%1 churn a year</source>
        <translation>معدل تسرب العملاء %1 سنويًا</translation>
    </message>
    <message>
        <source>%1 churn a month</source>
        <translation>معدل تسرب العملاء %1 شهريًا</translation>
    </message>
    <message>
        <source>no churn</source>
        <translation>لا تسرب للعملاء</translation>
    </message>
    <message>
        <source>revenue of retained customers grows %1 a year</source>
        <translation>تنمو إيرادات العملاء المحتفَظ بهم بنسبة %1 سنويًا</translation>
    </message>
    <message>
        <source>a one-day free trial</source>
        <translation>فترة تجريبية مجانية مدتها يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>a %Ln-day free trial</source>
        <translation>
            <numerusform>فترة تجريبية مجانية مدتها %Ln يوم</numerusform>
            <numerusform>فترة تجريبية مجانية مدتها يوم واحد</numerusform>
            <numerusform>فترة تجريبية مجانية مدتها يومان</numerusform>
            <numerusform>فترة تجريبية مجانية مدتها %Ln أيام</numerusform>
            <numerusform>فترة تجريبية مجانية مدتها %Ln يومًا</numerusform>
            <numerusform>فترة تجريبية مجانية مدتها %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over the lifetime churn implies (capped at %1)</source>
        <translation>CLV على مدى مدة البقاء التي يقتضيها معدل تسرب العملاء (بحد أقصى %1)</translation>
    </message>
    <message>
        <source>CLV over the horizon of %1</source>
        <translation>CLV على أفق زمني قدره %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 مرة سنويًا</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>مرة واحدة سنويًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln a year</source>
        <translation>
            <numerusform>%Ln مرة سنويًا</numerusform>
            <numerusform>مرة واحدة سنويًا</numerusform>
            <numerusform>مرتان سنويًا</numerusform>
            <numerusform>%Ln مرات سنويًا</numerusform>
            <numerusform>%Ln مرة سنويًا</numerusform>
            <numerusform>%Ln مرة سنويًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</source>
        <translation>طلبات متكررة: %1 لكل طلب، بمعدل %2، و%3 من الحسابات ما زالت تطلب بعد عام؛ %4.</translation>
    </message>
    <message>
        <source>Revenue per customer a month</source>
        <translation>الإيراد الشهري لكل عميل</translation>
    </message>
    <message>
        <source>Customer lifetime counted in the CLV</source>
        <translation>مدة بقاء العميل المحتسبة في CLV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <source>Churn a month</source>
        <translation>معدل تسرب العملاء الشهري</translation>
    </message>
    <message>
        <source>Paying customers at the steady state</source>
        <translation>العملاء الدافعون في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR) at the steady state</source>
        <translation>الإيراد الشهري المتكرر (MRR) في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR) at the steady state</source>
        <translation>الإيراد السنوي المتكرر (ARR) في الحالة المستقرة</translation>
    </message>
    <message>
        <source>Revenue a month at the steady state</source>
        <translation>الإيراد الشهري في الحالة المستقرة</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of one decision-unit member</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>b2x::ReportHtml</name>
    <message>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 شهر</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</source>
        <translation>&lt;b&gt;التصنيف والسلوك مختلفان&lt;/b&gt; في %1. يجب أن يحدد سلوكهم، لا تصنيفهم، القنوات والمحتوى وإعدادات الإسناد المستخدمة لهم.</translation>
    </message>
    <message>
        <source>Labelled %1 · B2B index %2 · behaves as %3</source>
        <translation>التصنيف %1 · مؤشر B2B ‏%2 · يتصرف كـ %3</translation>
    </message>
    <message>
        <source>Behaviour profile</source>
        <translation>ملف السلوك</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>المسمى</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>يفرج عن الأموال</translation>
    </message>
    <message>
        <source>Pipeline and sales cycle</source>
        <translation>مسار المبيعات ودورة المبيعات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Entries / month</source>
        <translation>الداخلون / شهريًا</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>أدنى عدد أيام</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>الأيام الأرجح</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>أقصى عدد أيام</translation>
    </message>
    <message>
        <source>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</source>
        <translation>متوسط الدورة %1؛ تُغلق نصف الصفقات خلال %2، وتسع من كل عشر خلال %3.</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>المقاييس الرئيسية</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>العملاء الجدد شهريًا</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>تكلفة اكتساب العميل (CAC)</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>القيمة الدائمة للعميل (CLV)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>فترة الاسترداد</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>العائد على الإنفاق الإعلاني (ROAS)</translation>
    </message>
    <message>
        <source>Share of the audience in market per quarter</source>
        <translation>نسبة الجمهور الموجود في السوق كل ربع سنة</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>غير معرّف</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>No sources recorded: every number is an assumption.</source>
        <translation>لا مصادر مسجلة: كل رقم افتراض.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Appendix: models and sources</source>
        <translation>ملحق: النماذج والمصادر</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>مؤشر B2B</translation>
    </message>
    <message>
        <source>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</source>
        <translation>متوسط مرجّح لثمانية أبعاد سلوكية تُقيَّم من 0 (شبيه بالمستهلك) إلى 100 (شبيه بالأعمال): حجم وحدة اتخاذ القرار 20، رسمية القرار 15، طول دورة المبيعات 20، مستوى السعر 10، الدافع العقلاني 5، عمق العلاقة 10، التخصيص 10، مزيج القنوات 10. يُعد السلوك B2B من 60، وB2C حتى 40.</translation>
    </message>
    <message>
        <source>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</source>
        <translation>احتمال أن تتخذ مجموعة الشراء قرارًا أصلًا: 81% لشخص واحد، 55% لشخصين، 60% لثلاثة، 31% لستة، خطيًا بينها ويستمر في الانخفاض حتى 10% بعد الستة.</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>دورة المبيعات</translation>
    </message>
    <message>
        <source>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</source>
        <translation>زمن كل مرحلة يتبع توزيعًا مثلثيًا (الأدنى، الأرجح، الأقصى)؛ المتوسط دقيق، وp50 وp90 مأخوذان من توزيع المجموع.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</source>
        <translation>الداخلون إلى كل مرحلة من الحجم الشهري ومعدل تحويل كل مرحلة؛ العملاء شهريًا = الحجم × حاصل ضرب المعدلات.</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>اقتصاديات الوحدة</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>الوقت حتى الإيراد</translation>
    </message>
    <message>
        <source>In-market share</source>
        <translation>حصة الموجودين في السوق</translation>
    </message>
    <message>
        <source>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</source>
        <translation>نسبة المشترين الموجودين في السوق كل ربع سنة ≈ 0.25 ÷ الفترة بين عمليات الشراء بالسنوات.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Each channel&apos;s window is compared with the p50 and p90 cycle.</source>
        <translation>تُقارن نافذة كل قناة بدورة p50 وp90.</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>ملاءمة القناة</translation>
    </message>
    <message>
        <source>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</source>
        <translation>من 0 إلى 100 بناءً على جمهور القناة ونطاق السعر ونطاق الدورة والملاءمة العاطفية والدقة والوصول مقارنةً بالشخصية (الأوزان 30، 20، 15، 15، 10، 10).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Sources of benchmark figures</source>
        <translation>مصادر الأرقام المعيارية</translation>
    </message>
    <message>
        <source>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</source>
        <translation>CEB (2014، 2016، 2018)، Gartner (2019)، Forrester (2026): أحجام مجموعات الشراء.</translation>
    </message>
    <message>
        <source>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</source>
        <translation>CEB / Challenger: احتمال أن تشتري مجموعة من 1 أو 2 أو 3 أو 6 أشخاص (81%، 55%، 60%، 31%)؛ وما يصل إلى 38% من المشتريات تنتهي دون قرار (Challenger 2022).</translation>
    </message>
    <message>
        <source>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</source>
        <translation>firstsales.io وthecroreport.com وrevopsdictionary.com: طول دورة المبيعات ومعدل الإغلاق حسب حجم الصفقة.</translation>
    </message>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</source>
        <translation>b2blead.io وFirst Page Sage (عبر altiorco) وgetfairview: التحويل بين مراحل مسار مبيعات B2B.</translation>
    </message>
    <message>
        <source>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</source>
        <translation>Wolfgang Digital وMonetate وBaymard وLocaliQ/WordStream: التحويل في التجارة الإلكترونية وقيمة الطلب وهجر السلة والأرقام المعيارية لإعلانات البحث.</translation>
    </message>
    <message>
        <source>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</source>
        <translation>pug.sh وknowmba وmetrictoolbox: CAC وCLV وCLV:CAC وفترة الاسترداد وROAS عند نقطة التعادل.</translation>
    </message>
    <message>
        <source>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</source>
        <translation>وثائق Meta وGoogle Ads وGA4 وLinkedIn: القيم الافتراضية والقصوى لنوافذ الإسناد.</translation>
    </message>
    <message>
        <source>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</source>
        <translation>Ehrenberg-Bass / B2B Institute: حصة الموجودين في السوق (95:5).</translation>
    </message>
    <message>
        <source>Binet &amp; Field: brand versus activation budgets, excess share of voice.</source>
        <translation>Binet وField: ميزانيات العلامة التجارية مقابل التنشيط، والحصة الزائدة من الصوت.</translation>
    </message>
    <message>
        <source>McKinsey B2B Pulse 2024: channel use in thirds.</source>
        <translation>McKinsey B2B Pulse 2024: استخدام القنوات بالأثلاث.</translation>
    </message>
    <message>
        <source>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</source>
        <translation>polytraffic.com وSmart Insights: قواعد تقريبية للقنوات حسب السعر والدورة.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <source>B2C</source>
        <translation>B2C</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas labelled %1</source>
        <translation>
            <numerusform>الشخصيات المصنفة %1</numerusform>
            <numerusform>الشخصية المصنفة %1</numerusform>
            <numerusform>الشخصيتين المصنفتين %1</numerusform>
            <numerusform>الشخصيات الـ%Ln المصنفة %1</numerusform>
            <numerusform>الشخصيات الـ%Ln المصنفة %1</numerusform>
            <numerusform>الشخصيات الـ%Ln المصنفة %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas that behave as %1</source>
        <translation>
            <numerusform>الشخصيات التي تتصرف كـ %1</numerusform>
            <numerusform>الشخصية التي تتصرف كـ %1</numerusform>
            <numerusform>الشخصيتين اللتين تتصرفان كـ %1</numerusform>
            <numerusform>الشخصيات الـ%Ln التي تتصرف كـ %1</numerusform>
            <numerusform>الشخصيات الـ%Ln التي تتصرف كـ %1</numerusform>
            <numerusform>الشخصيات الـ%Ln التي تتصرف كـ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (labelled %2)</source>
        <translation>%1 (التصنيف: %2)</translation>
    </message>
    <message>
        <source>This report covers one persona: %1.</source>
        <translation>يغطي هذا التقرير شخصية واحدة: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas: %1.</source>
        <translation>
            <numerusform>يغطي هذا التقرير %Ln شخصية: %1.</numerusform>
            <numerusform>يغطي هذا التقرير شخصية واحدة: %1.</numerusform>
            <numerusform>يغطي هذا التقرير شخصيتين: %1.</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصيات: %1.</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصية: %1.</numerusform>
            <numerusform>يغطي هذا التقرير %Ln شخصية: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</source>
        <translation>&lt;b&gt;دورة المبيعات.&lt;/b&gt; تُغلق نصف صفقات %1 خلال %2 وتسع من كل عشر خلال %3؛ وبالنسبة إلى %4 فخلال %5 و%6 على التوالي.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</source>
        <translation>&lt;b&gt;من يقرر.&lt;/b&gt; وحدة اتخاذ القرار لدى %1: %2، مع احتمال %3 لاتخاذ قرار أصلًا (CEB)؛ ولدى %4: %5، مع احتمال %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</source>
        <translation>&lt;b&gt;الاكتساب.&lt;/b&gt; تبلغ تكلفة اكتساب العميل %1 لدى %2 و%3 لدى %4؛ وتبلغ نسبة القيمة الدائمة للعميل إلى تلك التكلفة %5 لدى %2 و%6 لدى %4 (النسبة الصحية المعتادة 3:1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</source>
        <translation>&lt;b&gt;الوقت حتى الإيراد.&lt;/b&gt; مع دخول مجموعة جديدة من العملاء كل شهر، تبلغ إيرادات العملاء الجدد نصف مستواها المستقر بعد %1 لدى %2 وبعد %3 لدى %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</source>
        <translation>&lt;b&gt;القنوات.&lt;/b&gt; القنوات الأنسب هي %1 لدى %2 و%3 لدى %4.</translation>
    </message>
    <message>
        <source>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</source>
        <translation>لا تشمل شخصيات هذا التقرير النوعين B2B وB2C معًا، لذا لا يقارن الملخص بينهما؛ وتعرض صفحات الشخصيات أرقام كل شخصية.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</source>
        <translation>&lt;b&gt;عند التجميع حسب طريقة الشراء بدلًا من التصنيف:&lt;/b&gt; تُغلق نصف صفقات %1 خلال %2، مقابل %3 بالنسبة إلى %4؛ وحجم وحدات اتخاذ القرار لديها %5 و%6 على التوالي.</translation>
    </message>
    <message>
        <source>Where a group holds several personas, its figure is the median of theirs.</source>
        <translation>عندما تضم المجموعة عدة شخصيات، يكون رقمها هو الوسيط لأرقام هذه الشخصيات.</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>التوصيات والخطوات التالية</translation>
    </message>
    <message>
        <source>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</source>
        <translation>التصنيف والسلوك مختلفان: خطّط القنوات والمحتوى والمبيعات وفق طريقة شراء هذه الشخصية، لا وفق تصنيفها.</translation>
    </message>
    <message>
        <source>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>الهجين يصف بائعًا يبيع بالطريقتين، لذا لا يتعارض أبدًا مع سلوك جمهور واحد.</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</source>
        <translation>احتمال أن تتخذ المجموعة قرارًا أصلًا: %1 (تقدير المسوّق).</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (CEB).</source>
        <translation>احتمال أن تتخذ المجموعة قرارًا أصلًا: %1 (CEB).</translation>
    </message>
    <message>
        <source>The decision unit has %1.</source>
        <translation>عدد أعضاء وحدة اتخاذ القرار: %1.</translation>
    </message>
    <message>
        <source>Every key role is covered.</source>
        <translation>كل الأدوار الرئيسية مشغولة.</translation>
    </message>
    <message>
        <source>Key roles nobody covers: %1.</source>
        <translation>أدوار رئيسية لا يشغلها أحد: %1.</translation>
    </message>
    <message>
        <source>Stale: not supported</source>
        <translation>متقادم: غير مدعوم</translation>
    </message>
    <message>
        <source>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</source>
        <translation>Webster وWind (1972)، Robinson وFaris وWind (1967)، Miller Heiman، MEDDIC: أدوار الشراء وفئات الشراء والأدوار الرئيسية والمؤيدون والمعارضون.</translation>
    </message>
    <message>
        <source>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</source>
        <translation>القيمة الافتراضية في Workbench: تقدير يُعتمد حيث لا يوجد رقم منشور؛ وتبيّن أدلة كل شخصية أيّ أرقامها افتراضات.</translation>
    </message>
    <message>
        <source>Sources of the channel catalogue</source>
        <translation>مصادر دليل القنوات</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels</source>
        <translation>القنوات الخاصة بمساحة العمل هذه</translation>
    </message>
    <message>
        <source>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</source>
        <translation>%1: عوامل ونطاقات سعر ودورة حدّدها مُعِدّ مساحة العمل هذه، وليست أرقامًا منشورة.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Months until revenue reaches half its steady level</source>
        <translation>الأشهر حتى تبلغ الإيرادات نصف مستواها المستقر</translation>
    </message>
    <message>
        <source>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</source>
        <translation>CAC = الإنفاق الشهري ÷ العملاء شهريًا؛ CLV = الإيراد الشهري لكل عميل × هامش الربح الإجمالي × مدة البقاء بالأشهر (الشراء لمرة واحدة: مدة بقاء العميل؛ الاشتراكات والطلبات المتكررة: 1 ÷ معدل التسرب الشهري، بحد أقصى يساوي الأفق الزمني)؛ فترة الاسترداد = CAC ÷ (الإيراد الشهري لكل عميل × الهامش)؛ ROAS = العملاء × السعر ÷ الإنفاق. غير معرّفة عندما يكون المقسوم عليه صفرًا.</translation>
    </message>
    <message>
        <source>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</source>
        <translation>تدخل مجموعة كل شهر وتُغلق وفق توزيع الدورة. يدفع عملاء الشراء لمرة واحدة مرة واحدة فقط؛ أما المشتركون والمشترون المتكررون فيواصلون الدفع ما داموا باقين، فترتفع الإيرادات حتى الحالة المستقرة التي يعادل فيها تسربُ العملاء العملاءَ الجدد (MRR وARR للاشتراكات)، أو تواصل النمو عند انعدام التسرب.</translation>
    </message>
    <message>
        <source>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</source>
        <translation>David Skok، «SaaS Metrics 2.0»: تسرب العملاء ومدة البقاء وMRR وARR للإيرادات المتكررة.</translation>
    </message>
</context>
<context>
    <name>b2x::ReportPhrases</name>
    <message>
        <source>%1 people</source>
        <translation>%1 شخص</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>شخص واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>no approval levels</source>
        <translation>دون مستويات اعتماد</translation>
    </message>
    <message>
        <source>one approval level</source>
        <translation>مستوى اعتماد واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval levels</source>
        <translation>
            <numerusform>دون مستويات اعتماد</numerusform>
            <numerusform>مستوى اعتماد واحد</numerusform>
            <numerusform>مستويان للاعتماد</numerusform>
            <numerusform>%Ln مستويات اعتماد</numerusform>
            <numerusform>%Ln مستوى اعتماد</numerusform>
            <numerusform>%Ln مستوى اعتماد</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>عدد أعضاء وحدة اتخاذ القرار: %1. على مقياس لوغاريتمي يحصل الشخص الواحد على 0 والعشرة فأكثر على 100 (أحصت CEB من 5.4 إلى 10.2 شخص لكل عملية شراء B2B؛ وGartner من 6 إلى 10 للحلول المعقدة).</translation>
    </message>
    <message>
        <source>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</source>
        <translation>%1، %2، %3. يحصل الشراء الجديد على 20 نقطة، وإعادة الشراء المعدّلة على 10، وإعادة الشراء المباشرة على 0 (Robinson وFaris وWind: الشراء الجديد يشارك فيه أشخاص أكثر من إعادة الشراء)؛ وتضيف المناقصة الرسمية 40، وتضيف مستويات الاعتماد حتى 40، إذ تحصل ثلاثة مستويات فأكثر على الـ40 كاملة.</translation>
    </message>
    <message>
        <source>formal tender</source>
        <translation>مناقصة رسمية</translation>
    </message>
    <message>
        <source>no formal tender</source>
        <translation>دون مناقصة رسمية</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>متوسط دورة المبيعات %1. على مقياس لوغاريتمي لـ 1 + الأيام، يحصل 0 يوم على 0، ونحو 12 يومًا على 50، و180 يومًا فأكثر على 100 (تمتد دورات المؤسسات الكبيرة 90–180+ يومًا؛ وتستغرق قرارات المستهلكين من ساعات إلى أسابيع).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>السعر %1 لكل عملية شراء. على مقياس لوغاريتمي يحصل 5 على 0، و50,000 فأكثر على 100 (منتج بـ5 دولارات مقابل آخر بـ50,000 دولار)؛ وكل مضاعفة عشرية تضيف 25 نقطة. تُقرأ الأسعار بعملة مساحة العمل دون تحويل.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>منزلق الدافع العقلاني عند %1 ويُستخدم كما هو. وزنه قليل: العقلاني مقابل العاطفي ليس هو B2B مقابل B2C (CEB/Google: عند مشتري B2B كان أثر القيمة الشخصية ضعف أثر القيمة التجارية).</translation>
    </message>
    <message>
        <source>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>متوسط إدارة الحساب (%1) والتدريب (%2) والدعم الفني (%3) ومستوى الخدمة (%4). تحصل المستويات القياسية على درجة منخفضة لأن المستهلكين يحصلون عليها أيضًا؛ أما المستويات المخصصة والموجهة والتعاقدية فتميز علاقات B2B.</translation>
    </message>
    <message>
        <source>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>التخصيص: %1. الجماهيري يحصل على 0، وعلى مستوى الشريحة 30 (المعتاد في B2C)، والفردي 100 (التسويق القائم على الحسابات، المعتاد في B2B).</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>لا توجد قناة من الدليل: يُستبعد هذا البُعد من المؤشر ويُوزَّع وزنه على الأبعاد الأخرى.</translation>
    </message>
    <message>
        <source>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</source>
        <translation>يأتي تقارب كل قناة (0 منصة استهلاكية، 100 منصة أعمال) من دليل القنوات؛ ومصادره مذكورة في الملحق.</translation>
    </message>
    <message>
        <source>B2B affinity of the persona&apos;s one catalogue channel: %1.</source>
        <translation>تقارب B2B لقناة الدليل الوحيدة لدى الشخصية: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</source>
        <translation>
            <numerusform>تقارب B2B المرجّح بالميزانية لقنوات الدليل لدى الشخصية: %1.</numerusform>
            <numerusform>تقارب B2B المرجّح بالميزانية لقناة الدليل الوحيدة لدى الشخصية: %1.</numerusform>
            <numerusform>تقارب B2B المرجّح بالميزانية لقناتَي الدليل لدى الشخصية: %1.</numerusform>
            <numerusform>تقارب B2B المرجّح بالميزانية لقنوات الدليل الـ%Ln لدى الشخصية: %1.</numerusform>
            <numerusform>تقارب B2B المرجّح بالميزانية لقنوات الدليل الـ%Ln لدى الشخصية: %1.</numerusform>
            <numerusform>تقارب B2B المرجّح بالميزانية لقنوات الدليل الـ%Ln لدى الشخصية: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>يوم واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend to at least %1.</source>
        <translation>مدّدها إلى %1 على الأقل.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>نافذة %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>
            <numerusform>نوافذ %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
            <numerusform>نافذة %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
            <numerusform>نافذتا %2 البالغتان %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>نافذة %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
            <numerusform>نافذة %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
            <numerusform>نافذتا %2 البالغتان %1 يومًا تفوّتان أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3، و90% خلال %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover the cycle: attribute in the CRM.</source>
        <translation>لا تستطيع المنصة تغطية الدورة: أجرِ الإسناد في CRM.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</source>
        <translation>نافذة %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</source>
        <translation>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
            <numerusform>نافذة %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
            <numerusform>نافذتا %2 البالغتان %1 يومًا تفوّتان أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
            <numerusform>نوافذ %2 البالغة %1 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover them: attribute in the CRM.</source>
        <translation>لا تستطيع المنصة تغطيتها: أجرِ الإسناد في CRM.</translation>
    </message>
    <message>
        <source>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>دور رئيسي لا يشغله أحد في وحدة اتخاذ القرار: %1. الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman).</translation>
    </message>
    <message>
        <source>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>أدوار رئيسية لا يشغلها أحد في وحدة اتخاذ القرار: %1. الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman).</translation>
    </message>
    <message>
        <source>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>معارض واحد ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>
            <numerusform>لا معارضين ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
            <numerusform>معارض واحد ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
            <numerusform>معارضان ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
            <numerusform>%Ln معارضين ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
            <numerusform>%Ln معارضًا ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
            <numerusform>%Ln معارض ولا مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ReportPlan</name>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>الخطة: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %Ln day(s).</source>
        <translation>
            <numerusform>من %1 إلى %2، %Ln يوم.</numerusform>
            <numerusform>من %1 إلى %2، يوم واحد.</numerusform>
            <numerusform>من %1 إلى %2، يومان.</numerusform>
            <numerusform>من %1 إلى %2، %Ln أيام.</numerusform>
            <numerusform>من %1 إلى %2، %Ln يومًا.</numerusform>
            <numerusform>من %1 إلى %2، %Ln يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</source>
        <translation>لم تُحدَّد للخطة فترة بعد، لذا يخطط هذا الجزء للربع التقويمي الذي أُعدّ فيه التقرير. %1</translation>
    </message>
    <message>
        <source>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</source>
        <translation>تتبع الخطة إطار RACE من Smart Insights: التخطيط، الوصول، التفاعل، التحويل، الارتباط.</translation>
    </message>
    <message>
        <source>RACE plan</source>
        <translation>خطة RACE</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>غير معرّف</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>طموح</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>المسؤول: %1</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of a persona outside this report.</source>
        <translation>مستهدف من المسار العكسي لشخصية خارج هذا التقرير.</translation>
    </message>
    <message>
        <source>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</source>
        <translation>كان ينبغي أن يتبع مستهدفها المسار العكسي لـ %1، لكنه لا يعطي رقمًا، لذا يُستخدم المستهدف المحدد يدويًا.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 a month.</source>
        <translation>المستهدف من المسار العكسي لـ %1: %2 شهريًا.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 %3.</source>
        <translation>المستهدف من المسار العكسي لـ %1: %2 %3.</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 %4</source>
        <comment>start, current, target, unit</comment>
        <translation>%1 ← %2 ← %3 %4</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>الأهداف والنتائج الرئيسية</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>التقدم هو الجزء الذي قطعته القيمة الحالية من الطريق بين البداية والمستهدف؛ وتقدم الهدف هو المتوسط المرجّح لتقدم نتائجه الرئيسية. والنطاقات هي نطاقات تقييم OKR لدى Google ‏(re:Work): الأخضر من 70%، والأصفر من 40%، والأحمر دون ذلك. يُتوقع تحقيق الأهداف الملتزم بها كاملةً؛ أما الأهداف الطموحة فتتخطى المتوقع عمدًا.</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>الهدف والنتائج الرئيسية</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>البداية ← الحالية ← المستهدف</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 من العملاء الجدد</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>المستهدف للفترة</translation>
    </message>
    <message>
        <source>%1 of new-customer revenue: %2 at the price of %3</source>
        <translation>%1 من إيرادات العملاء الجدد: %2 بسعر %3</translation>
    </message>
    <message>
        <source>Expected at today&apos;s volume</source>
        <translation>المتوقع بالحجم الحالي</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>العجز</translation>
    </message>
    <message>
        <source>none: today&apos;s volume meets the target</source>
        <translation>لا عجز: الحجم الحالي يحقق المستهدف</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>الحجم الشهري المطلوب</translation>
    </message>
    <message>
        <source>%1 (today %2)</source>
        <translation>%1 (حاليًا %2)</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>الإنفاق الشهري المطلوب</translation>
    </message>
    <message>
        <source>Latest lead entry for half of the deals to close in the period (p50)</source>
        <translation>آخر موعد لدخول العملاء المحتملين كي تُغلق نصف الصفقات خلال الفترة (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry for nine deals in ten to close in the period (p90)</source>
        <translation>آخر موعد لدخول العملاء المحتملين كي تُغلق تسع صفقات من كل عشر خلال الفترة (p90)</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>المسار العكسي: %1</translation>
    </message>
    <message>
        <source>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</source>
        <translation>المستهدف محسوبًا عكسيًا عبر مسار المبيعات ودورة المبيعات لهذه الشخصية: يدخل العملاء المحتملون بانتظام على مدى الفترة وتُغلق صفقاتهم على امتداد الدورة، لذا لا يصبح منهم عملاء قبل نهاية الفترة إلا جزء فقط.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Entries per stage over the period:</source>
        <translation>الداخلون إلى كل مرحلة خلال الفترة:</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>At today&apos;s volume</source>
        <translation>بالحجم الحالي</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>فجوة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Content map</source>
        <translation>خريطة المحتوى</translation>
    </message>
    <message>
        <source>Tactics and content items per persona and RACE stage.</source>
        <translation>التكتيكات وعناصر المحتوى حسب الشخصية ومرحلة RACE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</source>
        <translation>&lt;b&gt;فجوة&lt;/b&gt;: مرحلة من الوصول إلى الارتباط تحدد فيها الخطة للشخصية مستهدفًا أو حجم جمهور، دون أي تكتيك أو عنصر محتوى.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tactic(s)</source>
        <translation>
            <numerusform>لا تكتيكات</numerusform>
            <numerusform>تكتيك واحد</numerusform>
            <numerusform>تكتيكان</numerusform>
            <numerusform>%Ln تكتيكات</numerusform>
            <numerusform>%Ln تكتيكًا</numerusform>
            <numerusform>%Ln تكتيك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln content item(s)</source>
        <translation>
            <numerusform>لا عناصر محتوى</numerusform>
            <numerusform>عنصر محتوى واحد</numerusform>
            <numerusform>عنصرا محتوى</numerusform>
            <numerusform>%Ln عناصر محتوى</numerusform>
            <numerusform>%Ln عنصر محتوى</numerusform>
            <numerusform>%Ln عنصر محتوى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</source>
        <translation>
            <numerusform>لا توجد في الخطة إشارات إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة.</numerusform>
            <numerusform>في الخطة إشارة واحدة إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة؛ وتذكرها فحوص الخطة في التطبيق.</numerusform>
            <numerusform>في الخطة إشارتان إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة؛ وتذكرهما فحوص الخطة في التطبيق.</numerusform>
            <numerusform>في الخطة %Ln إشارات إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة؛ وتذكرها فحوص الخطة في التطبيق.</numerusform>
            <numerusform>في الخطة %Ln إشارةً إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة؛ وتذكرها فحوص الخطة في التطبيق.</numerusform>
            <numerusform>في الخطة %Ln إشارة إلى قناة أو نتيجة رئيسية أو مرحلة لم تعد موجودة؛ وتذكرها فحوص الخطة في التطبيق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::RoleListEditor</name>
    <message>
        <source>Roles of this member</source>
        <translation>أدوار هذا العضو</translation>
    </message>
    <message>
        <source>Tick every role this person holds: at least one.</source>
        <translation>حدِّد كل دور يشغله هذا الشخص: دورًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>b2x::StagePlanDialog</name>
    <message>
        <source>Plan for the %1 stage</source>
        <translation>خطة مرحلة %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>الفرصة</translation>
    </message>
    <message>
        <source>What this stage can bring: the audience, demand or gap to win.</source>
        <translation>ما يمكن أن تحققه هذه المرحلة: الجمهور أو الطلب أو الفجوة التي يمكن اغتنامها.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>How the plan means to take the opportunity.</source>
        <translation>كيف تنوي الخطة اغتنام الفرصة.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>The main actions; the tactics on the board detail them.</source>
        <translation>الإجراءات الرئيسية؛ وتفصّلها التكتيكات على اللوحة.</translation>
    </message>
</context>
<context>
    <name>b2x::StageTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>أدنى عدد أيام</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>الأيام الأرجح</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>أقصى عدد أيام</translation>
    </message>
    <message>
        <source>What happens in this stage, e.g. “Lead → qualified lead”.</source>
        <translation>ما يحدث في هذه المرحلة، مثل «عميل محتمل ← عميل مؤهل».</translation>
    </message>
    <message>
        <source>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</source>
        <translation>نسبة الأشخاص أو الحسابات في هذه المرحلة الذين ينتقلون إلى التالية (0–100%). وللمرحلة الأخيرة: النسبة التي تشتري.</translation>
    </message>
    <message>
        <source>Shortest time spent in this stage, in days (0–3,650).</source>
        <translation>أقصر مدة في هذه المرحلة، بالأيام (0–3,650).</translation>
    </message>
    <message>
        <source>Most common time spent in this stage, in days; between min and max.</source>
        <translation>المدة الأكثر شيوعًا في هذه المرحلة، بالأيام؛ بين الأدنى والأقصى.</translation>
    </message>
    <message>
        <source>Longest time spent in this stage, in days (0–3,650).</source>
        <translation>أطول مدة في هذه المرحلة، بالأيام (0–3,650).</translation>
    </message>
    <message>
        <source>The share that moves on must lie between 0 and 100%; %1% was not saved.</source>
        <translation>يجب أن تكون النسبة المنتقلة بين 0 و100%؛ لم تُحفظ القيمة %1%.</translation>
    </message>
    <message>
        <source>Days must lie between 0 and %1; %2 was not saved.</source>
        <translation>يجب أن تكون الأيام بين 0 و%1؛ لم تُحفظ القيمة %2.</translation>
    </message>
    <message>
        <source>Edit pipeline stage %1</source>
        <translation>تعديل مرحلة المسار %1</translation>
    </message>
    <message>
        <source>A stage needs a name; the empty name was not saved.</source>
        <translation>تحتاج المرحلة إلى اسم؛ لم يُحفظ الاسم الفارغ.</translation>
    </message>
    <message>
        <source>A stage name can be at most %1 bytes long; it was not saved.</source>
        <translation>يمكن أن يبلغ اسم المرحلة %1 بايت على الأكثر؛ لم يُحفظ.</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was not saved.</source>
        <translation>«%1» ليس رقمًا؛ لم يُحفظ.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>مرحلة جديدة</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>إضافة مرحلة إلى المسار</translation>
    </message>
    <message>
        <source>Remove pipeline stage “%1”</source>
        <translation>إزالة مرحلة المسار «%1»</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>إعادة ترتيب مراحل المسار</translation>
    </message>
    <message>
        <source>min days moved from %1 to %2</source>
        <translation>عُدِّل أدنى عدد أيام من %1 إلى %2</translation>
    </message>
    <message>
        <source>likely days moved from %1 to %2</source>
        <translation>عُدِّلت الأيام الأرجح من %1 إلى %2</translation>
    </message>
    <message>
        <source>max days moved from %1 to %2</source>
        <translation>عُدِّل أقصى عدد أيام من %1 إلى %2</translation>
    </message>
    <message>
        <source>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</source>
        <translation>المرحلة %1: %2، ليبقى الأدنى ≤ الأرجح ≤ الأقصى. يعيدها التراجع كما كانت.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins the bounds that moved</comment>
        <translation> وكذلك </translation>
    </message>
</context>
<context>
    <name>b2x::TacticDialog</name>
    <message>
        <source>Add tactic</source>
        <translation>إضافة تكتيك</translation>
    </message>
    <message>
        <source>Edit tactic</source>
        <translation>تعديل التكتيك</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What the tactic (campaign) is called on the board and in the report.</source>
        <translation>اسم التكتيك (الحملة) على اللوحة وفي التقرير.</translation>
    </message>
    <message>
        <source>e.g. ABM programme for 60 named accounts</source>
        <translation>مثل برنامج ABM لـ 60 حسابًا محددًا</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>ال&amp;شخصية</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>مر&amp;حلة RACE</translation>
    </message>
    <message>
        <source>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>القناة التي يُنفَّذ عليها التكتيك: قنوات الشخصية أولًا، ثم بقية الدليل.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <source>The tactic&apos;s first day; the earliest date: not set.</source>
        <translation>اليوم الأول للتكتيك؛ وأقدم تاريخ يعني: غير محدد.</translation>
    </message>
    <message>
        <source>The tactic&apos;s last day; the earliest date: not set.</source>
        <translation>اليوم الأخير للتكتيك؛ وأقدم تاريخ يعني: غير محدد.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>What the plan sets aside for the tactic.</source>
        <translation>ما تخصصه الخطة للتكتيك.</translation>
    </message>
    <message>
        <source>P&amp;lanned budget</source>
        <translation>ال&amp;ميزانية المخطط لها</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>المنفق حتى الآن</translation>
    </message>
    <message>
        <source>Tick once money was spent, and give the amount.</source>
        <translation>حدد هذا الخيار بعد إنفاق المال، وأدخل المبلغ.</translation>
    </message>
    <message>
        <source>What the tactic has cost so far.</source>
        <translation>ما كلّفه التكتيك حتى الآن.</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>الميزانية الفعلية</translation>
    </message>
    <message>
        <source>Where the tactic stands; the board shows it as a coloured word.</source>
        <translation>حالة التكتيك؛ وتعرضها اللوحة كلمةً ملوّنة.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>الحا&amp;لة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Who runs the tactic.</source>
        <translation>من يدير التكتيك.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>المسؤ&amp;ول</translation>
    </message>
    <message>
        <source>The key result the tactic serves.</source>
        <translation>النتيجة الرئيسية التي يخدمها التكتيك.</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>بلا نتيجة رئيسية</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>objective, then key result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (لم تعد في الخطة)</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>النتيجة ال&amp;رئيسية</translation>
    </message>
    <message>
        <source>Give the tactic a name.</source>
        <translation>أدخل اسمًا للتكتيك.</translation>
    </message>
    <message>
        <source>The tactic ends before it starts.</source>
        <translation>ينتهي التكتيك قبل أن يبدأ.</translation>
    </message>
</context>
<context>
    <name>b2x::UncertaintyView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>p10</source>
        <translation>p10</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC عند القيمة الدنيا</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC عند القيمة العليا</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>مدى التغير</translation>
    </message>
    <message>
        <source>Monte Carlo runs; the same number gives the same result every time</source>
        <translation>تشغيلات Monte Carlo؛ العدد نفسه يعطي النتيجة نفسها في كل مرة</translation>
    </message>
    <message>
        <source>Ranges of the figures</source>
        <translation>نطاقات الأرقام</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC</source>
        <translation>مخطط الإعصار لـ CLV:CAC</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>التشغيلات:</translation>
    </message>
    <message>
        <source>Cancelled. Press Run to start again.</source>
        <translation>أُلغي. اضغط «تشغيل» للبدء من جديد.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>العملاء شهريًا</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>فترة الاسترداد (أشهر)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>الأشهر حتى بلوغ 50% من الإيرادات</translation>
    </message>
    <message>
        <source>Select a persona to see how sure its figures are.</source>
        <translation>حدد شخصية لترى مدى موثوقية أرقامها.</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln time(s) through the models…</source>
        <translation>
            <numerusform>جارٍ التشغيل عبر النماذج %Ln مرة…</numerusform>
            <numerusform>جارٍ التشغيل عبر النماذج مرة واحدة…</numerusform>
            <numerusform>جارٍ التشغيل عبر النماذج مرتين…</numerusform>
            <numerusform>جارٍ التشغيل عبر النماذج %Ln مرات…</numerusform>
            <numerusform>جارٍ التشغيل عبر النماذج %Ln مرةً…</numerusform>
            <numerusform>جارٍ التشغيل عبر النماذج %Ln مرة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</source>
        <translation>
            <numerusform>لا تشغيلات، يُسحب كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
            <numerusform>تشغيل واحد، يُسحب فيه كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
            <numerusform>تشغيلان، يُسحب في كل منهما كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
            <numerusform>%Ln تشغيلات، يُسحب في كل منها كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
            <numerusform>%Ln تشغيلًا، يُسحب في كل منها كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
            <numerusform>%Ln تشغيل، يُسحب في كل منها كل مُدخل ضمن تباين أدلته. احتمال ألا يقل CLV:CAC عن 3: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to draw the ranges.</source>
        <translation>اضغط «تشغيل» لرسم النطاقات.</translation>
    </message>
    <message>
        <source>Spread of CLV:CAC over the runs</source>
        <translation>تباين CLV:CAC عبر التشغيلات</translation>
    </message>
    <message>
        <source>3:1, the healthy CLV:CAC</source>
        <translation>3:1، نسبة CLV:CAC الصحية</translation>
    </message>
    <message>
        <source>CLV:CAC (customer lifetime value to acquisition cost)</source>
        <translation>CLV:CAC (القيمة الدائمة للعميل إلى تكلفة الاستحواذ)</translation>
    </message>
    <message>
        <source>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</source>
        <translation>كيف يتوزع CLV:CAC عبر التشغيلات: كل عمود هو حصة التشغيلات التي وقع فيها CLV:CAC ضمن نطاقه، من %1 إلى %2. نصف التشغيلات أقل من %3 (p50)، وواحد من كل عشرة أقل من %4 (p10)، وواحد من كل عشرة أعلى من %5 (p90)؛ ويحدد الخط الأحمر المتقطع بالنقاط نسبة 3:1، وهي النسبة الصحية.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) outside that range are left out of the bars.</source>
        <translation>
            <numerusform>لا توجد تشغيلات خارج هذا النطاق.</numerusform>
            <numerusform>تشغيل واحد خارج هذا النطاق مستبعد من الأعمدة.</numerusform>
            <numerusform>تشغيلان خارج هذا النطاق مستبعدان من الأعمدة.</numerusform>
            <numerusform>%n تشغيلات خارج هذا النطاق مستبعدة من الأعمدة.</numerusform>
            <numerusform>%n تشغيلًا خارج هذا النطاق مستبعدة من الأعمدة.</numerusform>
            <numerusform>%n تشغيل خارج هذا النطاق مستبعدة من الأعمدة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::UserPrompts</name>
    <message>
        <source>B2X workspaces (*.b2x);;All files (*)</source>
        <translation>مساحات عمل B2X (*.b2x);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>b2x::WorkbookExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>no workbook could be started</source>
        <translation>تعذّر بدء إنشاء المصنف</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceChannelsDialog</name>
    <message>
        <source>Workspace Channels</source>
        <translation>قنوات مساحة العمل</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</source>
        <translation>القنوات الخاصة بمساحة العمل هذه، إلى جانب الدليل المدمج: فعالية قطاعية، أو سوق إلكترونية للبرمجيات، أو مواقع مراجعات، أو برنامج إحالة. تُدرجها الشخصيات ضمن قنواتها، وتعاملها ملاءمة القنوات وفحوص الإسناد والمخططات والتقرير معاملة القنوات المدمجة.</translation>
    </message>
    <message>
        <source>Workspace channels</source>
        <translation>قنوات مساحة العمل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>B2B affinity</source>
        <translation>تقارب B2B</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>التكلفة المعتادة</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>مستخدمة لدى</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>حذف القناة</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n persona(s): %2.</source>
        <translation>
            <numerusform>القناة %1 تستخدمها %Ln شخصية: %2.</numerusform>
            <numerusform>القناة %1 تستخدمها شخصية واحدة: %2.</numerusform>
            <numerusform>القناة %1 تستخدمها شخصيتان: %2.</numerusform>
            <numerusform>القناة %1 تستخدمها %Ln شخصيات: %2.</numerusform>
            <numerusform>القناة %1 تستخدمها %Ln شخصية: %2.</numerusform>
            <numerusform>القناة %1 تستخدمها %Ln شخصية: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel and remove it from these personas too? Undo restores both.</source>
        <translation>هل تريد حذف القناة وإزالتها من هذه الشخصيات أيضًا؟ يعيد التراجع الأمرين معًا.</translation>
    </message>
    <message>
        <source>Delete and &amp;Remove from Personas</source>
        <translation>حذف وإ&amp;زالة من الشخصيات</translation>
    </message>
    <message>
        <source>&amp;Keep Channel</source>
        <translation>الإ&amp;بقاء على القناة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>إضافة القناة %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>تعديل القناة %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 %2 per lead</source>
        <translation>%1 %2 لكل عميل محتمل</translation>
    </message>
    <message>
        <source>%1 %2 per thousand</source>
        <translation>%1 %2 لكل ألف ظهور</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>لا شخصيات</numerusform>
            <numerusform>شخصية واحدة</numerusform>
            <numerusform>شخصيتان</numerusform>
            <numerusform>%Ln شخصيات</numerusform>
            <numerusform>%Ln شخصية</numerusform>
            <numerusform>%Ln شخصية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDetailsDialog</name>
    <message>
        <source>Workspace Details</source>
        <translation>تفاصيل مساحة العمل</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (USD, EUR, PLN…)</source>
        <translation>رمز ISO 4217 من ثلاثة أحرف (USD، EUR، SAR…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>تحتاج مساحة العمل إلى اسم.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>يجب أن تكون العملة رمزًا من ثلاثة أحرف مثل EUR.</translation>
    </message>
    <message>
        <source>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</source>
        <translation>ما ينبغي للعميل فعله بعد ذلك. يطبعه التقرير بعد الملخص التنفيذي؛ اتركه فارغًا لحذف هذا القسم من التقرير.</translation>
    </message>
    <message>
        <source>&amp;Recommendations and next steps:</source>
        <translation>ال&amp;توصيات والخطوات التالية:</translation>
    </message>
    <message>
        <source>The recommendations are longer than a workspace can hold (100,000 bytes).</source>
        <translation>التوصيات أطول مما تتسع له مساحة العمل (100,000 بايت).</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>تعديل تفاصيل مساحة العمل</translation>
    </message>
    <message>
        <source>Edit recommendations</source>
        <translation>تعديل التوصيات</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDocument</name>
    <message numerus="yes">
        <source>Delete %n personas</source>
        <translation>
            <numerusform>حذف %Ln شخصية</numerusform>
            <numerusform>حذف شخصية واحدة</numerusform>
            <numerusform>حذف شخصيتين</numerusform>
            <numerusform>حذف %Ln شخصيات</numerusform>
            <numerusform>حذف %Ln شخصية</numerusform>
            <numerusform>حذف %Ln شخصية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 في «%2»</translation>
    </message>
    <message>
        <source>Delete channel %1</source>
        <translation>حذف القناة %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete channel %1 and remove it from %n persona(s)</source>
        <translation>
            <numerusform>حذف القناة %1 وإزالتها من %Ln شخصية</numerusform>
            <numerusform>حذف القناة %1 وإزالتها من شخصية واحدة</numerusform>
            <numerusform>حذف القناة %1 وإزالتها من شخصيتين</numerusform>
            <numerusform>حذف القناة %1 وإزالتها من %Ln شخصيات</numerusform>
            <numerusform>حذف القناة %1 وإزالتها من %Ln شخصية</numerusform>
            <numerusform>حذف القناة %1 وإزالتها من %Ln شخصية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>هذا مجلد وليس ملف مساحة عمل</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</source>
        <translation>هذا ليس ملفًا عاديًا (إنه جهاز أو أنبوب أو مقبس)، لذا لا يمكن أن يكون مساحة عمل</translation>
    </message>
    <message>
        <source>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</source>
        <translation>حجم الملف %1 ميغابايت؛ وملفات مساحة العمل محدودة بـ%2 ميغابايت، لذا فهو على الأرجح ليس مساحة عمل</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>تتعذر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; workspace files are limited to that</source>
        <translation>الملف أكبر من %1 ميغابايت؛ وهو الحد الأقصى لملفات مساحة العمل</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>المستند أكبر من %1 ميغابايت</translation>
    </message>
    <message>
        <source>the file is empty; it may have been cut short while copying</source>
        <translation>الملف فارغ؛ ربما انقطع أثناء النسخ</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: the file holds %1, not an object</source>
        <translation>هذه ليست مساحة عمل B2X: يحتوي الملف على %1 وليس كائنًا</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</source>
        <translation>هذه ليست مساحة عمل B2X: يجب أن تكون قيمة &quot;format&quot; هي &quot;b2x-workspace&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</source>
        <translation>كُتب الملف بإصدار أحدث من B2X Workbench (إصدار التنسيق %1؛ وهذا الإصدار يقرأ حتى %2). حدّث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>يجب أن يكون رمز ISO 4217 من ثلاثة أحرف مثل &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</source>
        <translation>يجب أن يكون تاريخًا ووقتًا بصيغة ISO 8601 مثل 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</source>
        <translation>&quot;%1&quot; مستخدم لشخصية سابقة؛ تحتاج كل شخصية إلى معرّف خاص بها</translation>
    </message>
    <message>
        <source>compared persona &quot;%1&quot; does not exist and was dropped</source>
        <translation>الشخصية المقارنة &quot;%1&quot; غير موجودة وأُسقطت</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite number, so it cannot be saved</source>
        <translation>%1 ليس رقمًا منتهيًا، لذا لا يمكن حفظه</translation>
    </message>
</context>
<context>
    <name>b2x::analytics</name>
    <message>
        <source>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>%1: نافذة الـ%2 يومًا أطول مما يسمح به %3 (%4 يومًا)؛ ستستخدم التقارير النافذة الأقصر.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</source>
        <translation>%1: نافذة الـ%2 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3 يومًا، و90% خلال %4)؛ مدّدها إلى %4 يومًا على الأقل.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</source>
        <translation>%1: نافذة الـ%2 يومًا تفوّت أكثر من نصف الصفقات (وسيط الدورة %3 يومًا، و90% خلال %4)، ولا تستطيع المنصة تغطية الدورة؛ أجرِ الإسناد في CRM.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</source>
        <translation>%1: نافذة الـ%2 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3 يومًا)؛ مدّدها إلى %3 يومًا على الأقل.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</source>
        <translation>%1: نافذة الـ%2 يومًا تفوّت أبطأ عُشر من الصفقات (90% تُغلق خلال %3 يومًا)، ولا تستطيع المنصة تغطيتها؛ أجرِ الإسناد في CRM.</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>شراء جديد</translation>
    </message>
    <message>
        <source>modified rebuy</source>
        <translation>إعادة شراء معدّلة</translation>
    </message>
    <message>
        <source>straight rebuy</source>
        <translation>إعادة شراء مباشرة</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>لا توجد قناة من الدليل: يُستبعد هذا البُعد من المؤشر ويُوزَّع وزنه على الأبعاد الأخرى.</translation>
    </message>
    <message>
        <source>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</source>
        <translation>تقارب B2B المرجّح بالميزانية لقنوات الدليل الخاصة بالشخصية (%1) يساوي %2؛ ويأتي تقارب كل قناة (0 منصة استهلاكية، 100 منصة أعمال) من دليل القنوات (docs/channels.md).</translation>
    </message>
    <message>
        <source>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>عدد الأشخاص في وحدة اتخاذ القرار %1. على مقياس لوغاريتمي يحصل الشخص الواحد على 0 والعشرة فأكثر على 100 (أحصت CEB من 5.4 إلى 10.2 شخص لكل شراء B2B؛ وGartner من 6 إلى 10 للحلول المعقدة).</translation>
    </message>
    <message>
        <source>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</source>
        <translation>فئة الشراء %1: %2 من 20 نقطة (Robinson وFaris وWind: الشراء الجديد يشارك فيه أشخاص أكثر من إعادة الشراء). %3: %4 من 40. مستويات الاعتماد (%5): %6 من 40 (ثلاثة مستويات فأكثر تحصل على 40 كاملة).</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>مناقصة رسمية</translation>
    </message>
    <message>
        <source>No formal tender</source>
        <translation>دون مناقصة رسمية</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>متوسط دورة المبيعات %1 يومًا. على مقياس لوغاريتمي لـ 1 + الأيام، يحصل 0 يوم على 0، ونحو 12 يومًا على 50، و180 يومًا فأكثر على 100 (تمتد دورات المؤسسات الكبيرة 90–180+ يومًا؛ وتستغرق قرارات المستهلكين من ساعات إلى أسابيع).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>السعر %1 لكل عملية شراء. على مقياس لوغاريتمي يحصل 5 على 0، و50,000 فأكثر على 100 (تقارن المصادر بين منتج بـ5 دولارات وآخر بـ50,000 دولار)؛ وكل مضاعفة عشرية تضيف 25 نقطة. تُقرأ الأسعار بعملة مساحة العمل دون تحويل.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>منزلق الدافع العقلاني عند %1 ويُستخدم كما هو. وزنه قليل: العقلاني مقابل العاطفي ليس هو B2B مقابل B2C (CEB/Google: عند مشتري B2B كان أثر القيمة الشخصية ضعف أثر القيمة التجارية).</translation>
    </message>
    <message>
        <source>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>متوسط إدارة الحساب %1 (%2) والتدريب %3 (%4) والدعم الفني %5 (%6) ومستوى الخدمة %7 (%8). تحصل المستويات القياسية على درجة منخفضة لأن المستهلكين يحصلون عليها أيضًا؛ أما المستويات المخصصة والموجهة والتعاقدية فتميز علاقات B2B.</translation>
    </message>
    <message>
        <source>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>التخصيص %1: الجماهيري يحصل على 0، وعلى مستوى الشريحة 30 (المعتاد في B2C)، والفردي 100 (التسويق القائم على الحسابات، المعتاد في B2B).</translation>
    </message>
    <message>
        <source>behaves as B2B</source>
        <translation>يتصرف كـ B2B</translation>
    </message>
    <message>
        <source>behaves as B2C</source>
        <translation>يتصرف كـ B2C</translation>
    </message>
    <message>
        <source>behaves in a mixed way</source>
        <translation>يتصرف بشكل مختلط</translation>
    </message>
    <message>
        <source>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</source>
        <translation>التصنيف %1 لكنه %2 (مؤشر B2B ‏%3): خطّط القنوات والمحتوى والمبيعات وفق السلوك لا التصنيف.</translation>
    </message>
    <message>
        <source>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>التصنيف هجين و%1 (مؤشر B2B ‏%2). الهجين يصف بائعًا يبيع بالطريقتين، لذا لا يتعارض أبدًا مع سلوك جمهور واحد.</translation>
    </message>
    <message>
        <source>Labelled %1 and %2 (B2B index %3).</source>
        <translation>التصنيف %1 و%2 (مؤشر B2B ‏%3).</translation>
    </message>
    <message>
        <source>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</source>
        <translation>تقارب B2B لـ %1 يساوي %2؛ ويقع هذا الجمهور عند %3 (ثلاثة أجزاء سلوك وجزء تصنيف): الملاءمة %4%.</translation>
    </message>
    <message>
        <source>No price is set: price neither raises nor lowers %1.</source>
        <translation>لم يُحدَّد سعر: السعر لا يرفع ملاءمة %1 ولا يخفضها.</translation>
    </message>
    <message>
        <source>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</source>
        <translation>يبعد السعر %1 بمقدار %2 من قوى العشرة عن منتصف نطاق أسعار %3 (%4–%5، المنتصف %6): الملاءمة %7%.</translation>
    </message>
    <message>
        <source>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</source>
        <translation>يبعد متوسط الدورة البالغ %1 يومًا بمقدار %2 من قوى العشرة (لـ 1 + الأيام) عن منتصف نطاق زمن القرار لـ %3 (%4–%5 يومًا، المنتصف %6): الملاءمة %7%.</translation>
    </message>
    <message>
        <source>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</source>
        <translation>يقرر هذا الجمهور بنسبة %1% بالعاطفة (100 − العقلانية)، والملاءمة العاطفية لـ %2 تساوي %3: يتفقان بنسبة %4% من الوقت.</translation>
    </message>
    <message>
        <source>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</source>
        <translation>وحدة اتخاذ قرار بهذا الحجم تحتاج إلى دقة %1 (درجة حجمها) للوصول إلى أدوارها؛ ويقدم %2 دقة %3: الملاءمة %4%.</translation>
    </message>
    <message>
        <source>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</source>
        <translation>%1 داخلًا إلى أعلى المسار شهريًا تتطلب وصولًا بمقدار %2 (مقياس لوغاريتمي: 10 ← 0، 10 ملايين ← 100)؛ ويقدم %3 وصولًا %4: يتفقان بنسبة %5% من الوقت.</translation>
    </message>
    <message>
        <source>decider or economic buyer</source>
        <translation>صاحب القرار أو المشتري الاقتصادي</translation>
    </message>
    <message>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>technical evaluator (specifier)</source>
        <translation>المقيِّم الفني (واضع المواصفات)</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>لا أحد في وحدة اتخاذ القرار يؤدي دور %1: الدور غير المشغول علامة تحذير في ممارسة المبيعات (Miller Heiman).</translation>
    </message>
    <message>
        <source>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>عدد المعارضين %1 ولا يوجد مؤيد: لا أحد في الداخل يدافع عن الشراء (MEDDIC).</translation>
    </message>
</context>
<context>
    <name>b2x::calibration</name>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>العمود «%1» غير موجود.</translation>
    </message>
    <message>
        <source>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</source>
        <translation>كل تاريخ مثل 03/04/2026 قد يعني 3 أبريل أو 4 مارس: حدّد أيهما يأتي أولًا، اليوم أم الشهر.</translation>
    </message>
    <message>
        <source>Some dates put the day first and others the month: export the file with one date format.</source>
        <translation>بعض التواريخ تبدأ باليوم وبعضها بالشهر: صدّر الملف بتنسيق تاريخ واحد.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100.</source>
        <translation>«%1» ليس تاريخًا بين 1970 و2100.</translation>
    </message>
    <message>
        <source>the channel is empty.</source>
        <translation>القناة فارغة.</translation>
    </message>
    <message>
        <source>the spend must be a number of 0 or more.</source>
        <translation>يجب أن يكون الإنفاق رقمًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>the count must be a number of 0 or more.</source>
        <translation>يجب أن يكون العدد رقمًا يساوي 0 أو أكثر.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import may be.</source>
        <translation>حجم الملف %1 ميغابايت، وهو أكبر من الحد المسموح للاستيراد البالغ %2 ميغابايت.</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</source>
        <translation>يحتوي الملف على بايت NUL: فهو ليس ملف CSV نصيًا (بل جدول بيانات محفوظ بتنسيقه الخاص، أو ملف بترميز UTF-16). احفظه أو صدّره بتنسيق CSV UTF-8.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</source>
        <translation>النص ليس بترميز UTF-8 (البايت 0x%1 لا يصلح لبدء حرف أو إكماله). صدّر الملف بتنسيق CSV UTF-8، أو احفظه مجددًا بهذا الترميز.</translation>
    </message>
    <message>
        <source>The CSV parser could not start (out of memory).</source>
        <translation>تعذّر تشغيل محلل CSV (نفدت الذاكرة).</translation>
    </message>
    <message>
        <source>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>توجد علامة اقتباس داخل حقل لا يبدأ بعلامة اقتباس، أو يلي نصٌّ علامةَ اقتباس الإغلاق. ضع الحقل كله بين علامتي اقتباس، وضاعف علامات الاقتباس داخله (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file. Check the quotes from this row on.</source>
        <translation>لم يُغلق حقل مقتبس قبل نهاية الملف. تحقّق من علامات الاقتباس بدءًا من هذا الصف.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>الملف فارغ: لا يحتوي على صف عناوين.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an import may be.</source>
        <translation>حجم %1 هو %2 ميغابايت، وهو أكبر من الحد المسموح للاستيراد البالغ %3 ميغابايت.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>the event is for deal “%1”, which the deals file does not have.</source>
        <translation>الحدث يخص الصفقة «%1»، وهي غير موجودة في ملف الصفقات.</translation>
    </message>
    <message>
        <source>the status “%1” is not open, won or lost.</source>
        <translation>الحالة «%1» ليست open (مفتوحة) ولا won (رابحة) ولا lost (خاسرة).</translation>
    </message>
    <message>
        <source>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</source>
        <translation>الأعمدة لا تطابق تصديرًا من HubSpot أو Salesforce أو Pipedrive، ولا ملف الصفقات العام (deal_id وcreated_at وstatus). حدّد التنسيق، أو اربط الأعمدة يدويًا.</translation>
    </message>
    <message>
        <source>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</source>
        <translation>بعض التواريخ تبدأ باليوم (25/03/2026) وبعضها بالشهر (03/25/2026): صدّر الملفات بتنسيق تاريخ واحد.</translation>
    </message>
    <message>
        <source>The opportunities need their stage history (an Opportunity History export).</source>
        <translation>تحتاج الفرص إلى سجل مراحلها (تصدير Opportunity History).</translation>
    </message>
    <message>
        <source>No deal entered “%1”: it keeps its modelled values.</source>
        <translation>لم تدخل أي صفقة إلى «%1»: تحتفظ المرحلة بقيمها المنمذجة.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).</source>
        <translation>
            <numerusform>لم تدخل إلى «%1» أي صفقة: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
            <numerusform>لم تدخل إلى «%1» إلا صفقة واحدة: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
            <numerusform>لم تدخل إلى «%1» إلا صفقتان: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
            <numerusform>لم تدخل إلى «%1» إلا %n صفقات: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
            <numerusform>لم تدخل إلى «%1» إلا %n صفقةً: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
            <numerusform>لم تدخل إلى «%1» إلا %n صفقة: معدل تحويلها غير مؤكد (راجع فترة الثقة).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</source>
        <translation>ما زالت «%1» تحوّل صفقات دخلت متأخرة: معدل تحويلها حدّ أدنى إلى أن يتاح لتلك الصفقات وقت كافٍ للانتقال.</translation>
    </message>
    <message>
        <source>CRM stages not mapped to a stage of the persona, ignored: %1.</source>
        <translation>مراحل CRM غير مرتبطة بأي مرحلة من مراحل الشخصية، وقد تم تجاهلها: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n won or lost deal(s) have no close date: counted as open.</source>
        <translation>
            <numerusform>%n صفقة رابحة أو خاسرة بلا تاريخ إغلاق: احتُسبت مفتوحة.</numerusform>
            <numerusform>صفقة واحدة رابحة أو خاسرة بلا تاريخ إغلاق: احتُسبت مفتوحة.</numerusform>
            <numerusform>صفقتان رابحتان أو خاسرتان بلا تاريخ إغلاق: احتُسبتا مفتوحتين.</numerusform>
            <numerusform>%n صفقات رابحة أو خاسرة بلا تاريخ إغلاق: احتُسبت مفتوحة.</numerusform>
            <numerusform>%n صفقةً رابحة أو خاسرة بلا تاريخ إغلاق: احتُسبت مفتوحة.</numerusform>
            <numerusform>%n صفقة رابحة أو خاسرة بلا تاريخ إغلاق: احتُسبت مفتوحة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created after the as-of date are left out.</source>
        <translation>
            <numerusform>استُبعدت %n صفقة أُنشئت بعد التاريخ المرجعي.</numerusform>
            <numerusform>استُبعدت صفقة واحدة أُنشئت بعد التاريخ المرجعي.</numerusform>
            <numerusform>استُبعدت صفقتان أُنشئتا بعد التاريخ المرجعي.</numerusform>
            <numerusform>استُبعدت %n صفقات أُنشئت بعد التاريخ المرجعي.</numerusform>
            <numerusform>استُبعدت %n صفقةً أُنشئت بعد التاريخ المرجعي.</numerusform>
            <numerusform>استُبعدت %n صفقة أُنشئت بعد التاريخ المرجعي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s) after the as-of date are ignored.</source>
        <translation>
            <numerusform>لم يُحتسب %n تغيير للمراحل وقع بعد التاريخ المرجعي.</numerusform>
            <numerusform>لم يُحتسب تغيير مرحلة واحد وقع بعد التاريخ المرجعي.</numerusform>
            <numerusform>لم يُحتسب تغييران للمراحل وقعا بعد التاريخ المرجعي.</numerusform>
            <numerusform>لم تُحتسب %n تغييرات للمراحل وقعت بعد التاريخ المرجعي.</numerusform>
            <numerusform>لم يُحتسب %n تغييرًا للمراحل وقعت بعد التاريخ المرجعي.</numerusform>
            <numerusform>لم يُحتسب %n تغيير للمراحل وقعت بعد التاريخ المرجعي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a deal entered a stage again: its first entry counts.</source>
        <translation>
            <numerusform>عادت صفقات إلى مراحل سبق أن دخلتها %n مرة: يُحتسب الدخول الأول.</numerusform>
            <numerusform>عادت صفقة إلى مرحلة سبق أن دخلتها مرة واحدة: يُحتسب الدخول الأول.</numerusform>
            <numerusform>عادت صفقات إلى مراحل سبق أن دخلتها مرتين: يُحتسب الدخول الأول.</numerusform>
            <numerusform>عادت صفقات إلى مراحل سبق أن دخلتها %n مرات: يُحتسب الدخول الأول.</numerusform>
            <numerusform>عادت صفقات إلى مراحل سبق أن دخلتها %n مرةً: يُحتسب الدخول الأول.</numerusform>
            <numerusform>عادت صفقات إلى مراحل سبق أن دخلتها %n مرة: يُحتسب الدخول الأول.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) entered stages out of pipeline order: each stage ends at the first later stage entered after it.</source>
        <translation>
            <numerusform>دخلت %n صفقة المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
            <numerusform>دخلت صفقة واحدة المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
            <numerusform>دخلت صفقتان المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
            <numerusform>دخلت %n صفقات المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
            <numerusform>دخلت %n صفقةً المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
            <numerusform>دخلت %n صفقة المراحل بغير ترتيب مسار المبيعات: تنتهي كل مرحلة عند أول مرحلة لاحقة دُخلت بعدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</source>
        <translation>طول الحقل %1 كيلوبايت، وهو أكثر من الحد المسموح للحقل البالغ %2 كيلوبايت. تحقّق من إغلاق كل علامة اقتباس في الملف.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns. Export only the columns the import needs.</source>
        <translation>يحتوي الصف على أكثر من %1 عمود. صدّر الأعمدة التي يحتاجها الاستيراد فقط.</translation>
    </message>
    <message>
        <source>the header has an empty column name.</source>
        <translation>يحتوي صف العناوين على اسم عمود فارغ.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>يذكر صف العناوين العمود &quot;%1&quot; مرتين.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>يحتوي الصف على %1 حقل، بينما يحتوي صف العناوين على %2.</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows.</source>
        <translation>يحتوي الملف على أكثر من %L1 صف.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>الصف %1، العمود %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is missing. Export it, or map the columns by hand.</source>
        <translation>العمود «%1» غير موجود. صدّره، أو اربط الأعمدة يدويًا.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>التاريخ فارغ.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</source>
        <translation>«%1» ليس تاريخًا بين 1970 و2100 (استخدم 2026-03-31 أو 31/03/2026 أو 03/31/2026).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» ليس مبلغًا.</translation>
    </message>
    <message>
        <source>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</source>
        <translation>المبلغ سالب. مبلغ الصفقة هو قيمتها (0 أو أكثر).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>«%1» ليست true (صحيح) ولا false (خطأ).</translation>
    </message>
    <message>
        <source>the deal has no id.</source>
        <translation>ليس للصفقة معرّف.</translation>
    </message>
    <message>
        <source>the deal id “%1” is already used on row %2: each deal must appear once.</source>
        <translation>معرّف الصفقة «%1» مستخدم بالفعل في الصف %2: يجب أن تظهر كل صفقة مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>no column is chosen for “%1”, which every deal needs.</source>
        <translation>لم يُختر عمود لـ «%1»، وهو حقل تحتاجه كل صفقة.</translation>
    </message>
    <message>
        <source>the column “%1” chosen for “%2” is not in the file.</source>
        <translation>العمود «%1» المختار لـ «%2» غير موجود في الملف.</translation>
    </message>
    <message>
        <source>the column “%1” is chosen for two columns; choose it once.</source>
        <translation>العمود «%1» مختار لعمودين؛ اختره مرة واحدة.</translation>
    </message>
</context>
<context>
    <name>b2x::charts</name>
    <message>
        <source>Behaviour profile</source>
        <translation>ملف السلوك</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>مؤشر B2B</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>دورة المبيعات</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>الوقت حتى الإيراد</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>ملاءمة القنوات</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>اقتصاديات الوحدة</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>نوافذ الإسناد</translation>
    </message>
    <message>
        <source>On which dimensions does each audience behave like a business or a consumer?</source>
        <translation>في أي الأبعاد يتصرف كل جمهور كمؤسسة أو كمستهلك؟</translation>
    </message>
    <message>
        <source>How business-like is every persona, and where do label and behaviour disagree?</source>
        <translation>إلى أي مدى تشبه كل شخصية الأعمال، وأين يختلف التصنيف عن السلوك؟</translation>
    </message>
    <message>
        <source>How many people decide, and how likely is such a group to decide at all?</source>
        <translation>كم عدد من يقررون، وما احتمال أن تتخذ مجموعة كهذه قرارًا أصلًا؟</translation>
    </message>
    <message>
        <source>How long does each stage take, and when do half and nine in ten deals close?</source>
        <translation>كم تستغرق كل مرحلة، ومتى تُغلق نصف الصفقات وتسع من كل عشر؟</translation>
    </message>
    <message>
        <source>How many enter each stage per month, and how many become customers?</source>
        <translation>كم يدخل إلى كل مرحلة شهريًا، وكم منهم يصبحون عملاء؟</translation>
    </message>
    <message>
        <source>Which channels fit each audience best, and where does the budget go?</source>
        <translation>أي القنوات أنسب لكل جمهور، وإلى أين تذهب الميزانية؟</translation>
    </message>
    <message>
        <source>Is each customer worth three times what it costs to win, and how soon does it pay back?</source>
        <translation>هل تبلغ قيمة كل عميل ثلاثة أضعاف تكلفة اكتسابه، ومتى تُسترد تكلفته؟</translation>
    </message>
    <message>
        <source>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</source>
        <translation>هل تدوم نوافذ الإسناد في منصات الإعلانات بطول دورة المبيعات؟</translation>
    </message>
    <message>
        <source>How fast does monthly revenue build up after the campaigns start?</source>
        <translation>ما سرعة نمو الإيرادات الشهرية بعد بدء الحملات؟</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>المخطط الزمني للخطة</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>المسار العكسي</translation>
    </message>
    <message>
        <source>When does each tactic run, and does it start early enough for its leads to close inside the period?</source>
        <translation>متى يُنفَّذ كل تكتيك، وهل يبدأ مبكرًا بما يكفي لتُغلق صفقات عملائه المحتملين داخل الفترة؟</translation>
    </message>
    <message>
        <source>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</source>
        <translation>كم داخلًا تحتاج كل مرحلة لتحقيق المستهدف، مقارنةً بما يجلبه الحجم الحالي خلال الفترة؟</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>المسار العكسي: %1</translation>
    </message>
    <message>
        <source>Conversion per stage</source>
        <translation>التحويل لكل مرحلة</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>منمذج</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>مقيس</translation>
    </message>
    <message>
        <source>Share that moves on</source>
        <translation>النسبة التي تنتقل</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>فترة الثقة 95%</translation>
    </message>
    <message>
        <source>Whole cycle: created to won</source>
        <translation>الدورة كاملة: من الإنشاء حتى الربح</translation>
    </message>
    <message>
        <source>Modelled (the persona&apos;s stages)</source>
        <translation>منمذج (مراحل الشخصية)</translation>
    </message>
    <message>
        <source>Measured (Kaplan–Meier)</source>
        <translation>مقيس (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Days since the deal was created</source>
        <translation>الأيام منذ إنشاء الصفقة</translation>
    </message>
    <message>
        <source>Won deals closed</source>
        <translation>الصفقات الرابحة المغلقة</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
</context>
<context>
    <name>b2x::charts::AttributionChart</name>
    <message>
        <source>Days: attribution window, then the shortfall to the p90</source>
        <translation>الأيام: نافذة الإسناد، ثم النقص حتى p90</translation>
    </message>
    <message>
        <source>p50 of the cycle</source>
        <translation>p50 للدورة</translation>
    </message>
    <message>
        <source>p90 of the cycle</source>
        <translation>p90 للدورة</translation>
    </message>
    <message>
        <source>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</source>
        <translation>لا يملك أي من الجماهير المقارنة قناة مُسنَدة: حدّد نافذة إسناد لقناة في قسم القنوات.</translation>
    </message>
    <message>
        <source>Short of the p90</source>
        <translation>النقص حتى p90</translation>
    </message>
    <message>
        <source>%1
%2: %3 window · cycle p50 %4, p90 %5</source>
        <translation>%1
%2: نافذة %3 · الدورة p50 ‏%4، p90 ‏%5</translation>
    </message>
    <message>
        <source>%1
Short of the p90 by %2</source>
        <translation>%1
أقصر من p90 بمقدار %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 personas with this channel miss their own p90</source>
        <translation>%1
%2 من %3 شخصيات تستخدم هذه القناة لا تبلغ p90 الخاص بها</translation>
    </message>
    <message>
        <source>Every window lasts until nine in ten deals have closed.</source>
        <translation>تستمر كل نافذة حتى تُغلق تسع من كل عشر صفقات.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Cycle p50</source>
        <translation>الدورة p50</translation>
    </message>
    <message>
        <source>Cycle p90</source>
        <translation>الدورة p90</translation>
    </message>
    <message>
        <source>Covers p90</source>
        <translation>يغطي p90</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No, short by %1</source>
        <translation>لا، ينقص %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 personas short)</source>
        <translation>%1 (%2 من %3 شخصيات لا تبلغها)</translation>
    </message>
    <message>
        <source>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</source>
        <translation>النوافذ التي تنتهي قبل إغلاق تسع من كل عشر صفقات (بالأحمر): %1 من %2. التحويلات بعد النافذة لا تُنسب إلى القناة، فتبدو أسوأ مما هي عليه.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::B2bIndexChart</name>
    <message>
        <source>B2B index (0 consumer-like, 100 business-like)</source>
        <translation>مؤشر B2B (0 شبيه بالمستهلك، 100 شبيه بالأعمال)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Mixed behaviour (%1–%2)</source>
        <translation>سلوك مختلط (%1–%2)</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>التصنيف %1</translation>
    </message>
    <message>
        <source>Label and behaviour disagree</source>
        <translation>التصنيف والسلوك مختلفان</translation>
    </message>
    <message>
        <source>%1
B2B index %2 · label %3 · behaves %4</source>
        <translation>%1
مؤشر B2B ‏%2 · التصنيف %3 · السلوك: %4</translation>
    </message>
    <message>
        <source>%1
The label and the behaviour disagree.</source>
        <translation>%1
التصنيف والسلوك مختلفان.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to place them on the B2B index.</source>
        <translation>أضف شخصيات إلى مساحة العمل لوضعها على مؤشر B2B.</translation>
    </message>
    <message>
        <source>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</source>
        <translation>الشخصيات في مساحة العمل: %1. المحاطة بحلقة، حيث يختلف التصنيف عن السلوك: %2.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>مؤشر B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>b2x::charts::BehaviourRadarChart</name>
    <message>
        <source>%1
%2: %3 of 100</source>
        <translation>%1
%2: %3 من 100</translation>
    </message>
    <message>
        <source>%1
%2: not applicable (no data)</source>
        <translation>%1
%2: لا ينطبق (لا بيانات)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like); each ring is the mean of the group&apos;s personas.</source>
        <translation>الدرجات من 0 (شبيه بالمستهلك) إلى 100 (شبيه بالأعمال)؛ كل حلقة هي متوسط شخصيات المجموعة.</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like).</source>
        <translation>الدرجات من 0 (شبيه بالمستهلك) إلى 100 (شبيه بالأعمال).</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChannelFitChart</name>
    <message>
        <source>Fit (0–100); diamonds: share of the budget (%)</source>
        <translation>الملاءمة (0–100)؛ المعيّنات: حصة الميزانية (%)</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>حصة الميزانية</translation>
    </message>
    <message>
        <source>%1
%2: fit %3 of 100 · %4 of the budget</source>
        <translation>%1
%2: الملاءمة %3 من 100 · %4 من الميزانية</translation>
    </message>
    <message>
        <source>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</source>
        <translation>الصفوف: أنسب ثلاث قنوات لكل جمهور والقناة ذات الميزانية الأكبر. يعرض الجدول ملاءمة كل قناة في الدليل.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>الملاءمة</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>اعرض أرقام هذا المخطط كجدول</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>عرض %1 كجدول</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>مخطط %1</translation>
    </message>
    <message>
        <source>The same numbers are in the table: press the Table button beside the title.</source>
        <translation>الأرقام نفسها موجودة في الجدول: اضغط زر «جدول» بجانب العنوان.</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 كجدول</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>مخطط</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>اعرض المخطط مجددًا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Show all the charts again (Esc)</source>
        <translation>اعرض كل المخططات مجددًا (Esc)</translation>
    </message>
    <message>
        <source>Show this chart alone, as large as the panel allows</source>
        <translation>اعرض هذا المخطط وحده، بأكبر حجم تسمح به اللوحة</translation>
    </message>
    <message>
        <source>Show all the charts again</source>
        <translation>اعرض كل المخططات مجددًا</translation>
    </message>
    <message>
        <source>Enlarge %1</source>
        <translation>تكبير %1</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartDataBuilder</name>
    <message>
        <source>Top of funnel</source>
        <translation>أعلى المسار</translation>
    </message>
    <message>
        <source>Select personas to compare: click one in the list, Ctrl+click to add up to six.</source>
        <translation>حدد الشخصيات للمقارنة: انقر على واحدة في القائمة، وCtrl+نقرة لإضافة حتى ست.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to compare their groups.</source>
        <translation>أضف شخصيات إلى مساحة العمل لمقارنة مجموعاتها.</translation>
    </message>
    <message>
        <source>B2B label</source>
        <translation>تصنيف B2B</translation>
    </message>
    <message>
        <source>Hybrid label</source>
        <translation>تصنيف هجين</translation>
    </message>
    <message>
        <source>B2C label</source>
        <translation>تصنيف B2C</translation>
    </message>
    <message>
        <source>Behaves as B2B</source>
        <translation>يتصرف كـ B2B</translation>
    </message>
    <message>
        <source>Behaves mixed</source>
        <translation>سلوك مختلط</translation>
    </message>
    <message>
        <source>Behaves as B2C</source>
        <translation>يتصرف كـ B2C</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 من %3)</translation>
    </message>
    <message>
        <source>Mean cycle</source>
        <translation>متوسط الدورة</translation>
    </message>
    <message>
        <source>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</source>
        <translation>حدد الشخصيات المراد تجميعها: انقر على واحدة في القائمة، وCtrl+نقرة لإضافة المزيد؛ أو جمّع كل الشخصيات.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>مليون %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>ألف %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 ألف</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 مليار</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ComparisonChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::DecisionUnitChart</name>
    <message>
        <source>People in the decision unit</source>
        <translation>الأشخاص في وحدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Probability of a decision</source>
        <translation>احتمال القرار</translation>
    </message>
    <message>
        <source>CEB consensus curve</source>
        <translation>منحنى التوافق من CEB</translation>
    </message>
    <message>
        <source>CEB measurements</source>
        <translation>قياسات CEB</translation>
    </message>
    <message>
        <source>CEB: a group of %1 decides in %2 of cases</source>
        <translation>CEB: مجموعة من %1 تتخذ القرار في %2 من الحالات</translation>
    </message>
    <message>
        <source>%1
%2 people · %3 probability of a decision</source>
        <translation>%1
%2 أشخاص · احتمال القرار %3</translation>
    </message>
    <message>
        <source>%1 (your estimate)</source>
        <translation>%1 (تقديرك)</translation>
    </message>
    <message>
        <source>%1 — nobody covers: %2</source>
        <translation>%1 — لا أحد يشغل: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>،</translation>
    </message>
    <message>
        <source>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</source>
        <translation>كل دور رئيسي (صاحب القرار، المستخدم، واضع المواصفات، المشتري) مشغول. المربعات تقديراتك الخاصة.</translation>
    </message>
    <message>
        <source>Uncovered roles are a red flag (Miller Heiman):
%1</source>
        <translation>الأدوار غير المشغولة علامة تحذير (Miller Heiman):
%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>CEB for this size</source>
        <translation>CEB لهذا الحجم</translation>
    </message>
    <message>
        <source>Uncovered roles</source>
        <translation>أدوار غير مشغولة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>b2x::charts::FunnelChart</name>
    <message>
        <source>Funnel step (the last point of a line: customers)</source>
        <translation>خطوة المسار (آخر نقطة في الخط: العملاء)</translation>
    </message>
    <message>
        <source>Entries per month</source>
        <translation>الداخلون شهريًا</translation>
    </message>
    <message>
        <source>Entries per month (log scale)</source>
        <translation>الداخلون شهريًا (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>%1
%2: %3 per month</source>
        <translation>%1
%2: %3 شهريًا</translation>
    </message>
    <message>
        <source>%1 · %2 move on</source>
        <translation>%1 · ينتقل %2</translation>
    </message>
    <message>
        <source>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</source>
        <translation>المجموعات: متوسط الداخلين إلى أعلى المسار والعملاء شهريًا؛ مراحل الشخصيات مختلفة، لذا يُقارن الطرفان فقط.</translation>
    </message>
    <message>
        <source>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</source>
        <translation>تختلف المراحل بين الشخصيات: يسمّي الجدول والتلميحات كل خطوة. تُرسم القيم الصفرية في أسفل المحور اللوغاريتمي.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>ينتقل</translation>
    </message>
</context>
<context>
    <name>b2x::charts::OutcomeHistogramChart</name>
    <message>
        <source>Share of runs (%)</source>
        <translation>حصة التشغيلات (%)</translation>
    </message>
    <message>
        <source>Runs in each range</source>
        <translation>التشغيلات في كل نطاق</translation>
    </message>
    <message>
        <source>p50 (median): %1</source>
        <translation>p50 (الوسيط): %1</translation>
    </message>
    <message>
        <source>p10 and p90: %1 and %2</source>
        <translation>p10 وp90: %1 و%2</translation>
    </message>
</context>
<context>
    <name>b2x::charts::PlanTimelineChart</name>
    <message>
        <source>Period start and end</source>
        <translation>بداية الفترة ونهايتها</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>running</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>starts after %1: most of its leads close after the period</source>
        <translation>يبدأ بعد %1: تُغلق معظم صفقات عملائه المحتملين بعد الفترة</translation>
    </message>
    <message>
        <source>starts after %1: some of its leads close after the period</source>
        <translation>يبدأ بعد %1: تُغلق بعض صفقات عملائه المحتملين بعد الفترة</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 to %4, %5
Planned budget: %6</source>
        <translation>%1 (%2)
من %3 إلى %4، %5
الميزانية المخطط لها: %6</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>القناة: %1</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>متأخر جدًا: %1</translation>
    </message>
    <message>
        <source>Weeks (from Monday)</source>
        <translation>الأسابيع (بدءًا من الاثنين)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <source>Latest lead entry to close in the period, half of the deals (p50)</source>
        <translation>آخر موعد لدخول العملاء المحتملين مع الإغلاق خلال الفترة، لنصف الصفقات (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry, nine deals in ten (p90)</source>
        <translation>آخر موعد لدخول العملاء المحتملين، لتسع صفقات من كل عشر (p90)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>اليوم (%1)</translation>
    </message>
    <message>
        <source>The plan has no tactics yet: add them to see them on the calendar.</source>
        <translation>لا تكتيكات في الخطة بعد: أضفها لتراها على التقويم.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n tactic(s) has valid start and end dates, so none can be drawn: give them dates.</source>
        <translation>
            <numerusform>لا يملك أي من تكتيكات الخطة الـ%n تاريخي بداية ونهاية صالحين، لذا لا يمكن رسم أي منها: حدد تواريخها.</numerusform>
            <numerusform>التكتيك الوحيد في الخطة بلا تاريخي بداية ونهاية صالحين، لذا لا يمكن رسمه: حدد تواريخه.</numerusform>
            <numerusform>لا يملك أي من تكتيكَي الخطة تاريخي بداية ونهاية صالحين، لذا لا يمكن رسم أي منهما: حدد تواريخهما.</numerusform>
            <numerusform>لا يملك أي من تكتيكات الخطة الـ%n تاريخي بداية ونهاية صالحين، لذا لا يمكن رسم أي منها: حدد تواريخها.</numerusform>
            <numerusform>لا يملك أي من تكتيكات الخطة الـ%n تاريخي بداية ونهاية صالحين، لذا لا يمكن رسم أي منها: حدد تواريخها.</numerusform>
            <numerusform>لا يملك أي من تكتيكات الخطة الـ%n تاريخي بداية ونهاية صالحين، لذا لا يمكن رسم أي منها: حدد تواريخها.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</source>
        <translation>%1: يجب أن يدخل العملاء المحتملون بحلول %2 لتُغلق نصف الصفقات داخل الفترة، وبحلول %3 لتُغلق تسع من كل عشر.</translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) start too late to close inside the period.</source>
        <translation>
            <numerusform>لا تكتيكات تبدأ متأخرة جدًا.</numerusform>
            <numerusform>تكتيك واحد يبدأ متأخرًا جدًا فلا تُغلق صفقاته داخل الفترة.</numerusform>
            <numerusform>تكتيكان يبدآن متأخرين جدًا فلا تُغلق صفقاتهما داخل الفترة.</numerusform>
            <numerusform>%n تكتيكات تبدأ متأخرة جدًا فلا تُغلق صفقاتها داخل الفترة.</numerusform>
            <numerusform>%n تكتيكًا تبدأ متأخرة جدًا فلا تُغلق صفقاتها داخل الفترة.</numerusform>
            <numerusform>%n تكتيك تبدأ متأخرة جدًا فلا تُغلق صفقاتها داخل الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tactic(s) not drawn (the chart shows the first %1 rows; the table lists all): %2.</source>
        <translation>
            <numerusform>لم يُرسم %n تكتيك إضافي (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
            <numerusform>لم يُرسم تكتيك إضافي واحد (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
            <numerusform>لم يُرسم تكتيكان إضافيان (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
            <numerusform>لم تُرسم %n تكتيكات إضافية (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
            <numerusform>لم يُرسم %n تكتيكًا إضافيًا (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
            <numerusform>لم يُرسم %n تكتيك إضافي (يعرض المخطط أول %1 صف؛ ويسردها الجدول كلها): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n تكتيك آخر</numerusform>
            <numerusform>وتكتيك آخر</numerusform>
            <numerusform>وتكتيكان آخران</numerusform>
            <numerusform>و%n تكتيكات أخرى</numerusform>
            <numerusform>و%n تكتيكًا آخر</numerusform>
            <numerusform>و%n تكتيك آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) without valid dates, not drawn: %1.</source>
        <translation>
            <numerusform>%n تكتيك بلا تواريخ صالحة، لم تُرسم: %1.</numerusform>
            <numerusform>تكتيك واحد بلا تواريخ صالحة، لم يُرسم: %1.</numerusform>
            <numerusform>تكتيكان بلا تواريخ صالحة، لم يُرسما: %1.</numerusform>
            <numerusform>%n تكتيكات بلا تواريخ صالحة، لم تُرسم: %1.</numerusform>
            <numerusform>%n تكتيكًا بلا تواريخ صالحة، لم تُرسم: %1.</numerusform>
            <numerusform>%n تكتيك بلا تواريخ صالحة، لم تُرسم: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no period: the current quarter is drawn.</source>
        <translation>لا فترة للخطة: يُرسم الربع الحالي.</translation>
    </message>
    <message>
        <source>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</source>
        <translation>الأشرطة: المصمتة قيد التنفيذ، والفاتحة مخطط لها، وذات الإطار المنقّط مكتملة، والباهتة ذات الإطار الرمادي المتقطع متوقفة.</translation>
    </message>
    <message>
        <source>Time runs from right to left.</source>
        <translation>يسير الزمن من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>التكتيك</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>الميزانية المخطط لها</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>لم يُرسم</translation>
    </message>
    <message>
        <source>not drawn; %1</source>
        <translation>لم يُرسم؛ %1</translation>
    </message>
    <message>
        <source>no valid dates: not drawn</source>
        <translation>لا تواريخ صالحة: لم يُرسم</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ResponseCurveChart</name>
    <message>
        <source>Entries a month</source>
        <translation>الداخلون شهريًا</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>الإنفاق الشهري (%1)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ReverseFunnelChart</name>
    <message>
        <source>Required by the target</source>
        <translation>ما يتطلبه المستهدف</translation>
    </message>
    <message>
        <source>Available at today&apos;s volume</source>
        <translation>المتاح بالحجم الحالي</translation>
    </message>
    <message>
        <source>Pipeline stage (entries over the period), then customers</source>
        <translation>مرحلة مسار المبيعات (الداخلون خلال الفترة)، ثم العملاء</translation>
    </message>
    <message>
        <source>Entries over the period</source>
        <translation>الداخلون خلال الفترة</translation>
    </message>
    <message>
        <source>Entries over the period (log scale)</source>
        <translation>الداخلون خلال الفترة (مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>غير معرّف</translation>
    </message>
    <message>
        <source>%1
Required by the target: %2
Available at today&apos;s volume: %3</source>
        <translation>%1
ما يتطلبه المستهدف: %2
المتاح بالحجم الحالي: %3</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs, stage by stage.</source>
        <translation>حدد شخصية لترى ما يحتاجه مستهدفها، مرحلةً بمرحلة.</translation>
    </message>
    <message>
        <source>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</source>
        <translation>%1: الحجم الحالي يحقق المستهدف: يُتوقع نحو %2 من العملاء خلال الفترة مقابل مستهدف قدره %3.</translation>
    </message>
    <message>
        <source>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</source>
        <translation>%1: بالحجم الحالي تجلب الفترة نحو %2 من العملاء مقابل مستهدف قدره %3، أي بعجز قدره %4.</translation>
    </message>
    <message>
        <source>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</source>
        <translation>تحتاج كل مرحلة إلى عدد الداخلين الحالي مضروبًا في %1: حجم شهري قدره %2 بدلًا من %3، وإنفاق شهري قدره %4 بدلًا من %5.</translation>
    </message>
    <message>
        <source>%1 has no target: only today&apos;s entries are drawn.</source>
        <translation>لا مستهدف لـ %1: يُرسم الداخلون الحاليون فقط.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>النقص</translation>
    </message>
    <message>
        <source>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</source>
        <translation>لا يُغلق الحجم الحالي أي عميل داخل الفترة، لذا فالداخلون الذين يحتاجهم المستهدف غير معرّفين: يُرسم الداخلون الحاليون فقط لكل مرحلة.</translation>
    </message>
    <message>
        <source>Log scale: the stages differ by orders of magnitude.</source>
        <translation>مقياس لوغاريتمي: تتفاوت أحجام المراحل بمراتب عشرية.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::SalesCycleChart</name>
    <message>
        <source>Days (bars: expected time in each stage)</source>
        <translation>الأيام (الأعمدة: الزمن المتوقع في كل مرحلة)</translation>
    </message>
    <message>
        <source>%1
Half of the deals close within %2 (p50)</source>
        <translation>%1
تُغلق نصف الصفقات خلال %2 (p50)</translation>
    </message>
    <message>
        <source>%1
Nine in ten deals close within %2 (p90)</source>
        <translation>%1
تُغلق تسع من كل عشر صفقات خلال %2 (p90)</translation>
    </message>
    <message>
        <source>p50: half of deals closed</source>
        <translation>p50: أُغلقت نصف الصفقات</translation>
    </message>
    <message>
        <source>p90: nine in ten closed</source>
        <translation>p90: أُغلقت تسع من كل عشر</translation>
    </message>
    <message>
        <source>%1
%2: %3 expected (%4 to %5)</source>
        <translation>%1
%2: المتوقع %3 (من %4 إلى %5)</translation>
    </message>
    <message>
        <source>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</source>
        <translation>تعرض أعمدة المجموعات متوسط دورة شخصياتها؛ المراحل تختلف بين الشخصيات لذا لا تُقسَّم.</translation>
    </message>
    <message>
        <source>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</source>
        <translation>يجمع العمود المدد المتوقعة للمراحل (متوسط الدورة)؛ وتوضح العلامات متى تُغلق نصف الصفقات وتسع من كل عشر.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>الأقصر</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <source>p50 of the whole cycle</source>
        <translation>p50 للدورة كاملة</translation>
    </message>
    <message>
        <source>p90 of the whole cycle</source>
        <translation>p90 للدورة كاملة</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TimeToRevenueChart</name>
    <message>
        <source>Months after the campaigns start</source>
        <translation>الأشهر بعد بدء الحملات</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>الإيراد الشهري (%1)</translation>
    </message>
    <message>
        <source>Revenue per month (%1, log)</source>
        <translation>الإيراد الشهري (%1، لوغاريتمي)</translation>
    </message>
    <message>
        <source>%1: no new customers, so no revenue</source>
        <translation>%1: لا عملاء جدد، لذا لا إيراد</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Month reaching 50%</source>
        <translation>شهر بلوغ 50%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1
Month %2: %3, of which %4 from new customers</source>
        <translation>%1
الشهر %2: %3، منها %4 من العملاء الجدد</translation>
    </message>
    <message>
        <source>%1
Month %2: %3 from new customers</source>
        <translation>%1
الشهر %2: %3 من العملاء الجدد</translation>
    </message>
    <message>
        <source>Steady state: %1 a month</source>
        <translation>الحالة المستقرة: %1 شهريًا</translation>
    </message>
    <message>
        <source>No steady state: revenue keeps growing</source>
        <translation>لا حالة مستقرة: تواصل الإيرادات النمو</translation>
    </message>
    <message>
        <source>%1: steady state</source>
        <translation>%1: الحالة المستقرة</translation>
    </message>
    <message>
        <source>%1: new customers</source>
        <translation>%1: العملاء الجدد</translation>
    </message>
    <message>
        <source>%1: half of the steady monthly revenue by month %2</source>
        <translation>%1: نصف الإيراد الشهري المستقر بحلول الشهر %2</translation>
    </message>
    <message>
        <source>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</source>
        <translation>%1: لا حالة مستقرة، إذ تواصل الإيرادات النمو (لا يتجاوز تسرب العملاء توسّع الإيراد)</translation>
    </message>
    <message>
        <source>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</source>
        <translation>الخط المتصل: إيرادات جميع العملاء الدافعين؛ المتقطع: الحالة المستقرة؛ المنقّط: إيرادات العملاء الجدد (للإيرادات المتكررة فقط).</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>الحالة المستقرة</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TornadoChart</name>
    <message>
        <source>Below today&apos;s value</source>
        <translation>أقل من القيمة الحالية</translation>
    </message>
    <message>
        <source>Above today&apos;s value</source>
        <translation>أعلى من القيمة الحالية</translation>
    </message>
    <message>
        <source>All inputs together: p10–p90</source>
        <translation>جميع المدخلات معًا: p10–p90</translation>
    </message>
    <message>
        <source>All inputs together</source>
        <translation>جميع المدخلات معًا</translation>
    </message>
</context>
<context>
    <name>b2x::charts::UnitEconomicsChart</name>
    <message>
        <source>CLV = 3 × CAC (healthy)</source>
        <translation>CLV = 3 × CAC (صحي)</translation>
    </message>
    <message>
        <source>CLV = CAC (break-even)</source>
        <translation>CLV = CAC (نقطة التعادل)</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>لا استرداد</translation>
    </message>
    <message>
        <source>payback %1 mo</source>
        <translation>الاسترداد خلال %1 شهر</translation>
    </message>
    <message>
        <source>CAC: cost to win a customer (%1, log scale)</source>
        <translation>CAC: تكلفة اكتساب عميل (%1، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>CLV: lifetime value (%1, log scale)</source>
        <translation>CLV: القيمة الدائمة للعميل (%1، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</source>
        <translation>%1
CAC ‏%2 · CLV ‏%3 · CLV:CAC ‏%4 · %5</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>غير معرّف</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</source>
        <translation>فوق الخط الأخضر تتجاوز قيمة العميل ثلاثة أضعاف تكلفته؛ وتحت الخط المتقطع يسبب خسارة.</translation>
    </message>
    <message>
        <source>%1
Not drawn (no customers, so no CAC): %2</source>
        <translation>%1
لم تُرسم (لا عملاء، لذا لا CAC): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>،</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>الشخصية</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>CLV : CAC</source>
        <translation>CLV : CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>فترة الاسترداد (أشهر)</translation>
    </message>
    <message numerus="yes">
        <source>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run(s).</source>
        <translation>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ %Ln تشغيل.</numerusform>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ تشغيل واحد.</numerusform>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ تشغيلان.</numerusform>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ %Ln تشغيلات.</numerusform>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ %Ln تشغيلًا.</numerusform>
            <numerusform>الشعيرات: p10–p90 لـ CAC وCLV عندما يتغير كل مُدخل ضمن تباين أدلته؛ %Ln تشغيل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::cli</name>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: تحذير: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n persona(s))
</source>
        <translation>
            <numerusform>%1: صالح (لا شخصيات)
</numerusform>
            <numerusform>%1: صالح (شخصية واحدة)
</numerusform>
            <numerusform>%1: صالح (شخصيتان)
</numerusform>
            <numerusform>%1: صالح (%Ln شخصيات)
</numerusform>
            <numerusform>%1: صالح (%Ln شخصية)
</numerusform>
            <numerusform>%1: صالح (%Ln شخصية)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: خطأ: %2
</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)
</source>
        <translation>مساحة العمل: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)

</source>
        <translation>
            <numerusform>لا شخصيات

</numerusform>
            <numerusform>شخصية واحدة

</numerusform>
            <numerusform>شخصيتان

</numerusform>
            <numerusform>%Ln شخصيات

</numerusform>
            <numerusform>%Ln شخصية

</numerusform>
            <numerusform>%Ln شخصية

</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>مؤشر B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>عدم تطابق</translation>
    </message>
    <message>
        <source>DMU</source>
        <translation>DMU</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة --page-size هي A4 أو Letter، لا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the workspace file to export</source>
        <translation>حدّد ملف مساحة العمل المراد تصديره</translation>
    </message>
    <message>
        <source>b2x export: %1
</source>
        <translation>b2x export: %1
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2
</source>
        <translation>%1: خطأ: لا توجد شخصية بالمعرّف %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>كُتب %1
</translation>
    </message>
    <message>
        <source>b2x: --lang needs one of the languages %1
</source>
        <translation>b2x: يحتاج --lang إلى إحدى اللغات %1
</translation>
    </message>
    <message>
        <source>b2x validate: name at least one file
</source>
        <translation>b2x validate: حدّد ملفًا واحدًا على الأقل
</translation>
    </message>
    <message>
        <source>b2x summary: name exactly one file (and optionally --json)
</source>
        <translation>b2x summary: حدّد ملفًا واحدًا بالضبط (واختياريًا --json)
</translation>
    </message>
    <message>
        <source>b2x: unknown command &quot;%1&quot;

</source>
        <translation>b2x: أمر غير معروف &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; at most %3 are allowed</source>
        <translation>طول %1 هو %2 بايت؛ والحد الأقصى المسموح %3</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</source>
        <translation>يجب أن تكون قيمة --date تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-12-03، لا &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%2 to %3, %n day(s))
</source>
        <translation>
            <numerusform>الخطة: %1 (من %2 إلى %3، %n يوم)
</numerusform>
            <numerusform>الخطة: %1 (من %2 إلى %3، يوم واحد)
</numerusform>
            <numerusform>الخطة: %1 (من %2 إلى %3، يومان)
</numerusform>
            <numerusform>الخطة: %1 (من %2 إلى %3، %n أيام)
</numerusform>
            <numerusform>الخطة: %1 (من %2 إلى %3، %n يومًا)
</numerusform>
            <numerusform>الخطة: %1 (من %2 إلى %3، %n يوم)
</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>  No target for the period
</source>
        <translation>  لا مستهدف لهذه الفترة
</translation>
    </message>
    <message>
        <source>  Needed: %1 entries and %2 a month
</source>
        <translation>  المطلوب: %1 من الداخلين و%2 شهريًا
</translation>
    </message>
    <message>
        <source>    %1: %2 entries in the period
</source>
        <translation>    %1: %2 من الداخلين خلال الفترة
</translation>
    </message>
    <message>
        <source>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</source>
        <translation>  المطلوب: لا يمكن حسابه عكسيًا من مسار المبيعات الحالي (راجع الفحوص)
</translation>
    </message>
    <message>
        <source>  Latest entry to close by the end: %1 (50%), %2 (90%)
</source>
        <translation>  آخر موعد للدخول مع الإغلاق قبل نهاية الفترة: %1 (50%)، %2 (90%)
</translation>
    </message>
    <message>
        <source>  Planned budget: %1
</source>
        <translation>  الميزانية المخطط لها: %1
</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
الأهداف
</translation>
    </message>
    <message>
        <source>
Checks
</source>
        <translation>
الفحوص
</translation>
    </message>
    <message>
        <source>b2x plan: name exactly one file (and optionally --json)
</source>
        <translation>b2x plan: حدّد ملفًا واحدًا بالضبط (واختياريًا --json)
</translation>
    </message>
    <message>
        <source>b2x calibrate: %1 needs a value
</source>
        <translation>b2x calibrate: يحتاج %1 إلى قيمة
</translation>
    </message>
    <message>
        <source>b2x calibrate: unknown option &quot;%1&quot;
</source>
        <translation>b2x calibrate: خيار غير معروف &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</source>
        <translation>b2x calibrate: حدّد ملف مساحة عمل و--persona ID و--deals DEALS.csv
</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n deal(s)</source>
        <translation>
            <numerusform>%1، بتاريخ %2: لا صفقات</numerusform>
            <numerusform>%1، بتاريخ %2: صفقة واحدة</numerusform>
            <numerusform>%1، بتاريخ %2: صفقتان</numerusform>
            <numerusform>%1، بتاريخ %2: %n صفقات</numerusform>
            <numerusform>%1، بتاريخ %2: %n صفقةً</numerusform>
            <numerusform>%1، بتاريخ %2: %n صفقة</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 won, %2 lost, %3 open)
</source>
        <translation> (%1 رابحة، %2 خاسرة، %3 مفتوحة)
</translation>
    </message>
    <message>
        <source>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</source>
        <translation>  الصفقات: دخلت %1، وانتقلت %2، وخُسرت %3، ومفتوحة %4
</translation>
    </message>
    <message>
        <source>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</source>
        <translation>  التحويل: %1 (فترة الثقة 95%: من %2 إلى %3)%4؛ المنمذج %5؛ المنتقلة ÷ الداخلة %6
</translation>
    </message>
    <message>
        <source>, a lower bound</source>
        <translation>، وهو حدّ أدنى</translation>
    </message>
    <message>
        <source>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</source>
        <translation>  الأيام حتى الانتقال: p10 %1، p50 %2، p90 %3، المتوسط %4
</translation>
    </message>
    <message>
        <source>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</source>
        <translation>  التوزيع المثلثي المطابق: %1 / %2 / %3 يومًا (المنمذج %4 / %5 / %6)
</translation>
    </message>
    <message>
        <source>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</source>
        <translation>
الدورة كاملة، من الإنشاء حتى الربح: p50 %1 يومًا، p90 %2 (المنمذج %3 و%4)
</translation>
    </message>
    <message>
        <source>
Warnings
</source>
        <translation>
التحذيرات
</translation>
    </message>
    <message>
        <source>
Ad spend %1 to %2: %3 in all, %4 a month
</source>
        <translation>
الإنفاق الإعلاني من %1 إلى %2: %3 إجمالًا، %4 شهريًا
</translation>
    </message>
    <message>
        <source>  %1%2: %3 a month (%4% of the spend)%5
</source>
        <translation>  %1%2: %3 شهريًا (%4% من الإنفاق)%5
</translation>
    </message>
    <message>
        <source> (no catalogue channel)</source>
        <translation> (ليست قناة من الدليل)</translation>
    </message>
    <message>
        <source>, click-through %1%</source>
        <translation>، نسبة النقر %1%</translation>
    </message>
    <message numerus="yes">
        <source>  Customer acquisition cost: %1 (%n deal(s) won over those days)
</source>
        <translation>
            <numerusform>  تكلفة اكتساب العميل: %1 (%n صفقة رابحة خلال تلك الأيام)
</numerusform>
            <numerusform>  تكلفة اكتساب العميل: %1 (صفقة رابحة واحدة خلال تلك الأيام)
</numerusform>
            <numerusform>  تكلفة اكتساب العميل: %1 (صفقتان رابحتان خلال تلك الأيام)
</numerusform>
            <numerusform>  تكلفة اكتساب العميل: %1 (%n صفقات رابحة خلال تلك الأيام)
</numerusform>
            <numerusform>  تكلفة اكتساب العميل: %1 (%n صفقةً رابحة خلال تلك الأيام)
</numerusform>
            <numerusform>  تكلفة اكتساب العميل: %1 (%n صفقة رابحة خلال تلك الأيام)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Customer acquisition cost: not defined (no deal won over those days)
</source>
        <translation>  تكلفة اكتساب العميل: غير معرّفة (لا صفقة رابحة خلال تلك الأيام)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</source>
        <translation>b2x calibrate: قيمة --format إحدى القيم auto أو generic أو hubspot أو salesforce أو pipedrive
</translation>
    </message>
    <message>
        <source>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</source>
        <translation>b2x calibrate: قيمة --date-order هي dmy (اليوم أولًا) أو mdy (الشهر أولًا)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</source>
        <translation>b2x calibrate: يأخذ --as-of تاريخًا بالصيغة YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2 (b2x summary lists them)
</source>
        <translation>%1: خطأ: لا توجد شخصية بالمعرّف %2 (يسرد الأمر b2x summary الشخصيات)
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>خطأ: %1
</translation>
    </message>
    <message>
        <source>b2x calibrate: add --date-order dmy or --date-order mdy
</source>
        <translation>b2x calibrate: أضف --date-order dmy أو --date-order mdy
</translation>
    </message>
    <message>
        <source>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</source>
        <translation>b2x calibrate: --map &quot;%1&quot;: اكتب &quot;مرحلة CRM=مرحلة مسار المبيعات&quot;؛ مراحل الشخصية هي: %2
</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>تصدير صفقات CRM %1: %n صفقة، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: صفقة واحدة، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: صفقتان، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقات، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقةً، بتاريخ %2</numerusform>
            <numerusform>تصدير صفقات CRM %1: %n صفقة، بتاريخ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: written with the measured stages of %2
</source>
        <translation>%1: كُتب بالمراحل المقيسة لـ %2
</translation>
    </message>
    <message>
        <source>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</source>
        <translation>اختر مُخرجًا واحدًا على الأقل: --pdf أو --png أو --svg أو --csv أو --csv-plan أو --xlsx</translation>
    </message>
    <message>
        <source>  Target, new customers: %1 (%2)
</source>
        <translation>  المستهدف، العملاء الجدد: %1 (%2)
</translation>
    </message>
    <message>
        <source>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</source>
        <translation>  المتوقع بالحجم الحالي، العملاء الجدد: %1؛ العجز %2
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 takes a number from %2 to %3
</source>
        <translation>b2x allocate: يأخذ %1 رقمًا من %2 إلى %3
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 needs a value
</source>
        <translation>b2x allocate: يحتاج %1 إلى قيمة
</translation>
    </message>
    <message>
        <source>b2x allocate: unknown option &quot;%1&quot;
</source>
        <translation>b2x allocate: خيار غير معروف &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x allocate: name a workspace file and at least one --persona ID
</source>
        <translation>b2x allocate: حدّد ملف مساحة عمل و--persona ID واحدًا على الأقل
</translation>
    </message>
    <message>
        <source>b2x allocate: give either --budget or --target-mroas, not both
</source>
        <translation>b2x allocate: حدّد إما --budget أو --target-mroas، لا كليهما
</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>عند حده الأدنى</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>عند حده الأقصى</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Budget %1 a month, split in steps of %2
</source>
        <translation>الميزانية %1 شهريًا، مقسّمة على خطوات قدرها %2
</translation>
    </message>
    <message>
        <source>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</source>
        <translation>الإنفاق ما دام ROAS الحدّي متحققًا: %1 شهريًا، على خطوات قدرها %2
</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, marginal ROAS %4</source>
        <translation>  %1: %2 → %3، ROAS الحدّي %4</translation>
    </message>
    <message>
        <source>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>
الحالي:   الإنفاق %1، العملاء %2، القيمة %3، ROAS %4
</translation>
    </message>
    <message>
        <source>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>المقترح:  الإنفاق %1، العملاء %2، القيمة %3، ROAS %4
</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.
</source>
        <translation>الحدود الدنيا لإنفاق القنوات وحدها تتجاوز الميزانية.
</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.
</source>
        <translation>يبقى %1 دون إنفاق: كل قناة عند حدها الأقصى.
</translation>
    </message>
    <message>
        <source>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</source>
        <translation>b2x calibrate: التواريخ تحتمل الترتيبين؛ يُستخدم الترتيب المحفوظ مع الشخصية (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>b2x calibrate: using the stage mapping saved with the persona (%n stage(s)); --map replaces it
</source>
        <translation>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (لا مراحل)؛ ويحل --map محله
</numerusform>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (مرحلة واحدة)؛ ويحل --map محله
</numerusform>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (مرحلتان)؛ ويحل --map محله
</numerusform>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (%n مراحل)؛ ويحل --map محله
</numerusform>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (%n مرحلةً)؛ ويحل --map محله
</numerusform>
            <numerusform>b2x calibrate: يُستخدم ربط المراحل المحفوظ مع الشخصية (%n مرحلة)؛ ويحل --map محله
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: b2x COMMAND [OPTIONS]

Check and summarise B2X Workbench workspace files (.b2x) without a display.

Commands:
  validate FILE...        check that each file is a valid workspace
  summary FILE [--json]   list the personas of a workspace; --json prints a
                          machine-readable document (see docs/cli.md)
  plan FILE [--json]      the plan: each persona&apos;s target worked back through
                          its funnel and sales cycle, OKR scores and checks
  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]
              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]
              [--xlsx OUT.xlsx]
              [--title T] [--subtitle S] [--client C] [--author A]
              [--date YYYY-MM-DD]
                          write the comparison report, the charts, the
                          metrics of every persona, the plan&apos;s lists as CSV
                          and the workbook with live formulas; the cover
                          options override the texts saved in the workspace
  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]
              [--format auto|generic|hubspot|salesforce|pipedrive]
              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]
              [--map &quot;CRM stage=Pipeline stage&quot;]... [--spend SPEND.csv]
              [--json] [--apply OUT.b2x]
                          measure the persona&apos;s stages from a CRM export,
                          open deals counted right, and the ad spend&apos;s CAC;
                          --apply writes the stages into the persona
  allocate FILE --persona ID [--persona ID]...
              [--budget N | --target-mroas X] [--step-percent P] [--json]
                          split the budget over the personas&apos; channels by
                          equal marginal returns (response curves)
  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]
                          the persona&apos;s outcomes as ranges from the spread
                          of its evidence, and the inputs that matter most

Options:
  --lang CODE             language of the messages: en, pl, ar, ro or th
                          (default: the system&apos;s)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 success, 1 invalid input, 2 usage error.
</source>
        <translation>الاستخدام: b2x COMMAND [OPTIONS]

فحص ملفات مساحات عمل B2X Workbench (.b2x) وتلخيصها دون واجهة رسومية.

الأوامر:
  validate FILE...        التحقق من أن كل ملف مساحة عمل صالحة
  summary FILE [--json]   سرد شخصيات مساحة العمل؛ ويطبع --json مستندًا
                          قابلًا للقراءة آليًا (راجع docs/cli.md)
  plan FILE [--json]      عرض الخطة: مستهدف كل شخصية محسوبًا عكسيًا عبر
                          مسار مبيعاتها ودورة مبيعاتها، ودرجات OKR والفحوص
  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]
              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]
              [--xlsx OUT.xlsx]
              [--title T] [--subtitle S] [--client C] [--author A]
              [--date YYYY-MM-DD]
                          كتابة تقرير المقارنة والمخططات ومقاييس كل
                          شخصية وقوائم الخطة بصيغة CSV والمصنف بمعادلات
                          حية؛ وتحلّ خيارات الغلاف محل النصوص المحفوظة
                          في مساحة العمل
  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]
              [--format auto|generic|hubspot|salesforce|pipedrive]
              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]
              [--map &quot;CRM stage=Pipeline stage&quot;]... [--spend SPEND.csv]
              [--json] [--apply OUT.b2x]
                          قياس مراحل الشخصية من تصدير CRM، مع احتساب
                          الصفقات المفتوحة على نحو صحيح، وحساب CAC من
                          الإنفاق الإعلاني؛ ويكتب --apply المراحل في الشخصية
  allocate FILE --persona ID [--persona ID]...
              [--budget N | --target-mroas X] [--step-percent P] [--json]
                          توزيع الميزانية على قنوات الشخصيات وفق تساوي
                          العوائد الحدية (منحنيات الاستجابة)
  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]
                          نتائج الشخصية كنطاقات مستمدة من تباين أدلتها،
                          والمدخلات الأكثر تأثيرًا

الخيارات:
  --lang CODE             لغة الرسائل: en أو pl أو ar أو ro أو th
                          (الافتراضي: لغة النظام)
  -h, --help              عرض هذه المساعدة
  -v, --version           عرض الإصدار

حالة الخروج: 0 نجاح، 1 مدخلات غير صالحة، 2 خطأ في الاستخدام.
</translation>
    </message>
    <message>
        <source>b2x uncertainty: %1 needs a value
</source>
        <translation>b2x uncertainty: يحتاج %1 إلى قيمة
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</source>
        <translation>b2x uncertainty: يأخذ --runs عددًا صحيحًا من 1 إلى 1000000
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --seed takes a whole number from 0 to %1
</source>
        <translation>b2x uncertainty: يأخذ --seed عددًا صحيحًا من 0 إلى %1
</translation>
    </message>
    <message>
        <source>b2x uncertainty: unknown option &quot;%1&quot;
</source>
        <translation>b2x uncertainty: خيار غير معروف &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x uncertainty: name a workspace file and --persona ID
</source>
        <translation>b2x uncertainty: حدّد ملف مساحة عمل و--persona ID
</translation>
    </message>
    <message>
        <source>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</source>
        <translation>  %1: %2 (p10)، %3 (p50)، %4 (p90)، المتوسط %5
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), seed %2
</source>
        <translation>
            <numerusform>%1: لا تشغيلات، البذرة %2
</numerusform>
            <numerusform>%1: تشغيل واحد، البذرة %2
</numerusform>
            <numerusform>%1: تشغيلان، البذرة %2
</numerusform>
            <numerusform>%1: %n تشغيلات، البذرة %2
</numerusform>
            <numerusform>%1: %n تشغيلًا، البذرة %2
</numerusform>
            <numerusform>%1: %n تشغيل، البذرة %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>العملاء الجدد شهريًا</translation>
    </message>
    <message>
        <source>CAC (%1)</source>
        <translation>CAC (%1)</translation>
    </message>
    <message>
        <source>CLV (%1)</source>
        <translation>CLV (%1)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>فترة الاسترداد (أشهر)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>الأشهر حتى بلوغ 50% من الإيرادات</translation>
    </message>
    <message>
        <source>  Probability that CLV:CAC is at least 3: %1
</source>
        <translation>  احتمال ألا تقل نسبة CLV:CAC عن 3: %1
</translation>
    </message>
    <message>
        <source>
Tornado (CLV:CAC with each input alone at its low and high)
</source>
        <translation>
مخطط الإعصار (CLV:CAC عند ضبط كل مُدخل منفردًا على قيمته الدنيا ثم العليا)
</translation>
    </message>
    <message>
        <source>  %1 ±%2%: %3 … %4, swing %5
</source>
        <translation>  %1 ±%2%: %3 … %4، مدى التغير %5
</translation>
    </message>
</context>
<context>
    <name>b2x::objectives</name>
    <message>
        <source>green</source>
        <comment>OKR grading band</comment>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>OKR grading band</comment>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>red</source>
        <comment>OKR grading band</comment>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>green, 70% or more: on track</source>
        <translation>أخضر، 70% أو أكثر: على المسار الصحيح</translation>
    </message>
    <message>
        <source>yellow, 40% to below 70%: progress, short of the target</source>
        <translation>أصفر، من 40% إلى أقل من 70%: تقدم دون بلوغ المستهدف</translation>
    </message>
    <message>
        <source>red, below 40%: off track</source>
        <translation>أحمر، أقل من 40%: خارج المسار</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>لا تقدم بعد</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>progress, then the band&apos;s colour word</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>ملتزم به</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>طموح</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>العملاء الجدد خلال الفترة</translation>
    </message>
    <message>
        <source>Entries into a pipeline stage over the period</source>
        <translation>الداخلون إلى مرحلة من مسار المبيعات خلال الفترة</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>الحجم الشهري المطلوب</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>الإنفاق الشهري المطلوب</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</source>
        <translation>مشتق من المسار العكسي لشخصية ليست في مساحة العمل (هل حُذفت؟)؛ ويُعتمد المستهدف المحفوظ عند آخر تسجيل للتقدم، وهو %1.</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</source>
        <translation>مشتق من المسار العكسي لـ %1، الذي لا يعطي رقمًا الآن (لا مستهدف، أو لا حجم، أو مرحلة لم تعد موجودة)؛ ويُعتمد المستهدف المحفوظ عند آخر تسجيل للتقدم، وهو %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 new customers in the period.</source>
        <translation>من المسار العكسي لـ %1: %2 من العملاء الجدد خلال الفترة.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 entries into “%3” over the period.</source>
        <translation>من المسار العكسي لـ %1: %2 من الداخلين إلى «%3» خلال الفترة.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly volume of %2.</source>
        <translation>من المسار العكسي لـ %1: حجم شهري قدره %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly spend of %2.</source>
        <translation>من المسار العكسي لـ %1: إنفاق شهري قدره %2.</translation>
    </message>
</context>
<context>
    <name>b2x::plan</name>
    <message>
        <source>MQLs per channel</source>
        <translation>MQL لكل قناة</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>حركة الزيارات</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>زيارات</translation>
    </message>
    <message>
        <source>SQLs per channel</source>
        <translation>SQL لكل قناة</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>نسبة النقر إلى الظهور</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Lead-to-customer rate</source>
        <translation>معدل تحوّل العملاء المحتملين إلى عملاء</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>قيمة مسار المبيعات</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>معدل التحويل</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>العائد على الإنفاق الإعلاني (ROAS)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>القيمة الدائمة للعميل (CLV)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>معدل تكرار الشراء</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>التفاعل</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>الارتباط</translation>
    </message>
    <message>
        <source>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</source>
        <translation>لم تُحدَّد للخطة فترة بعد، لذا يُخطَّط للربع التقويمي من %1 إلى %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>مستهدف الخطة</translation>
    </message>
    <message>
        <source>Content &quot;%1&quot;</source>
        <translation>المحتوى &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</source>
        <translation>%1: خصّصت التكتيكات %2 للفترة، وهو أقل من %3 الذي يحتاجه المستهدف بالتكلفة الحالية لكل داخل.</translation>
    </message>
    <message>
        <source>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</source>
        <translation>%1: يحتاج المستهدف إلى %2 من الداخلين خلال الفترة، وهو أكثر من %3 من جمهوره البالغ %4 ممن هم في السوق خلال تلك المدة.</translation>
    </message>
    <message>
        <source>%1: no content and no tactic for %2.</source>
        <translation>%1: لا يوجد محتوى ولا تكتيك في: %2.</translation>
    </message>
    <message>
        <source>Tactic &quot;%1&quot;</source>
        <translation>التكتيك &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, outside the period %4 to %5.</source>
        <translation>يمتد %1 من %2 إلى %3، خارج الفترة من %4 إلى %5.</translation>
    </message>
    <message>
        <source>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</source>
        <translation>يخدم %1 النتيجة الرئيسية &quot;%2&quot; غير الموجودة في الخطة؛ يُحتفظ بالإشارة إليها.</translation>
    </message>
    <message>
        <source>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</source>
        <translation>%1 في القناة %2: نافذة الإسناد البالغة %3 يومًا تفوّت أبطأ عُشر من صفقات %4 (تُغلق 90% منها خلال %5 يومًا)، لذا ستبدو نتائج القناة أسوأ مما هي عليه؛ انسبها في نظام CRM.</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>الهدف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Key result &quot;%1&quot;</source>
        <translation>النتيجة الرئيسية &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</source>
        <translation>%1: يتبع المستهدف فيها حساب المسار العكسي، وقد تغيّر من %2 عند آخر تسجيل للتقدم إلى %3.</translation>
    </message>
    <message>
        <source>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</source>
        <translation>تأخذ %1 مستهدفها من المرحلة %2 في مسار مبيعات %3 (عدد مراحله %4)؛ وتحتفظ بمستهدفها الخاص حتى يُغيَّر ذلك.</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</source>
        <translation>في %1 إشارة إلى الشخصية &quot;%2&quot; غير الموجودة في مساحة العمل (هل حُذفت؟)؛ يُحتفظ بالإشارة حتى تُغيَّر.</translation>
    </message>
    <message>
        <source>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</source>
        <translation>يستخدم %1 القناة &quot;%2&quot;، وهي ليست في الدليل ولا من قنوات مساحة العمل؛ يُحتفظ بالإشارة إليها.</translation>
    </message>
    <message>
        <source>The target is revenue but the price is 0, so it cannot be turned into customers.</source>
        <translation>المستهدف محدد بالإيرادات لكن السعر 0، لذا لا يمكن تحويله إلى عدد من العملاء.</translation>
    </message>
    <message>
        <source>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</source>
        <translation>لا يكسب مسار المبيعات الحالي أي عملاء (لا حجم شهري، أو معدل تحويل 0)، لذا لا يمكن حساب الحجم والإنفاق اللازمين للمستهدف عكسيًا.</translation>
    </message>
    <message>
        <source>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</source>
        <translation>تستغرق نصف الصفقات %1 يومًا أو أكثر، أي أطول من الفترة البالغة %2 يومًا: فمعظم صفقات العملاء المحتملين الذين يدخلون خلال الفترة تُغلق بعد انتهائها. يأتي عملاء هذا المستهدف من مسار مبيعات كان يجب ملؤه بحلول %3 (وبحلول %4 لتسع صفقات من كل عشر).</translation>
    </message>
    <message>
        <source>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</source>
        <translation>يستغرق أبطأ عُشر من الصفقات %1 يومًا أو أكثر، أي أطول من الفترة البالغة %2 يومًا: فالعملاء المحتملون الذين يجب أن تُغلق صفقاتهم قبل نهاية الفترة باحتمال 90% كان عليهم الدخول بحلول %3، أي قبل بدء الفترة.</translation>
    </message>
</context>
<context>
    <name>b2x::planfields</name>
    <message>
        <source>The persona the card is for: its row on the board.</source>
        <translation>الشخصية التي تخصها البطاقة: صفها على اللوحة.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>شخصية لم تعد في مساحة العمل</translation>
    </message>
    <message>
        <source>The RACE stage the card serves: its column on the board.</source>
        <translation>مرحلة RACE التي تخدمها البطاقة: عمودها على اللوحة.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ليست في دليل هذا الإصدار)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a date</comment>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Model B2B and B2C audiences and compare how they buy.</source>
        <translation>نمذج جماهير B2B وB2C وقارن طريقة شرائها.</translation>
    </message>
    <message>
        <source>Language for this run: en, pl, ar, ro or th.</source>
        <translation>لغة هذا التشغيل: en أو pl أو ar أو ro أو th.</translation>
    </message>
    <message>
        <source>Workspace to open (.b2x).</source>
        <translation>مساحة العمل المراد فتحها (.b2x).</translation>
    </message>
</context>
</TS>
