<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>ลบ “%1”</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>จัดลำดับเพอร์โซนาใหม่</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>แก้ไขรายละเอียดพื้นที่ทำงาน</translation>
    </message>
</context>
<context>
    <name>b2x</name>
    <message>
        <source>the text is not valid UTF-8 (save the file with UTF-8 encoding)</source>
        <translation>ข้อความไม่ใช่ UTF-8 ที่ถูกต้อง (บันทึกไฟล์ด้วยการเข้ารหัส UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large to represent (%1)</source>
        <translation>ตัวเลขมีค่ามากเกินกว่าจะแทนค่าได้ (%1)</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</source>
        <translation>รายการและออบเจกต์ซ้อนกันลึกเกิน %1 ระดับ ซึ่งพื้นที่ทำงานไม่เคยต้องใช้ถึงขนาดนั้น ไฟล์จึงเสียหายหรือไม่ใช่พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; remove one of them</source>
        <translation>คีย์ &quot;%1&quot; ปรากฏสองครั้งในออบเจกต์เดียวกัน ให้ลบออกหนึ่งรายการ</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>นี่ไม่ใช่ JSON ที่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>ageMin (%1) must not be greater than ageMax (%2)</source>
        <translation>ageMin (%1) ต้องไม่มากกว่า ageMax (%2)</translation>
    </message>
    <message>
        <source>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</source>
        <translation>ต้องเป็นไปตาม minDays ≤ likelyDays ≤ maxDays แต่พบ %1, %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each channel once</source>
        <translation>&quot;%1&quot; ถูกระบุสองครั้ง ให้ระบุแต่ละช่องทางเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</source>
        <translation>&quot;%1&quot; ไม่อยู่ในแค็ตตาล็อกช่องทางของเวอร์ชันนี้ โมเดลจึงไม่นำมาคิด</translation>
    </message>
    <message>
        <source>budget shares add up to %1%, more than 100%</source>
        <translation>สัดส่วนงบประมาณรวมกันได้ %1% ซึ่งเกิน 100%</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</source>
        <translation>ต้องเป็น UUID เช่น 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb, such as #4e79a7</source>
        <translation>ต้องเป็นสีที่เขียนในรูป #rrggbb เช่น #4e79a7</translation>
    </message>
    <message>
        <source>Small-business software</source>
        <translation>ซอฟต์แวร์สำหรับธุรกิจขนาดเล็ก</translation>
    </message>
    <message>
        <source>Mid-market software</source>
        <translation>ซอฟต์แวร์สำหรับธุรกิจขนาดกลาง</translation>
    </message>
    <message>
        <source>Enterprise software</source>
        <translation>ซอฟต์แวร์สำหรับองค์กรขนาดใหญ่</translation>
    </message>
    <message>
        <source>Industrial reorder</source>
        <translation>การสั่งซื้อซ้ำในภาคอุตสาหกรรม</translation>
    </message>
    <message>
        <source>E-commerce impulse purchase</source>
        <translation>การซื้อออนไลน์แบบฉับพลัน</translation>
    </message>
    <message>
        <source>High-consideration consumer purchase</source>
        <translation>การซื้อของผู้บริโภคที่ต้องไตร่ตรองมาก</translation>
    </message>
    <message>
        <source>Hybrid: self-funded or employer-sponsored</source>
        <translation>ไฮบริด: จ่ายเองหรือนายจ้างสนับสนุน</translation>
    </message>
    <message>
        <source>A plan under $10,000 a year with a free trial: two people, a few weeks.</source>
        <translation>แพ็กเกจต่ำกว่า 10,000 ดอลลาร์ต่อปีพร้อมช่วงทดลองใช้ฟรี: สองคน ไม่กี่สัปดาห์</translation>
    </message>
    <message>
        <source>A $25–50K deal: five people, about three months.</source>
        <translation>ดีลมูลค่า 25–50K ดอลลาร์: ห้าคน ประมาณสามเดือน</translation>
    </message>
    <message>
        <source>A $100–250K deal through a tender: seven people, six to nine months.</source>
        <translation>ดีลมูลค่า 100–250K ดอลลาร์ผ่านการประมูล: เจ็ดคน หกถึงเก้าเดือน</translation>
    </message>
    <message>
        <source>A straight rebuy of consumables from an approved supplier, every month.</source>
        <translation>การซื้อวัสดุสิ้นเปลืองซ้ำแบบตรงจากผู้ขายที่อนุมัติแล้วทุกเดือน</translation>
    </message>
    <message>
        <source>Under $50, decided in less than a day, bought online.</source>
        <translation>ต่ำกว่า 50 ดอลลาร์ ตัดสินใจภายในไม่ถึงวัน ซื้อออนไลน์</translation>
    </message>
    <message>
        <source>$200–2,000, a household weighing options for a few weeks.</source>
        <translation>200–2,000 ดอลลาร์ ครัวเรือนชั่งน้ำหนักตัวเลือกอยู่หลายสัปดาห์</translation>
    </message>
    <message>
        <source>A course bought by individuals or by their employers.</source>
        <translation>หลักสูตรที่บุคคลหรือนายจ้างของพวกเขาเป็นผู้ซื้อ</translation>
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
        <translation>ไฮบริด</translation>
    </message>
    <message>
        <source>Sells to organisations: the customer is a company or institution.</source>
        <translation>ขายให้องค์กร: ลูกค้าคือบริษัทหรือหน่วยงาน</translation>
    </message>
    <message>
        <source>Sells to people or households.</source>
        <translation>ขายให้บุคคลหรือครัวเรือน</translation>
    </message>
    <message>
        <source>Sells both ways, for example a design studio furnishing hotels and homes.</source>
        <translation>ขายทั้งสองแบบ เช่น สตูดิโอออกแบบที่ตกแต่งทั้งโรงแรมและบ้าน</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>ผู้ริเริ่ม</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>ผู้มีอิทธิพล</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>ผู้กำหนดสเปก</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>ผู้ตัดสินใจ</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>ผู้คัดกรอง</translation>
    </message>
    <message>
        <source>Notices the need and starts the purchase.</source>
        <translation>มองเห็นความต้องการและเริ่มต้นการซื้อ</translation>
    </message>
    <message>
        <source>Will use the product day to day; often shapes the requirements.</source>
        <translation>จะใช้ผลิตภัณฑ์ทุกวัน และมักมีส่วนกำหนดความต้องการ</translation>
    </message>
    <message>
        <source>Shapes the choice with advice or expertise, from inside or outside the organisation.</source>
        <translation>มีผลต่อการเลือกด้วยคำแนะนำหรือความเชี่ยวชาญ ทั้งจากในและนอกองค์กร</translation>
    </message>
    <message>
        <source>Writes the technical requirements that offers are scored against.</source>
        <translation>เขียนข้อกำหนดทางเทคนิคที่ใช้ให้คะแนนข้อเสนอ</translation>
    </message>
    <message>
        <source>Makes the final choice of product and supplier.</source>
        <translation>ตัดสินใจขั้นสุดท้ายว่าจะเลือกผลิตภัณฑ์และผู้ขายรายใด</translation>
    </message>
    <message>
        <source>Authorises what the deciders and buyers propose.</source>
        <translation>อนุมัติสิ่งที่ผู้ตัดสินใจและผู้ซื้อเสนอ</translation>
    </message>
    <message>
        <source>Negotiates terms and places the order, often procurement.</source>
        <translation>เจรจาเงื่อนไขและออกใบสั่งซื้อ มักเป็นฝ่ายจัดซื้อ</translation>
    </message>
    <message>
        <source>Controls which suppliers and what information reach the group.</source>
        <translation>ควบคุมว่าผู้ขายรายใดและข้อมูลใดจะไปถึงกลุ่ม</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>ผู้สนับสนุน</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>ผู้ขัดขวาง</translation>
    </message>
    <message>
        <source>Argues for your offer inside the organisation.</source>
        <translation>สนับสนุนข้อเสนอของคุณภายในองค์กร</translation>
    </message>
    <message>
        <source>Has not taken a side yet.</source>
        <translation>ยังไม่ได้เลือกข้าง</translation>
    </message>
    <message>
        <source>Argues against the purchase and may be able to stop it.</source>
        <translation>คัดค้านการซื้อและอาจหยุดการซื้อได้</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>การซื้อใหม่</translation>
    </message>
    <message>
        <source>Modified rebuy</source>
        <translation>การซื้อซ้ำแบบปรับเปลี่ยน</translation>
    </message>
    <message>
        <source>Straight rebuy</source>
        <translation>การซื้อซ้ำแบบตรง</translation>
    </message>
    <message>
        <source>Bought for the first time: more people take part and the search takes longer.</source>
        <translation>ซื้อเป็นครั้งแรก: มีคนเกี่ยวข้องมากขึ้นและใช้เวลาค้นหานานขึ้น</translation>
    </message>
    <message>
        <source>A familiar purchase with changed requirements, terms or suppliers.</source>
        <translation>การซื้อที่คุ้นเคยแต่เปลี่ยนข้อกำหนด เงื่อนไข หรือผู้ขาย</translation>
    </message>
    <message>
        <source>A routine reorder from the current supplier: few people, quick decision.</source>
        <translation>การสั่งซื้อซ้ำตามปกติจากผู้ขายรายเดิม: คนน้อย ตัดสินใจเร็ว</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Shared team</source>
        <translation>ทีมร่วม</translation>
    </message>
    <message>
        <source>Dedicated account manager</source>
        <translation>ผู้จัดการดูแลลูกค้าเฉพาะราย</translation>
    </message>
    <message>
        <source>Customers serve themselves or contact general support.</source>
        <translation>ลูกค้าบริการตนเองหรือติดต่อฝ่ายบริการทั่วไป</translation>
    </message>
    <message>
        <source>A team looks after many customers together.</source>
        <translation>ทีมหนึ่งดูแลลูกค้าหลายรายร่วมกัน</translation>
    </message>
    <message>
        <source>One named person owns the relationship, typical of large B2B accounts.</source>
        <translation>มีบุคคลที่ระบุชื่อรับผิดชอบความสัมพันธ์ ซึ่งพบบ่อยในลูกค้า B2B รายใหญ่</translation>
    </message>
    <message>
        <source>Self-serve</source>
        <translation>บริการตนเอง</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>มีคำแนะนำ</translation>
    </message>
    <message>
        <source>The product needs no training.</source>
        <translation>ผลิตภัณฑ์ไม่ต้องมีการฝึกอบรม</translation>
    </message>
    <message>
        <source>Documentation, videos or online courses.</source>
        <translation>เอกสาร วิดีโอ หรือคอร์สออนไลน์</translation>
    </message>
    <message>
        <source>Sessions run by your team for the customer&apos;s staff.</source>
        <translation>การอบรมที่ทีมของคุณจัดให้พนักงานของลูกค้า</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>มาตรฐาน</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>เฉพาะราย</translation>
    </message>
    <message>
        <source>No technical support beyond general customer service.</source>
        <translation>ไม่มีการสนับสนุนทางเทคนิคนอกเหนือจากบริการลูกค้าทั่วไป</translation>
    </message>
    <message>
        <source>A shared help desk with usual response times.</source>
        <translation>เฮลป์เดสก์ร่วมที่มีเวลาตอบสนองตามปกติ</translation>
    </message>
    <message>
        <source>Named engineers who know the customer&apos;s setup.</source>
        <translation>วิศวกรที่ระบุตัวซึ่งรู้จักระบบของลูกค้า</translation>
    </message>
    <message>
        <source>Contractual (SLA)</source>
        <translation>ตามสัญญา (SLA)</translation>
    </message>
    <message>
        <source>No promised response or availability.</source>
        <translation>ไม่มีการรับประกันเวลาตอบสนองหรือความพร้อมใช้งาน</translation>
    </message>
    <message>
        <source>Published service standards, not in the contract.</source>
        <translation>มาตรฐานบริการที่เผยแพร่ แต่ไม่ได้อยู่ในสัญญา</translation>
    </message>
    <message>
        <source>Response times and availability written into the contract, with penalties.</source>
        <translation>เวลาตอบสนองและความพร้อมใช้งานระบุในสัญญา พร้อมค่าปรับ</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>ไม่รับคืน</translation>
    </message>
    <message>
        <source>Generous</source>
        <translation>ยืดหยุ่น</translation>
    </message>
    <message>
        <source>Sales are final, as is usual for custom-made goods.</source>
        <translation>ขายแล้วไม่รับคืน ตามปกติของสินค้าสั่งทำ</translation>
    </message>
    <message>
        <source>Returns as the law or the trade requires.</source>
        <translation>รับคืนตามที่กฎหมายหรือธรรมเนียมการค้ากำหนด</translation>
    </message>
    <message>
        <source>Long, no-questions-asked returns that lower the risk of buying.</source>
        <translation>รับคืนได้นานโดยไม่ถามเหตุผล ช่วยลดความเสี่ยงในการซื้อ</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>แบบมวลชน</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>แบบกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>One-to-one / ABM</source>
        <translation>รายบุคคล / ABM</translation>
    </message>
    <message>
        <source>The same message and offer for everyone.</source>
        <translation>ข้อความและข้อเสนอเดียวกันสำหรับทุกคน</translation>
    </message>
    <message>
        <source>Targeted e-mails, recommendations and offers per segment, typical of B2C.</source>
        <translation>อีเมล คำแนะนำสินค้า และข้อเสนอที่ตรงกลุ่มเป้าหมาย ซึ่งพบบ่อยใน B2C</translation>
    </message>
    <message>
        <source>Each account treated as a market of one (account-based marketing), typical of B2B.</source>
        <translation>ดูแลลูกค้าแต่ละรายเสมือนตลาดหนึ่งตลาด (การตลาดแบบเจาะจงลูกค้าราย ABM) ซึ่งพบบ่อยใน B2B</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>สมมติฐาน</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ค่าอ้างอิง</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>วัดจริง</translation>
    </message>
    <message>
        <source>An educated guess that nobody has checked yet.</source>
        <translation>การคาดคะเนอย่างมีหลักการที่ยังไม่มีใครตรวจสอบ</translation>
    </message>
    <message>
        <source>A published figure for similar companies or markets.</source>
        <translation>ตัวเลขที่เผยแพร่สำหรับบริษัทหรือตลาดที่คล้ายกัน</translation>
    </message>
    <message>
        <source>Taken from your own data: CRM, analytics or finance.</source>
        <translation>นำมาจากข้อมูลของคุณเอง: CRM ระบบวิเคราะห์ หรือฝ่ายการเงิน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>ค่าใช้จ่ายรายเดือน</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>ปริมาณต่อเดือน</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>อัตราการแปลง</translation>
    </message>
    <message>
        <source>Stage durations</source>
        <translation>ระยะเวลาแต่ละขั้น</translation>
    </message>
    <message>
        <source>Decision-unit size</source>
        <translation>ขนาดหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>อัตรากำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>จำนวนครั้งที่ซื้อต่อปี</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>อายุความเป็นลูกค้า</translation>
    </message>
    <message>
        <source>The order or contract value per purchase (Economics).</source>
        <translation>มูลค่าคำสั่งซื้อหรือสัญญาต่อการซื้อหนึ่งครั้ง (เศรษฐศาสตร์)</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month (Economics).</source>
        <translation>ค่าใช้จ่ายการตลาดและการขายต่อเดือน (เศรษฐศาสตร์)</translation>
    </message>
    <message>
        <source>New entries at the top of the funnel per month (Economics).</source>
        <translation>จำนวนที่เข้าสู่ปากกรวยการขายใหม่ต่อเดือน (เศรษฐศาสตร์)</translation>
    </message>
    <message>
        <source>The share that moves from each stage to the next (Pipeline).</source>
        <translation>สัดส่วนที่ผ่านจากแต่ละขั้นไปยังขั้นถัดไป (ไปป์ไลน์)</translation>
    </message>
    <message>
        <source>Days spent in each stage (Pipeline).</source>
        <translation>จำนวนวันในแต่ละขั้น (ไปป์ไลน์)</translation>
    </message>
    <message>
        <source>How many people take part in the decision (Decision unit).</source>
        <translation>จำนวนคนที่มีส่วนในการตัดสินใจ (หน่วยตัดสินใจซื้อ)</translation>
    </message>
    <message>
        <source>The share of the price kept after direct costs.</source>
        <translation>ส่วนของราคาที่เหลือหลังหักต้นทุนทางตรง</translation>
    </message>
    <message>
        <source>How often a customer buys (Economics).</source>
        <translation>ลูกค้าซื้อบ่อยแค่ไหน (เศรษฐศาสตร์)</translation>
    </message>
    <message>
        <source>How many years a customer stays (Economics).</source>
        <translation>ลูกค้าอยู่กับคุณกี่ปี (เศรษฐศาสตร์)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>สมาชิกหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>ขั้นตอนในไปป์ไลน์</translation>
    </message>
    <message>
        <source>Most likely cycle</source>
        <translation>รอบที่เป็นไปได้มากที่สุด</translation>
    </message>
    <message>
        <source>Price per purchase</source>
        <translation>ราคาต่อการซื้อ</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Sum of every stage&apos;s most likely duration</source>
        <translation>ผลรวมระยะเวลาที่เป็นไปได้มากที่สุดของทุกขั้น</translation>
    </message>
    <message>
        <source>Entries at the top of the funnel per month</source>
        <translation>จำนวนที่เข้าสู่ปากกรวยต่อเดือน</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>ผสม</translation>
    </message>
    <message>
        <source>must list at least one role</source>
        <translation>ต้องระบุบทบาทอย่างน้อยหนึ่งบทบาท</translation>
    </message>
    <message>
        <source>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</source>
        <translation>ต้องเป็นบทบาท เช่น &quot;decider&quot;, &quot;user&quot; หรือ &quot;buyer&quot; แต่พบ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each role once</source>
        <translation>&quot;%1&quot; ถูกระบุสองครั้ง ให้ระบุแต่ละบทบาทเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</source>
        <translation>&quot;%1&quot; ไม่อยู่ใน &quot;roles&quot; ให้ระบุบทบาทไว้ใน &quot;roles&quot; เท่านั้น</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>ต้องเป็นตัวเลข ไม่ใช่%1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>ต้องเป็นตัวเลขที่มีค่าจำกัด</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>entries at the top of the funnel</comment>
        <translation>%1 ต่อเดือน</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>purchases</comment>
        <translation>%1 ครั้งต่อปี</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln ปี</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ปี</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 คน</translation>
    </message>
    <message>
        <source>no stages</source>
        <translation>ไม่มีขั้นตอน</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ไม่มีค่า</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a list of stage durations</comment>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <comment>minimum, likely and maximum days of one stage</comment>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>Stage “%1”: written for %2, now %3.</source>
        <translation>ขั้นตอน “%1”: เขียนไว้สำหรับ %2 ปัจจุบันเป็น %3</translation>
    </message>
    <message>
        <source>Written for %1; the persona now has %2.</source>
        <translation>เขียนไว้สำหรับ %1 ปัจจุบันเพอร์โซนามีค่า %2</translation>
    </message>
    <message>
        <source>must hold two numbers, the low and the high end</source>
        <translation>ต้องมีตัวเลขสองตัว คือขอบล่างและขอบบนของช่วง</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>ต้องเป็นตัวเลขตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <source>the low end (%1) is above the high end (%2)</source>
        <translation>ขอบล่าง (%1) สูงกว่าขอบบน (%2)</translation>
    </message>
    <message>
        <source>must be null or one of %1; found &quot;%2&quot;</source>
        <translation>ต้องเป็น null หรือค่าใดค่าหนึ่งใน %1 แต่พบ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</source>
        <translation>ต้องขึ้นต้นด้วย &quot;custom-&quot; และตามด้วยอักขระอย่างน้อยหนึ่งตัว เพื่อไม่ให้ซ้ำกับช่องทางในตัว แต่พบ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</source>
        <translation>&quot;%1&quot; ถูกใช้โดยช่องทางก่อนหน้าแล้ว แต่ละช่องทางต้องมี id ของตัวเอง</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ต้องไม่เว้นว่าง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</source>
        <translation>&quot;%1&quot; ไม่ใช่ช่องทางของพื้นที่ทำงานนี้ โมเดลจึงไม่นำมาคิด</translation>
    </message>
    <message>
        <source>Decision formality</source>
        <translation>ความเป็นทางการของการตัดสินใจ</translation>
    </message>
    <message>
        <source>Sales-cycle length</source>
        <translation>ความยาวของรอบการขาย</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>ระดับราคา</translation>
    </message>
    <message>
        <source>Rational motive</source>
        <translation>แรงจูงใจด้านเหตุผล</translation>
    </message>
    <message>
        <source>Relationship depth</source>
        <translation>ความลึกของความสัมพันธ์</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>การปรับให้เหมาะกับแต่ละราย</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>ส่วนผสมของช่องทาง</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>ผู้ตัดสินใจ</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>ความเป็นทางการ</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>การปรับเฉพาะราย</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</source>
        <translation>ต้องเป็นวันที่ในรูป YYYY-MM-DD เช่น 2027-01-31 แต่พบ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item; every item needs its own id</source>
        <translation>&quot;%1&quot; ถูกใช้โดยรายการก่อนหน้าแล้ว แต่ละรายการต้องมี id ของตัวเอง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</source>
        <translation>&quot;%1&quot; ไม่ใช่ผลลัพธ์หลักของแผนนี้ ระบบเก็บกลวิธีนี้ไว้ แต่จะไม่สนับสนุนผลลัพธ์หลักใดจนกว่าจะมีการแก้ไข</translation>
    </message>
    <message>
        <source>needs both a start and an end date, or neither</source>
        <translation>ต้องมีทั้งวันที่เริ่มและวันที่สิ้นสุด หรือไม่มีทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>สิ้นสุด (%1) ก่อนวันที่เริ่ม (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</source>
        <translation>ไม่มีเพอร์โซนา &quot;%1&quot; ในพื้นที่ทำงานนี้ (ถูกลบไปแล้ว?) ระบบเก็บการอ้างอิงไว้ และการตรวจสอบของแผนจะแจ้งเตือน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</source>
        <translation>&quot;%1&quot; ไม่ใช่ช่องทางในแค็ตตาล็อกหรือของพื้นที่ทำงานนี้ ระบบเก็บการอ้างอิงไว้ แต่โมเดลจะไม่นำมาคิด</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</source>
        <translation>&quot;%1&quot; มีรายการก่อนหน้าแล้ว เพอร์โซนาหนึ่งมีเป้าหมายเดียวและขนาดกลุ่มเป้าหมายเดียว</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ขาดหายไป</translation>
    </message>
    <message>
        <source>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</source>
        <translation>ไปป์ไลน์ของเพอร์โซนาไม่มีขั้นที่ %1 (มีอยู่ %2 ขั้น) ผลลัพธ์หลักจะใช้เป้าหมายของตัวเองจนกว่าจะมีการแก้ไข</translation>
    </message>
    <message>
        <source>A share: 50% is 0.5.</source>
        <translation>เป็นสัดส่วน: 50% คือ 0.5</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>โมเดลรายได้</translation>
    </message>
    <message>
        <source>oneOff, repeatOrder or subscription (as in the workspace file).</source>
        <translation>oneOff, repeatOrder หรือ subscription (ตามที่เขียนในไฟล์พื้นที่ทำงาน)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries per month.</source>
        <translation>จำนวนที่เข้าสู่ปากกรวยต่อเดือน</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month.</source>
        <translation>ค่าใช้จ่ายการตลาดและการขายต่อเดือน</translation>
    </message>
    <message>
        <source>Order or contract value per purchase; for a subscription the price per billing period.</source>
        <translation>มูลค่าคำสั่งซื้อหรือสัญญาต่อการซื้อหนึ่งครั้ง สำหรับการสมัครสมาชิกคือราคาต่อรอบการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>One-off and repeat orders: purchases per customer a year.</source>
        <translation>การซื้อครั้งเดียวและการสั่งซื้อซ้ำ: จำนวนครั้งที่ลูกค้าหนึ่งรายซื้อต่อปี</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>อายุความเป็นลูกค้า (ปี)</translation>
    </message>
    <message>
        <source>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</source>
        <translation>การซื้อครั้งเดียว: อายุความเป็นลูกค้า การสมัครสมาชิกและการสั่งซื้อซ้ำ: กรอบเวลาที่เป็นเพดานของอายุความเป็นลูกค้าซึ่งคำนวณจากอัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Subscription: monthly or annual (the price is per billing period).</source>
        <translation>การสมัครสมาชิก: monthly หรือ annual (ราคาเป็นราคาต่อรอบการเรียกเก็บเงิน)</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>อัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>Subscription: share of customers lost per churn period. %1</source>
        <translation>การสมัครสมาชิก: สัดส่วนลูกค้าที่เสียไปต่อรอบของอัตราการเลิกใช้บริการ %1</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>รอบของอัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>monthly or annual.</source>
        <translation>monthly หรือ annual</translation>
    </message>
    <message>
        <source>Expansion a year</source>
        <translation>การขยายรายได้ต่อปี</translation>
    </message>
    <message>
        <source>Subscription: yearly growth of a retained customer&apos;s revenue. %1</source>
        <translation>การสมัครสมาชิก: การเติบโตรายปีของรายได้จากลูกค้าที่ยังอยู่ %1</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>อัตราการรักษาลูกค้ารายปี</translation>
    </message>
    <message>
        <source>Repeat orders: share of customers still ordering a year on. %1</source>
        <translation>การสั่งซื้อซ้ำ: สัดส่วนลูกค้าที่ยังสั่งซื้ออยู่เมื่อผ่านไปหนึ่งปี %1</translation>
    </message>
    <message>
        <source>Stage %1 conversion</source>
        <translation>อัตราการแปลงขั้นตอนที่ %1</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</source>
        <translation>สัดส่วนของผู้ที่เข้าสู่ขั้นนี้ที่ผ่านไปยังขั้นถัดไป (สำหรับขั้นสุดท้ายคือสัดส่วนที่กลายเป็นลูกค้า) %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>ขั้นตอนที่ %1</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>ชื่อของขั้นตอน</translation>
    </message>
    <message>
        <source>Formula: the Inputs sheet&apos;s monthly volume.</source>
        <translation>สูตร: ปริมาณต่อเดือนจากชีต Inputs</translation>
    </message>
    <message>
        <source>Stage %1 entries</source>
        <translation>จำนวนเข้าขั้นตอนที่ %1</translation>
    </message>
    <message>
        <source>Formula: entries into the first stage a month = monthly volume.</source>
        <translation>สูตร: จำนวนเข้าสู่ขั้นแรกต่อเดือน = ปริมาณต่อเดือน</translation>
    </message>
    <message>
        <source>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</source>
        <translation>สูตร: จำนวนเข้าสู่ขั้นนี้ต่อเดือน = จำนวนเข้าของขั้นก่อนหน้า × อัตราการแปลงของขั้นนั้น</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>ลูกค้าต่อเดือน</translation>
    </message>
    <message>
        <source>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</source>
        <translation>สูตร: ปริมาณต่อเดือน × ผลคูณของอัตราการแปลงทุกขั้น (เท่ากับปริมาณต่อเดือนเมื่อไปป์ไลน์ไม่มีขั้นตอน)</translation>
    </message>
    <message>
        <source>Formula: from the Funnel sheet.</source>
        <translation>สูตร: จากชีต Funnel</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>รายได้ต่อเดือนต่อลูกค้า</translation>
    </message>
    <message>
        <source>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</source>
        <translation>สูตร: การสมัครสมาชิก: ราคา (÷ 12 เมื่อเรียกเก็บเงินรายปี); กรณีอื่น: ราคา × จำนวนครั้งที่ซื้อต่อปี ÷ 12</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>อัตราการเลิกใช้บริการต่อเดือน</translation>
    </message>
    <message>
        <source>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</source>
        <translation>สูตร: การสมัครสมาชิก: อัตราการเลิกใช้บริการ (อัตรารายปีแปลงเป็นอัตรารายเดือนที่ทบต้นแล้วเท่ากัน: 1 − (1 − อัตราการเลิกใช้บริการ)^(1/12)); การสั่งซื้อซ้ำ: 1 − อัตราการรักษาลูกค้ารายปี^(1/12); การซื้อครั้งเดียว: เว้นว่าง</translation>
    </message>
    <message>
        <source>Monthly expansion</source>
        <translation>การขยายรายได้ต่อเดือน</translation>
    </message>
    <message>
        <source>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</source>
        <translation>สูตร: การสมัครสมาชิก: (1 + การขยายรายได้ต่อปี)^(1/12) − 1; กรณีอื่น: 0</translation>
    </message>
    <message>
        <source>Net monthly loss</source>
        <translation>การสูญเสียสุทธิต่อเดือน</translation>
    </message>
    <message>
        <source>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</source>
        <translation>สูตร: อัตราการเลิกใช้บริการ − การขยายรายได้ × (1 − อัตราการเลิกใช้บริการ): สัดส่วนของรายได้ในเดือนหนึ่งที่หายไปในเดือนถัดไป</translation>
    </message>
    <message>
        <source>Lifetime (months)</source>
        <translation>อายุความเป็นลูกค้า (เดือน)</translation>
    </message>
    <message>
        <source>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</source>
        <translation>สูตร: การซื้อครั้งเดียว: 12 × อายุความเป็นลูกค้า (ปี); กรณีอื่น: 1 ÷ การสูญเสียสุทธิต่อเดือน โดยไม่เกิน 12 × อายุความเป็นลูกค้า (ปี)</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Formula: monthly spend ÷ customers per month; empty when no customer is won.</source>
        <translation>สูตร: ค่าใช้จ่ายรายเดือน ÷ ลูกค้าต่อเดือน; เว้นว่างเมื่อไม่ได้ลูกค้าเลย</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Formula: monthly revenue per customer × gross margin × lifetime in months.</source>
        <translation>สูตร: รายได้ต่อเดือนต่อลูกค้า × อัตรากำไรขั้นต้น × อายุความเป็นลูกค้า (เดือน)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Formula: CLV ÷ CAC.</source>
        <translation>สูตร: CLV ÷ CAC</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>ระยะคืนทุน (เดือน)</translation>
    </message>
    <message>
        <source>Formula: CAC ÷ (monthly revenue per customer × gross margin).</source>
        <translation>สูตร: CAC ÷ (รายได้ต่อเดือนต่อลูกค้า × อัตรากำไรขั้นต้น)</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Formula: customers per month × price ÷ monthly spend.</source>
        <translation>สูตร: ลูกค้าต่อเดือน × ราคา ÷ ค่าใช้จ่ายรายเดือน</translation>
    </message>
    <message>
        <source>Break-even ROAS</source>
        <translation>ROAS ที่จุดคุ้มทุน</translation>
    </message>
    <message>
        <source>Formula: 1 ÷ gross margin.</source>
        <translation>สูตร: 1 ÷ อัตรากำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Steady-state customers</source>
        <translation>ลูกค้าเมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Formula: customers per month ÷ monthly churn (recurring models with churn).</source>
        <translation>สูตร: ลูกค้าต่อเดือน ÷ อัตราการเลิกใช้บริการต่อเดือน (โมเดลรายได้ประจำที่มีการเลิกใช้บริการ)</translation>
    </message>
    <message>
        <source>Steady-state MRR</source>
        <translation>MRR เมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</source>
        <translation>สูตร: การสมัครสมาชิก: ลูกค้าต่อเดือน × รายได้ต่อเดือนต่อลูกค้า ÷ การสูญเสียสุทธิต่อเดือน</translation>
    </message>
    <message>
        <source>Steady-state ARR</source>
        <translation>ARR เมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Formula: 12 × steady-state MRR.</source>
        <translation>สูตร: 12 × MRR เมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Median sales cycle (days)</source>
        <translation>รอบการขายค่ามัธยฐาน (วัน)</translation>
    </message>
    <message>
        <source>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</source>
        <translation>เป็นค่า ไม่ใช่สูตร: โมเดลรอบการขายรวมระยะเวลาแบบสามเหลี่ยมของแต่ละขั้นด้วยคอนโวลูชัน ซึ่งสูตรในสเปรดชีตทำไม่ได้</translation>
    </message>
    <message>
        <source>Revenue in month 24</source>
        <translation>รายได้ในเดือนที่ 24</translation>
    </message>
    <message>
        <source>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</source>
        <translation>เป็นค่า ไม่ใช่สูตร: โมเดลเวลาจนเกิดรายได้กระจายลูกค้าของแต่ละเดือนไปตามการแจกแจงของรอบการขาย</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, or null; found %2</source>
        <translation>ต้องมากกว่า 0 และไม่เกิน %1 หรือเป็น null แต่พบ %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>มี %1 รายการ อนุญาตสูงสุด %2</translation>
    </message>
    <message>
        <source>a name is %1 bytes long; names hold 1 to %2</source>
        <translation>มีชื่อหนึ่งยาว %1 ไบต์ ชื่อต้องยาว 1 ถึง %2 ไบต์</translation>
    </message>
    <message>
        <source>must not be less than minSpend (%1); found %2</source>
        <translation>ต้องไม่น้อยกว่า minSpend (%1) แต่พบ %2</translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</source>
        <translation>ต้องเป็น &quot;dmy&quot;, &quot;mdy&quot; หรือ null แต่พบ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</source>
        <translation>&quot;%1&quot; ไม่ใช่ขั้นตอนของเพอร์โซนา จึงลบการจับคู่ที่จดจำไว้นี้ออก</translation>
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
        <translation>โฆษณาบนมาร์เก็ตเพลส</translation>
    </message>
    <message>
        <source>App stores</source>
        <translation>สโตร์แอป</translation>
    </message>
    <message>
        <source>Affiliate links</source>
        <translation>ลิงก์แอฟฟิลิเอต</translation>
    </message>
</context>
<context>
    <name>b2x::BudgetPanel</name>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;นำข้อเสนอไปใช้</translation>
    </message>
    <message>
        <source>Fixed budget</source>
        <translation>งบประมาณคงที่</translation>
    </message>
    <message>
        <source>Flexible: spend while the marginal ROAS holds</source>
        <translation>ยืดหยุ่น: ใช้จ่ายตราบที่ ROAS ส่วนเพิ่มยังถึงเป้า</translation>
    </message>
    <message>
        <source>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</source>
        <translation>คงที่: แบ่งงบประมาณไปยังจุดที่สร้างมูลค่าได้มากที่สุด ยืดหยุ่น: เพิ่มทีละขั้นต่อไปตราบที่ขั้นถัดไปยังให้ผลตอบแทนอย่างน้อยเท่าเป้าหมาย</translation>
    </message>
    <message>
        <source>The monthly spend to split across the channels (today&apos;s spend until you type another)</source>
        <translation>ค่าใช้จ่ายรายเดือนที่จะแบ่งให้ช่องทางต่างๆ (ใช้ค่าใช้จ่ายปัจจุบันจนกว่าคุณจะพิมพ์ค่าอื่น)</translation>
    </message>
    <message>
        <source>The least a step must return: value added ÷ money spent</source>
        <translation>ผลตอบแทนขั้นต่ำที่แต่ละขั้นต้องได้: มูลค่าที่เพิ่มขึ้น ÷ เงินที่ใช้จ่าย</translation>
    </message>
    <message>
        <source>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</source>
        <translation>ขนาดหนึ่งขั้นของการจัดสรร เป็นเปอร์เซ็นต์ของงบประมาณ (ของค่าใช้จ่ายปัจจุบันในโหมดยืดหยุ่น)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>โ&amp;หมด:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>&amp;งบประมาณรายเดือน:</translation>
    </message>
    <message>
        <source>&amp;Target marginal ROAS:</source>
        <translation>ROAS ส่วนเพิ่มเ&amp;ป้าหมาย:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;ขั้น:</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>การจัดสรรงบประมาณ</translation>
    </message>
    <message>
        <source>Response curves</source>
        <translation>เส้นโค้งการตอบสนอง</translation>
    </message>
    <message>
        <source>Allocation steps</source>
        <translation>ขั้นของการจัดสรร</translation>
    </message>
    <message>
        <source>A&amp;llocation</source>
        <translation>การจั&amp;ดสรร</translation>
    </message>
    <message>
        <source>Response &amp;Curves</source>
        <translation>เส้นโค้งการ&amp;ตอบสนอง</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>ความไม่แ&amp;น่นอน</translation>
    </message>
    <message>
        <source>Select a persona to see where its budget would bring the most.</source>
        <translation>เลือกเพอร์โซนาเพื่อดูว่างบประมาณของเพอร์โซนานั้นจะให้ผลมากที่สุดที่ใด</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>งบประมาณของ %1</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>เพอร์โซนานี้ไม่มีช่องทาง</translation>
    </message>
    <message>
        <source>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</source>
        <translation>ทุกช่องทางเริ่มที่ค่าต่ำสุด แต่ละขั้นขนาด %1 จะให้แก่ช่องทางที่ขั้นถัดไปเพิ่มมูลค่าได้มากที่สุด</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… และอีก %n ขั้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, marginal ROAS %4</source>
        <translation>ขั้นที่ %1: %2 ไปยัง %3, ROAS ส่วนเพิ่ม %4</translation>
    </message>
    <message>
        <source>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</source>
        <translation>ขั้นที่ %1–%2: %3 ไปยัง %4, ROAS ส่วนเพิ่มจาก %5 ถึง %6</translation>
    </message>
    <message>
        <source>No step was taken.</source>
        <translation>ไม่มีการจัดสรรขั้นใดเลย</translation>
    </message>
    <message>
        <source>Add channels to the persona to allocate its budget.</source>
        <translation>เพิ่มช่องทางให้เพอร์โซนาเพื่อจัดสรรงบประมาณ</translation>
    </message>
    <message>
        <source>Today: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>ปัจจุบัน: %1 ต่อเดือน, ลูกค้า %2 ราย, มูลค่า %3, ROAS %4</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>ที่เสนอ: %1 ต่อเดือน, ลูกค้า %2 ราย, มูลค่า %3, ROAS %4</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.</source>
        <translation>ค่าใช้จ่ายขั้นต่ำของช่องทางรวมกันก็เกินงบประมาณแล้ว</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.</source>
        <translation>%1 ยังไม่ได้ใช้: ทุกช่องทางอยู่ที่ค่าสูงสุดแล้ว</translation>
    </message>
    <message>
        <source>Nothing to split: enter a monthly budget.</source>
        <translation>ไม่มีงบประมาณให้แบ่ง: ป้อนงบประมาณรายเดือน</translation>
    </message>
    <message>
        <source>Apply the proposed budget</source>
        <translation>นำงบประมาณที่เสนอไปใช้</translation>
    </message>
    <message>
        <source>The selected persona</source>
        <translation>เพอร์โซนาที่เลือก</translation>
    </message>
    <message>
        <source>All compared personas, together</source>
        <translation>เพอร์โซนาที่เปรียบเทียบทั้งหมดรวมกัน</translation>
    </message>
    <message>
        <source>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</source>
        <translation>แบ่งงบประมาณของเพอร์โซนาที่เลือกในรายการ หรือแบ่งงบประมาณเดียวให้กับช่องทางของทุกเพอร์โซนาในการเปรียบเทียบ</translation>
    </message>
    <message>
        <source>Pers&amp;onas:</source>
        <translation>เพอร์โซ&amp;นา:</translation>
    </message>
    <message>
        <source>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</source>
        <translation>เขียนค่าใช้จ่ายที่เสนอลงในสัดส่วนงบประมาณและค่าใช้จ่ายรายเดือนของแต่ละเพอร์โซนา ตรึงเส้นโค้งการตอบสนองของแต่ละช่องทางไว้ที่จุดที่เสนอ และปรับปริมาณรายเดือนตามจำนวนเข้าที่คาดไว้ (เลิกทำได้ในขั้นตอนเดียว)</translation>
    </message>
    <message>
        <source>Select personas in the list to compare; their budgets are split together here.</source>
        <translation>เลือกเพอร์โซนาในรายการเพื่อเปรียบเทียบ งบประมาณของเพอร์โซนาเหล่านั้นจะถูกแบ่งรวมกันที่นี่</translation>
    </message>
    <message numerus="yes">
        <source>One budget across the %n compared persona(s): %1</source>
        <translation>
            <numerusform>งบประมาณเดียวสำหรับเพอร์โซนาที่เปรียบเทียบ %n รายการ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 of the %n selected, as in the comparison)</source>
        <translation>
            <numerusform>(%1 รายการแรกจาก %n รายการที่เลือก เช่นเดียวกับการเปรียบเทียบ)</numerusform>
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
            <numerusform>แสดง %1 ช่องทางที่มีค่าใช้จ่ายสูงสุด อีก %n ช่องทางแสดงเฉพาะในแท็บการจัดสรร</numerusform>
        </translation>
    </message>
    <message>
        <source>The compared personas list no channels.</source>
        <translation>เพอร์โซนาที่เปรียบเทียบไม่มีช่องทาง</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a month, ROAS %4 → %5</source>
        <translation>%1: %2 → %3 ต่อเดือน, ROAS %4 → %5</translation>
    </message>
    <message>
        <source>Add channels to the compared personas to allocate their budget.</source>
        <translation>เพิ่มช่องทางให้เพอร์โซนาที่เปรียบเทียบเพื่อจัดสรรงบประมาณ</translation>
    </message>
    <message numerus="yes">
        <source>Both lines add up the %n persona(s); each one&apos;s own spend and ROAS head the Steps tab.</source>
        <translation>
            <numerusform>ทั้งสองบรรทัดรวม %n เพอร์โซนา ค่าใช้จ่ายและ ROAS ของแต่ละรายการอยู่ด้านบนของแท็บขั้นตอน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::BudgetTableModel</name>
    <message>
        <source>at its minimum</source>
        <translation>อยู่ที่ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>อยู่ที่ค่าสูงสุด</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ล็อกไว้</translation>
    </message>
    <message>
        <source>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</source>
        <translation>ค่าใช้จ่ายรายเดือนที่การจัดสรรต้องอยู่ภายใน เว้นว่างไว้หากไม่จำกัด ไม่ใช้ค่านี้ขณะที่ช่องทางถูกล็อกไว้</translation>
    </message>
    <message>
        <source>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</source>
        <translation>ผลตอบแทนจากค่าใช้จ่ายหน่วยถัดไปในช่องทางนี้: มูลค่าต่อการเข้าหนึ่งครั้ง × ความชันของเส้นโค้งการตอบสนองที่ค่าใช้จ่ายที่เสนอ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>ที่เสนอ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>จำนวนเข้า</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS ส่วนเพิ่ม</translation>
    </message>
    <message>
        <source>At bound</source>
        <translation>ถึงขีดจำกัด</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ล็อกไว้</translation>
    </message>
    <message>
        <source>Lock the spend on %1</source>
        <translation>ล็อกค่าใช้จ่ายของ %1</translation>
    </message>
    <message>
        <source>Unlock the spend on %1</source>
        <translation>ปลดล็อกค่าใช้จ่ายของ %1</translation>
    </message>
    <message>
        <source>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</source>
        <translation>ขีดจำกัดค่าใช้จ่ายต้องเป็นตัวเลขตั้งแต่ 0 ถึง %1 หรือเว้นว่างไว้หากไม่จำกัด จึงไม่ได้บันทึก “%2”</translation>
    </message>
    <message>
        <source>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</source>
        <translation>ค่าใช้จ่ายต่ำสุดของ %1 ต้องไม่เกินค่าสูงสุด (%2) จึงไม่ได้บันทึก %3</translation>
    </message>
    <message>
        <source>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</source>
        <translation>ค่าใช้จ่ายสูงสุดของ %1 ต้องไม่ต่ำกว่าค่าต่ำสุด (%2) จึงไม่ได้บันทึก %3</translation>
    </message>
    <message>
        <source>Change the minimum spend on %1</source>
        <translation>เปลี่ยนค่าใช้จ่ายต่ำสุดของ %1</translation>
    </message>
    <message>
        <source>Change the maximum spend on %1</source>
        <translation>เปลี่ยนค่าใช้จ่ายสูงสุดของ %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</source>
        <translation>ค่าของเพอร์โซนานี้เอง เว้นช่องว่างไว้เพื่อใช้ค่าเริ่มต้นของประเภทช่องทาง</translation>
    </message>
    <message>
        <source>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</source>
        <translation>ค่าเริ่มต้น (สีเทา): รูปทรงของประเภทช่องทาง ลากผ่านค่าใช้จ่ายและจำนวนเข้าของวันนี้ พิมพ์ค่าเพื่อกำหนดค่าของเพอร์โซนานี้เอง</translation>
    </message>
    <message>
        <source>The monthly spend that buys half the most the channel can bring</source>
        <translation>ค่าใช้จ่ายรายเดือนที่ได้ผลครึ่งหนึ่งของผลสูงสุดที่ช่องทางให้ได้</translation>
    </message>
    <message>
        <source>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</source>
        <translation>รูปทรงของเส้นโค้งการตอบสนอง: 1 หรือต่ำกว่า ค่าใช้จ่ายแต่ละหน่วยที่เพิ่มขึ้นให้ผลน้อยลง เกิน 1 เป็นรูปตัว S (ช่วงแรกน้อย แล้วมากขึ้น แล้วน้อยลง)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</source>
        <translation>จำนวนเข้าที่ส่วนบนของช่องทางการขายที่ช่องทางนำมาต่อเดือนที่ค่าใช้จ่ายวันนี้ ค่าเริ่มต้นคือสัดส่วนงบประมาณของช่องทางคูณปริมาณรายเดือนของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Half-saturation</source>
        <translation>จุดอิ่มตัวครึ่งหนึ่ง</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>ความชัน</translation>
    </message>
    <message>
        <source>Entries today</source>
        <translation>จำนวนเข้าวันนี้</translation>
    </message>
    <message>
        <source>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</source>
        <translation>จำนวนเข้าต่อเดือนต้องเป็นตัวเลขตั้งแต่ 0 ถึง %1 หรือเว้นว่างเพื่อใช้ค่าเริ่มต้น ไม่ได้บันทึก “%2”</translation>
    </message>
    <message>
        <source>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</source>
        <translation>ค่านี้ต้องเป็นตัวเลขที่มากกว่า 0 และไม่เกิน %1 หรือเว้นว่างเพื่อใช้ค่าเริ่มต้น ไม่ได้บันทึก “%2”</translation>
    </message>
    <message>
        <source>Change the half-saturation spend of %1</source>
        <translation>เปลี่ยนค่าใช้จ่ายที่จุดอิ่มตัวครึ่งหนึ่งของ %1</translation>
    </message>
    <message>
        <source>Change the response slope of %1</source>
        <translation>เปลี่ยนความชันการตอบสนองของ %1</translation>
    </message>
    <message>
        <source>Change the entries today of %1</source>
        <translation>เปลี่ยนจำนวนเข้าวันนี้ของ %1</translation>
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
        <translation>การค้นหาแบบออร์แกนิก</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>โฆษณาบนเครื่องมือค้นหา</translation>
    </message>
    <message>
        <source>Programmatic display</source>
        <translation>โฆษณาดิสเพลย์แบบโปรแกรมแมติก</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>เว็บบินาร์</translation>
    </message>
    <message>
        <source>Trade fairs</source>
        <translation>งานแสดงสินค้า</translation>
    </message>
    <message>
        <source>Industry forums and communities</source>
        <translation>ฟอรัมและชุมชนในอุตสาหกรรม</translation>
    </message>
    <message>
        <source>B2B publishers</source>
        <translation>สื่อสิ่งพิมพ์ B2B</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>การตลาดแบบเจาะจงลูกค้าราย (ABM)</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>การขายตรง</translation>
    </message>
    <message>
        <source>Distributors and partners</source>
        <translation>ตัวแทนจำหน่ายและพาร์ตเนอร์</translation>
    </message>
    <message>
        <source>Retail stores</source>
        <translation>ร้านค้าปลีก</translation>
    </message>
    <message>
        <source>E-commerce site</source>
        <translation>เว็บไซต์อีคอมเมิร์ซ</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>มาร์เก็ตเพลส</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>แอปมือถือ</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>อินฟลูเอนเซอร์</translation>
    </message>
    <message>
        <source>Podcast ads</source>
        <translation>โฆษณาในพอดแคสต์</translation>
    </message>
    <message>
        <source>TV and radio</source>
        <translation>ทีวีและวิทยุ</translation>
    </message>
    <message>
        <source>Billboards</source>
        <translation>ป้ายบิลบอร์ด</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelCategory</name>
    <message>
        <source>social</source>
        <translation>โซเชียลมีเดีย</translation>
    </message>
    <message>
        <source>video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>search</source>
        <translation>การค้นหา</translation>
    </message>
    <message>
        <source>display</source>
        <translation>ดิสเพลย์</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>สื่อของตนเอง</translation>
    </message>
    <message>
        <source>events</source>
        <translation>อีเวนต์</translation>
    </message>
    <message>
        <source>community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>content</source>
        <translation>คอนเทนต์</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>ทางตรง</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>การจัดจำหน่าย</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>เสียง</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>สื่อกระจายเสียง</translation>
    </message>
    <message>
        <source>outdoor</source>
        <translation>สื่อกลางแจ้ง</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelSource</name>
    <message>
        <source>B2B affinity</source>
        <translation>ความใกล้เคียง B2B</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>ช่วงราคา</translation>
    </message>
    <message>
        <source>Decision-time band</source>
        <translation>ช่วงเวลาตัดสินใจ</translation>
    </message>
    <message>
        <source>Reach, precision and emotional fit</source>
        <translation>การเข้าถึง ความแม่นยำ และความเหมาะสมทางอารมณ์</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>ช่วงเวลาการระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</source>
        <translation>Smart Insights: LinkedIn และ X เป็นผู้นำโซเชียลมีเดีย B2B ส่วน Facebook และ Instagram เป็นแพลตฟอร์มผู้บริโภคที่รองรับ B2B ได้บางส่วน และการค้นหาใช้ได้ทั้งสองแบบ ช่องทางอื่น: ค่าเริ่มต้นของ Workbench ซึ่งประเมินจากตำแหน่งที่คู่มือการตลาด B2B และ B2C จัดช่องทางเหล่านั้นไว้</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>หลักคร่าว ๆ ของ polytraffic.com: ต่ำกว่า 50 ดอลลาร์ → โซเชียลแบบชำระเงิน; 200–2,000 ดอลลาร์ → การค้นหา, อีเมล, YouTube; 5,000 ดอลลาร์ขึ้นไป → LinkedIn, เว็บบินาร์, การตลาดแบบเจาะจงลูกค้าราย ช่องทางอื่น: ค่าเริ่มต้นของ Workbench กำหนดโดยเทียบเคียง</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>หลักคร่าว ๆ ของ polytraffic.com: ไม่ถึงหนึ่งวัน → โซเชียลแบบชำระเงิน; 7–30 วัน → การค้นหา, อีเมล, YouTube; 60–180 วัน → LinkedIn, เว็บบินาร์, การตลาดแบบเจาะจงลูกค้าราย ช่องทางอื่น: ค่าเริ่มต้นของ Workbench กำหนดโดยเทียบเคียง</translation>
    </message>
    <message>
        <source>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</source>
        <translation>ค่าเริ่มต้นของ Workbench: ประเมินจากช่องทางที่เข้าถึงคนหมู่มากเทียบกับช่องทางแบบเจาะจงกลุ่ม และคอนเทนต์ภาพที่เล่าเรื่องเทียบกับคอนเทนต์เชิงลึก</translation>
    </message>
    <message>
        <source>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</source>
        <translation>เอกสารของแพลตฟอร์มเกี่ยวกับช่วงเวลาหลังคลิกเริ่มต้นและสูงสุด: Meta 7 วัน (สูงสุด 7), Google Ads 30 (สูงสุด 90), GA4 30 และ 90, LinkedIn 30 (365 ผ่าน Conversions API) ช่องทางที่ไม่มีแพลตฟอร์มแบบนับคลิกจะไม่มีช่วงเวลานี้</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelTableModel</name>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ไม่อยู่ในแค็ตตาล็อกของเวอร์ชันนี้)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>%1 (%2; at most %3)</source>
        <translation>%1 (%2; สูงสุด %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>ไม่ระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</source>
        <translation>จำนวนวันหลังการคลิกที่ยังนับยอดซื้อให้ช่องทางนี้ ค่าเริ่มต้นของแพลตฟอร์ม (วัน): %1 รอบการขายที่ยาวต้องใช้ช่วงเวลาที่ยาวขึ้น</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>สัดส่วนงบประมาณ</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>ช่วงเวลาการระบุแหล่งที่มา (วัน)</translation>
    </message>
    <message>
        <source>Platform default (days)</source>
        <translation>ค่าเริ่มต้นของแพลตฟอร์ม (วัน)</translation>
    </message>
    <message>
        <source>A channel from the built-in catalogue; each can be listed once.</source>
        <translation>ช่องทางจากแค็ตตาล็อกในตัว แต่ละช่องทางระบุได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</source>
        <translation>สัดส่วนค่าใช้จ่ายรายเดือนของเพอร์โซนานี้ที่ลงในช่องทางนี้ (0–100%) สัดส่วนทั้งหมดควรรวมเป็น 100%</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</source>
        <translation>จำนวนวันหลังการคลิกที่ยังนับยอดซื้อให้ช่องทาง (0–3,650) หรือ “ไม่ระบุแหล่งที่มา”</translation>
    </message>
    <message>
        <source>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</source>
        <translation>ช่วงเวลาหลังคลิกเริ่มต้นของแพลตฟอร์มโฆษณาและค่าสูงสุด ค่าเริ่มต้นมักสั้นกว่ารอบการขาย B2B</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>แก้ไขช่องทาง %1</translation>
    </message>
    <message>
        <source>A budget share must lie between 0 and 100%; %1 was not saved.</source>
        <translation>สัดส่วนงบประมาณต้องอยู่ระหว่าง 0 ถึง 100% ค่า %1 จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</source>
        <translation>ช่วงเวลาการระบุแหล่งที่มาต้องเป็นจำนวนวันเต็มตั้งแต่ 0 ถึง %1 ค่า %2 จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>“%1” is not in the channel catalogue; nothing was saved.</source>
        <translation>“%1” ไม่อยู่ในแค็ตตาล็อกช่องทาง จึงไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>%1 is already listed; each channel can be listed once.</source>
        <translation>%1 อยู่ในรายการแล้ว แต่ละช่องทางระบุได้ครั้งเดียว</translation>
    </message>
    <message>
        <source>Change channel %1 to %2</source>
        <translation>เปลี่ยนช่องทาง %1 เป็น %2</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>เพิ่มช่องทาง %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>นำช่องทาง %1 ออก</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelsSection</name>
    <message>
        <source>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</source>
        <translation>กลุ่มเป้าหมายนี้เข้าถึงได้ที่ไหนและซื้อที่ไหน พร้อมสัดส่วนของแต่ละช่องทางในค่าใช้จ่ายรายเดือน ช่วงเวลาการระบุแหล่งที่มาคือระยะเวลาหลังการคลิกที่ยังนับยอดซื้อให้ช่องทาง ค่าเริ่มต้นของแพลตฟอร์ม 7 ถึง 30 วันเหมาะกับการตัดสินใจที่รวดเร็วของผู้บริโภค แต่พลาดรอบการขาย B2B ที่ยาวหลายเดือนไปเกือบทั้งหมด จึงควรขยายให้ยาวขึ้นในกรณีนั้น</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>ไม่ระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>ช่องทางที่จะเพิ่ม</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>เ&amp;พิ่มช่องทาง</translation>
    </message>
    <message>
        <source>Add the channel chosen on the left.</source>
        <translation>เพิ่มช่องทางที่เลือกไว้ทางซ้าย</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>นำช่องทางออ&amp;ก</translation>
    </message>
    <message>
        <source>Remove the selected channel.</source>
        <translation>นำช่องทางที่เลือกออก</translation>
    </message>
    <message>
        <source>No channels yet. Add the channels through which this audience is reached or buys.</source>
        <translation>ยังไม่มีช่องทาง เพิ่มช่องทางที่ใช้เข้าถึงหรือที่กลุ่มเป้าหมายนี้ใช้ซื้อ</translation>
    </message>
    <message>
        <source>Budget shares add up to 100%.</source>
        <translation>สัดส่วนงบประมาณรวมกันได้ 100%</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</source>
        <translation>สัดส่วนงบประมาณรวมกันได้ %1%: ค่าใช้จ่าย %2% ยังไม่ได้จัดสรรให้ช่องทางใด ควรรวมให้ได้ 100%</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</source>
        <translation>สัดส่วนงบประมาณรวมกันได้ %1% ซึ่งเกินงบประมาณทั้งหมด ลดบางสัดส่วนลงให้รวมเป็น 100%</translation>
    </message>
    <message>
        <source>Channels of the catalogue and of this workspace that this persona does not use yet.</source>
        <translation>ช่องทางในแค็ตตาล็อกและของพื้นที่ทำงานนี้ที่เพอร์โซนานี้ยังไม่ได้ใช้</translation>
    </message>
</context>
<context>
    <name>b2x::ChartExport</name>
    <message>
        <source>cannot render the chart %1</source>
        <translation>แสดงผลแผนภูมิ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Exported from B2X Workbench</source>
        <translation>ส่งออกจาก B2X Workbench</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CheckInPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>การเช็กอิน</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>วันที่เช็กอิน</translation>
    </message>
    <message>
        <source>The day the value was measured (today unless changed).</source>
        <translation>วันที่วัดค่า (วันนี้ หากไม่ได้เปลี่ยน)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;วันที่</translation>
    </message>
    <message>
        <source>Check-in value</source>
        <translation>ค่าที่เช็กอิน</translation>
    </message>
    <message>
        <source>The key result&apos;s value on that day; it becomes its current value.</source>
        <translation>ค่าของผลลัพธ์หลักในวันนั้น ซึ่งจะกลายเป็นค่าปัจจุบันของผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>&amp;ค่า</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความมั่นใจ</translation>
    </message>
    <message>
        <source>How sure the owner is that the target will be met: 0 not at all, 10 certain.</source>
        <translation>ผู้รับผิดชอบมั่นใจเพียงใดว่าจะบรรลุเป้าหมาย: 0 ไม่มั่นใจเลย, 10 มั่นใจเต็มที่</translation>
    </message>
    <message>
        <source>Co&amp;nfidence</source>
        <translation>ความ&amp;มั่นใจ</translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation>ความคิดเห็นของการเช็กอิน</translation>
    </message>
    <message>
        <source>What moved the value, in a sentence.</source>
        <translation>อะไรทำให้ค่าเปลี่ยนไป อธิบายในหนึ่งประโยค</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>ความคิดเ&amp;ห็น</translation>
    </message>
    <message>
        <source>&amp;Add check-in</source>
        <translation>เ&amp;พิ่มการเช็กอิน</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>เพิ่มการเช็กอิน</translation>
    </message>
    <message>
        <source>Records the check-in and sets the key result&apos;s current value (one undo step).</source>
        <translation>บันทึกการเช็กอินและตั้งค่าปัจจุบันของผลลัพธ์หลัก (เลิกทำได้ในขั้นตอนเดียว)</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>ประวัติการเช็กอิน</translation>
    </message>
    <message>
        <source>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</source>
        <translation>การเช็กอินของผลลัพธ์หลัก เรียงจากล่าสุด กด Delete เพื่อลบรายการที่เลือก (เลิกทำเพื่อนำกลับมาได้)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <source>Delete c&amp;heck-in</source>
        <translation>ล&amp;บการเช็กอิน</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>ลบการเช็กอิน</translation>
    </message>
    <message>
        <source>Deletes the selected check-in (one undo step).</source>
        <translation>ลบการเช็กอินที่เลือก (เลิกทำได้ในขั้นตอนเดียว)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidence %1 of %2</source>
        <translation>ความมั่นใจ %1 จาก %2</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>การเช็กอินของ “%1”</translation>
    </message>
    <message>
        <source>Check-ins (select a key result)</source>
        <translation>การเช็กอิน (เลือกผลลัพธ์หลัก)</translation>
    </message>
</context>
<context>
    <name>b2x::ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>สีของเพอร์โซนา</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonFullView</name>
    <message>
        <source>Comparison &amp;Full View</source>
        <translation>มุมมองการเปรียบเทียบแบบเ&amp;ต็ม</translation>
    </message>
    <message>
        <source>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</source>
        <translation>แสดงแผนภูมิเปรียบเทียบเต็มพื้นที่หลัก เรียงเคียงกัน (%1 หรือ Esc เพื่อกลับ)</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>มุมมองเต็ม</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonPanel</name>
    <message>
        <source>Selected personas</source>
        <translation>เพอร์โซนาที่เลือก</translation>
    </message>
    <message>
        <source>Groups by label (B2B, hybrid, B2C)</source>
        <translation>กลุ่มตามป้ายกำกับ (B2B, ไฮบริด, B2C)</translation>
    </message>
    <message>
        <source>Groups by behaviour (B2B, mixed, B2C)</source>
        <translation>กลุ่มตามพฤติกรรม (B2B, ผสม, B2C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>เปรียบเทียบ</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>เ&amp;ปรียบเทียบ:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>ตัวเลขสำคัญ</translation>
    </message>
    <message>
        <source>Key figures of the compared personas</source>
        <translation>ตัวเลขสำคัญของเพอร์โซนาที่เปรียบเทียบ</translation>
    </message>
    <message>
        <source>The workspace has no personas yet.</source>
        <translation>พื้นที่ทำงานยังไม่มีเพอร์โซนา</translation>
    </message>
    <message>
        <source>Comparing the first six of the %1 selected personas.</source>
        <translation>เปรียบเทียบหกรายการแรกจากเพอร์โซนาที่เลือก %1 รายการ</translation>
    </message>
    <message>
        <source>Groups of the workspace&apos;s personas (%1); each number is a group mean.</source>
        <translation>กลุ่มของเพอร์โซนาในพื้นที่ทำงาน (%1) แต่ละตัวเลขคือค่าเฉลี่ยของกลุ่ม</translation>
    </message>
    <message>
        <source>Comparing one persona: select more with Ctrl+click.</source>
        <translation>เปรียบเทียบเพอร์โซนาเดียว: เลือกเพิ่มด้วย Ctrl+คลิก</translation>
    </message>
    <message>
        <source>Comparing %1 personas.</source>
        <translation>เปรียบเทียบเพอร์โซนา %1 รายการ</translation>
    </message>
    <message>
        <source>Compare the personas selected in the list, or groups of personas</source>
        <translation>เปรียบเทียบเพอร์โซนาที่เลือกในรายการ หรือกลุ่มของเพอร์โซนา</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>เพอร์โซนาทั้งหมด</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Group every persona of the workspace, or only the personas selected in the list</source>
        <translation>จัดกลุ่มเพอร์โซนาทั้งหมดในพื้นที่ทำงาน หรือเฉพาะเพอร์โซนาที่เลือกในรายการ</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;กลุ่ม:</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>สมาชิกของกลุ่ม</translation>
    </message>
    <message numerus="yes">
        <source>Groups of the %n selected persona(s); each number is a group mean.</source>
        <translation>
            <numerusform>กลุ่มของเพอร์โซนาที่เลือก %Ln รายการ แต่ละตัวเลขคือค่าเฉลี่ยของกลุ่ม</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>ช่วง</translation>
    </message>
    <message>
        <source>Show or hide the p10–p90 whiskers of CAC and CLV</source>
        <translation>แสดงหรือซ่อนเส้นช่วง p10–p90 ของ CAC และ CLV</translation>
    </message>
    <message>
        <source>Show the p10–p90 ranges</source>
        <translation>แสดงช่วง p10–p90</translation>
    </message>
</context>
<context>
    <name>b2x::ContentItemDialog</name>
    <message>
        <source>Add content item</source>
        <translation>เพิ่มรายการคอนเทนต์</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>แก้ไขรายการคอนเทนต์</translation>
    </message>
    <message>
        <source>What the content item is called on the board and in the report.</source>
        <translation>ชื่อที่ใช้เรียกรายการคอนเทนต์บนบอร์ดและในรายงาน</translation>
    </message>
    <message>
        <source>e.g. Total cost of ownership guide</source>
        <translation>เช่น คู่มือต้นทุนรวมในการเป็นเจ้าของ (TCO)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>The content&apos;s format: pick one or type your own.</source>
        <translation>รูปแบบของคอนเทนต์: เลือกจากรายการหรือพิมพ์เอง</translation>
    </message>
    <message>
        <source>whitepaper</source>
        <translation>ไวท์เปเปอร์</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>กรณีศึกษา</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>เว็บินาร์</translation>
    </message>
    <message>
        <source>short video</source>
        <translation>วิดีโอสั้น</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>แบบทดสอบ</translation>
    </message>
    <message>
        <source>blog post</source>
        <translation>บทความบล็อก</translation>
    </message>
    <message>
        <source>e-book</source>
        <translation>อีบุ๊ก</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>จดหมายข่าว</translation>
    </message>
    <message>
        <source>podcast</source>
        <translation>พอดแคสต์</translation>
    </message>
    <message>
        <source>infographic</source>
        <translation>อินโฟกราฟิก</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>เครื่องคำนวณ</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>เดโม</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;รูปแบบ</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>เ&amp;พอร์โซนา</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;ขั้นตอน RACE</translation>
    </message>
    <message>
        <source>What the reader is asked to do next.</source>
        <translation>สิ่งที่ผู้อ่านถูกชวนให้ทำต่อไป</translation>
    </message>
    <message>
        <source>e.g. Download the guide</source>
        <translation>เช่น ดาวน์โหลดคู่มือ</translation>
    </message>
    <message>
        <source>C&amp;all to action</source>
        <translation>&amp;คำกระตุ้นให้ดำเนินการ (CTA)</translation>
    </message>
    <message>
        <source>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>ช่องทางที่เผยแพร่คอนเทนต์: ช่องทางของเพอร์โซนาก่อน ตามด้วยช่องทางอื่นในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>ช่อง&amp;ทาง</translation>
    </message>
    <message>
        <source>Where the item stands; the board shows it as a coloured word.</source>
        <translation>สถานะของรายการ บอร์ดจะแสดงเป็นคำที่มีสี</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;สถานะ</translation>
    </message>
    <message>
        <source>The day the item goes live; the earliest date: not set.</source>
        <translation>วันที่รายการเริ่มเผยแพร่ วันที่เร็วที่สุดในตัวเลือกหมายถึง ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Publish &amp;date</source>
        <translation>วันที่เ&amp;ผยแพร่</translation>
    </message>
    <message>
        <source>Where the item lives, e.g. its web address.</source>
        <translation>ตำแหน่งของรายการ เช่น ที่อยู่เว็บ</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>ที่&amp;อยู่</translation>
    </message>
    <message>
        <source>Give the content item a title.</source>
        <translation>ตั้งชื่อเรื่องให้รายการคอนเทนต์</translation>
    </message>
</context>
<context>
    <name>b2x::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CustomChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>ช่องทางใหม่</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>แก้ไขช่องทาง</translation>
    </message>
    <message>
        <source>e.g. Software review sites</source>
        <translation>เช่น เว็บไซต์รีวิวซอฟต์แวร์</translation>
    </message>
    <message>
        <source>e.g. review sites, events, referrals</source>
        <translation>เช่น เว็บไซต์รีวิว อีเวนต์ การแนะนำต่อ</translation>
    </message>
    <message>
        <source>0: a consumer platform; 100: a business platform.</source>
        <translation>0: แพลตฟอร์มผู้บริโภค, 100: แพลตฟอร์มธุรกิจ</translation>
    </message>
    <message>
        <source>0: a few named accounts; 100: a mass audience.</source>
        <translation>0: บัญชีลูกค้าที่ระบุชื่อไม่กี่ราย, 100: กลุ่มผู้ชมจำนวนมาก</translation>
    </message>
    <message>
        <source>How well the channel reaches specific roles or accounts.</source>
        <translation>ช่องทางเข้าถึงบทบาทหรือบัญชีลูกค้าที่เจาะจงได้ดีเพียงใด</translation>
    </message>
    <message>
        <source>0: in-depth, rational content; 100: visual, emotional content.</source>
        <translation>0: คอนเทนต์เชิงลึกที่ใช้เหตุผล, 100: คอนเทนต์ภาพที่เน้นอารมณ์</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>per lead</source>
        <translation>ต่อลีด</translation>
    </message>
    <message>
        <source>per thousand impressions</source>
        <translation>ต่อการแสดงผลพันครั้ง</translation>
    </message>
    <message>
        <source>none (not attributed by clicks)</source>
        <translation>ไม่มี (ไม่ระบุแหล่งที่มาจากการคลิก)</translation>
    </message>
    <message>
        <source>%1: %2 days by default, at most %3</source>
        <translation>%1: ค่าเริ่มต้น %2 วัน สูงสุด %3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;หมวดหมู่:</translation>
    </message>
    <message>
        <source>&amp;B2B affinity (0–100):</source>
        <translation>ความใกล้เคียง &amp;B2B (0–100):</translation>
    </message>
    <message>
        <source>&amp;Reach (0–100):</source>
        <translation>การเ&amp;ข้าถึง (0–100):</translation>
    </message>
    <message>
        <source>&amp;Precision (0–100):</source>
        <translation>ความแ&amp;ม่นยำ (0–100):</translation>
    </message>
    <message>
        <source>&amp;Emotional fit (0–100):</source>
        <translation>ความเหมาะสมทาง&amp;อารมณ์ (0–100):</translation>
    </message>
    <message>
        <source>Best &amp;price band:</source>
        <translation>ช่วง&amp;ราคาที่เหมาะที่สุด:</translation>
    </message>
    <message>
        <source>Best &amp;decision time:</source>
        <translation>เวลา&amp;ตัดสินใจที่เหมาะที่สุด:</translation>
    </message>
    <message>
        <source>Typical &amp;cost:</source>
        <translation>ต้น&amp;ทุนโดยทั่วไป:</translation>
    </message>
    <message>
        <source>&amp;Attribution platform:</source>
        <translation>แ&amp;พลตฟอร์มการระบุแหล่งที่มา:</translation>
    </message>
    <message>
        <source>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</source>
        <translation>ความเหมาะสมของช่องทางจะเปรียบเทียบปัจจัยเหล่านี้กับพฤติกรรม ราคา และเวลาตัดสินใจของแต่ละเพอร์โซนา เช่นเดียวกับช่องทางในตัว แพลตฟอร์มการระบุแหล่งที่มากำหนดช่วงเวลาหลังคลิกเริ่มต้นและสูงสุดของช่องทาง</translation>
    </message>
</context>
<context>
    <name>b2x::DecisionUnitSection</name>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</source>
        <translation>ทุกคนที่มีส่วนร่วมในการซื้อ ผู้บริโภคมักตัดสินใจคนเดียวหรือกับคู่ครอง ส่วนการซื้อ B2B มีกลุ่มคนจากหลายแผนกเกี่ยวข้อง CEB วัดได้ 5.4 คนต่อการซื้อ B2B ในปี 2014 และ 6.8 คนในปี 2016 ส่วน Gartner นับได้ 6 ถึง 10 คนสำหรับโซลูชันที่ซับซ้อน</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>สมาชิกหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>เ&amp;พิ่มสมาชิก</translation>
    </message>
    <message>
        <source>Add a person to the decision unit.</source>
        <translation>เพิ่มบุคคลเข้าในหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>นำสมาชิกออ&amp;ก</translation>
    </message>
    <message>
        <source>Remove the selected person.</source>
        <translation>นำบุคคลที่เลือกออก</translation>
    </message>
    <message>
        <source>How the group buys</source>
        <translation>กลุ่มซื้ออย่างไร</translation>
    </message>
    <message>
        <source>Buy class</source>
        <translation>ประเภทการซื้อ</translation>
    </message>
    <message>
        <source>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</source>
        <translation>การซื้อนี้ใหม่สำหรับผู้ซื้อเพียงใด (Robinson, Faris และ Wind) ยิ่งใหม่และเสี่ยงมาก ก็ยิ่งมีคนเกี่ยวข้องมากและใช้เวลานาน</translation>
    </message>
    <message>
        <source>Bought through a formal tender</source>
        <translation>ซื้อผ่านการประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>การประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>Offers are requested formally and scored against written criteria.</source>
        <translation>มีการขอข้อเสนออย่างเป็นทางการและให้คะแนนตามเกณฑ์ที่กำหนดไว้</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>การประมูล</translation>
    </message>
    <message>
        <source>Approval levels</source>
        <translation>ระดับการอนุมัติ</translation>
    </message>
    <message>
        <source>How many levels must sign off, e.g. department head, finance, board (0–%1).</source>
        <translation>ต้องผ่านการอนุมัติกี่ระดับ เช่น หัวหน้าแผนก ฝ่ายการเงิน คณะกรรมการ (0–%1)</translation>
    </message>
    <message>
        <source>Use my own estimate</source>
        <translation>ใช้ค่าประมาณของฉันเอง</translation>
    </message>
    <message>
        <source>Use my own decision probability</source>
        <translation>ใช้ความน่าจะเป็นในการตัดสินใจของฉันเอง</translation>
    </message>
    <message>
        <source>When off, the models estimate from the group size using CEB&apos;s measurements.</source>
        <translation>เมื่อปิดไว้ โมเดลจะประมาณจากขนาดกลุ่มโดยใช้ผลการวัดของ CEB</translation>
    </message>
    <message>
        <source>Decision probability</source>
        <translation>ความน่าจะเป็นในการตัดสินใจ</translation>
    </message>
    <message>
        <source>Your estimate of the probability that the group decides to buy at all, 0–100%.</source>
        <translation>ค่าประมาณของคุณว่ากลุ่มจะตัดสินใจซื้อเลยหรือไม่ 0–100%</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</source>
        <translation>ยิ่งมีคนร่วมมาก กลุ่มก็ยิ่งมีโอกาสซื้อน้อยลง CEB/Challenger วัดได้ 81% สำหรับหนึ่งคน 55% สำหรับสองคน และ 31% สำหรับหกคน และการซื้อสูงสุด 38% จบลงโดยไม่มีการตัดสินใจ</translation>
    </message>
    <message>
        <source>Change buy class</source>
        <translation>เปลี่ยนประเภทการซื้อ</translation>
    </message>
    <message>
        <source>Change formal tender</source>
        <translation>เปลี่ยนการประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>A decision unit can have at most %1 members.</source>
        <translation>หน่วยตัดสินใจซื้อมีสมาชิกได้สูงสุด %1 คน</translation>
    </message>
    <message>
        <source>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</source>
        <translation>มีสมาชิก %1 คนถูกระบุว่าเป็นผู้อนุมัติเงิน โดยปกติจะมีผู้ซื้อเชิงเศรษฐกิจเพียงคนเดียว (Miller Heiman) ตรวจสอบว่าใครอนุมัติงบประมาณ</translation>
    </message>
    <message>
        <source>Change approval levels</source>
        <translation>เปลี่ยนระดับการอนุมัติ</translation>
    </message>
    <message>
        <source>Change decision probability</source>
        <translation>เปลี่ยนความน่าจะเป็นในการตัดสินใจ</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>หน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Every key role is covered: decider, user, specifier and buyer.</source>
        <translation>บทบาทสำคัญทุกบทบาทมีผู้รับผิดชอบแล้ว: ผู้ตัดสินใจ ผู้ใช้ ผู้กำหนดสเปก และผู้ซื้อ</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</source>
        <translation>
            <numerusform>ไม่มีใครรับผิดชอบบทบาทสำคัญ: %1 บทบาทที่ไม่มีผู้รับผิดชอบเป็นสัญญาณเตือนในการขาย (Miller Heiman) หากมีสมาชิกทำหน้าที่นี้อยู่แล้ว ให้ทำเครื่องหมายบทบาทนั้นในบทบาทของสมาชิกคนนั้น คนคนเดียวมีได้หลายบทบาท</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>b2x::DialogExportPrompts</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>แสดงในโ&amp;ฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>b2x::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>การเปลี่ยนแปลงที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>บันทึกก่อนดำเนินการต่อหรือไม่</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>เปิดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>บันทึกพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>กู้คืนงานที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;กู้คืน</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;ทิ้ง</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;ภายหลัง</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSection</name>
    <message>
        <source>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</source>
        <translation>ตัวเลขเบื้องหลังกรวยการขาย มูลค่าตลอดช่วงชีวิตลูกค้า (CLV) และต้นทุนการได้มาซึ่งลูกค้า (CAC) จำนวนเงินเป็นสกุลเงินของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Volume and spend</source>
        <translation>ปริมาณและค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>ปริมาณต่อเดือน</translation>
    </message>
    <message>
        <source>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</source>
        <translation>จำนวนคนหรือบัญชีที่เข้าสู่ขั้นแรกของไปป์ไลน์ในแต่ละเดือน เช่น ผู้เข้าชมเว็บไซต์</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> ต่อเดือน</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>ค่าใช้จ่ายรายเดือน</translation>
    </message>
    <message>
        <source>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</source>
        <translation>ค่าใช้จ่ายการตลาดและการขายต่อเดือนสำหรับกลุ่มเป้าหมายนี้ เมื่อหารด้วยลูกค้าใหม่จะได้ต้นทุนการได้มาซึ่งลูกค้า (CAC)</translation>
    </message>
    <message>
        <source> %1 per month</source>
        <translation> %1 ต่อเดือน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Order or contract value of one purchase.</source>
        <translation>มูลค่าคำสั่งซื้อหรือสัญญาของการซื้อหนึ่งครั้ง</translation>
    </message>
    <message>
        <source> %1 per purchase</source>
        <translation> %1 ต่อการซื้อ</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>อัตรากำไรขั้นต้น</translation>
    </message>
    <message>
        <source>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</source>
        <translation>ส่วนของราคาที่เหลือหลังหักต้นทุนทางตรง ROAS ที่จุดคุ้มทุนเท่ากับ 1 ÷ อัตรากำไรขั้นต้น</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>จำนวนครั้งที่ซื้อต่อปี</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> ต่อปี</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>อายุความเป็นลูกค้า</translation>
    </message>
    <message>
        <source>How many years a customer keeps buying from you.</source>
        <translation>ลูกค้าซื้อจากคุณต่อเนื่องกี่ปี</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ปี</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>เศรษฐศาสตร์</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>การซื้อครั้งเดียว</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>การสั่งซื้อซ้ำ</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>การสมัครสมาชิก</translation>
    </message>
    <message>
        <source>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</source>
        <translation>ลูกค้าจ่ายราคาต่อการซื้อแต่ละครั้ง ตามจำนวนครั้งต่อปีที่กำหนด ตลอดอายุความเป็นลูกค้า</translation>
    </message>
    <message>
        <source>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</source>
        <translation>กรวยการขายได้ลูกค้าใหม่มา แล้วลูกค้าจะสั่งซื้อซ้ำตราบที่ยังเป็นลูกค้าอยู่ อัตราการรักษาลูกค้ารายปีเป็นตัวกำหนดว่านานเท่าใด</translation>
    </message>
    <message>
        <source>Customers pay every billing period until they cancel; the churn decides how long they stay.</source>
        <translation>ลูกค้าจ่ายเงินทุกรอบการเรียกเก็บเงินจนกว่าจะยกเลิก อัตราการเลิกใช้บริการเป็นตัวกำหนดว่าลูกค้าอยู่นานเท่าใด</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>วิธีที่ลูกค้าจ่ายเงิน</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>โมเดลรายได้</translation>
    </message>
    <message>
        <source>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</source>
        <translation>ลูกค้าจ่ายเงินอย่างไร: จ่ายครั้งเดียวต่อการซื้อแต่ละครั้ง สั่งซื้อซ้ำตราบที่ยังเป็นลูกค้า หรือสมัครสมาชิกจนกว่าจะยกเลิก แต่ละโมเดลแสดงช่องข้อมูลของตัวเอง ส่วนโมเดลอื่นจะเก็บค่าไว้สำหรับเมื่อคุณสลับกลับไปใช้</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</source>
        <translation>ความถี่ที่เรียกเก็บราคาจากลูกค้า การเปลี่ยนค่านี้ไม่ได้แปลงราคาให้ ให้กรอกราคาต่อรอบใหม่</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>รายปี</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>อัตราการรักษาลูกค้ารายปี</translation>
    </message>
    <message>
        <source>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</source>
        <translation>สัดส่วนลูกค้าที่ยังสั่งซื้ออยู่เมื่อผ่านไปหนึ่งปี: 79% หมายความว่า 21% เลิกสั่งซื้อในแต่ละปี ค่านี้กำหนดว่าลูกค้าจะสั่งซื้อต่อเนื่องนานเท่าใด</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>อัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</source>
        <translation>สัดส่วนลูกค้าที่ยกเลิกในแต่ละรอบ (ต่อเดือนหรือต่อปี เลือกได้ที่ช่องข้าง ๆ) 2% ต่อเดือนเท่ากับอายุความเป็นลูกค้า 50 เดือน</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>รอบของอัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</source>
        <translation>อัตราการเลิกใช้บริการเป็นอัตรารายเดือนหรือรายปี 20% ต่อปีเท่ากับ 1.84% ต่อเดือน</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>ต่อเดือน</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>ต่อปี</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>การขยายรายได้</translation>
    </message>
    <message>
        <source>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</source>
        <translation>ไม่บังคับ: การเติบโตรายปีของรายได้จากลูกค้าที่ยังอยู่ (อัปเกรดแพ็กเกจ เพิ่มจำนวนผู้ใช้ ขึ้นราคา) ใส่ 0 หากไม่มี</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% ต่อปี</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>ช่วงทดลองใช้ฟรี</translation>
    </message>
    <message>
        <source>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</source>
        <translation>ไม่บังคับ: จำนวนวันฟรีระหว่างการปิดดีลได้กับการชำระเงินครั้งแรก ใส่ 0 หากไปป์ไลน์มีขั้นทดลองใช้อยู่แล้ว</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>In the market</source>
        <translation>ผู้ที่อยู่ในตลาด</translation>
    </message>
    <message>
        <source>Category buying cycle</source>
        <translation>รอบการซื้อของหมวดสินค้า</translation>
    </message>
    <message>
        <source>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</source>
        <translation>จำนวนปีระหว่างการตัดสินใจซื้อแต่ละครั้งในหมวดสินค้า: ระยะเวลาที่ผู้ซื้อมักรอก่อนเลือกผู้ขายอีกครั้ง (การซื้อใหม่ การทบทวนก่อนต่อสัญญา การเปลี่ยนผู้ขาย) จากผู้ขายรายใดก็ได้ ไม่ใช่ความถี่ที่ลูกค้าของคุณสั่งซื้อ ในหนึ่งปีจะมีผู้ซื้อประมาณ 1 ÷ ตัวเลขนี้ที่อยู่ในตลาด: ตัดสินใจทุก 5 ปีหมายถึงประมาณ 20% (Ehrenberg-Bass Institute, “95:5”)</translation>
    </message>
    <message>
        <source>Change revenue model</source>
        <translation>เปลี่ยนโมเดลรายได้</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>เปลี่ยนการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Change churn period</source>
        <translation>เปลี่ยนรอบของอัตราการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>ราคาต่อปี</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>ราคาต่อเดือน</translation>
    </message>
    <message>
        <source>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</source>
        <translation>จำนวนเงินที่ลูกค้าจ่ายสำหรับการสมัครสมาชิกหนึ่งปี โมเดลจะนับหนึ่งในสิบสองของยอดนี้ต่อเดือน ตามวิธีรายงานรายได้ประจำ</translation>
    </message>
    <message>
        <source>What a customer pays for a month of the subscription.</source>
        <translation>จำนวนเงินที่ลูกค้าจ่ายสำหรับการสมัครสมาชิกหนึ่งเดือน</translation>
    </message>
    <message>
        <source> %1 per year</source>
        <translation> %1 ต่อปี</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>มูลค่าคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Value of one order of a retained customer.</source>
        <translation>มูลค่าคำสั่งซื้อหนึ่งครั้งของลูกค้าที่ยังอยู่</translation>
    </message>
    <message>
        <source> %1 per order</source>
        <translation> %1 ต่อคำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>จำนวนคำสั่งซื้อต่อปี</translation>
    </message>
    <message>
        <source>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</source>
        <translation>จำนวนคำสั่งซื้อที่ลูกค้าที่ยังอยู่สั่งในหนึ่งปี เช่น 12 สำหรับการสั่งซ้ำทุกเดือน</translation>
    </message>
    <message>
        <source>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</source>
        <translation>จำนวนครั้งที่ลูกค้าซื้อในหนึ่งปี เช่น 0.2 สำหรับการซื้อทุกห้าปี</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>กรอบเวลา (ปี)</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</source>
        <translation>ระยะเวลานานที่สุดที่นับลูกค้าหนึ่งราย ใช้เป็นเพดานของอายุความเป็นลูกค้าที่คำนวณจากอัตราการเลิกใช้บริการ (1 ÷ อัตราการเลิกใช้บริการต่อเดือน) เพื่อไม่ให้อัตราการเลิกใช้บริการที่ต่ำมากคาดการณ์รายได้ไกลออกไปหลายสิบปี</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</source>
        <translation>ระยะเวลานานที่สุดที่นับลูกค้าหนึ่งราย ใช้เป็นเพดานของอายุความเป็นลูกค้าที่คำนวณจากอัตราการรักษาลูกค้า เพื่อไม่ให้อัตราการรักษาลูกค้าที่สูงมากคาดการณ์คำสั่งซื้อไกลออกไปหลายสิบปี</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSummary</name>
    <message>
        <source>A customer brings about %1 of revenue a year.</source>
        <translation>ลูกค้าหนึ่งรายสร้างรายได้ประมาณ %1 ต่อปี</translation>
    </message>
    <message>
        <source>A customer pays about %1 a month while they stay.</source>
        <translation>ลูกค้าหนึ่งรายจ่ายประมาณ %1 ต่อเดือนตราบที่ยังเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Churn of %1 a month is %2 a year.</source>
        <translation>อัตราการเลิกใช้บริการ %1 ต่อเดือนเท่ากับ %2 ต่อปี</translation>
    </message>
    <message>
        <source>Churn of %1 a year is %2 a month.</source>
        <translation>อัตราการเลิกใช้บริการ %1 ต่อปีเท่ากับ %2 ต่อเดือน</translation>
    </message>
    <message>
        <source>Keeping %1 of customers a year is losing %2 of them a month.</source>
        <translation>การรักษาลูกค้าไว้ได้ %1 ต่อปี เท่ากับเสียลูกค้า %2 ต่อเดือน</translation>
    </message>
    <message numerus="yes">
        <source>Without net churn the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>เมื่อไม่มีอัตราการเลิกใช้บริการสุทธิ กรอบเวลาจะเป็นตัวกำหนดอายุความเป็นลูกค้า: %Ln เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without customers lost the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>เมื่อไม่มีลูกค้าที่เสียไป กรอบเวลาจะเป็นตัวกำหนดอายุความเป็นลูกค้า: %Ln เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>อายุความเป็นลูกค้าจากอัตราการเลิกใช้บริการ: %1 เดือน โดยมีเพดานที่กรอบเวลา %Ln เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>อายุความเป็นลูกค้าจากอัตราการรักษาลูกค้า: %1 เดือน โดยมีเพดานที่กรอบเวลา %Ln เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %Ln month(s).</source>
        <translation>
            <numerusform>อายุความเป็นลูกค้าจากอัตราการเลิกใช้บริการ: %Ln เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %Ln month(s).</source>
        <translation>
            <numerusform>อายุความเป็นลูกค้าจากอัตราการรักษาลูกค้า: %Ln เดือน</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV): %1 of gross margin.</source>
        <translation>มูลค่าตลอดช่วงชีวิตลูกค้า (CLV): กำไรขั้นต้น %1</translation>
    </message>
    <message>
        <source>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</source>
        <translation>เมื่อมีการตัดสินใจซื้อทุก %1 ปี ในแต่ละปีจะมีกลุ่มเป้าหมายประมาณ %2% อยู่ในตลาด</translation>
    </message>
</context>
<context>
    <name>b2x::EmptyStatePage</name>
    <message>
        <source>Nothing to edit</source>
        <translation>ไม่มีรายการให้แก้ไข</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>เพิ่มเพอร์โซนา</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>เปิดพื้นที่ทำงานตัวอย่าง</translation>
    </message>
    <message>
        <source>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</source>
        <translation>เจ็ดกลุ่มเป้าหมาย ตั้งแต่คณะกรรมการจัดซื้อขององค์กรไปจนถึงการซื้อขนมแบบฉับพลัน</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>ไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>ยังไม่มีเพอร์โซนา</translation>
    </message>
    <message>
        <source>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</source>
        <translation>เพิ่มเพอร์โซนาในพื้นที่ทำงานนี้ เริ่มพื้นที่ทำงานใหม่ เปิดไฟล์พื้นที่ทำงาน หรือสำรวจพื้นที่ทำงานตัวอย่าง</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>ยังไม่ได้เลือกเพอร์โซนา</translation>
    </message>
    <message>
        <source>Choose a persona in the list to edit it, or open another workspace.</source>
        <translation>เลือกเพอร์โซนาในรายการเพื่อแก้ไข หรือเปิดพื้นที่ทำงานอื่น</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
</context>
<context>
    <name>b2x::EvidenceSection</name>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความน่าเชื่อถือ</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>แหล่งที่มาของ %1</translation>
    </message>
    <message>
        <source>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</source>
        <translation>ตัวเลขของ %1 มาจากไหน: รายงาน การศึกษา ข้อมูลส่งออกจาก CRM หรือบุคคล</translation>
    </message>
    <message>
        <source>e.g. CRM report, Q3; industry benchmark; interview</source>
        <translation>เช่น รายงาน CRM ไตรมาส 3; ค่าอ้างอิงของอุตสาหกรรม; การสัมภาษณ์</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>ความน่าเชื่อถือของ %1</translation>
    </message>
    <message>
        <source>How far the figure for %1 can be trusted.</source>
        <translation>ตัวเลขของ %1 เชื่อถือได้เพียงใด</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>แก้ไขหลักฐานของ %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</source>
        <translation>บันทึกว่าตัวเลขสำคัญแต่ละตัวมาจากไหนและเชื่อถือได้เพียงใด สมมติฐาน: การคาดคะเนอย่างมีหลักการ ค่าอ้างอิง: ตัวเลขที่เผยแพร่สำหรับบริษัทที่คล้ายกัน วัดจริง: ข้อมูลของคุณเอง รายงานจะแสดงข้อมูลนี้ข้างตัวเลข เพื่อให้ผู้อ่านรู้ว่าผลลัพธ์ใดอาศัยการคาดเดา แหล่งที่มาผูกอยู่กับค่าที่ใช้ตอนบันทึก เมื่อตัวเลขเปลี่ยน แหล่งที่มาจะถูกทำเครื่องหมายว่าล้าสมัย และรายงานจะไม่แสดงเป็นหลักฐานสนับสนุนอีก จนกว่าคุณจะยืนยันสำหรับค่าใหม่</translation>
    </message>
    <message>
        <source>Confirm for current value</source>
        <translation>ยืนยันสำหรับค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>Confirm the source of %1 for the current value</source>
        <translation>ยืนยันแหล่งที่มาของ %1 สำหรับค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>The source also backs the number %1 has now. Undo takes it back.</source>
        <translation>แหล่งที่มาจะรองรับค่าปัจจุบันของ %1 ด้วย เลิกทำได้หากต้องการย้อนกลับ</translation>
    </message>
    <message>
        <source>Evidence ⚠</source>
        <translation>หลักฐาน ⚠</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Until you confirm it, this source does not back the number.</source>
        <translation>⚠ ล้าสมัย: %1 จนกว่าคุณจะยืนยัน แหล่งที่มานี้จะไม่รองรับตัวเลขนี้</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Confirm evidence for %1</source>
        <translation>ยืนยันหลักฐานของ %1</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>ช่วง</translation>
    </message>
    <message>
        <source>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</source>
        <translation>ค่าจริงอาจห่างจากตัวเลขได้เท่าใด เป็นเปอร์เซ็นต์ทั้งสองด้าน ความไม่แน่นอนในมุมมองงบประมาณจะสุ่มอินพุตแต่ละตัวภายในช่วงนี้</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>ช่วงของ %1</translation>
    </message>
    <message>
        <source>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</source>
        <translation>ค่าจริงของ %1 อาจห่างจากตัวเลขได้เท่าใด เป็นเปอร์เซ็นต์ทั้งสองด้าน ค่าเริ่มต้น: ช่วงการกระจายตามระดับความเชื่อมั่น (สมมติฐาน ±50%, ค่าอ้างอิง ±25%, วัดจริง ±10%) 0: แน่นอน</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>b2x::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>ส่&amp;งออก</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;รายงาน (PDF)…</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG…</source>
        <translation>แผนภูมิเป็น &amp;PNG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG…</source>
        <translation>แผนภูมิเป็น &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Metrics (CSV)…</source>
        <translation>&amp;ตัวชี้วัด (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;พิมพ์…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>ดูตัวอย่างก่อนพิ&amp;มพ์…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>กำลังเขียนรายงาน…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export charts as SVG into</source>
        <translation>ส่งออกแผนภูมิเป็น SVG ไปยัง</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>ส่งออกแผนภูมิเป็น PNG ไปยัง</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>ส่งออกตัวชี้วัด</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit report details</source>
        <translation>แก้ไขรายละเอียดรายงาน</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>ส่งออกรายงานแล้ว</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>บันทึกรายงานเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>Charts exported</source>
        <translation>ส่งออกแผนภูมิแล้ว</translation>
    </message>
    <message>
        <source>The charts were saved in %1.</source>
        <translation>บันทึกแผนภูมิไว้ใน %1 แล้ว</translation>
    </message>
    <message>
        <source>Metrics exported</source>
        <translation>ส่งออกตัวชี้วัดแล้ว</translation>
    </message>
    <message>
        <source>The metrics were saved as %1.</source>
        <translation>บันทึกตัวชี้วัดเป็น %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>เ&amp;วิร์กบุ๊ก (XLSX)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>ส่งออกเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>ส่งออกเวิร์กบุ๊กแล้ว</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>บันทึกเวิร์กบุ๊กเป็น %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>b2x::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>ส่งออกรายงาน</translation>
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
        <translation>ขนาดหน้า:</translation>
    </message>
    <message>
        <source>Personas (one or more pages each):</source>
        <translation>เพอร์โซนา (รายละหนึ่งหน้าขึ้นไป):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>The day of the export</source>
        <translation>วันที่ส่งออก</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;ชื่อเรื่อง:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>ชื่อเรื่อง&amp;รอง:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;ลูกค้า:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>ผู้&amp;จัดทำ:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Charts (two per page; they compare the personas chosen for the report, the first six when more are chosen):</source>
        <translation>แผนภูมิ (หน้าละสองแผนภูมิ เปรียบเทียบเพอร์โซนาที่เลือกไว้สำหรับรายงาน หรือหกรายการแรกหากเลือกมากกว่านั้น):</translation>
    </message>
</context>
<context>
    <name>b2x::FileController</name>
    <message>
        <source>Untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>พื้นที่ทำงานที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>เปิดพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Your current workspace is unchanged.</source>
        <translation>เปิด “%1” ไม่ได้ พื้นที่ทำงานปัจจุบันไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>the previous version could not be read for the backup: %1</source>
        <translation>อ่านเวอร์ชันก่อนหน้าเพื่อสำรองข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>เขียนไฟล์สำรอง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>บันทึกพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <source>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</source>
        <translation>ไม่ได้บันทึก “%1” เวอร์ชันก่อนหน้าจึงยังคงเดิม การเปลี่ยนแปลงของคุณยังเปิดอยู่</translation>
    </message>
    <message>
        <source>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</source>
        <translation>ไม่ได้บันทึก “%1” การเปลี่ยนแปลงของคุณยังเปิดอยู่ ลองโฟลเดอร์อื่นด้วย ไฟล์ → บันทึกเป็น</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>พื้นที่ทำงานที่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</source>
        <translation>B2X Workbench ไม่ได้ปิดตามปกติ มีการเก็บสำเนากู้คืนของ %1 ที่มีการเปลี่ยนแปลงซึ่งยังไม่ได้บันทึกไว้ (%2) ต้องการกู้คืนหรือไม่</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>กู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.</source>
        <translation>อ่านสำเนากู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>กู้คืนการเปลี่ยนแปลงที่กู้ได้</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>เปิดเทมเพลตไม่ได้</translation>
    </message>
    <message>
        <source>The template “%1” could not be read. Your current workspace is unchanged.</source>
        <translation>อ่านเทมเพลต “%1” ไม่ได้ พื้นที่ทำงานปัจจุบันไม่มีการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>b2x::Formatting</name>
    <message>
        <source>%1%2</source>
        <comment>currency symbol, amount</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount, ISO currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
</context>
<context>
    <name>b2x::GroupMembers</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 และอีก %Ln รายการ</numerusform>
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
        <translation>นำเข้าข้อมูลจริง</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;หยุด</translation>
    </message>
    <message>
        <source>Stop reading or measuring; nothing is changed</source>
        <translation>หยุดการอ่านหรือการวัด โดยไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;ย้อนกลับ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;ถัดไป &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply to Persona</source>
        <translation>&amp;นำไปใช้กับเพอร์โซนา</translation>
    </message>
    <message>
        <source>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</source>
        <translation>เขียนอัตราการแปลงและระยะเวลาที่วัดจริง รวมถึงการจับคู่ที่ใช้ ลงในเพอร์โซนาในขั้นตอนเดียว (แก้ไข → เลิกทำ เพื่อย้อนกลับ)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;นำเข้าข้อมูลจริง…</translation>
    </message>
    <message>
        <source>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</source>
        <translation>วัดไปป์ไลน์ของเพอร์โซนาจากไฟล์ส่งออกดีลของ CRM แล้วนำไปใช้</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>ตรวจสอบข้อมูลที่อ่านได้</translation>
    </message>
    <message>
        <source>Map the CRM&apos;s stages</source>
        <translation>จับคู่ขั้นตอนของ CRM</translation>
    </message>
    <message>
        <source>Modelled against measured</source>
        <translation>ตามโมเดลเทียบกับวัดจริง</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>ขั้นที่ %1 จาก 4: %2</translation>
    </message>
    <message>
        <source>Choose the deals file first.</source>
        <translation>เลือกไฟล์ดีลก่อน</translation>
    </message>
    <message>
        <source>The workspace has no persona to measure: add one first.</source>
        <translation>พื้นที่ทำงานไม่มีเพอร์โซนาให้วัด: เพิ่มเพอร์โซนาก่อน</translation>
    </message>
    <message>
        <source>The files are too large to read on this computer.</source>
        <translation>ไฟล์มีขนาดใหญ่เกินกว่าจะอ่านได้บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>The deals are too many to measure on this computer: nothing was changed.</source>
        <translation>ดีลมีจำนวนมากเกินกว่าจะวัดได้บนคอมพิวเตอร์เครื่องนี้: ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>Measuring %1&apos;s stages…</source>
        <translation>กำลังวัดขั้นตอนของ %1…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>หยุดแล้ว: ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The persona is no longer in the workspace: nothing was changed.</source>
        <translation>เพอร์โซนานี้ไม่อยู่ในพื้นที่ทำงานแล้ว: ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>ไฟล์ส่งออกดีลจาก CRM %1: ดีล %n รายการ ณ วันที่ %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ImportCheckPage</name>
    <message>
        <source>Preview of the files</source>
        <translation>ตัวอย่างข้อมูลในไฟล์</translation>
    </message>
    <message>
        <source>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</source>
        <translation>%1 แถวแรกตามที่อ่านได้ หมายเลขแถวนับแบบเดียวกับสเปรดชีต (หัวตารางคือแถว 1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ดีล</translation>
    </message>
    <message>
        <source>Stage events</source>
        <translation>เหตุการณ์ขั้นตอน</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>ปัญหา:</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>ปัญหาที่พบในไฟล์</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>คอลัมน์ใดเป็นข้อมูลใด</translation>
    </message>
    <message>
        <source>The headers are not those of a known export: say which of the file&apos;s columns holds each field</source>
        <translation>หัวตารางไม่ตรงกับไฟล์ส่งออกที่รู้จัก: ระบุว่าคอลัมน์ใดของไฟล์เก็บข้อมูลแต่ละฟิลด์</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>คอลัมน์สำหรับ %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (จำเป็น):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026</source>
        <translation>วันที่ เช่น 03/04/2026</translation>
    </message>
    <message>
        <source>Every date in the files fits both orders. Which comes first in them?</source>
        <translation>วันที่ทุกรายการในไฟล์ตีความได้ทั้งสองลำดับ ในไฟล์เหล่านี้วันหรือเดือนมาก่อน?</translation>
    </message>
    <message>
        <source>Day first (3 April)</source>
        <translation>วันก่อน (3 เมษายน)</translation>
    </message>
    <message>
        <source>Month first (March 4)</source>
        <translation>เดือนก่อน (4 มีนาคม)</translation>
    </message>
    <message>
        <source>Read A&amp;gain with These Answers</source>
        <translation>อ่าน&amp;อีกครั้งตามคำตอบเหล่านี้</translation>
    </message>
    <message>
        <source>Import the files again with the columns and date order above</source>
        <translation>นำเข้าไฟล์อีกครั้งโดยใช้คอลัมน์และลำดับวันที่ข้างต้น</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) read: %1 won, %2 lost, %3 open.</source>
        <translation>
            <numerusform>อ่านดีลได้ %n รายการ: ปิดการขายได้ %1, ปิดการขายไม่ได้ %2, ยังเปิดอยู่ %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They pass through %n CRM stage(s). Check the rows below, then go on to the stages.</source>
        <translation>
            <numerusform>ดีลเหล่านี้ผ่านขั้นตอนใน CRM %n ขั้นตอน ตรวจสอบแถวด้านล่าง แล้วไปต่อที่การจับคู่ขั้นตอน</numerusform>
        </translation>
    </message>
    <message>
        <source>The files need answers before they can be imported: choose below, then read them again.</source>
        <translation>ต้องตอบคำถามก่อนจึงจะนำเข้าไฟล์ได้: เลือกด้านล่าง แล้วอ่านไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</source>
        <translation>นำเข้าไฟล์ไม่ได้ และไม่มีการเปลี่ยนแปลงใด ๆ รายการปัญหาระบุตำแหน่งไว้ ให้แก้ไขไฟล์ส่งออก หรือย้อนกลับไปเลือกไฟล์อื่น</translation>
    </message>
</context>
<context>
    <name>b2x::ImportFilesPage</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv *.tsv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</source>
        <translation>เลือกไฟล์ดีลที่ส่งออกจาก CRM ของคุณ และไฟล์เหตุการณ์ขั้นตอนสำหรับไฟล์ส่งออกที่แยกประวัติขั้นตอนไว้ต่างหาก การนำเข้าจะวัดแต่ละขั้นตอนของเพอร์โซนาจากไฟล์เหล่านี้ และจะไม่มีการเปลี่ยนแปลงใด ๆ จนกว่าคุณจะนำไปใช้</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>ไฟล์ดีล</translation>
    </message>
    <message>
        <source>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</source>
        <translation>CSV ของดีล: ไฟล์ส่งออกดีลจาก HubSpot หรือ Pipedrive, โอกาสการขายของ Salesforce หรือประวัติของโอกาสการขาย หรือไฟล์ดีลทั่วไป</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>จำเป็น</translation>
    </message>
    <message>
        <source>&amp;Deals file:</source>
        <translation>&amp;ไฟล์ดีล:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เ&amp;รียกดู…</translation>
    </message>
    <message>
        <source>Choose the deals file</source>
        <translation>เลือกไฟล์ดีล</translation>
    </message>
    <message>
        <source>Stage events file</source>
        <translation>ไฟล์เหตุการณ์ขั้นตอน</translation>
    </message>
    <message>
        <source>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</source>
        <translation>ไม่บังคับ: ประวัติขั้นตอน (stage_events.csv แบบทั่วไป, deal flow ของ Pipedrive, Opportunity History ของ Salesforce) เมื่อไฟล์ดีลไม่มีข้อมูลนี้</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>&amp;Stage events file:</source>
        <translation>ไฟล์เหตุการณ์&amp;ขั้นตอน:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>เรียก&amp;ดู…</translation>
    </message>
    <message>
        <source>Choose the stage events file</source>
        <translation>เลือกไฟล์เหตุการณ์ขั้นตอน</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>รูปแบบไฟล์ส่งออก</translation>
    </message>
    <message>
        <source>Which CRM wrote the files; Recognise from the headers reads the columns to tell</source>
        <translation>CRM ที่สร้างไฟล์ ตัวเลือก “ระบุจากหัวตาราง” จะอ่านคอลัมน์เพื่อแยกแยะ</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>ระบุจากหัวตาราง</translation>
    </message>
    <message>
        <source>Generic (deals.csv and stage_events.csv)</source>
        <translation>ทั่วไป (deals.csv และ stage_events.csv)</translation>
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
        <translation>รูปแ&amp;บบ:</translation>
    </message>
    <message>
        <source>Persona to calibrate</source>
        <translation>เพอร์โซนาที่จะปรับเทียบ</translation>
    </message>
    <message>
        <source>The persona whose pipeline stages the deals are measured against</source>
        <translation>เพอร์โซนาที่ใช้ขั้นตอนในไปป์ไลน์เป็นเกณฑ์ในการวัดดีล</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>เ&amp;พอร์โซนา:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>วันที่อ้างอิง</translation>
    </message>
    <message>
        <source>The day the export was taken: deals still open then count as open, not lost; later events are left out</source>
        <translation>วันที่ส่งออกข้อมูล: ดีลที่ยังเปิดอยู่ ณ วันนั้นนับเป็นดีลที่ยังเปิดอยู่ ไม่ใช่ปิดการขายไม่ได้ และไม่นับเหตุการณ์ที่เกิดหลังจากนั้น</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;ณ วันที่:</translation>
    </message>
</context>
<context>
    <name>b2x::ImportResultsView</name>
    <message>
        <source>Modelled against measured, per stage</source>
        <translation>ตามโมเดลเทียบกับวัดจริง แยกตามขั้นตอน</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>ตามโมเดล</translation>
    </message>
    <message>
        <source>Measured (95% interval)</source>
        <translation>วัดจริง (ช่วงความเชื่อมั่น 95%)</translation>
    </message>
    <message>
        <source>Moved on ÷ entered</source>
        <translation>ไปขั้นถัดไป ÷ เข้ามา</translation>
    </message>
    <message>
        <source>Days p50
modelled / measured</source>
        <translation>จำนวนวัน p50
ตามโมเดล / วัดจริง</translation>
    </message>
    <message>
        <source>Days p90
modelled / measured</source>
        <translation>จำนวนวัน p90
ตามโมเดล / วัดจริง</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>เข้ามา</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>ไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ปิดการขายไม่ได้</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>The persona&apos;s pipeline stage</source>
        <translation>ขั้นตอนในไปป์ไลน์ของเพอร์โซนา</translation>
    </message>
    <message>
        <source>The conversion the persona has today</source>
        <translation>อัตราการแปลงปัจจุบันของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</source>
        <translation>ค่าประมาณ Aalen–Johansen: ดีลที่ยังเปิดอยู่นับว่ายังอยู่ระหว่างตัดสินใจ ไม่ใช่ปิดการขายไม่ได้ และแสดง “ขอบล่าง” เมื่อดีลที่ยังเปิดอยู่อาจยังไปขั้นถัดไปได้</translation>
    </message>
    <message>
        <source>The naive figure, which counts every open deal as lost</source>
        <translation>ตัวเลขแบบง่าย ซึ่งนับดีลที่ยังเปิดอยู่ทุกรายการเป็นปิดการขายไม่ได้</translation>
    </message>
    <message>
        <source>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</source>
        <translation>ค่ามัธยฐานของจำนวนวันในขั้นตอน: ระยะเวลาแบบสามเหลี่ยมของเพอร์โซนาเทียบกับดีลที่ไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>90th percentile of days in the stage, modelled against measured</source>
        <translation>เปอร์เซ็นไทล์ที่ 90 ของจำนวนวันในขั้นตอน ตามโมเดลเทียบกับวัดจริง</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>ดีลที่เข้าสู่ขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Deals that moved on (or skipped it)</source>
        <translation>ดีลที่ไปขั้นถัดไป (หรือข้ามขั้นตอนนี้)</translation>
    </message>
    <message>
        <source>Deals lost from the stage</source>
        <translation>ดีลที่ปิดการขายไม่ได้ในขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Deals still in the stage on the as-of date</source>
        <translation>ดีลที่ยังอยู่ในขั้นตอนนี้ ณ วันที่อ้างอิง</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>คำเตือน:</translation>
    </message>
    <message>
        <source>Warnings about the measurement</source>
        <translation>คำเตือนเกี่ยวกับการวัด</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</source>
        <translation>
            <numerusform>%1 เทียบกับดีล %n รายการ (ปิดการขายได้ %2, ปิดการขายไม่ได้ %3, ยังเปิดอยู่ %4) “นำไปใช้” จะเขียนอัตราการแปลงและระยะเวลาที่วัดจริงลงในเพอร์โซนาในขั้นตอนเดียวที่เลิกทำได้</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, lower bound</source>
        <translation>%1, เป็นขอบล่าง</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</source>
        <translation>เส้นโค้งยังคงเพิ่มขึ้นเมื่อถึงจุดสิ้นสุด: ดีลที่ยังเปิดอยู่อาจยังไปขั้นถัดไปได้ อัตราการแปลงจึงมีค่าอย่างน้อยเท่านี้</translation>
    </message>
    <message>
        <source>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</source>
        <translation>รอบทั้งหมด ตั้งแต่สร้างดีลจนปิดการขายได้: วัดจริง p50 %1 วัน และ p90 %2 ตามโมเดล %3 และ %4 ดีลที่ปิดการขายได้คิดเป็น %5</translation>
    </message>
    <message>
        <source>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</source>
        <translation>แผนภูมิ: อัตราการแปลงของแต่ละขั้นตอน ตามโมเดลเทียบกับวัดจริง (ตารางด้านบนมีตัวเลขเดียวกัน)</translation>
    </message>
    <message>
        <source>Chart: share of won deals closed by day, measured against modelled</source>
        <translation>แผนภูมิ: สัดส่วนของดีลที่ปิดการขายได้ซึ่งปิดภายในแต่ละวัน วัดจริงเทียบกับตามโมเดล</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>b2x::ImportStagesPage</name>
    <message>
        <source>CRM stages and the persona stages they count as</source>
        <translation>ขั้นตอนใน CRM และขั้นตอนของเพอร์โซนาที่นับเป็น</translation>
    </message>
    <message>
        <source>CRM stage</source>
        <translation>ขั้นตอนใน CRM</translation>
    </message>
    <message>
        <source>Deals that entered it</source>
        <translation>ดีลที่เข้าสู่ขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Counts as the persona&apos;s stage</source>
        <translation>นับเป็นขั้นตอนของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</source>
        <translation>ระบุว่าแต่ละขั้นตอนใน CRM นับเป็นขั้นตอนใดในไปป์ไลน์ของ %1 ขั้นตอนใน CRM ที่ไม่ใช่ขั้นหนึ่งของไปป์ไลน์ของเพอร์โซนา (เช่น ปิดการขายได้ หรือพักไว้) ควรข้ามไป</translation>
    </message>
    <message>
        <source>Persona stage for the CRM stage %1</source>
        <translation>ขั้นตอนของเพอร์โซนาสำหรับขั้นตอนใน CRM %1</translation>
    </message>
    <message>
        <source>The persona&apos;s stage that deals in “%1” are in</source>
        <translation>ขั้นตอนของเพอร์โซนาที่ดีลใน “%1” อยู่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
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
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจกต์</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ค่าที่ไม่รองรับ</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ขาดหายไป</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>ต้องเป็นตัวเลขตั้งแต่ %1 ถึง %2 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>ต้องเป็นตัวเลขที่มีค่าจำกัด</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2; found %3</source>
        <translation>ต้องเป็นตัวเลขตั้งแต่ %1 ถึง %2 แต่พบ %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; found %3</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ %1 ถึง %2 แต่พบ %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ %1 ถึง %2 ไม่ใช่ %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>ต้องเป็น true หรือ false ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>ต้องเป็นข้อความ ไม่ใช่%1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>ยาว %1 ไบต์ อนุญาตสูงสุด %2</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>ต้องเป็นรายการ ไม่ใช่%1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>มี %1 รายการ อนุญาตสูงสุด %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>ต้องเป็นออบเจกต์ ไม่ใช่%1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>ต้องเป็นค่าใดค่าหนึ่งใน %1 ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>must be one of %1; found &quot;%2&quot;</source>
        <translation>ต้องเป็นค่าใดค่าหนึ่งใน %1 แต่พบ &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>b2x::KeyResultDialog</name>
    <message>
        <source>Add key result</source>
        <translation>เพิ่มผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>แก้ไขผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>What is measured, e.g. sales-qualified leads this quarter.</source>
        <translation>สิ่งที่วัด เช่น ลีดที่ผ่านการคัดกรองโดยฝ่ายขาย (SQL) ในไตรมาสนี้</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>e.g. SQLs, %, USD.</source>
        <translation>เช่น SQL, %, USD</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;หน่วย</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>The value when the period began.</source>
        <translation>ค่าเมื่อเริ่มช่วงเวลา</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ค่าเ&amp;ริ่มต้น</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>ค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>The value now; a check-in sets it too.</source>
        <translation>ค่าในขณะนี้ การเช็กอินก็ตั้งค่านี้ได้เช่นกัน</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>ค่า&amp;ปัจจุบัน</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>The value to reach; below the start for a &quot;decrease to&quot; target.</source>
        <translation>ค่าที่ต้องการไปให้ถึง ต่ำกว่าค่าเริ่มต้นสำหรับเป้าหมายแบบ &quot;ลดลงเหลือ&quot;</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;เป้าหมาย</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Its share in the objective&apos;s progress (1: equal; 0: left out).</source>
        <translation>ส่วนที่มีผลต่อความคืบหน้าของวัตถุประสงค์ (1: เท่ากัน, 0: ไม่นับรวม)</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;น้ำหนัก</translation>
    </message>
    <message>
        <source>&amp;Derived: the target follows a persona&apos;s reverse funnel</source>
        <translation>&amp;คำนวณจากกรวย: เป้าหมายอิงตามกรวยย้อนกลับของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Derived target</source>
        <translation>เป้าหมายที่คำนวณจากกรวยย้อนกลับ</translation>
    </message>
    <message>
        <source>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</source>
        <translation>เป้าหมายคำนวณจากเป้าหมาย กรวยการขาย และรอบการขายของเพอร์โซนา และจะเปลี่ยนตามเมื่อค่าเหล่านั้นเปลี่ยน</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>The persona whose reverse funnel gives the target.</source>
        <translation>เพอร์โซนาที่ใช้กรวยย้อนกลับเป็นที่มาของเป้าหมาย</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>ตัวเลขที่ใช้</translation>
    </message>
    <message>
        <source>Which figure of the reverse funnel becomes the target.</source>
        <translation>ตัวเลขใดของกรวยย้อนกลับที่จะใช้เป็นเป้าหมาย</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>ขั้นตอนในไปป์ไลน์</translation>
    </message>
    <message>
        <source>The pipeline stage whose entries are counted.</source>
        <translation>ขั้นตอนในไปป์ไลน์ที่ใช้นับจำนวนเข้า</translation>
    </message>
    <message>
        <source>Stage %1 (not in the pipeline)</source>
        <translation>ขั้นตอนที่ %1 (ไม่อยู่ในไปป์ไลน์)</translation>
    </message>
    <message>
        <source>Follows the reverse funnel; the value here is the target kept at the last check-in.</source>
        <translation>อิงตามกรวยย้อนกลับ ค่าที่แสดงนี้คือเป้าหมายที่บันทึกไว้ ณ การเช็กอินครั้งล่าสุด</translation>
    </message>
    <message>
        <source>The workspace has no persona to derive a target from.</source>
        <translation>พื้นที่ทำงานไม่มีเพอร์โซนาให้ใช้คำนวณเป้าหมาย</translation>
    </message>
    <message>
        <source>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</source>
        <translation>เป้าหมายล่าสุดจะแสดงในมุมมองต้นไม้เมื่อนำไปใช้แล้ว การเช็กอินแต่ละครั้งจะเก็บเป้าหมาย ณ วันนั้นไว้ เพื่อให้รายงานได้เมื่อเป้าหมายเปลี่ยน</translation>
    </message>
</context>
<context>
    <name>b2x::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;ใหม่</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;เปิด…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>บันทึกเ&amp;ป็น…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิ&amp;ด</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>อ&amp;อก</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิ&amp;กทำ</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำ&amp;ซ้ำ</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>เ&amp;พิ่มเพอร์โซนา</translation>
    </message>
    <message>
        <source>Add a blank persona (the arrow offers templates)</source>
        <translation>เพิ่มเพอร์โซนาเปล่า (ลูกศรมีเทมเพลตให้เลือก)</translation>
    </message>
    <message>
        <source>Add from &amp;Template</source>
        <translation>เพิ่มจากเ&amp;ทมเพลต</translation>
    </message>
    <message>
        <source>D&amp;uplicate Persona</source>
        <translation>ทำ&amp;สำเนาเพอร์โซนา</translation>
    </message>
    <message>
        <source>&amp;Delete Persona</source>
        <translation>&amp;ลบเพอร์โซนา</translation>
    </message>
    <message>
        <source>&amp;Workspace Details…</source>
        <translation>&amp;รายละเอียดพื้นที่ทำงาน…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;การตั้งค่า…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>รีเ&amp;ซ็ตเลย์เอาต์</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;เปิดแล้ว&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>ประวัติการเลิกทำ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ไฟล์</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>ใหม่จากเ&amp;ทมเพลต</translation>
    </message>
    <message>
        <source>B2B vs B2C sample (seven audiences)</source>
        <translation>ตัวอย่าง B2B เทียบกับ B2C (เจ็ดกลุ่มเป้าหมาย)</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>พื้นที่ทำงานเปล่า</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>เปิดไฟล์&amp;ล่าสุด</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แ&amp;ก้ไข</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุ&amp;มมอง</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;คู่มือโมเดล</translation>
    </message>
    <message>
        <source>&amp;About B2X Workbench</source>
        <translation>เ&amp;กี่ยวกับ B2X Workbench</translation>
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
        <translation>ล้างรายการ</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>เพิ่มเพอร์โซนา</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>เพิ่ม “%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>ทำสำเนา “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persona(s). Undo with %1.</source>
        <translation>
            <numerusform>ลบเพอร์โซนา %Ln รายการแล้ว เลิกทำได้ด้วย %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About B2X Workbench</source>
        <translation>เกี่ยวกับ B2X Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;สร้างโมเดลกลุ่มเป้าหมาย B2B และ B2C เป็นเพอร์โซนา และเปรียบเทียบวิธีการซื้อ: หน่วยตัดสินใจซื้อ รอบการขาย กรวยการขาย เศรษฐศาสตร์ต่อหน่วย ช่องทาง และการระบุแหล่งที่มา&lt;/p&gt;&lt;p&gt;โปรแกรมนี้เป็นซอฟต์แวร์เสรี คุณสามารถแจกจ่ายต่อและ/หรือแก้ไขได้ภายใต้เงื่อนไขของสัญญาอนุญาตสาธารณะทั่วไปของกนู (GNU General Public License) ที่เผยแพร่โดยมูลนิธิซอฟต์แวร์เสรี ฉบับที่ 3 หรือ (ตามที่คุณเลือก) ฉบับใดก็ได้ที่ใหม่กว่า โปรแกรมนี้แจกจ่ายโดยไม่มีการรับประกันใด ๆ&lt;/p&gt;&lt;p&gt;สร้างด้วย Qt %2 และ nlohmann/json&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>คู่มือโมเดล</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>โหลดคู่มือไม่ได้</translation>
    </message>
    <message>
        <source>Workspace &amp;Channels…</source>
        <translation>&amp;ช่องทางของพื้นที่ทำงาน…</translation>
    </message>
    <message>
        <source>B2B vs B2C sample</source>
        <translation>ตัวอย่าง B2B เทียบกับ B2C</translation>
    </message>
    <message>
        <source>&amp;Go to Plan</source>
        <translation>ไปที่แ&amp;ผน</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Go to &amp;Budget</source>
        <translation>ไปที่&amp;งบประมาณ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
</context>
<context>
    <name>b2x::MemberTableModel</name>
    <message>
        <source>Economic buyer</source>
        <translation>ผู้ซื้อเชิงเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Not the economic buyer</source>
        <translation>ไม่ใช่ผู้ซื้อเชิงเศรษฐกิจ</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>ตำแหน่งงาน</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>อิทธิพล</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>อนุมัติเงิน</translation>
    </message>
    <message>
        <source>Job title or description of the person, e.g. “IT security lead”.</source>
        <translation>ตำแหน่งงานหรือคำอธิบายบุคคล เช่น “หัวหน้าความปลอดภัยไอที”</translation>
    </message>
    <message>
        <source>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</source>
        <translation>ความเห็นของบุคคลนี้มีน้ำหนักเพียงใด ตั้งแต่ 0 (ไม่มี) ถึง 100 (ชี้ขาด)</translation>
    </message>
    <message>
        <source>Whether this person is for the purchase, neutral or against it.</source>
        <translation>บุคคลนี้สนับสนุนการซื้อ เป็นกลาง หรือคัดค้าน</translation>
    </message>
    <message>
        <source>The economic buyer releases the funds. Usually exactly one member does.</source>
        <translation>ผู้ซื้อเชิงเศรษฐกิจคือผู้อนุมัติเงิน โดยปกติมีสมาชิกเพียงคนเดียวที่ทำหน้าที่นี้</translation>
    </message>
    <message>
        <source>Edit decision-unit member %1</source>
        <translation>แก้ไขสมาชิกหน่วยตัดสินใจซื้อ %1</translation>
    </message>
    <message>
        <source>That is not a known role; nothing was saved.</source>
        <translation>ไม่ใช่บทบาทที่รู้จัก จึงไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>A job title can be at most %1 bytes long; it was not saved.</source>
        <translation>ตำแหน่งงานยาวได้สูงสุด %1 ไบต์ จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>Influence must lie between 0 and 100; %1 was not saved.</source>
        <translation>อิทธิพลต้องอยู่ระหว่าง 0 ถึง 100 ค่า %1 จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>That is not a known stance; nothing was saved.</source>
        <translation>ไม่ใช่จุดยืนที่รู้จัก จึงไม่มีการบันทึก</translation>
    </message>
    <message>
        <source>Add decision-unit member</source>
        <translation>เพิ่มสมาชิกหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Remove decision-unit member</source>
        <translation>นำสมาชิกหน่วยตัดสินใจซื้อออก</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</source>
        <translation>บทบาทที่บุคคลนี้มีในการซื้อ: หนึ่งบทบาทหรือหลายบทบาท (ในครัวเรือนขนาดเล็ก คนคนเดียวมักเป็นทั้งผู้ใช้ ผู้ตัดสินใจ และผู้ซื้อในเวลาเดียวกัน)</translation>
    </message>
    <message>
        <source>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</source>
        <translation>สมาชิกทุกคนต้องมีอย่างน้อยหนึ่งบทบาท %1 จึงยังถูกทำเครื่องหมายไว้ ให้ทำเครื่องหมายบทบาทที่บุคคลนี้มีจริงก่อน แล้วจึงเอาเครื่องหมายของบทบาทนี้ออก</translation>
    </message>
</context>
<context>
    <name>b2x::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
</context>
<context>
    <name>b2x::Migrations</name>
    <message>
        <source>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</source>
        <translation>อัปเกรดรูปแบบเวอร์ชัน %1 ไม่ได้: B2X Workbench เวอร์ชันนี้ไม่มีการแปลงจากรูปแบบดังกล่าว</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</source>
        <translation>อัปเกรดรูปแบบเวอร์ชัน %1 ไม่ได้: ไฟล์ไม่มีโครงสร้างของเวอร์ชันนั้น จึงเสียหาย</translation>
    </message>
</context>
<context>
    <name>b2x::MotivesSection</name>
    <message>
        <source>Rational versus emotional</source>
        <translation>เหตุผลกับอารมณ์</translation>
    </message>
    <message>
        <source>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</source>
        <translation>0 = ตัดสินใจด้วยความรู้สึก ความไว้วางใจ และความมั่นใจ; 100 = ตัดสินใจด้วยการวิเคราะห์ สเปก และต้นทุน</translation>
    </message>
    <message>
        <source>Business versus personal value</source>
        <translation>คุณค่าทางธุรกิจกับคุณค่าส่วนตัว</translation>
    </message>
    <message>
        <source>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</source>
        <translation>0 = สิ่งที่การซื้อให้กับผู้ซื้อเป็นการส่วนตัว (ความมั่นใจ ชื่อเสียง ความยุ่งยากที่น้อยลง); 100 = สิ่งที่ให้กับองค์กรหรืองบประมาณครัวเรือน</translation>
    </message>
    <message>
        <source>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</source>
        <translation>กลุ่มเป้าหมายนี้ตัดสินใจอย่างไร โดยไม่ขึ้นกับป้ายกำกับ B2B หรือ B2C แรงจูงใจด้านเหตุผลและอารมณ์มีอยู่ในทั้งสองแบบ ในการศึกษาของ CEB และ Google กับผู้ซื้อ B2B 3,000 ราย คุณค่าส่วนตัวมีผลต่อการซื้อเป็นสองเท่าของคุณค่าทางธุรกิจ และผู้ซื้อเพียง 14% เห็นความแตกต่างที่แท้จริงในคุณค่าทางธุรกิจระหว่างผู้ขาย ตั้งแถบเลื่อนตามสิ่งที่คุณรู้เกี่ยวกับกลุ่มเป้าหมาย ไม่ใช่ตามป้ายกำกับ</translation>
    </message>
    <message>
        <source>Rational or emotional</source>
        <translation>เหตุผลหรืออารมณ์</translation>
    </message>
    <message>
        <source>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</source>
        <translation>กลุ่มเป้าหมายตัดสินใจโดยวิเคราะห์ความต้องการ ต้นทุน และประโยชน์ระยะยาว หรือด้วยความรู้สึก แบรนด์ ความสะดวก และรีวิว</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>อารมณ์</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Business or personal value</source>
        <translation>คุณค่าทางธุรกิจหรือส่วนตัว</translation>
    </message>
    <message>
        <source>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</source>
        <translation>การซื้อชนะด้วยสิ่งที่ให้กับองค์กร (รายได้ ต้นทุน ความเสี่ยง) หรือด้วยสิ่งที่ให้กับคนที่ซื้อ (ความมั่นใจ การยอมรับ งานที่ง่ายขึ้น)</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>คุณค่าส่วนตัว</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>คุณค่าทางธุรกิจ</translation>
    </message>
    <message>
        <source>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</source>
        <translation>ที่มา: CEB (ปัจจุบันคือ Gartner) และ Google สำรวจผู้ซื้อ B2B 3,000 ราย ดูหมายเหตุเรื่องค่าอ้างอิงในเอกสารประกอบ</translation>
    </message>
    <message>
        <source>Change rational or emotional motives</source>
        <translation>เปลี่ยนแรงจูงใจด้านเหตุผลหรืออารมณ์</translation>
    </message>
    <message>
        <source>Change business or personal value</source>
        <translation>เปลี่ยนคุณค่าทางธุรกิจหรือส่วนตัว</translation>
    </message>
    <message>
        <source>%1% rational, %2% emotional</source>
        <translation>เหตุผล %1% อารมณ์ %2%</translation>
    </message>
    <message>
        <source>%1% business value, %2% personal value</source>
        <translation>คุณค่าทางธุรกิจ %1% คุณค่าส่วนตัว %2%</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>แรงจูงใจ</translation>
    </message>
</context>
<context>
    <name>b2x::NotesSection</name>
    <message>
        <source>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</source>
        <translation>สิ่งอื่นที่ควรเก็บไว้เกี่ยวกับกลุ่มเป้าหมายนี้: ข้อค้นพบจากการสัมภาษณ์ คำถามที่ยังเปิดอยู่ ไอเดียที่จะทดสอบ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Free text; it is saved with the workspace but not used by the models.</source>
        <translation>ข้อความอิสระ บันทึกไว้กับพื้นที่ทำงานแต่โมเดลไม่ได้นำไปใช้</translation>
    </message>
    <message>
        <source>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</source>
        <translation>บันทึกยาวได้สูงสุด %1 ไบต์ การเปลี่ยนแปลงล่าสุดจึงไม่ถูกบันทึก ย่อข้อความให้สั้นลงเพื่อบันทึก</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectiveDialog</name>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Missing persona (%1)</source>
        <translation>ไม่พบเพอร์โซนา (%1)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>เพิ่มวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>แก้ไขวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>What the objective wants to achieve, in words.</source>
        <translation>สิ่งที่วัตถุประสงค์ต้องการบรรลุ เขียนเป็นถ้อยคำ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>ผู้ที่รับผิดชอบวัตถุประสงค์นี้</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>ผู้&amp;รับผิดชอบ</translation>
    </message>
    <message>
        <source>RACE stage</source>
        <translation>ขั้นตอน RACE</translation>
    </message>
    <message>
        <source>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</source>
        <translation>ขั้นตอน RACE ที่วัตถุประสงค์นี้สนับสนุน: การวางแผน การเข้าถึง การมีปฏิสัมพันธ์ การเปลี่ยนเป็นลูกค้า หรือการสร้างความผูกพัน</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;ขั้นตอน RACE</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>The persona the objective concerns, or none.</source>
        <translation>เพอร์โซนาที่วัตถุประสงค์นี้เกี่ยวข้อง หรือไม่มี</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>เ&amp;พอร์โซนา</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>ระดับความผูกมัด</translation>
    </message>
    <message>
        <source>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>วัตถุประสงค์แบบผูกมัดต้องทำให้สำเร็จเต็มที่ ส่วนแบบท้าทายเป็นเป้าหมายที่ตั้งไว้สูงกว่าปกติ</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>ระดับความ&amp;ผูกมัด</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesModel</name>
    <message>
        <source>missing persona</source>
        <translation>ไม่พบเพอร์โซนา</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(วัตถุประสงค์ไม่มีชื่อ)</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>ผลลัพธ์หลัก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective “%1”.</source>
        <translation>วัตถุประสงค์ “%1”</translation>
    </message>
    <message>
        <source>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</source>
        <translation>ความคืบหน้า %1 (%2): ค่าเฉลี่ยความคืบหน้าของผลลัพธ์หลัก ถ่วงน้ำหนักตามน้ำหนักของแต่ละรายการ</translation>
    </message>
    <message>
        <source>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</source>
        <translation>ยังไม่มีความคืบหน้า: ไม่มีผลลัพธ์หลักใดที่ค่าเริ่มต้นต่างจากเป้าหมาย หรือน้ำหนักทุกรายการเป็น 0</translation>
    </message>
    <message>
        <source>RACE stage: %1.</source>
        <translation>ขั้นตอน RACE: %1</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>เพอร์โซนา: %1</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>ผู้รับผิดชอบ: %1</translation>
    </message>
    <message>
        <source>Committed: expected to be met in full.</source>
        <translation>แบบผูกมัด: ต้องทำให้สำเร็จเต็มที่</translation>
    </message>
    <message>
        <source>Aspirational: a stretch goal; about 70% is a good result.</source>
        <translation>แบบท้าทาย: เป้าหมายที่ตั้งไว้สูงกว่าปกติ ได้ประมาณ 70% ถือเป็นผลลัพธ์ที่ดี</translation>
    </message>
    <message>
        <source>(unnamed key result)</source>
        <translation>(ผลลัพธ์หลักไม่มีชื่อ)</translation>
    </message>
    <message>
        <source>↻ %1</source>
        <comment>a derived target, following the reverse funnel</comment>
        <translation>↻ %1</translation>
    </message>
    <message>
        <source>↻ derived, moved since the last check-in</source>
        <translation>↻ คำนวณจากกรวย เปลี่ยนไปตั้งแต่การเช็กอินครั้งล่าสุด</translation>
    </message>
    <message>
        <source>↻ derived</source>
        <translation>↻ คำนวณจากกรวย</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>น้ำหนัก %1</translation>
    </message>
    <message>
        <source>confidence %1/%2</source>
        <translation>ความมั่นใจ %1/%2</translation>
    </message>
    <message>
        <source>Key result “%1”: %2.</source>
        <translation>ผลลัพธ์หลัก “%1”: %2</translation>
    </message>
    <message>
        <source>start %1, current %2, target %3</source>
        <translation>เริ่มต้น %1, ปัจจุบัน %2, เป้าหมาย %3</translation>
    </message>
    <message>
        <source>Progress %1 (%2): (current − start) ÷ (target − start).</source>
        <translation>ความคืบหน้า %1 (%2): (ปัจจุบัน − เริ่มต้น) ÷ (เป้าหมาย − เริ่มต้น)</translation>
    </message>
    <message>
        <source>No progress yet: the target equals the start.</source>
        <translation>ยังไม่มีความคืบหน้า: เป้าหมายเท่ากับค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>The target moved from %1 at the last check-in to %2.</source>
        <translation>เป้าหมายเปลี่ยนจาก %1 ณ การเช็กอินครั้งล่าสุดเป็น %2</translation>
    </message>
    <message>
        <source>Weight %1 in the objective.</source>
        <translation>น้ำหนักในวัตถุประสงค์ %1</translation>
    </message>
    <message>
        <source>Confidence at the latest check-in: %1 of %2.</source>
        <translation>ความมั่นใจ ณ การเช็กอินครั้งล่าสุด: %1 จาก %2</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>ยังไม่มีการเช็กอิน</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>วัตถุประสงค์ / ผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>เริ่มต้น → ปัจจุบัน → เป้าหมาย</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesView</name>
    <message>
        <source>Objectives and key results</source>
        <translation>วัตถุประสงค์และผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</source>
        <translation>วัตถุประสงค์แต่ละข้อพร้อมผลลัพธ์หลัก ความคืบหน้าแสดงสีตามช่วงการให้คะแนนของ Google และระบุชื่อสีไว้ข้างแถบ กด Enter เพื่อแก้ไขแถวที่เลือก กด Delete เพื่อลบ</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>เพิ่ม&amp;วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Adds an objective to the plan.</source>
        <translation>เพิ่มวัตถุประสงค์ลงในแผน</translation>
    </message>
    <message>
        <source>Add &amp;key result</source>
        <translation>เพิ่มผลลัพธ์&amp;หลัก</translation>
    </message>
    <message>
        <source>Adds a key result to the selected objective.</source>
        <translation>เพิ่มผลลัพธ์หลักให้กับวัตถุประสงค์ที่เลือก</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>Edits the selected objective or key result.</source>
        <translation>แก้ไขวัตถุประสงค์หรือผลลัพธ์หลักที่เลือก</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Deletes the selected objective (with its key results) or key result. Undo brings it back.</source>
        <translation>ลบวัตถุประสงค์ที่เลือก (พร้อมผลลัพธ์หลักทั้งหมด) หรือผลลัพธ์หลักที่เลือก เลิกทำเพื่อนำกลับมาได้</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one, then its key results.</source>
        <translation>แผนยังไม่มีวัตถุประสงค์ เพิ่มวัตถุประสงค์ก่อน แล้วจึงเพิ่มผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Select an objective or a key result to see how its progress and target are worked out.</source>
        <translation>เลือกวัตถุประสงค์หรือผลลัพธ์หลักเพื่อดูวิธีคำนวณความคืบหน้าและเป้าหมาย</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>เพิ่มวัตถุประสงค์ “%1”</translation>
    </message>
    <message>
        <source>Edit objective “%1”</source>
        <translation>แก้ไขวัตถุประสงค์ “%1”</translation>
    </message>
    <message>
        <source>Add key result “%1”</source>
        <translation>เพิ่มผลลัพธ์หลัก “%1”</translation>
    </message>
    <message>
        <source>Edit key result “%1”</source>
        <translation>แก้ไขผลลัพธ์หลัก “%1”</translation>
    </message>
    <message>
        <source>Delete key result “%1”</source>
        <translation>ลบผลลัพธ์หลัก “%1”</translation>
    </message>
    <message>
        <source>Delete objective “%1”</source>
        <translation>ลบวัตถุประสงค์ “%1”</translation>
    </message>
    <message>
        <source>Add a check-in to “%1”</source>
        <translation>เพิ่มการเช็กอินให้ “%1”</translation>
    </message>
    <message>
        <source>Delete a check-in of “%1”</source>
        <translation>ลบการเช็กอินของ “%1”</translation>
    </message>
</context>
<context>
    <name>b2x::PdfReport</name>
    <message>
        <source>B2B vs B2C comparison</source>
        <translation>การเปรียบเทียบ B2B กับ B2C</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>การส่งออกถูกยกเลิก</translation>
    </message>
    <message>
        <source>B2B vs B2C comparison report</source>
        <translation>รายงานการเปรียบเทียบ B2B กับ B2C</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>จัดทำสำหรับ %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>จัดทำโดย %1</translation>
    </message>
    <message>
        <source>This report covers one persona:</source>
        <translation>รายงานนี้ครอบคลุมเพอร์โซนาหนึ่งรายการ:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas:</source>
        <translation>
            <numerusform>รายงานนี้ครอบคลุมเพอร์โซนา %Ln รายการ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>และอีก %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaEditor</name>
    <message>
        <source>Persona editor</source>
        <translation>ตัวแก้ไขเพอร์โซนา</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written for another value than the persona has now</source>
        <translation>
            <numerusform>แหล่งที่มา %Ln รายการเขียนไว้สำหรับค่าอื่นที่ไม่ใช่ค่าปัจจุบันของเพอร์โซนา</numerusform>
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
        <translation>เพอร์โซนาใหม่</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>ลีด</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>การซื้อ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListDelegate</name>
    <message>
        <source>B2B index %1 · behaves %2</source>
        <translation>ดัชนี B2B %1 · พฤติกรรม: %2</translation>
    </message>
    <message>
        <source>⚠ %1 · label and behaviour differ</source>
        <translation>⚠ %1 · ป้ายกำกับกับพฤติกรรมไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListModel</name>
    <message>
        <source>%1, labelled %2</source>
        <translation>%1, ป้ายกำกับ: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListPanel</name>
    <message>
        <source>Filter personas</source>
        <translation>กรองเพอร์โซนา</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</source>
        <translation>เลือกเพอร์โซนาได้สูงสุดหกรายการ (Ctrl+คลิก) เพื่อเปรียบเทียบในแผนภูมิ ลากเพอร์โซนาเพื่อจัดลำดับรายการใหม่</translation>
    </message>
</context>
<context>
    <name>b2x::PipelineSection</name>
    <message>
        <source>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</source>
        <translation>ขั้นตอนตั้งแต่การติดต่อครั้งแรกจนถึงการซื้อ ตามลำดับ สำหรับแต่ละขั้น: สัดส่วนที่ผ่านไปยังขั้นถัดไป และเวลาที่สั้นที่สุด พบบ่อยที่สุด และนานที่สุดในขั้นนั้น รอบ B2B มักยาวหลายเดือน ส่วนการตัดสินใจของผู้บริโภคใช้เวลาตั้งแต่ไม่กี่ชั่วโมงถึงหลายสัปดาห์ ดับเบิลคลิกเซลล์หรือเริ่มพิมพ์เพื่อแก้ไข</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>ขั้นตอนในไปป์ไลน์</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>เ&amp;พิ่มขั้นตอน</translation>
    </message>
    <message>
        <source>Insert a new stage after the selected one.</source>
        <translation>แทรกขั้นตอนใหม่ต่อจากขั้นที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>นำขั้นตอนออ&amp;ก</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>นำขั้นตอนที่เลือกออก</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อน&amp;ขึ้น</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier.</source>
        <translation>เลื่อนขั้นตอนที่เลือกขึ้นไปหนึ่งตำแหน่ง</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนล&amp;ง</translation>
    </message>
    <message>
        <source>Move the selected stage one place later.</source>
        <translation>เลื่อนขั้นตอนที่เลือกลงไปหนึ่งตำแหน่ง</translation>
    </message>
    <message>
        <source>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</source>
        <translation>เวลาเฉลี่ยผ่านทั้ง %1 ขั้น: %2 วัน (แต่ละขั้นคิดเป็น (ต่ำสุด + น่าจะเป็น + สูงสุด) ÷ 3)</translation>
    </message>
    <message>
        <source>A pipeline can have at most %1 stages.</source>
        <translation>ไปป์ไลน์มีได้สูงสุด %1 ขั้นตอน</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>ไปป์ไลน์</translation>
    </message>
</context>
<context>
    <name>b2x::PlanCsvExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PlanPanel</name>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>e.g. Q1 2027</source>
        <translation>เช่น ไตรมาส 1 ปี 2027</translation>
    </message>
    <message>
        <source>The name the plan and the report give this period.</source>
        <translation>ชื่อที่แผนและรายงานใช้เรียกช่วงเวลานี้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>วันแรกของช่วงเวลา</translation>
    </message>
    <message>
        <source>The last day of the period (it belongs to it).</source>
        <translation>วันสุดท้ายของช่วงเวลา (นับรวมอยู่ในช่วงเวลา)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>รายได้จากลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Whether the target counts new customers or their revenue (customers × price).</source>
        <translation>เป้าหมายนับเป็นจำนวนลูกค้าใหม่หรือรายได้จากลูกค้าเหล่านั้น (ลูกค้า × ราคา)</translation>
    </message>
    <message>
        <source>Target as</source>
        <translation>ประเภทเป้าหมาย</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>ไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <source>What the period should bring from this persona. 0: no target.</source>
        <translation>สิ่งที่เพอร์โซนานี้ควรสร้างได้ในช่วงเวลานี้ 0: ไม่มีเป้าหมาย</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</source>
        <translation>จำนวนบัญชี (B2B) หรือคน (B2C) ในกลุ่มนี้ แผนจะตรวจสอบปริมาณที่เป้าหมายต้องการเทียบกับค่านี้ 0: ไม่ทราบ</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>ขนาดกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>กรวยย้อนกลับ</translation>
    </message>
    <message>
        <source>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</source>
        <translation>เป้าหมายที่คำนวณย้อนกลับผ่านกรวยการขายและรอบการขายของเพอร์โซนา โดยถือว่าลีดเข้ามาอย่างสม่ำเสมอตั้งแต่ต้นช่วงเวลา</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>การตรวจสอบของแผน</translation>
    </message>
    <message>
        <source>Rename the plan period</source>
        <translation>เปลี่ยนชื่อช่วงเวลาของแผน</translation>
    </message>
    <message>
        <source>Change what the target counts</source>
        <translation>เปลี่ยนประเภทเป้าหมาย</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>เปลี่ยนเป้าหมาย</translation>
    </message>
    <message>
        <source>Change the audience size</source>
        <translation>เปลี่ยนขนาดกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</source>
        <translation>ยังไม่ได้กำหนดช่วงเวลา แผนจึงคำนวณสำหรับไตรมาสปัจจุบัน เปลี่ยนวันที่เพื่อกำหนดช่วงเวลา</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Target for “%1”</source>
        <translation>เป้าหมายของ “%1”</translation>
    </message>
    <message>
        <source>Target (select a persona)</source>
        <translation>เป้าหมาย (เลือกเพอร์โซนา)</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs.</source>
        <translation>เลือกเพอร์โซนาเพื่อดูว่าเป้าหมายของเพอร์โซนานั้นต้องการอะไร</translation>
    </message>
    <message>
        <source>Target: new customers</source>
        <translation>เป้าหมาย: ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Target: new-customer revenue</source>
        <translation>เป้าหมาย: รายได้จากลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Customers expected in the period at today&apos;s volume</source>
        <translation>ลูกค้าที่คาดว่าจะได้ในช่วงเวลานี้ด้วยปริมาณปัจจุบัน</translation>
    </message>
    <message>
        <source>Shortfall if volume and spend stay as today</source>
        <translation>ส่วนที่ขาดหากปริมาณและค่าใช้จ่ายคงเดิม</translation>
    </message>
    <message>
        <source>Monthly volume the target needs (today %1)</source>
        <translation>ปริมาณต่อเดือนที่เป้าหมายต้องการ (ปัจจุบัน %1)</translation>
    </message>
    <message>
        <source>Monthly spend the target needs (today %1)</source>
        <translation>ค่าใช้จ่ายรายเดือนที่เป้าหมายต้องการ (ปัจจุบัน %1)</translation>
    </message>
    <message>
        <source>Entries into “%1” over the period</source>
        <translation>จำนวนเข้าสู่ “%1” ตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, half of the deals</source>
        <translation>วันเข้าล่าสุดที่ยังปิดการขายได้ทันสิ้นช่วงเวลา สำหรับดีลครึ่งหนึ่ง</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, nine deals in ten</source>
        <translation>วันเข้าล่าสุดที่ยังปิดการขายได้ทันสิ้นช่วงเวลา สำหรับดีลเก้าในสิบ</translation>
    </message>
    <message>
        <source>Planned budget of its tactics</source>
        <translation>งบประมาณที่วางแผนไว้สำหรับกลวิธีของเพอร์โซนา</translation>
    </message>
    <message>
        <source>No target for this persona: set one above to see the volume, spend and entries it needs.</source>
        <translation>เพอร์โซนานี้ไม่มีเป้าหมาย ตั้งเป้าหมายด้านบนเพื่อดูปริมาณ ค่าใช้จ่าย และจำนวนเข้าที่ต้องการ</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>ไม่พบปัญหา แผนผ่านการตรวจสอบทุกข้อ</translation>
    </message>
    <message>
        <source>Change the period&apos;s start</source>
        <translation>เปลี่ยนวันเริ่มต้นของช่วงเวลา</translation>
    </message>
    <message>
        <source>Change the period&apos;s end</source>
        <translation>เปลี่ยนวันสิ้นสุดของช่วงเวลา</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 ของ “%2”</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</source>
        <translation>ช่วงเวลา เป้าหมายและกรวยย้อนกลับของแต่ละเพอร์โซนา และผลการตรวจสอบของแผน</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ไทม์ไลน์</translation>
    </message>
    <message>
        <source>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</source>
        <translation>คลิกผลการตรวจสอบที่เกี่ยวกับเพอร์โซนาเพื่อเลือกเพอร์โซนานั้น ส่วนผลการตรวจสอบที่เกี่ยวกับผลลัพธ์หลักจะเปิดผลลัพธ์หลักนั้นในหน้าวัตถุประสงค์</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>บอร์ด</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>วัตถุประสงค์</translation>
    </message>
</context>
<context>
    <name>b2x::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</source>
        <translation>ขณะที่พื้นที่ทำงานมีการเปลี่ยนแปลงที่ยังไม่บันทึก จะมีการเขียนสำเนากู้คืนตามความถี่นี้ไว้ในโฟลเดอร์ข้อมูลของแอป (ไม่เขียนทับไฟล์ของคุณ) หลังโปรแกรมขัดข้อง การเปิดครั้งถัดไปจะเสนอให้กู้คืน</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</source>
        <translation>ภาษาของเมนู แบบฟอร์ม ข้อความ และรายงาน รวมถึงรูปแบบการเขียนตัวเลข จำนวนเงิน และวันที่ การเปลี่ยนแปลงจะมีผลเมื่อเปิด B2X Workbench ครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ภาษา:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>สำเนากู้คืนทุก:</translation>
    </message>
</context>
<context>
    <name>b2x::Presets</name>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</source>
        <translation>b2blead.io, First Page Sage (ผ่าน altiorco), getfairview: ผู้เข้าชม → ลีด 1–5%, ลีด → MQL 15–40%, MQL → SQL 13–60%, SQL → โอกาสการขาย 30–80%, โอกาสการขาย → ปิดการขาย 10–35% (องค์กรใหญ่ 10–20%, ธุรกิจขนาดกลาง 20–30%)</translation>
    </message>
    <message>
        <source>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</source>
        <translation>ตั้งให้ CLV:CAC ประมาณ 3:1 ซึ่งเป็นอัตราส่วนที่ดี (pug.sh, knowmba, metrictoolbox) ให้แทนด้วยงบประมาณของคุณ</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no gross-margin figure; use your finance figure</source>
        <translation>สมมติฐาน: รายการอ้างอิงไม่มีตัวเลขอัตรากำไรขั้นต้น ให้ใช้ตัวเลขจากฝ่ายการเงินของคุณ</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no customer-lifetime figure; use your retention data</source>
        <translation>สมมติฐาน: รายการอ้างอิงไม่มีตัวเลขอายุความเป็นลูกค้า ให้ใช้ข้อมูลการรักษาลูกค้าของคุณ</translation>
    </message>
    <message>
        <source>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</source>
        <translation>สมมติฐานตามขนาดของตัวอย่างจาก b2blead.io (ผู้เข้าชม 10,000 → ลีด 300 → MQL 90 → SQL 36 → โอกาสการขาย 27 → ลูกค้า 6) ให้ใช้ข้อมูลวิเคราะห์ของคุณ</translation>
    </message>
    <message>
        <source>Owner or marketing lead of a small business</source>
        <translation>เจ้าของหรือหัวหน้าฝ่ายการตลาดของธุรกิจขนาดเล็ก</translation>
    </message>
    <message>
        <source>Chooses the tool; a manager approves the card payment</source>
        <translation>เป็นคนเลือกเครื่องมือ ผู้จัดการอนุมัติการจ่ายด้วยบัตร</translation>
    </message>
    <message>
        <source>Get results within weeks, without an implementation project</source>
        <translation>ได้ผลลัพธ์ภายในไม่กี่สัปดาห์ โดยไม่ต้องมีโครงการติดตั้งระบบ</translation>
    </message>
    <message>
        <source>No time to evaluate many tools; budget needs a quick yes</source>
        <translation>ไม่มีเวลาประเมินเครื่องมือหลายตัว งบประมาณต้องได้รับอนุมัติเร็ว</translation>
    </message>
    <message>
        <source>Marketing lead (picks the tool)</source>
        <translation>หัวหน้าฝ่ายการตลาด (เลือกเครื่องมือ)</translation>
    </message>
    <message>
        <source>Owner or manager (approves the payment)</source>
        <translation>เจ้าของหรือผู้จัดการ (อนุมัติการจ่ายเงิน)</translation>
    </message>
    <message>
        <source>Website visitor → free-trial sign-up</source>
        <translation>ผู้เข้าชมเว็บไซต์ → สมัครทดลองใช้ฟรี</translation>
    </message>
    <message>
        <source>Free trial → paid plan</source>
        <translation>ทดลองใช้ฟรี → แพ็กเกจแบบชำระเงิน</translation>
    </message>
    <message>
        <source>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</source>
        <translation>แพ็กเกจ 200 ดอลลาร์ต่อเดือนที่เรียกเก็บรายปี อยู่ในช่วงของ firstsales.io “ต่ำกว่า 10K ดอลลาร์: 1–2 เดือน อัตราปิดการขาย 25–35%”</translation>
    </message>
    <message>
        <source>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</source>
        <translation>ผู้เข้าชม → ทดลองใช้ 3% อยู่ในช่วงผู้เข้าชม → ลีด 1–5% (b2blead.io) ทดลองใช้ → ชำระเงิน 30% อยู่ในอัตราปิดการขาย 25–35% สำหรับดีลต่ำกว่า 10K ดอลลาร์ (firstsales.io)</translation>
    </message>
    <message>
        <source>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</source>
        <translation>รวมประมาณ 3 สัปดาห์: รอบการขายของ SMB ใช้เวลา 14–30 วัน (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</source>
        <translation>สองคน: ต้นทุนและความเสี่ยงต่ำทำให้มีผู้เกี่ยวข้องน้อย (Robinson, Faris &amp; Wind 1967)</translation>
    </message>
    <message>
        <source>One yearly renewal</source>
        <translation>ต่ออายุปีละครั้ง</translation>
    </message>
    <message>
        <source>Head of operations (project sponsor)</source>
        <translation>หัวหน้าฝ่ายปฏิบัติการ (ผู้สนับสนุนโครงการ)</translation>
    </message>
    <message>
        <source>Replace spreadsheets with one system the whole department uses</source>
        <translation>เปลี่ยนจากสเปรดชีตเป็นระบบเดียวที่ทั้งแผนกใช้</translation>
    </message>
    <message>
        <source>IT capacity is scarce; the last rollout stalled</source>
        <translation>ทรัพยากรไอทีมีจำกัด การติดตั้งระบบครั้งล่าสุดหยุดชะงัก</translation>
    </message>
    <message>
        <source>Chief operating officer (releases the budget)</source>
        <translation>ประธานเจ้าหน้าที่ฝ่ายปฏิบัติการ (อนุมัติงบประมาณ)</translation>
    </message>
    <message>
        <source>Head of operations (sponsor)</source>
        <translation>หัวหน้าฝ่ายปฏิบัติการ (ผู้สนับสนุน)</translation>
    </message>
    <message>
        <source>Team lead who will use it daily</source>
        <translation>หัวหน้าทีมที่จะใช้งานทุกวัน</translation>
    </message>
    <message>
        <source>IT manager (technical evaluation)</source>
        <translation>ผู้จัดการไอที (ประเมินด้านเทคนิค)</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>ผู้จัดการฝ่ายจัดซื้อ</translation>
    </message>
    <message>
        <source>Website visitor → lead</source>
        <translation>ผู้เข้าชมเว็บไซต์ → ลีด</translation>
    </message>
    <message>
        <source>Lead → marketing-qualified lead</source>
        <translation>ลีด → ลีดที่ผ่านการคัดกรองจากการตลาด</translation>
    </message>
    <message>
        <source>MQL → sales-qualified lead</source>
        <translation>MQL → ลีดที่ผ่านการคัดกรองจากฝ่ายขาย</translation>
    </message>
    <message>
        <source>SQL → opportunity</source>
        <translation>SQL → โอกาสการขาย</translation>
    </message>
    <message>
        <source>Opportunity → won</source>
        <translation>โอกาสการขาย → ปิดการขายได้</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</source>
        <translation>อยู่ในช่วงของ firstsales.io “25–50K ดอลลาร์: 3–4 เดือน อัตราปิดการขาย 18–25%”</translation>
    </message>
    <message>
        <source>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</source>
        <translation>อัตราจากตัวอย่างของ b2blead.io (3%, 30%, 40%, 75%, 22%) อยู่ในช่วงที่เผยแพร่ ธุรกิจขนาดกลาง โอกาสการขาย → ปิดการขาย 20–30%</translation>
    </message>
    <message>
        <source>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</source>
        <translation>รวมประมาณ 3 เดือน: ดีล 25–50K ดอลลาร์ใช้เวลา 3–4 เดือน (firstsales.io) ธุรกิจขนาดกลาง 30–90 วัน (thecroreport.com)</translation>
    </message>
    <message>
        <source>Five people: CEB measured 5.4 people per B2B purchase (2014)</source>
        <translation>ห้าคน: CEB วัดได้ 5.4 คนต่อการซื้อ B2B (2014)</translation>
    </message>
    <message>
        <source>One yearly contract</source>
        <translation>สัญญารายปีหนึ่งฉบับ</translation>
    </message>
    <message>
        <source>VP of a business unit (sponsor and champion)</source>
        <translation>รองประธานหน่วยธุรกิจ (ผู้สนับสนุนและผลักดัน)</translation>
    </message>
    <message>
        <source>A platform decision that survives audit and scales for five years</source>
        <translation>การตัดสินใจเลือกแพลตฟอร์มที่ผ่านการตรวจสอบและขยายได้ห้าปี</translation>
    </message>
    <message>
        <source>Every department has its own tool; integration costs keep rising</source>
        <translation>ทุกแผนกมีเครื่องมือของตัวเอง ต้นทุนการเชื่อมต่อระบบเพิ่มขึ้นเรื่อย ๆ</translation>
    </message>
    <message>
        <source>Chief financial officer (economic buyer)</source>
        <translation>ประธานเจ้าหน้าที่ฝ่ายการเงิน (ผู้ซื้อเชิงเศรษฐกิจ)</translation>
    </message>
    <message>
        <source>Business-unit VP (sponsor)</source>
        <translation>รองประธานหน่วยธุรกิจ (ผู้สนับสนุน)</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>ผู้จัดการฝ่ายปฏิบัติการ</translation>
    </message>
    <message>
        <source>Enterprise architect (technical evaluator)</source>
        <translation>สถาปนิกองค์กร (ผู้ประเมินด้านเทคนิค)</translation>
    </message>
    <message>
        <source>IT security lead</source>
        <translation>หัวหน้าความปลอดภัยไอที</translation>
    </message>
    <message>
        <source>Procurement (runs the tender)</source>
        <translation>ฝ่ายจัดซื้อ (ดำเนินการประมูล)</translation>
    </message>
    <message>
        <source>Legal counsel (contract approval)</source>
        <translation>ที่ปรึกษากฎหมาย (อนุมัติสัญญา)</translation>
    </message>
    <message>
        <source>Opportunity: demo, business case, tender → won</source>
        <translation>โอกาสการขาย: เดโม กรณีธุรกิจ การประมูล → ปิดการขายได้</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</source>
        <translation>อยู่ในช่วงของ firstsales.io “100–250K ดอลลาร์: 6–9 เดือน อัตราปิดการขาย 12–18%”</translation>
    </message>
    <message>
        <source>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</source>
        <translation>รวมประมาณ 7.5 เดือน: ดีล 100–250K ดอลลาร์ใช้เวลา 6–9 เดือน (firstsales.io) องค์กรใหญ่ 90–180+ วัน (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</source>
        <translation>เจ็ดคน: CEB วัดได้ 6.8 คนต่อการซื้อ B2B (2016) Gartner (2019) 6–10 คนสำหรับโซลูชันที่ซับซ้อน</translation>
    </message>
    <message>
        <source>Manufacturing and construction</source>
        <translation>การผลิตและการก่อสร้าง</translation>
    </message>
    <message>
        <source>Purchasing agent</source>
        <translation>เจ้าหน้าที่จัดซื้อ</translation>
    </message>
    <message>
        <source>No stock-outs on site; the agreed price on every order</source>
        <translation>ไม่มีของขาดที่หน้างาน และได้ราคาที่ตกลงไว้ทุกครั้งที่สั่ง</translation>
    </message>
    <message>
        <source>Late deliveries stop work; re-quoting wastes time</source>
        <translation>การส่งของล่าช้าทำให้งานหยุด การขอใบเสนอราคาใหม่เสียเวลา</translation>
    </message>
    <message>
        <source>Purchasing agent (places the order)</source>
        <translation>เจ้าหน้าที่จัดซื้อ (ออกใบสั่งซื้อ)</translation>
    </message>
    <message>
        <source>Site or maintenance lead (raises the need)</source>
        <translation>หัวหน้าหน้างานหรือฝ่ายซ่อมบำรุง (แจ้งความต้องการ)</translation>
    </message>
    <message>
        <source>Plant manager (approves the purchase order)</source>
        <translation>ผู้จัดการโรงงาน (อนุมัติใบสั่งซื้อ)</translation>
    </message>
    <message>
        <source>Reorder trigger → quote requested</source>
        <translation>สัญญาณให้สั่งซื้อซ้ำ → ขอใบเสนอราคา</translation>
    </message>
    <message>
        <source>Quote → purchase order</source>
        <translation>ใบเสนอราคา → ใบสั่งซื้อ</translation>
    </message>
    <message>
        <source>Purchase-order approval → order placed</source>
        <translation>อนุมัติใบสั่งซื้อ → สั่งซื้อแล้ว</translation>
    </message>
    <message>
        <source>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</source>
        <translation>การซื้อซ้ำแบบตรงใช้คนน้อยกว่าและตัดสินใจเร็วกว่า (Robinson, Faris &amp; Wind 1967) รายการอ้างอิงไม่มีตัวเลขสำหรับกรณีนี้ จึงเป็นสมมติฐาน ให้ใช้ประวัติการสั่งซื้อของคุณ</translation>
    </message>
    <message>
        <source>Assumption: a typical replenishment order; use your order history</source>
        <translation>สมมติฐาน: คำสั่งซื้อเติมสต็อกทั่วไป ให้ใช้ประวัติการสั่งซื้อของคุณ</translation>
    </message>
    <message>
        <source>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</source>
        <translation>สมมติฐาน: คำขอสั่งซื้อซ้ำต่อเดือนจากลูกค้าที่อาจเปลี่ยนมาหาคุณ (ส่งของล่าช้า ทบทวนราคา)</translation>
    </message>
    <message>
        <source>Assumption: monthly replenishment</source>
        <translation>สมมติฐาน: เติมสต็อกรายเดือน</translation>
    </message>
    <message>
        <source>Young adults, single or couples</source>
        <translation>คนหนุ่มสาว โสดหรือเป็นคู่</translation>
    </message>
    <message>
        <source>Trends, short video, creators they follow</source>
        <translation>เทรนด์ วิดีโอสั้น ครีเอเตอร์ที่ติดตาม</translation>
    </message>
    <message>
        <source>Several small purchases a year</source>
        <translation>ซื้อของเล็ก ๆ หลายครั้งต่อปี</translation>
    </message>
    <message>
        <source>Something that looks good now, at a price that needs no thought</source>
        <translation>ของที่ดูดีตอนนี้ ในราคาที่ไม่ต้องคิดมาก</translation>
    </message>
    <message>
        <source>Slow delivery and fiddly checkouts</source>
        <translation>การจัดส่งที่ช้าและขั้นตอนชำระเงินที่ยุ่งยาก</translation>
    </message>
    <message>
        <source>The shopper</source>
        <translation>นักช้อป</translation>
    </message>
    <message>
        <source>Visitor → adds to cart</source>
        <translation>ผู้เข้าชม → เพิ่มลงตะกร้า</translation>
    </message>
    <message>
        <source>Cart → order</source>
        <translation>ตะกร้า → คำสั่งซื้อ</translation>
    </message>
    <message>
        <source>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</source>
        <translation>ต่ำกว่า 50 ดอลลาร์และตัดสินใจภายในไม่ถึงวัน: ช่วงโซเชียลแบบชำระเงินตามหลักคร่าว ๆ ของ polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: site sessions a month</source>
        <translation>สมมติฐาน: จำนวนเซสชันบนเว็บไซต์ต่อเดือน</translation>
    </message>
    <message>
        <source>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</source>
        <translation>ตะกร้า → คำสั่งซื้อ 30%: ตะกร้าประมาณ 70% ถูกทิ้ง (Baymard) ผู้เข้าชม → ตะกร้า 7.3% เพื่อให้เว็บไซต์มีอัตราการแปลง 2.2% อยู่ในช่วง 1.9% (Wolfgang Digital) ถึง 2.6% (Monetate)</translation>
    </message>
    <message>
        <source>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</source>
        <translation>ไม่กี่ชั่วโมง ภายในหนึ่งหรือสองวัน: การตัดสินใจ B2C ใช้เวลาตั้งแต่ไม่กี่ชั่วโมงถึงหลายสัปดาห์ โซเชียลแบบชำระเงินเหมาะกับการตัดสินใจภายในไม่ถึงวัน (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: a purchase a quarter</source>
        <translation>สมมติฐาน: ซื้อไตรมาสละครั้ง</translation>
    </message>
    <message>
        <source>Couples and families</source>
        <translation>คู่รักและครอบครัว</translation>
    </message>
    <message>
        <source>Home, travel and technology; reads reviews before buying</source>
        <translation>บ้าน การท่องเที่ยว และเทคโนโลยี อ่านรีวิวก่อนซื้อ</translation>
    </message>
    <message>
        <source>Once every few years</source>
        <translation>ทุก ๆ สองสามปี</translation>
    </message>
    <message>
        <source>The right choice for the household, with no regrets</source>
        <translation>ตัวเลือกที่ถูกต้องสำหรับครัวเรือน โดยไม่ต้องเสียใจภายหลัง</translation>
    </message>
    <message>
        <source>Too many options and contradictory reviews</source>
        <translation>ตัวเลือกมากเกินไปและรีวิวที่ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Partner who leads the purchase</source>
        <translation>คู่ครองที่เป็นผู้นำในการซื้อ</translation>
    </message>
    <message>
        <source>Partner with a say on price and taste</source>
        <translation>คู่ครองที่มีส่วนร่วมเรื่องราคาและรสนิยม</translation>
    </message>
    <message>
        <source>Search-ad click → enquiry, quote or showroom visit</source>
        <translation>คลิกโฆษณาค้นหา → สอบถาม ขอใบเสนอราคา หรือเยี่ยมชมโชว์รูม</translation>
    </message>
    <message>
        <source>Enquiry → purchase</source>
        <translation>สอบถาม → ซื้อ</translation>
    </message>
    <message>
        <source>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</source>
        <translation>อยู่ในช่วง “200–2,000 ดอลลาร์ และ 7–30 วัน: การค้นหา อีเมล YouTube” ตามหลักคร่าว ๆ ของ polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: search-ad clicks a month</source>
        <translation>สมมติฐาน: จำนวนคลิกโฆษณาค้นหาต่อเดือน</translation>
    </message>
    <message>
        <source>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</source>
        <translation>คลิก → สอบถาม 6.96% ซึ่งเป็นอัตราการแปลงของโฆษณาค้นหาปี 2024 (LocaliQ/WordStream) ส่วนสอบถาม → ซื้อ 25% เป็นสมมติฐาน</translation>
    </message>
    <message>
        <source>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</source>
        <translation>รวมประมาณ 2.5 สัปดาห์ อยู่ในช่วง 7–30 วัน (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: once every five years</source>
        <translation>สมมติฐาน: ทุกห้าปี</translation>
    </message>
    <message>
        <source>Working professionals</source>
        <translation>คนทำงานมืออาชีพ</translation>
    </message>
    <message>
        <source>Career progression, certifications</source>
        <translation>ความก้าวหน้าในอาชีพ ใบรับรอง</translation>
    </message>
    <message>
        <source>One course every few years</source>
        <translation>หนึ่งหลักสูตรทุกสองสามปี</translation>
    </message>
    <message>
        <source>Employee whose manager may sponsor the course</source>
        <translation>พนักงานที่หัวหน้าอาจสนับสนุนค่าหลักสูตร</translation>
    </message>
    <message>
        <source>A recognised qualification that fits around work</source>
        <translation>คุณวุฒิที่ได้รับการยอมรับและเรียนควบคู่กับงานได้</translation>
    </message>
    <message>
        <source>Unclear whether the employer will pay; little time to study</source>
        <translation>ไม่แน่ใจว่านายจ้างจะจ่ายหรือไม่ และมีเวลาเรียนน้อย</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>ผู้เรียน</translation>
    </message>
    <message>
        <source>Line manager (sponsors the fee when the employer pays)</source>
        <translation>หัวหน้างานโดยตรง (สนับสนุนค่าเรียนเมื่อนายจ้างเป็นผู้จ่าย)</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>คู่ครองหรือครอบครัว</translation>
    </message>
    <message>
        <source>Website visitor → enquiry</source>
        <translation>ผู้เข้าชมเว็บไซต์ → สอบถาม</translation>
    </message>
    <message>
        <source>Enquiry → information session</source>
        <translation>สอบถาม → เข้าร่วมการแนะนำหลักสูตร</translation>
    </message>
    <message>
        <source>Information session → enrolment</source>
        <translation>การแนะนำหลักสูตร → ลงทะเบียนเรียน</translation>
    </message>
    <message>
        <source>Assumption: a professional certificate&apos;s fee</source>
        <translation>สมมติฐาน: ค่าธรรมเนียมของใบรับรองวิชาชีพ</translation>
    </message>
    <message>
        <source>Assumption: website users a month</source>
        <translation>สมมติฐาน: ผู้ใช้เว็บไซต์ต่อเดือน</translation>
    </message>
    <message>
        <source>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</source>
        <translation>ผู้เข้าชม → สอบถาม 2% อยู่ในช่วงผู้เข้าชม → ลีด 1–5% (b2blead.io) อัตราในขั้นถัดไปเป็นสมมติฐาน</translation>
    </message>
    <message>
        <source>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</source>
        <translation>สมมติฐาน: ประมาณหกสัปดาห์ อยู่ระหว่างการตัดสินใจของผู้บริโภค (ไม่กี่ชั่วโมงถึงหลายสัปดาห์) กับรอบการขายของ SMB (14–30 วัน) บวกการอนุมัติของนายจ้าง</translation>
    </message>
    <message>
        <source>Assumption: a course every two years</source>
        <translation>สมมติฐาน: หนึ่งหลักสูตรทุกสองปี</translation>
    </message>
    <message>
        <source>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</source>
        <translation>อัตราการเลิกใช้บริการ 3% ต่อเดือน: อัตราที่ดีสำหรับ SaaS ที่ขายให้ธุรกิจขนาดเล็กคือ 3–5% ต่อเดือน (statsforstartups.com, “Gross churn rate” อ้างอิง Recurly: ค่าเฉลี่ย B2B 5%) กรอบเวลาสามปี</translation>
    </message>
    <message>
        <source>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</source>
        <translation>อัตราการเลิกใช้บริการ 10% ต่อปี: SaaS สำหรับธุรกิจขนาดกลางมักเสียลูกค้า 7–12% ต่อปี (joysubscription.com, “Average churn rate for SaaS”) กรอบเวลาสี่ปีเป็นเพดานของอายุความเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</source>
        <translation>อัตราการเลิกใช้บริการ 6% ต่อปี: 5–7% ถือว่าดีสำหรับ SaaS ระดับองค์กรที่ใช้สัญญารายปี (joysubscription.com, “Average churn rate for SaaS”) กรอบเวลาห้าปี ซึ่งเป็นรอบการเปลี่ยนผู้ขายในตัวอย่างเรื่องผู้ที่อยู่ในตลาดของ B2B Institute</translation>
    </message>
    <message>
        <source>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</source>
        <translation>79% ของลูกค้ายังสั่งซื้ออยู่เมื่อผ่านไปหนึ่งปี: อัตราการรักษาลูกค้าเฉลี่ยของอุตสาหกรรมก่อสร้าง (First Page Sage, “Customer retention rates by industry”, 2025) กรอบเวลาห้าปี</translation>
    </message>
    <message>
        <source>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</source>
        <translation>คนเดียวตัดสินใจ: การซื้อที่ต้นทุนต่ำและความเสี่ยงต่ำมีคนเกี่ยวข้องน้อย (Robinson, Faris &amp; Wind 1967)</translation>
    </message>
    <message>
        <source>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</source>
        <translation>ครัวเรือนสองคน: การซื้อของใช้ในบ้านที่มีราคาสูงมักให้คู่ครองชั่งน้ำหนักร่วมกัน (Kotler &amp; Keller, Marketing Management: บทบาทการซื้อในครอบครัว)</translation>
    </message>
    <message>
        <source>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</source>
        <translation>สมมติฐาน (ค่าเริ่มต้นของ Workbench): ผู้เรียน หัวหน้าที่สนับสนุนค่าเรียน และครอบครัวร่วมกันพิจารณาหลักสูตร</translation>
    </message>
</context>
<context>
    <name>b2x::Problem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>บรรทัด %1 คอลัมน์ %2: %3</translation>
    </message>
</context>
<context>
    <name>b2x::ProfileSection</name>
    <message>
        <source>Identity</source>
        <translation>ข้อมูลระบุตัวตน</translation>
    </message>
    <message>
        <source>Consumer segment</source>
        <translation>กลุ่มผู้บริโภค</translation>
    </message>
    <message>
        <source>Organisation segment</source>
        <translation>กลุ่มองค์กร</translation>
    </message>
    <message>
        <source>Goals, pains and content</source>
        <translation>เป้าหมาย ปัญหา และคอนเทนต์</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</source>
        <translation>ชื่อสั้น ๆ ที่เป็นรูปธรรมและทีมจำได้ เช่น “คณะกรรมการจัดซื้อขององค์กร”</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</source>
        <translation>ข้อเสนอนี้ขายให้ใคร โมเดลจะวัดแยกต่างหากว่ากลุ่มเป้าหมายมีพฤติกรรมแบบ B2B มากเพียงใด เพราะป้ายกำกับกับพฤติกรรมมักไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>เปลี่ยนป้ายกำกับ</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>One line that says who this is and how they buy.</source>
        <translation>หนึ่งบรรทัดที่บอกว่าเป็นใครและซื้ออย่างไร</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>The story of this audience: situation, needs, how a purchase happens.</source>
        <translation>เรื่องราวของกลุ่มเป้าหมายนี้: สถานการณ์ ความต้องการ และการซื้อเกิดขึ้นอย่างไร</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>เลือกสี</translation>
    </message>
    <message>
        <source>Choose the colour of this persona in every chart.</source>
        <translation>เลือกสีของเพอร์โซนานี้ในทุกแผนภูมิ</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>รหัสสี</translation>
    </message>
    <message>
        <source>The colour as # and six hexadecimal digits, e.g. #4e79a7.</source>
        <translation>สีในรูป # ตามด้วยเลขฐานสิบหกหกหลัก เช่น #4e79a7</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</source>
        <translation>สีเขียนในรูป # ตามด้วยเลขฐานสิบหกหกหลัก เช่น #4e79a7 จึงไม่ได้บันทึก “%1”</translation>
    </message>
    <message>
        <source>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</source>
        <translation>ข้อมูลประชากรและการวิจัยผู้บริโภค: บุคคลนี้เป็นใครและใช้ชีวิตอย่างไร แสดงสำหรับกลุ่มเป้าหมาย B2C และไฮบริด</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>อายุต่ำสุด</translation>
    </message>
    <message>
        <source>Youngest age in the segment.</source>
        <translation>อายุน้อยที่สุดในกลุ่ม</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>อายุสูงสุด</translation>
    </message>
    <message>
        <source>Oldest age in the segment.</source>
        <translation>อายุมากที่สุดในกลุ่ม</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ปี</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>ช่วงชีวิต</translation>
    </message>
    <message>
        <source>Household and stage of life, e.g. “couple with young children”.</source>
        <translation>ครัวเรือนและช่วงชีวิต เช่น “คู่สมรสที่มีลูกเล็ก”</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>ช่วงรายได้</translation>
    </message>
    <message>
        <source>Household or personal income range.</source>
        <translation>ช่วงรายได้ของครัวเรือนหรือส่วนบุคคล</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ที่ตั้ง</translation>
    </message>
    <message>
        <source>Where they live: country, region, city type.</source>
        <translation>อาศัยอยู่ที่ไหน: ประเทศ ภูมิภาค ประเภทเมือง</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>การศึกษา</translation>
    </message>
    <message>
        <source>Highest education or field of study.</source>
        <translation>ระดับการศึกษาสูงสุดหรือสาขาวิชา</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>ความสนใจ</translation>
    </message>
    <message>
        <source>Interests, values and lifestyle.</source>
        <translation>ความสนใจ ค่านิยม และไลฟ์สไตล์</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>ความถี่ในการซื้อ</translation>
    </message>
    <message>
        <source>How often they buy in this category, in words, e.g. “weekly”.</source>
        <translation>ซื้อในหมวดนี้บ่อยแค่ไหน เป็นคำ เช่น “ทุกสัปดาห์”</translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation>ความอ่อนไหวต่อราคา</translation>
    </message>
    <message>
        <source>0 = price hardly matters; 100 = decides on price alone.</source>
        <translation>0 = ราคาแทบไม่มีผล; 100 = ตัดสินใจจากราคาอย่างเดียว</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> จาก 100</translation>
    </message>
    <message>
        <source>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</source>
        <translation>ข้อมูลองค์กร (firmographics) และข้อมูลเทคโนโลยี (technographics) ขององค์กรผู้ซื้อ และตำแหน่งของบุคคลนี้ในองค์กร แสดงสำหรับกลุ่มเป้าหมาย B2B และไฮบริด</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>The organisation&apos;s industry; it often explains more than the B2B label does.</source>
        <translation>อุตสาหกรรมขององค์กร ซึ่งมักอธิบายได้มากกว่าป้ายกำกับ B2B</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>ขนาดบริษัท</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>จำนวนพนักงาน</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> คน</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>รายได้ต่อปี</translation>
    </message>
    <message>
        <source>The organisation&apos;s yearly revenue, in the workspace currency.</source>
        <translation>รายได้ต่อปีขององค์กร เป็นสกุลเงินของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <source>Where the organisation operates or buys.</source>
        <translation>องค์กรดำเนินงานหรือซื้อที่ไหน</translation>
    </message>
    <message>
        <source>Technology stack</source>
        <translation>เทคโนโลยีที่ใช้</translation>
    </message>
    <message>
        <source>Systems the organisation runs that the offer must fit with, one per line.</source>
        <translation>ระบบที่องค์กรใช้และข้อเสนอต้องทำงานร่วมได้ บรรทัดละหนึ่งระบบ</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>หน้าที่งาน</translation>
    </message>
    <message>
        <source>This person&apos;s job.</source>
        <translation>งานของบุคคลนี้</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Where this person works.</source>
        <translation>บุคคลนี้ทำงานที่ไหน</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>ระดับตำแหน่ง</translation>
    </message>
    <message>
        <source>Level in the hierarchy.</source>
        <translation>ระดับในสายบังคับบัญชา</translation>
    </message>
    <message>
        <source>Buying authority</source>
        <translation>อำนาจในการซื้อ</translation>
    </message>
    <message>
        <source>What this person may decide or sign, e.g. “approves up to 50,000”.</source>
        <translation>สิ่งที่บุคคลนี้ตัดสินใจหรือลงนามได้ เช่น “อนุมัติได้ถึง 50,000”</translation>
    </message>
    <message>
        <source>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</source>
        <translation>บรรทัดละหนึ่งรายการ คอนเทนต์ที่จับคู่กับรายการเหล่านี้คือสิ่งที่ทำให้เพอร์โซนามีประโยชน์ต่อผู้เขียนและฝ่ายขาย</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <source>What they want to achieve, one per line.</source>
        <translation>สิ่งที่ต้องการบรรลุ บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>What hurts today, one per line.</source>
        <translation>สิ่งที่เป็นปัญหาในวันนี้ บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>ข้อโต้แย้ง</translation>
    </message>
    <message>
        <source>What they say against buying, one per line.</source>
        <translation>สิ่งที่พูดเพื่อคัดค้านการซื้อ บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Where they look for advice and research: sites, peers, events. One per line.</source>
        <translation>หาคำแนะนำและข้อมูลจากที่ใด: เว็บไซต์ เพื่อนร่วมวงการ อีเวนต์ บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Content preferences</source>
        <translation>คอนเทนต์ที่ชอบ</translation>
    </message>
    <message>
        <source>Formats and tone that work for them, one per line.</source>
        <translation>รูปแบบและโทนที่ได้ผลกับพวกเขา บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1 ยาวได้สูงสุด %2 ไบต์ การเปลี่ยนแปลงล่าสุดจึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>%1: at most %2 lines; the last change was not saved.</source>
        <translation>%1: สูงสุด %2 บรรทัด การเปลี่ยนแปลงล่าสุดจึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>%1: a line can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1: หนึ่งบรรทัดยาวได้สูงสุด %2 ไบต์ การเปลี่ยนแปลงล่าสุดจึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</source>
        <translation>อายุต่ำสุด (%1) ต้องไม่มากกว่าอายุสูงสุด (%2) จึงไม่ได้บันทึกช่วงอายุ</translation>
    </message>
    <message>
        <source>Change age range</source>
        <translation>เปลี่ยนช่วงอายุ</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>เปลี่ยนสี</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoard</name>
    <message>
        <source>Add tactic…</source>
        <translation>เพิ่มกลวิธี…</translation>
    </message>
    <message>
        <source>Add a tactic (campaign) in the selected cell: its persona and stage.</source>
        <translation>เพิ่มกลวิธี (แคมเปญ) ในเซลล์ที่เลือก โดยใช้เพอร์โซนาและขั้นตอนของเซลล์นั้น</translation>
    </message>
    <message>
        <source>Add content…</source>
        <translation>เพิ่มคอนเทนต์…</translation>
    </message>
    <message>
        <source>Add a content item in the selected cell: its persona and stage.</source>
        <translation>เพิ่มรายการคอนเทนต์ในเซลล์ที่เลือก โดยใช้เพอร์โซนาและขั้นตอนของเซลล์นั้น</translation>
    </message>
    <message>
        <source>Stage plan…</source>
        <translation>แผนของขั้นตอน…</translation>
    </message>
    <message>
        <source>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</source>
        <translation>เขียนโอกาส กลยุทธ์ และการดำเนินการของขั้นตอนในเซลล์ที่เลือก (หรือคลิกหัวคอลัมน์ของขั้นตอน)</translation>
    </message>
    <message>
        <source>RACE board</source>
        <translation>บอร์ด RACE</translation>
    </message>
    <message>
        <source>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</source>
        <translation>แถวคือเพอร์โซนา คอลัมน์คือขั้นตอน RACE ได้แก่ การวางแผน การเข้าถึง การมีปฏิสัมพันธ์ การเปลี่ยนเป็นลูกค้า และการสร้างความผูกพัน แต่ละเซลล์แสดงกลวิธีและรายการคอนเทนต์ของเซลล์นั้น ใช้ปุ่มลูกศรเพื่อเลื่อนระหว่างการ์ดและเซลล์ กด Enter เพื่อแก้ไขหรือเพิ่ม กด Delete เพื่อลบ และกดปุ่มเมนูเพื่อดูการดำเนินการอื่น</translation>
    </message>
    <message>
        <source>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</source>
        <translation>ดับเบิลคลิกการ์ดเพื่อแก้ไข หรือดับเบิลคลิกพื้นที่ว่างเพื่อเพิ่มกลวิธี ลากการ์ดไปยังเซลล์อื่นเพื่อย้าย</translation>
    </message>
    <message>
        <source>Add tactic “%1”</source>
        <translation>เพิ่มกลวิธี “%1”</translation>
    </message>
    <message>
        <source>Add content item “%1”</source>
        <translation>เพิ่มรายการคอนเทนต์ “%1”</translation>
    </message>
    <message>
        <source>Edit tactic “%1”</source>
        <translation>แก้ไขกลวิธี “%1”</translation>
    </message>
    <message>
        <source>Edit content item “%1”</source>
        <translation>แก้ไขรายการคอนเทนต์ “%1”</translation>
    </message>
    <message>
        <source>Delete tactic “%1”</source>
        <translation>ลบกลวิธี “%1”</translation>
    </message>
    <message>
        <source>Delete content item “%1”</source>
        <translation>ลบรายการคอนเทนต์ “%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move tactic “%1” to %2</source>
        <translation>ย้ายกลวิธี “%1” ไปที่ %2</translation>
    </message>
    <message>
        <source>Move content item “%1” to %2</source>
        <translation>ย้ายรายการคอนเทนต์ “%1” ไปที่ %2</translation>
    </message>
    <message>
        <source>Edit the plan of the %1 stage</source>
        <translation>แก้ไขแผนของขั้นตอน%1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>ย้ายไปยังขั้นตอน</translation>
    </message>
    <message>
        <source>Add tactic here…</source>
        <translation>เพิ่มกลวิธีที่นี่…</translation>
    </message>
    <message>
        <source>Add content item here…</source>
        <translation>เพิ่มรายการคอนเทนต์ที่นี่…</translation>
    </message>
    <message>
        <source>Edit the %1 stage&apos;s plan…</source>
        <translation>แก้ไขแผนของขั้นตอน%1…</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoardModel</name>
    <message>
        <source>No channel</source>
        <translation>ไม่มีช่องทาง</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ไม่อยู่ในแค็ตตาล็อกของเวอร์ชันนี้)</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>a date</comment>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>กลวิธี</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a tactic&apos;s start and end</comment>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>วางแผนไว้ %1 ใช้ไปแล้ว %2</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>วางแผนไว้ %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>คอนเทนต์</translation>
    </message>
    <message>
        <source>Content · %1</source>
        <comment>content item and its format</comment>
        <translation>คอนเทนต์ · %1</translation>
    </message>
    <message>
        <source>No publish date</source>
        <translation>ไม่มีวันที่เผยแพร่</translation>
    </message>
    <message>
        <source>Publishes %1</source>
        <translation>เผยแพร่ %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>สถานะ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: gap, no tactic and no content item for this stage</source>
        <translation>%1: ช่องว่าง ไม่มีกลวิธีและรายการคอนเทนต์สำหรับขั้นตอนนี้</translation>
    </message>
    <message>
        <source>%1: no tactic and no content item</source>
        <translation>%1: ไม่มีกลวิธีและรายการคอนเทนต์</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: การ์ด %n ใบ</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</source>
        <translation>กด Enter เพื่อแก้ไขการ์ดที่เลือกหรือเพิ่มกลวิธี กด Delete เพื่อลบ และกดปุ่มเมนูเพื่อดูการดำเนินการอื่น</translation>
    </message>
    <message>
        <source>No opportunity, strategy or actions written yet.</source>
        <translation>ยังไม่ได้เขียนโอกาส กลยุทธ์ หรือการดำเนินการ</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>โอกาส: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>กลยุทธ์: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>การดำเนินการ: %1</translation>
    </message>
    <message>
        <source>Click to edit the stage&apos;s opportunity, strategy and actions.</source>
        <translation>คลิกเพื่อแก้ไขโอกาส กลยุทธ์ และการดำเนินการของขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>เพอร์โซนาที่ไม่อยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <source>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</source>
        <translation>กลวิธีและรายการคอนเทนต์ที่เพอร์โซนาถูกลบไปแล้ว แก้ไขรายการเพื่อกำหนดเพอร์โซนาใหม่ หรือลากไปยังแถวของเพอร์โซนา</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>RACE stage</comment>
        <translation>การวางแผน</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>RACE stage</comment>
        <translation>การเข้าถึง</translation>
    </message>
    <message>
        <source>Act</source>
        <comment>RACE stage</comment>
        <translation>การมีปฏิสัมพันธ์</translation>
    </message>
    <message>
        <source>Convert</source>
        <comment>RACE stage</comment>
        <translation>การเปลี่ยนเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Engage</source>
        <comment>RACE stage</comment>
        <translation>การสร้างความผูกพัน</translation>
    </message>
    <message>
        <source>Plan: the strategy, objectives and resources of the period.</source>
        <translation>การวางแผน: กลยุทธ์ วัตถุประสงค์ และทรัพยากรของช่วงเวลา</translation>
    </message>
    <message>
        <source>Reach: build awareness and bring visitors from other sites and media.</source>
        <translation>การเข้าถึง: สร้างการรับรู้และดึงผู้เข้าชมจากเว็บไซต์และสื่ออื่น</translation>
    </message>
    <message>
        <source>Act: get interactions and leads (subscriptions, downloads, trials).</source>
        <translation>การมีปฏิสัมพันธ์: สร้างปฏิสัมพันธ์และลีด (การสมัครรับข่าวสาร การดาวน์โหลด การทดลองใช้)</translation>
    </message>
    <message>
        <source>Convert: turn leads into customers and sales.</source>
        <translation>การเปลี่ยนเป็นลูกค้า: เปลี่ยนลีดให้เป็นลูกค้าและยอดขาย</translation>
    </message>
    <message>
        <source>Engage: keep customers, bring repeat purchases and referrals.</source>
        <translation>การสร้างความผูกพัน: รักษาลูกค้า กระตุ้นการซื้อซ้ำและการแนะนำต่อ</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>tactic status</comment>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>tactic status</comment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tactic status</comment>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>tactic status</comment>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>content status</comment>
        <translation>ไอเดีย</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>content status</comment>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>content status</comment>
        <translation>ตรวจทาน</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>content status</comment>
        <translation>เผยแพร่แล้ว</translation>
    </message>
    <message>
        <source>Double-click or Enter to edit; drag to another cell to move it.</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่อแก้ไข ลากไปยังเซลล์อื่นเพื่อย้าย</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ช่องว่าง</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>ไม่มีการ์ด</translation>
    </message>
</context>
<context>
    <name>b2x::RangeSpinBox</name>
    <message>
        <source>%1 must lie between %2 and %3; %4 was not saved.</source>
        <translation>%1 ต้องอยู่ระหว่าง %2 ถึง %3 ค่า %4 จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>ค่าไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Incomplete number; not saved yet</source>
        <translation>ตัวเลขยังไม่สมบูรณ์ ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>%1
Allowed: %2 to %3.</source>
        <translation>%1
ค่าที่อนุญาต: %2 ถึง %3</translation>
    </message>
</context>
<context>
    <name>b2x::RelationshipSection</name>
    <message>
        <source>Change %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</source>
        <translation>ความสัมพันธ์ดำเนินต่ออย่างไรหลังการขาย องค์กรมักคาดหวังความสัมพันธ์ที่เป็นทางการและระยะยาว มีผู้จัดการดูแลลูกค้า การฝึกอบรม การสนับสนุนทางเทคนิค และระดับบริการตามสัญญา ส่วนผู้บริโภคคาดหวังการติดต่อที่ง่าย การคืนสินค้าที่เป็นธรรม และรางวัลสำหรับลูกค้าประจำ วางเมาส์เหนือตัวเลือกเพื่อดูความหมาย</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>การดูแลลูกค้า</translation>
    </message>
    <message>
        <source>Who looks after the customer once they have bought.</source>
        <translation>ใครดูแลลูกค้าหลังการซื้อ</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>การปรับให้เหมาะกับแต่ละราย</translation>
    </message>
    <message>
        <source>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</source>
        <translation>ปรับข้อความและข้อเสนอมากเพียงใด: เหมือนกันทุกคน ตามกลุ่ม หรือรายลูกค้า (การตลาดแบบเจาะจงลูกค้าราย)</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>บริการหลังการขาย</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <source>How customers learn to use the product.</source>
        <translation>ลูกค้าเรียนรู้การใช้ผลิตภัณฑ์อย่างไร</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>การสนับสนุนทางเทคนิค</translation>
    </message>
    <message>
        <source>Help with installing, integrating and running it.</source>
        <translation>ความช่วยเหลือในการติดตั้ง เชื่อมต่อระบบ และใช้งาน</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>ระดับบริการ</translation>
    </message>
    <message>
        <source>What response times and availability are promised.</source>
        <translation>สัญญาเวลาตอบสนองและความพร้อมใช้งานไว้อย่างไร</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>นโยบายการคืนสินค้า</translation>
    </message>
    <message>
        <source>How easily a purchase can be returned.</source>
        <translation>คืนสินค้าที่ซื้อได้ง่ายเพียงใด</translation>
    </message>
    <message>
        <source>Customers can join a loyalty programme</source>
        <translation>ลูกค้าเข้าร่วมโปรแกรมสะสมแต้มได้</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>โปรแกรมสะสมแต้ม</translation>
    </message>
    <message>
        <source>Points, member prices or other rewards for buying again.</source>
        <translation>แต้ม ราคาสมาชิก หรือรางวัลอื่นสำหรับการซื้อซ้ำ</translation>
    </message>
    <message>
        <source>Change loyalty programme</source>
        <translation>เปลี่ยนโปรแกรมสะสมแต้ม</translation>
    </message>
</context>
<context>
    <name>b2x::ReportBudget</name>
    <message>
        <source>Response curves: %1</source>
        <translation>เส้นโค้งการตอบสนอง: %1</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC: %1</source>
        <translation>ทอร์นาโดของ CLV:CAC: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</source>
        <translation>สำหรับเพอร์โซนาแต่ละรายที่มีการกำหนดการตอบสนองหรือขีดจำกัดค่าใช้จ่ายให้แก่ช่องทาง: งบประมาณรายเดือนในปัจจุบันจะให้ผลมากที่สุดที่ใด และตัวเลขของเพอร์โซนานั้นแน่นอนเพียงใด จำนวนเข้าของแต่ละช่องทางเป็นไปตามเส้นโค้งการอิ่มตัวแบบ Hill เช่นเดียวกับใน Robyn ของ Meta และ Meridian ของ Google งบประมาณจะจัดสรรทีละขั้นให้แก่ช่องทางที่ขั้นถัดไปเพิ่มมูลค่าลูกค้าได้มากที่สุด ภายในขีดจำกัดที่กำหนดไว้สำหรับช่องทางนั้น</translation>
    </message>
    <message>
        <source>locked at today&apos;s spend</source>
        <translation>ล็อกไว้ที่ค่าใช้จ่ายปัจจุบัน</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>อย่างน้อย %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>ไม่เกิน %1</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>อยู่ที่ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>อยู่ที่ค่าสูงสุด</translation>
    </message>
    <message>
        <source>Budget allocation: %1</source>
        <translation>การจัดสรรงบประมาณ: %1</translation>
    </message>
    <message>
        <source>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</source>
        <comment>today → proposed</comment>
        <translation>ค่าใช้จ่าย %1 → %2 ต่อเดือน, ลูกค้า %3 → %4 รายต่อเดือน, มูลค่าของลูกค้า %5 → %6, ROAS %7 → %8</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</source>
        <translation>ค่าใช้จ่ายขั้นต่ำของช่องทางรวมกันก็เกินงบประมาณปัจจุบันแล้ว: ทุกช่องทางจึงคงอยู่ที่ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>%1 a month stays unspent: every channel is at its maximum.</source>
        <translation>%1 ต่อเดือนยังไม่ได้ใช้: ทุกช่องทางอยู่ที่ค่าสูงสุดแล้ว</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>เพอร์โซนานี้ไม่มีช่องทาง</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Spend today</source>
        <translation>ค่าใช้จ่ายปัจจุบัน</translation>
    </message>
    <message>
        <source>Proposed spend</source>
        <translation>ค่าใช้จ่ายที่เสนอ</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>จำนวนเข้า</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS ส่วนเพิ่ม</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>ขีดจำกัด</translation>
    </message>
    <message>
        <source>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</source>
        <translation>จำนวนเข้าและลูกค้าต่อเดือน รวมถึง CAC ที่ค่าใช้จ่ายที่เสนอ ROAS ส่วนเพิ่ม: มูลค่าที่ได้กลับคืนจากค่าใช้จ่ายหน่วยถัดไปในช่องทางนั้น เมื่องบประมาณได้รับการแบ่งอย่างเหมาะสม ค่านี้จะใกล้เคียงกันในทุกช่องทางที่ไม่ได้ถูกจำกัดด้วยขีดจำกัด</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>ลูกค้าต่อเดือน</translation>
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
        <translation>ระยะคืนทุน (เดือน)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>ความแน่นอน: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Monte Carlo run(s) through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</source>
        <translation>
            <numerusform>จำลองมอนติคาร์โล %Ln รอบผ่านโมเดลของเพอร์โซนา โดยสุ่มอินพุตแต่ละตัวภายในช่วงการกระจายตามหลักฐาน (พื้นที่ทำงานเดียวกันให้ช่วงเดียวกัน) สี่ในห้ารอบอยู่ระหว่าง p10 ถึง p90</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
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
        <translation>โอกาสที่ CLV:CAC จะมีค่าอย่างน้อย 3: %1</translation>
    </message>
    <message>
        <source>What moves CLV:CAC: %1</source>
        <translation>ปัจจัยที่ส่งผลต่อ CLV:CAC: %1</translation>
    </message>
    <message>
        <source>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</source>
        <translation>อินพุตที่ส่งผลต่อ CLV:CAC มากที่สุด (%1 เมื่ออินพุตทุกตัวอยู่ที่ค่าของตน) โดยปรับทีละตัวไปที่ปลายต่ำและปลายสูงของช่วงการกระจาย:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>อินพุต</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ช่วงการกระจาย</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC ที่ค่าต่ำ</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC ที่ค่าสูง</translation>
    </message>
</context>
<context>
    <name>b2x::ReportDecoder</name>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</source>
        <translation>ต้องเป็นวันที่ในรูป YYYY-MM-DD เช่น 2026-12-03 หรือเว้นว่างเพื่อใช้วันที่ส่งออก</translation>
    </message>
</context>
<context>
    <name>b2x::ReportEconomics</name>
    <message>
        <source>%1 years</source>
        <translation>%1 ปี</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>หนึ่งปี</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln ปี</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 purchases a year</source>
        <translation>ซื้อ %1 ครั้งต่อปี</translation>
    </message>
    <message>
        <source>one purchase a year</source>
        <translation>ซื้อปีละหนึ่งครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases a year</source>
        <translation>
            <numerusform>ซื้อ %Ln ครั้งต่อปี</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off purchases: %1 each, %2, over a customer lifetime of %3.</source>
        <translation>การซื้อครั้งเดียว: ครั้งละ %1 %2 ตลอดอายุความเป็นลูกค้า %3</translation>
    </message>
    <message>
        <source>Subscription billed yearly at %1</source>
        <translation>การสมัครสมาชิกแบบเรียกเก็บเงินรายปีในราคา %1</translation>
    </message>
    <message>
        <source>Subscription billed monthly at %1</source>
        <translation>การสมัครสมาชิกแบบเรียกเก็บเงินรายเดือนในราคา %1</translation>
    </message>
    <message>
        <source>%1 churn a year</source>
        <translation>อัตราการเลิกใช้บริการ %1 ต่อปี</translation>
    </message>
    <message>
        <source>%1 churn a month</source>
        <translation>อัตราการเลิกใช้บริการ %1 ต่อเดือน</translation>
    </message>
    <message>
        <source>no churn</source>
        <translation>ไม่มีการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>revenue of retained customers grows %1 a year</source>
        <translation>รายได้จากลูกค้าที่ยังอยู่เติบโต %1 ต่อปี</translation>
    </message>
    <message>
        <source>a one-day free trial</source>
        <translation>ช่วงทดลองใช้ฟรีหนึ่งวัน</translation>
    </message>
    <message numerus="yes">
        <source>a %Ln-day free trial</source>
        <translation>
            <numerusform>ช่วงทดลองใช้ฟรี %Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over the lifetime churn implies (capped at %1)</source>
        <translation>CLV ตลอดอายุความเป็นลูกค้าที่คำนวณจากอัตราการเลิกใช้บริการ (สูงสุด %1)</translation>
    </message>
    <message>
        <source>CLV over the horizon of %1</source>
        <translation>CLV ตลอดกรอบเวลา %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 ครั้งต่อปี</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>ปีละหนึ่งครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>%Ln a year</source>
        <translation>
            <numerusform>%Ln ครั้งต่อปี</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</source>
        <translation>การสั่งซื้อซ้ำ: %1 ต่อคำสั่งซื้อ %2 และ %3 ของลูกค้ายังสั่งซื้ออยู่เมื่อผ่านไปหนึ่งปี; %4</translation>
    </message>
    <message>
        <source>Revenue per customer a month</source>
        <translation>รายได้ต่อลูกค้าต่อเดือน</translation>
    </message>
    <message>
        <source>Customer lifetime counted in the CLV</source>
        <translation>อายุความเป็นลูกค้าที่นับใน CLV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln เดือน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <source>Churn a month</source>
        <translation>อัตราการเลิกใช้บริการต่อเดือน</translation>
    </message>
    <message>
        <source>Paying customers at the steady state</source>
        <translation>ลูกค้าที่ชำระเงินเมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR) at the steady state</source>
        <translation>รายได้ประจำต่อเดือน (MRR) เมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR) at the steady state</source>
        <translation>รายได้ประจำต่อปี (ARR) เมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>Revenue a month at the steady state</source>
        <translation>รายได้ต่อเดือนเมื่อถึงระดับคงที่</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the roles of one decision-unit member</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>b2x::ReportHtml</name>
    <message>
        <source>Executive summary</source>
        <translation>บทสรุปผู้บริหาร</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</source>
        <translation>&lt;b&gt;ป้ายกำกับกับพฤติกรรมไม่ตรงกัน&lt;/b&gt; สำหรับ %1 ควรใช้พฤติกรรม ไม่ใช่ป้ายกำกับ ในการกำหนดช่องทาง คอนเทนต์ และการตั้งค่าการระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Labelled %1 · B2B index %2 · behaves as %3</source>
        <translation>ป้ายกำกับ %1 · ดัชนี B2B %2 · มีพฤติกรรมแบบ %3</translation>
    </message>
    <message>
        <source>Behaviour profile</source>
        <translation>โปรไฟล์พฤติกรรม</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>มิติ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>หน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>อิทธิพล</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>จุดยืน</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>อนุมัติเงิน</translation>
    </message>
    <message>
        <source>Pipeline and sales cycle</source>
        <translation>ไปป์ไลน์และรอบการขาย</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Entries / month</source>
        <translation>จำนวนเข้า / เดือน</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>อัตราการแปลง</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>วันต่ำสุด</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>วันที่น่าจะเป็น</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>วันสูงสุด</translation>
    </message>
    <message>
        <source>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</source>
        <translation>รอบเฉลี่ย %1 ดีลครึ่งหนึ่งปิดได้ภายใน %2 เก้าในสิบภายใน %3</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>ตัวชี้วัดหลัก</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>ลูกค้าใหม่ต่อเดือน</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>ต้นทุนการได้มาซึ่งลูกค้า (CAC)</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>มูลค่าตลอดช่วงชีวิตลูกค้า (CLV)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>ระยะเวลาคืนทุน</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>ผลตอบแทนจากค่าโฆษณา (ROAS)</translation>
    </message>
    <message>
        <source>Share of the audience in market per quarter</source>
        <translation>สัดส่วนกลุ่มเป้าหมายที่อยู่ในตลาดต่อไตรมาส</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>ไม่สามารถคำนวณได้</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>No sources recorded: every number is an assumption.</source>
        <translation>ไม่มีการบันทึกแหล่งที่มา ตัวเลขทุกตัวเป็นสมมติฐาน</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>ความน่าเชื่อถือ</translation>
    </message>
    <message>
        <source>Appendix: models and sources</source>
        <translation>ภาคผนวก: โมเดลและแหล่งที่มา</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>ดัชนี B2B</translation>
    </message>
    <message>
        <source>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</source>
        <translation>ค่าเฉลี่ยถ่วงน้ำหนักของพฤติกรรมแปดมิติที่ให้คะแนน 0 (แบบผู้บริโภค) ถึง 100 (แบบธุรกิจ): ขนาดหน่วยตัดสินใจซื้อ 20 ความเป็นทางการของการตัดสินใจ 15 ความยาวของรอบการขาย 20 ระดับราคา 10 แรงจูงใจด้านเหตุผล 5 ความลึกของความสัมพันธ์ 10 การปรับให้เหมาะกับแต่ละราย 10 ส่วนผสมของช่องทาง 10 มีพฤติกรรมแบบ B2B ตั้งแต่ 60 และแบบ B2C ไม่เกิน 40</translation>
    </message>
    <message>
        <source>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</source>
        <translation>ความน่าจะเป็นที่กลุ่มผู้ซื้อจะตัดสินใจเลย: 81% สำหรับหนึ่งคน 55% สำหรับสองคน 60% สำหรับสามคน 31% สำหรับหกคน เป็นเส้นตรงระหว่างค่าเหล่านี้ และลดลงต่อไปจนถึง 10% เมื่อเกินหกคน</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <source>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</source>
        <translation>เวลาของแต่ละขั้นมีการแจกแจงแบบสามเหลี่ยม (ต่ำสุด น่าจะเป็นที่สุด สูงสุด) ค่าเฉลี่ยคำนวณได้แม่นยำ ส่วน p50 และ p90 มาจากการแจกแจงของผลรวม</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>กรวยการขาย</translation>
    </message>
    <message>
        <source>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</source>
        <translation>จำนวนเข้าแต่ละขั้นคำนวณจากปริมาณต่อเดือนและอัตราการแปลงของแต่ละขั้น ลูกค้าต่อเดือน = ปริมาณ × ผลคูณของอัตรา</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>เศรษฐศาสตร์ต่อหน่วย</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>เวลาจนเกิดรายได้</translation>
    </message>
    <message>
        <source>In-market share</source>
        <translation>สัดส่วนผู้ที่อยู่ในตลาด</translation>
    </message>
    <message>
        <source>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</source>
        <translation>สัดส่วนผู้ซื้อที่อยู่ในตลาดต่อไตรมาส ≈ 0.25 ÷ ระยะห่างระหว่างการซื้อเป็นปี</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>การระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Each channel&apos;s window is compared with the p50 and p90 cycle.</source>
        <translation>ช่วงเวลาของแต่ละช่องทางจะถูกเปรียบเทียบกับรอบ p50 และ p90</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>ความเหมาะสมของช่องทาง</translation>
    </message>
    <message>
        <source>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</source>
        <translation>0–100 จากกลุ่มผู้ชมของช่องทาง ช่วงราคา ช่วงรอบการขาย ความเหมาะสมทางอารมณ์ ความแม่นยำ และการเข้าถึง เทียบกับเพอร์โซนา (น้ำหนัก 30, 20, 15, 15, 10, 10)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>คำนิยาม</translation>
    </message>
    <message>
        <source>Sources of benchmark figures</source>
        <translation>แหล่งที่มาของค่าอ้างอิง</translation>
    </message>
    <message>
        <source>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</source>
        <translation>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): ขนาดของกลุ่มผู้ซื้อ</translation>
    </message>
    <message>
        <source>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</source>
        <translation>CEB / Challenger: ความน่าจะเป็นที่กลุ่ม 1, 2, 3 หรือ 6 คนจะซื้อ (81%, 55%, 60%, 31%) การซื้อสูงสุด 38% จบลงโดยไม่มีการตัดสินใจ (Challenger 2022)</translation>
    </message>
    <message>
        <source>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</source>
        <translation>firstsales.io, thecroreport.com, revopsdictionary.com: ความยาวรอบการขายและอัตราปิดการขายตามขนาดดีล</translation>
    </message>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</source>
        <translation>b2blead.io, First Page Sage (ผ่าน altiorco), getfairview: อัตราการแปลงระหว่างขั้นของกรวยการขาย B2B</translation>
    </message>
    <message>
        <source>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</source>
        <translation>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: อัตราการแปลงอีคอมเมิร์ซ มูลค่าคำสั่งซื้อ การทิ้งตะกร้า ค่าอ้างอิงของโฆษณาค้นหา</translation>
    </message>
    <message>
        <source>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</source>
        <translation>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, ระยะคืนทุน, ROAS ที่จุดคุ้มทุน</translation>
    </message>
    <message>
        <source>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</source>
        <translation>เอกสารของ Meta, Google Ads, GA4, LinkedIn: ค่าเริ่มต้นและค่าสูงสุดของช่วงเวลาการระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</source>
        <translation>Ehrenberg-Bass / B2B Institute: สัดส่วนผู้ที่อยู่ในตลาด (95:5)</translation>
    </message>
    <message>
        <source>Binet &amp; Field: brand versus activation budgets, excess share of voice.</source>
        <translation>Binet &amp; Field: งบสร้างแบรนด์เทียบกับงบกระตุ้นยอดขาย ส่วนแบ่งเสียงส่วนเกิน (ESOV)</translation>
    </message>
    <message>
        <source>McKinsey B2B Pulse 2024: channel use in thirds.</source>
        <translation>McKinsey B2B Pulse 2024: การใช้ช่องทางแบ่งเป็นสามส่วน</translation>
    </message>
    <message>
        <source>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</source>
        <translation>polytraffic.com, Smart Insights: หลักคร่าว ๆ ในการเลือกช่องทางตามราคาและรอบการขาย</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln เดือน</numerusform>
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
            <numerusform>เพอร์โซนา %Ln รายการที่มีป้ายกำกับ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas that behave as %1</source>
        <translation>
            <numerusform>เพอร์โซนา %Ln รายการที่มีพฤติกรรมแบบ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (labelled %2)</source>
        <translation>%1 (ป้ายกำกับ %2)</translation>
    </message>
    <message>
        <source>This report covers one persona: %1.</source>
        <translation>รายงานนี้ครอบคลุมเพอร์โซนาหนึ่งรายการ: %1</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas: %1.</source>
        <translation>
            <numerusform>รายงานนี้ครอบคลุมเพอร์โซนา %Ln รายการ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</source>
        <translation>&lt;b&gt;รอบการขาย:&lt;/b&gt; ดีลครึ่งหนึ่งของ %1 ปิดได้ภายใน %2 และเก้าในสิบภายใน %3 ส่วน %4 ภายใน %5 และ %6 ตามลำดับ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</source>
        <translation>&lt;b&gt;ใครตัดสินใจ:&lt;/b&gt; หน่วยตัดสินใจซื้อของ %1 มี %2 และมีโอกาสตัดสินใจได้เลย %3 (CEB) ส่วนของ %4 มี %5 และมีโอกาส %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</source>
        <translation>&lt;b&gt;การได้มาซึ่งลูกค้า:&lt;/b&gt; ต้นทุนการได้ลูกค้าหนึ่งรายคือ %1 สำหรับ %2 และ %3 สำหรับ %4 มูลค่าตลอดช่วงชีวิตลูกค้าเทียบกับต้นทุนนั้นคือ %5 สำหรับ %2 และ %6 สำหรับ %4 (3:1 คืออัตราส่วนที่ดีตามปกติ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</source>
        <translation>&lt;b&gt;เวลาจนเกิดรายได้:&lt;/b&gt; เมื่อมีกลุ่มลูกค้าใหม่เข้ามาทุกเดือน รายได้จากลูกค้าใหม่จะถึงครึ่งหนึ่งของระดับคงที่หลัง %1 สำหรับ %2 และหลัง %3 สำหรับ %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</source>
        <translation>&lt;b&gt;ช่องทาง:&lt;/b&gt; ช่องทางที่เหมาะที่สุดคือ %1 สำหรับ %2 และ %3 สำหรับ %4</translation>
    </message>
    <message>
        <source>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</source>
        <translation>เพอร์โซนาในรายงานนี้ไม่ได้มีทั้ง B2B และ B2C บทสรุปจึงไม่ได้เปรียบเทียบระหว่างสองฝั่ง หน้าของแต่ละเพอร์โซนาแสดงตัวเลขของเพอร์โซนานั้น</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</source>
        <translation>&lt;b&gt;เมื่อจัดกลุ่มตามวิธีการซื้อแทนป้ายกำกับ:&lt;/b&gt; ดีลครึ่งหนึ่งของ %1 ปิดได้ภายใน %2 เทียบกับ %3 สำหรับ %4 หน่วยตัดสินใจซื้อของทั้งสองกลุ่มมี %5 และ %6 ตามลำดับ</translation>
    </message>
    <message>
        <source>Where a group holds several personas, its figure is the median of theirs.</source>
        <translation>เมื่อกลุ่มมีเพอร์โซนาหลายรายการ ตัวเลขของกลุ่มคือค่ามัธยฐานของตัวเลขเหล่านั้น</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>คำแนะนำและขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</source>
        <translation>ป้ายกำกับกับพฤติกรรมไม่ตรงกัน: วางแผนช่องทาง คอนเทนต์ และการขายตามวิธีที่เพอร์โซนานี้ซื้อ ไม่ใช่ตามป้ายกำกับ</translation>
    </message>
    <message>
        <source>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>ไฮบริดหมายถึงผู้ขายที่ขายทั้งสองแบบ จึงไม่ขัดกับพฤติกรรมของกลุ่มเป้าหมายใดกลุ่มหนึ่ง</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</source>
        <translation>ความน่าจะเป็นที่กลุ่มจะตัดสินใจเลย: %1 (ค่าประมาณของนักการตลาด)</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (CEB).</source>
        <translation>ความน่าจะเป็นที่กลุ่มจะตัดสินใจเลย: %1 (CEB)</translation>
    </message>
    <message>
        <source>The decision unit has %1.</source>
        <translation>หน่วยตัดสินใจซื้อมี %1</translation>
    </message>
    <message>
        <source>Every key role is covered.</source>
        <translation>บทบาทสำคัญทุกบทบาทมีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Key roles nobody covers: %1.</source>
        <translation>บทบาทสำคัญที่ไม่มีผู้รับผิดชอบ: %1</translation>
    </message>
    <message>
        <source>Stale: not supported</source>
        <translation>ล้าสมัย: ไม่มีหลักฐานรองรับ</translation>
    </message>
    <message>
        <source>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</source>
        <translation>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: บทบาทในการซื้อ ประเภทการซื้อ บทบาทสำคัญ ผู้สนับสนุน และผู้ขัดขวาง</translation>
    </message>
    <message>
        <source>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</source>
        <translation>ค่าเริ่มต้นของ Workbench: การประเมินที่ใช้เมื่อไม่มีตัวเลขที่เผยแพร่ หลักฐานของแต่ละเพอร์โซนาระบุว่าตัวเลขใดเป็นสมมติฐาน</translation>
    </message>
    <message>
        <source>Sources of the channel catalogue</source>
        <translation>แหล่งที่มาของแค็ตตาล็อกช่องทาง</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels</source>
        <translation>ช่องทางเฉพาะของพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <source>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</source>
        <translation>%1: ปัจจัย ช่วงราคา และช่วงรอบการขายที่ผู้จัดทำพื้นที่ทำงานนี้กำหนดเอง ไม่ใช่ตัวเลขที่เผยแพร่</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Months until revenue reaches half its steady level</source>
        <translation>จำนวนเดือนจนรายได้ถึงครึ่งหนึ่งของระดับคงที่</translation>
    </message>
    <message>
        <source>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</source>
        <translation>CAC = ค่าใช้จ่ายรายเดือน ÷ ลูกค้าต่อเดือน; CLV = รายได้ต่อเดือนต่อลูกค้า × อัตรากำไรขั้นต้น × อายุความเป็นลูกค้าเป็นเดือน (การซื้อครั้งเดียว: อายุความเป็นลูกค้า; การสมัครสมาชิกและการสั่งซื้อซ้ำ: 1 ÷ อัตราการเลิกใช้บริการต่อเดือน โดยมีเพดานที่กรอบเวลา); ระยะคืนทุน = CAC ÷ (รายได้ต่อเดือนต่อลูกค้า × อัตรากำไร); ROAS = ลูกค้า × ราคา ÷ ค่าใช้จ่าย ไม่สามารถคำนวณได้เมื่อตัวหารเป็นศูนย์</translation>
    </message>
    <message>
        <source>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</source>
        <translation>มีกลุ่มลูกค้าเข้ามาทุกเดือนและปิดการขายตามการแจกแจงของรอบการขาย ลูกค้าที่ซื้อครั้งเดียวจ่ายเงินครั้งเดียว ส่วนสมาชิกและลูกค้าที่สั่งซื้อซ้ำจะจ่ายต่อไปตราบที่ยังเป็นลูกค้า รายได้จึงเพิ่มขึ้นจนถึงระดับคงที่ซึ่งการเลิกใช้บริการสมดุลกับลูกค้าใหม่ (MRR และ ARR สำหรับการสมัครสมาชิก) หรือเพิ่มขึ้นต่อไปเรื่อย ๆ หากไม่มีการเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</source>
        <translation>David Skok, “SaaS Metrics 2.0”: อัตราการเลิกใช้บริการ อายุความเป็นลูกค้า MRR และ ARR ของรายได้ประจำ</translation>
    </message>
</context>
<context>
    <name>b2x::ReportPhrases</name>
    <message>
        <source>%1 people</source>
        <translation>%1 คน</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>หนึ่งคน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln คน</numerusform>
        </translation>
    </message>
    <message>
        <source>no approval levels</source>
        <translation>ไม่มีระดับการอนุมัติ</translation>
    </message>
    <message>
        <source>one approval level</source>
        <translation>การอนุมัติหนึ่งระดับ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval levels</source>
        <translation>
            <numerusform>การอนุมัติ %Ln ระดับ</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>หน่วยตัดสินใจซื้อมี %1 บนสเกลลอการิทึม หนึ่งคนได้ 0 และสิบคนขึ้นไปได้ 100 (CEB นับได้ 5.4 ถึง 10.2 คนต่อการซื้อ B2B ส่วน Gartner 6–10 คนสำหรับโซลูชันที่ซับซ้อน)</translation>
    </message>
    <message>
        <source>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</source>
        <translation>%1, %2, %3 การซื้อใหม่ได้ 20 คะแนน การซื้อซ้ำแบบปรับเปลี่ยนได้ 10 และการซื้อซ้ำแบบตรงได้ 0 (Robinson, Faris &amp; Wind: การซื้อใหม่มีคนเกี่ยวข้องมากกว่าการซื้อซ้ำ) การประมูลอย่างเป็นทางการเพิ่ม 40 และระดับการอนุมัติเพิ่มได้สูงสุด 40 โดยสามระดับขึ้นไปได้เต็ม 40</translation>
    </message>
    <message>
        <source>formal tender</source>
        <translation>การประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>no formal tender</source>
        <translation>ไม่มีการประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>รอบการขายเฉลี่ย %1 บนสเกลลอการิทึมของ 1 + จำนวนวัน 0 วันได้ 0 ประมาณ 12 วันได้ 50 และ 180 วันขึ้นไปได้ 100 (รอบการขายขององค์กรใหญ่ใช้เวลา 90–180+ วัน การตัดสินใจของผู้บริโภคใช้เวลาตั้งแต่ไม่กี่ชั่วโมงถึงหลายสัปดาห์)</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>ราคา %1 ต่อการซื้อ บนสเกลลอการิทึม 5 ได้ 0 และ 50,000 ขึ้นไปได้ 100 (สินค้า 5 ดอลลาร์เทียบกับสินค้า 50,000 ดอลลาร์) ทุกครั้งที่เพิ่มขึ้นสิบเท่าจะบวก 25 คะแนน ราคาอ่านเป็นสกุลเงินของพื้นที่ทำงานโดยไม่แปลงค่า</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>แถบเลื่อนแรงจูงใจด้านเหตุผลอยู่ที่ %1 และนำมาใช้ตามนั้น มีน้ำหนักน้อย เพราะเหตุผลกับอารมณ์ไม่ใช่เรื่องเดียวกับ B2B กับ B2C (CEB/Google: สำหรับผู้ซื้อ B2B คุณค่าส่วนตัวมีผลเป็นสองเท่าของคุณค่าทางธุรกิจ)</translation>
    </message>
    <message>
        <source>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>ค่าเฉลี่ยของการดูแลลูกค้า (%1) การฝึกอบรม (%2) การสนับสนุนทางเทคนิค (%3) และระดับบริการ (%4) ระดับมาตรฐานได้คะแนนต่ำเพราะผู้บริโภคก็ได้รับเช่นกัน ส่วนระดับเฉพาะราย มีคำแนะนำ และตามสัญญาเป็นลักษณะของความสัมพันธ์แบบ B2B</translation>
    </message>
    <message>
        <source>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>การปรับให้เหมาะกับแต่ละราย: %1 แบบมวลชนได้ 0 ระดับกลุ่มได้ 30 (ปกติของ B2C) รายบุคคลได้ 100 (การตลาดแบบเจาะจงลูกค้าราย ปกติของ B2B)</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>ไม่มีช่องทางจากแค็ตตาล็อก มิตินี้จึงไม่นำมาคิดในดัชนี และกระจายน้ำหนักไปยังมิติอื่น</translation>
    </message>
    <message>
        <source>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</source>
        <translation>ความใกล้เคียงของแต่ละช่องทาง (0 แพลตฟอร์มผู้บริโภค 100 แพลตฟอร์มธุรกิจ) มาจากแค็ตตาล็อกช่องทาง แหล่งที่มาอยู่ในภาคผนวก</translation>
    </message>
    <message>
        <source>B2B affinity of the persona&apos;s one catalogue channel: %1.</source>
        <translation>ความใกล้เคียง B2B ของช่องทางในแค็ตตาล็อกเพียงช่องทางเดียวของเพอร์โซนา: %1</translation>
    </message>
    <message numerus="yes">
        <source>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</source>
        <translation>
            <numerusform>ความใกล้เคียง B2B ถ่วงน้ำหนักตามงบประมาณของช่องทางในแค็ตตาล็อก %Ln ช่องทางของเพอร์โซนา: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>หนึ่งวัน</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend to at least %1.</source>
        <translation>ขยายเป็นอย่างน้อย %1</translation>
    </message>
    <message>
        <source>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>ช่วงเวลา %1 วันของ %2 ยาวกว่าที่ %3 อนุญาต (%4 วัน) รายงานจะใช้ช่วงเวลาที่สั้นกว่า</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>
            <numerusform>ช่วงเวลา %1 วันของ %2 ยาวกว่าที่ %3 อนุญาต (%4 วัน) รายงานจะใช้ช่วงเวลาที่สั้นกว่า</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>ช่วงเวลา %1 วันของ %2 พลาดดีลมากกว่าครึ่ง (รอบค่ามัธยฐาน %3, 90% ภายใน %4)</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>
            <numerusform>ช่วงเวลา %1 วันของ %2 พลาดดีลมากกว่าครึ่ง (รอบค่ามัธยฐาน %3, 90% ภายใน %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover the cycle: attribute in the CRM.</source>
        <translation>แพลตฟอร์มครอบคลุมรอบการขายไม่ได้: ให้ระบุแหล่งที่มาใน CRM</translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</source>
        <translation>ช่วงเวลา %1 วันของ %2 พลาดดีลที่ช้าที่สุดหนึ่งในสิบ (90% ปิดภายใน %3)</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</source>
        <translation>
            <numerusform>ช่วงเวลา %1 วันของ %2 พลาดดีลที่ช้าที่สุดหนึ่งในสิบ (90% ปิดภายใน %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover them: attribute in the CRM.</source>
        <translation>แพลตฟอร์มครอบคลุมไม่ได้: ให้ระบุแหล่งที่มาใน CRM</translation>
    </message>
    <message>
        <source>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>บทบาทสำคัญที่ไม่มีใครในหน่วยตัดสินใจซื้อรับผิดชอบ: %1 บทบาทที่ไม่มีผู้รับผิดชอบเป็นสัญญาณเตือนในการขาย (Miller Heiman)</translation>
    </message>
    <message>
        <source>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>บทบาทสำคัญที่ไม่มีใครในหน่วยตัดสินใจซื้อรับผิดชอบ: %1 บทบาทที่ไม่มีผู้รับผิดชอบเป็นสัญญาณเตือนในการขาย (Miller Heiman)</translation>
    </message>
    <message>
        <source>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>มีผู้ขัดขวางหนึ่งคนและไม่มีผู้สนับสนุน: ไม่มีใครภายในผลักดันการซื้อ (MEDDIC)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>
            <numerusform>มีผู้ขัดขวาง %Ln คนและไม่มีผู้สนับสนุน: ไม่มีใครภายในผลักดันการซื้อ (MEDDIC)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ReportPlan</name>
    <message>
        <source>Plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>แผน: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %Ln day(s).</source>
        <translation>
            <numerusform>ตั้งแต่ %1 ถึง %2 รวม %Ln วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</source>
        <translation>แผนยังไม่ได้ระบุช่วงเวลา ส่วนนี้จึงวางแผนสำหรับไตรมาสปฏิทินของวันที่จัดทำรายงาน %1</translation>
    </message>
    <message>
        <source>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</source>
        <translation>แผนนี้ใช้กรอบแนวคิด RACE ของ Smart Insights: การวางแผน (Plan) การเข้าถึง (Reach) การมีปฏิสัมพันธ์ (Act) การเปลี่ยนเป็นลูกค้า (Convert) และการสร้างความผูกพัน (Engage)</translation>
    </message>
    <message>
        <source>RACE plan</source>
        <translation>แผน RACE</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>โอกาส</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>เขียว</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>เหลือง</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>แดง</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>ไม่สามารถคำนวณได้</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>แบบผูกมัด</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>แบบท้าทาย</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>ผู้รับผิดชอบ: %1</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of a persona outside this report.</source>
        <translation>เป้าหมายจากกรวยย้อนกลับของเพอร์โซนาที่ไม่อยู่ในรายงานนี้</translation>
    </message>
    <message>
        <source>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</source>
        <translation>เป้าหมายควรอิงตามกรวยย้อนกลับของ %1 แต่กรวยนั้นไม่ให้ตัวเลข จึงใช้เป้าหมายที่ตั้งเอง</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 a month.</source>
        <translation>เป้าหมายจากกรวยย้อนกลับของ %1: %2 ต่อเดือน</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 %3.</source>
        <translation>เป้าหมายจากกรวยย้อนกลับของ %1: %2 %3</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 %4</source>
        <comment>start, current, target, unit</comment>
        <translation>%1 → %2 → %3 %4</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>วัตถุประสงค์และผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>ความคืบหน้าคือสัดส่วนของระยะทางจากค่าเริ่มต้นถึงเป้าหมายที่ค่าปัจจุบันไปถึงแล้ว ความคืบหน้าของวัตถุประสงค์คือค่าเฉลี่ยถ่วงน้ำหนักของความคืบหน้าของผลลัพธ์หลัก ระดับสีใช้ตามการให้คะแนน OKR ของ Google (re:Work): เขียวตั้งแต่ 70% เหลืองตั้งแต่ 40% และแดงเมื่อต่ำกว่านั้น วัตถุประสงค์แบบผูกมัดต้องทำให้สำเร็จเต็มที่ ส่วนแบบท้าทายเป็นเป้าหมายที่ตั้งไว้สูงกว่าปกติ</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>วัตถุประสงค์และผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>ระดับสี</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>เริ่มต้น → ปัจจุบัน → เป้าหมาย</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>ลูกค้าใหม่ %1 ราย</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>เป้าหมายของช่วงเวลา</translation>
    </message>
    <message>
        <source>%1 of new-customer revenue: %2 at the price of %3</source>
        <translation>รายได้จากลูกค้าใหม่ %1: %2 ที่ราคา %3</translation>
    </message>
    <message>
        <source>Expected at today&apos;s volume</source>
        <translation>ที่คาดว่าจะได้ด้วยปริมาณปัจจุบัน</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>ส่วนที่ขาด</translation>
    </message>
    <message>
        <source>none: today&apos;s volume meets the target</source>
        <translation>ไม่มี: ปริมาณปัจจุบันถึงเป้าหมายแล้ว</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>ปริมาณต่อเดือนที่ต้องการ</translation>
    </message>
    <message>
        <source>%1 (today %2)</source>
        <translation>%1 (ปัจจุบัน %2)</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>ค่าใช้จ่ายรายเดือนที่ต้องการ</translation>
    </message>
    <message>
        <source>Latest lead entry for half of the deals to close in the period (p50)</source>
        <translation>วันที่ลีดเข้าล่าสุดที่ยังปิดการขายได้ในช่วงเวลา สำหรับดีลครึ่งหนึ่ง (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry for nine deals in ten to close in the period (p90)</source>
        <translation>วันที่ลีดเข้าล่าสุดที่ยังปิดการขายได้ในช่วงเวลา สำหรับดีลเก้าในสิบ (p90)</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>กรวยย้อนกลับ: %1</translation>
    </message>
    <message>
        <source>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</source>
        <translation>เป้าหมายที่คำนวณย้อนกลับผ่านกรวยการขายและรอบการขายของเพอร์โซนานี้: ลีดเข้ามาอย่างสม่ำเสมอตลอดช่วงเวลาและปิดการขายตามรอบการขาย จึงมีเพียงบางส่วนที่กลายเป็นลูกค้าก่อนสิ้นช่วงเวลา</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Entries per stage over the period:</source>
        <translation>จำนวนเข้าแต่ละขั้นตลอดช่วงเวลา:</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>ที่ต้องการ</translation>
    </message>
    <message>
        <source>At today&apos;s volume</source>
        <translation>ด้วยปริมาณปัจจุบัน</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ช่องว่าง</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Content map</source>
        <translation>แผนผังคอนเทนต์</translation>
    </message>
    <message>
        <source>Tactics and content items per persona and RACE stage.</source>
        <translation>กลวิธีและรายการคอนเทนต์ตามเพอร์โซนาและขั้นตอน RACE</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</source>
        <translation>&lt;b&gt;ช่องว่าง&lt;/b&gt;: ขั้นตอนตั้งแต่การเข้าถึงจนถึงการสร้างความผูกพันที่แผนกำหนดเป้าหมายหรือขนาดกลุ่มเป้าหมายของเพอร์โซนาไว้ แต่ไม่มีกลวิธีและรายการคอนเทนต์</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tactic(s)</source>
        <translation>
            <numerusform>กลวิธี %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln content item(s)</source>
        <translation>
            <numerusform>คอนเทนต์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</source>
        <translation>
            <numerusform>การอ้างอิง %Ln รายการในแผนชี้ไปยังช่องทาง ผลลัพธ์หลัก หรือขั้นตอนที่ไม่มีอยู่แล้ว ผลการตรวจสอบแผนใน Workbench ระบุรายการเหล่านี้ไว้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::RoleListEditor</name>
    <message>
        <source>Roles of this member</source>
        <translation>บทบาทของสมาชิกคนนี้</translation>
    </message>
    <message>
        <source>Tick every role this person holds: at least one.</source>
        <translation>ทำเครื่องหมายทุกบทบาทที่บุคคลนี้มี อย่างน้อยหนึ่งบทบาท</translation>
    </message>
</context>
<context>
    <name>b2x::StagePlanDialog</name>
    <message>
        <source>Plan for the %1 stage</source>
        <translation>แผนของขั้นตอน%1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>โอกาส</translation>
    </message>
    <message>
        <source>What this stage can bring: the audience, demand or gap to win.</source>
        <translation>สิ่งที่ขั้นตอนนี้สร้างได้: กลุ่มเป้าหมาย ความต้องการ หรือช่องว่างที่จะช่วงชิง</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>How the plan means to take the opportunity.</source>
        <translation>แผนจะคว้าโอกาสนี้อย่างไร</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <source>The main actions; the tactics on the board detail them.</source>
        <translation>การดำเนินการหลัก โดยมีกลวิธีบนบอร์ดเป็นรายละเอียด</translation>
    </message>
</context>
<context>
    <name>b2x::StageTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>อัตราการแปลง</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>วันต่ำสุด</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>วันที่น่าจะเป็น</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>วันสูงสุด</translation>
    </message>
    <message>
        <source>What happens in this stage, e.g. “Lead → qualified lead”.</source>
        <translation>สิ่งที่เกิดขึ้นในขั้นนี้ เช่น “ลีด → ลีดที่ผ่านการคัดกรอง”</translation>
    </message>
    <message>
        <source>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</source>
        <translation>สัดส่วนคนหรือบัญชีในขั้นนี้ที่ผ่านไปยังขั้นถัดไป (0–100%) สำหรับขั้นสุดท้าย: สัดส่วนที่ซื้อ</translation>
    </message>
    <message>
        <source>Shortest time spent in this stage, in days (0–3,650).</source>
        <translation>เวลาที่สั้นที่สุดในขั้นนี้ เป็นวัน (0–3,650)</translation>
    </message>
    <message>
        <source>Most common time spent in this stage, in days; between min and max.</source>
        <translation>เวลาที่พบบ่อยที่สุดในขั้นนี้ เป็นวัน อยู่ระหว่างต่ำสุดและสูงสุด</translation>
    </message>
    <message>
        <source>Longest time spent in this stage, in days (0–3,650).</source>
        <translation>เวลาที่นานที่สุดในขั้นนี้ เป็นวัน (0–3,650)</translation>
    </message>
    <message>
        <source>The share that moves on must lie between 0 and 100%; %1% was not saved.</source>
        <translation>สัดส่วนที่ผ่านไปต้องอยู่ระหว่าง 0 ถึง 100% ค่า %1% จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>Days must lie between 0 and %1; %2 was not saved.</source>
        <translation>จำนวนวันต้องอยู่ระหว่าง 0 ถึง %1 ค่า %2 จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>Edit pipeline stage %1</source>
        <translation>แก้ไขขั้นตอนในไปป์ไลน์ %1</translation>
    </message>
    <message>
        <source>A stage needs a name; the empty name was not saved.</source>
        <translation>ขั้นตอนต้องมีชื่อ ชื่อว่างจึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>A stage name can be at most %1 bytes long; it was not saved.</source>
        <translation>ชื่อขั้นตอนยาวได้สูงสุด %1 ไบต์ จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was not saved.</source>
        <translation>“%1” ไม่ใช่ตัวเลข จึงไม่ถูกบันทึก</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>ขั้นตอนใหม่</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>เพิ่มขั้นตอนในไปป์ไลน์</translation>
    </message>
    <message>
        <source>Remove pipeline stage “%1”</source>
        <translation>นำขั้นตอน “%1” ออกจากไปป์ไลน์</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>จัดลำดับขั้นตอนในไปป์ไลน์ใหม่</translation>
    </message>
    <message>
        <source>min days moved from %1 to %2</source>
        <translation>วันต่ำสุดเปลี่ยนจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>likely days moved from %1 to %2</source>
        <translation>วันที่น่าจะเป็นเปลี่ยนจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>max days moved from %1 to %2</source>
        <translation>วันสูงสุดเปลี่ยนจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</source>
        <translation>ขั้นตอนที่ %1: %2 เพื่อให้ ต่ำสุด ≤ น่าจะเป็น ≤ สูงสุด เลิกทำเพื่อคืนค่าเดิมได้</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins the bounds that moved</comment>
        <translation> และ </translation>
    </message>
</context>
<context>
    <name>b2x::TacticDialog</name>
    <message>
        <source>Add tactic</source>
        <translation>เพิ่มกลวิธี</translation>
    </message>
    <message>
        <source>Edit tactic</source>
        <translation>แก้ไขกลวิธี</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>What the tactic (campaign) is called on the board and in the report.</source>
        <translation>ชื่อที่ใช้เรียกกลวิธี (แคมเปญ) บนบอร์ดและในรายงาน</translation>
    </message>
    <message>
        <source>e.g. ABM programme for 60 named accounts</source>
        <translation>เช่น โปรแกรม ABM สำหรับลูกค้าองค์กรเป้าหมาย 60 ราย</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;ชื่อ</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>เ&amp;พอร์โซนา</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;ขั้นตอน RACE</translation>
    </message>
    <message>
        <source>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>ช่องทางที่ใช้ดำเนินกลวิธี: ช่องทางของเพอร์โซนาก่อน ตามด้วยช่องทางอื่นในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>ช่อง&amp;ทาง</translation>
    </message>
    <message>
        <source>The tactic&apos;s first day; the earliest date: not set.</source>
        <translation>วันแรกของกลวิธี วันที่เร็วที่สุดในตัวเลือกหมายถึง ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>The tactic&apos;s last day; the earliest date: not set.</source>
        <translation>วันสุดท้ายของกลวิธี วันที่เร็วที่สุดในตัวเลือกหมายถึง ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>What the plan sets aside for the tactic.</source>
        <translation>งบประมาณที่แผนจัดสรรไว้ให้กลวิธีนี้</translation>
    </message>
    <message>
        <source>P&amp;lanned budget</source>
        <translation>งบประมาณที่&amp;วางแผนไว้</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>ใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>Tick once money was spent, and give the amount.</source>
        <translation>ทำเครื่องหมายเมื่อมีการใช้เงินแล้ว และระบุจำนวนเงิน</translation>
    </message>
    <message>
        <source>What the tactic has cost so far.</source>
        <translation>ค่าใช้จ่ายของกลวิธีจนถึงขณะนี้</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>งบประมาณที่ใช้จริง</translation>
    </message>
    <message>
        <source>Where the tactic stands; the board shows it as a coloured word.</source>
        <translation>สถานะของกลวิธี บอร์ดจะแสดงเป็นคำที่มีสี</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;สถานะ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Who runs the tactic.</source>
        <translation>ผู้ดำเนินกลวิธีนี้</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>ผู้&amp;รับผิดชอบ</translation>
    </message>
    <message>
        <source>The key result the tactic serves.</source>
        <translation>ผลลัพธ์หลักที่กลวิธีนี้สนับสนุน</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>ไม่มีผลลัพธ์หลัก</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>objective, then key result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (ไม่อยู่ในแผนแล้ว)</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>ผลลัพธ์&amp;หลัก</translation>
    </message>
    <message>
        <source>Give the tactic a name.</source>
        <translation>ตั้งชื่อให้กลวิธี</translation>
    </message>
    <message>
        <source>The tactic ends before it starts.</source>
        <translation>กลวิธีสิ้นสุดก่อนวันที่เริ่ม</translation>
    </message>
</context>
<context>
    <name>b2x::UncertaintyView</name>
    <message>
        <source>&amp;Run</source>
        <translation>เ&amp;รียกใช้</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>ย&amp;กเลิก</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
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
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>อินพุต</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ช่วงการกระจาย</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC ที่ค่าต่ำ</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC ที่ค่าสูง</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>ช่วงแกว่ง</translation>
    </message>
    <message>
        <source>Monte Carlo runs; the same number gives the same result every time</source>
        <translation>จำนวนรอบการจำลองมอนติคาร์โล จำนวนเดียวกันให้ผลลัพธ์เหมือนเดิมทุกครั้ง</translation>
    </message>
    <message>
        <source>Ranges of the figures</source>
        <translation>ช่วงของตัวเลข</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC</source>
        <translation>ทอร์นาโดของ CLV:CAC</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>จำนวนรอบ:</translation>
    </message>
    <message>
        <source>Cancelled. Press Run to start again.</source>
        <translation>ยกเลิกแล้ว กด “เรียกใช้” เพื่อเริ่มใหม่</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>ลูกค้าต่อเดือน</translation>
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
        <translation>ระยะคืนทุน (เดือน)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>จำนวนเดือนจนถึง 50% ของรายได้</translation>
    </message>
    <message>
        <source>Select a persona to see how sure its figures are.</source>
        <translation>เลือกเพอร์โซนาเพื่อดูว่าตัวเลขของเพอร์โซนานั้นแน่นอนเพียงใด</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln time(s) through the models…</source>
        <translation>
            <numerusform>กำลังจำลองผ่านโมเดล %Ln รอบ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</source>
        <translation>
            <numerusform>จำลอง %Ln รอบ โดยสุ่มอินพุตแต่ละตัวภายในช่วงการกระจายตามหลักฐาน โอกาสที่ CLV:CAC จะมีค่าอย่างน้อย 3: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to draw the ranges.</source>
        <translation>กด “เรียกใช้” เพื่อคำนวณช่วง</translation>
    </message>
    <message>
        <source>Spread of CLV:CAC over the runs</source>
        <translation>การกระจายของ CLV:CAC ในการจำลอง</translation>
    </message>
    <message>
        <source>3:1, the healthy CLV:CAC</source>
        <translation>3:1 คือ CLV:CAC ที่ดี</translation>
    </message>
    <message>
        <source>CLV:CAC (customer lifetime value to acquisition cost)</source>
        <translation>CLV:CAC (มูลค่าลูกค้าตลอดอายุต่อต้นทุนการได้ลูกค้า)</translation>
    </message>
    <message>
        <source>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</source>
        <translation>CLV:CAC กระจายตัวอย่างไรในการจำลอง: แต่ละแท่งคือสัดส่วนของรอบที่ CLV:CAC อยู่ในช่วงนั้น ตั้งแต่ %1 ถึง %2 ครึ่งหนึ่งของรอบต่ำกว่า %3 (p50) หนึ่งในสิบต่ำกว่า %4 (p10) และหนึ่งในสิบสูงกว่า %5 (p90) เส้นประจุดสีแดงแสดง 3:1 ซึ่งเป็นอัตราส่วนที่ดี</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) outside that range are left out of the bars.</source>
        <translation>
            <numerusform>%n รอบที่อยู่นอกช่วงนี้ไม่แสดงในแท่ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::UserPrompts</name>
    <message>
        <source>B2X workspaces (*.b2x);;All files (*)</source>
        <translation>พื้นที่ทำงาน B2X (*.b2x);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>b2x::WorkbookExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>no workbook could be started</source>
        <translation>เริ่มสร้างเวิร์กบุ๊กไม่ได้</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceChannelsDialog</name>
    <message>
        <source>Workspace Channels</source>
        <translation>ช่องทางของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</source>
        <translation>ช่องทางเฉพาะของพื้นที่ทำงานนี้ นอกเหนือจากแค็ตตาล็อกในตัว เช่น งานอีเวนต์ของอุตสาหกรรม มาร์เก็ตเพลสซอฟต์แวร์ เว็บไซต์รีวิว โปรแกรมแนะนำลูกค้า เพอร์โซนาเลือกใช้ช่องทางเหล่านี้ได้ และความเหมาะสมของช่องทาง การตรวจสอบการระบุแหล่งที่มา แผนภูมิ และรายงานจะจัดการช่องทางเหล่านี้เหมือนช่องทางในตัว</translation>
    </message>
    <message>
        <source>Workspace channels</source>
        <translation>ช่องทางของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>B2B affinity</source>
        <translation>ความใกล้เคียง B2B</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>ต้นทุนโดยทั่วไป</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>ใช้โดย</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>เ&amp;พิ่ม…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>ลบช่องทาง</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n persona(s): %2.</source>
        <translation>
            <numerusform>ช่องทาง %1 ถูกใช้โดยเพอร์โซนา %Ln รายการ: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel and remove it from these personas too? Undo restores both.</source>
        <translation>ลบช่องทางและนำออกจากเพอร์โซนาเหล่านี้ด้วยหรือไม่ เลิกทำจะคืนค่าทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Delete and &amp;Remove from Personas</source>
        <translation>ลบและ&amp;นำออกจากเพอร์โซนา</translation>
    </message>
    <message>
        <source>&amp;Keep Channel</source>
        <translation>เ&amp;ก็บช่องทางไว้</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>เพิ่มช่องทาง %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>แก้ไขช่องทาง %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>%1 %2 per lead</source>
        <translation>%1 %2 ต่อลีด</translation>
    </message>
    <message>
        <source>%1 %2 per thousand</source>
        <translation>%1 %2 ต่อการแสดงผลพันครั้ง</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>เพอร์โซนา %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDetailsDialog</name>
    <message>
        <source>Workspace Details</source>
        <translation>รายละเอียดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (USD, EUR, PLN…)</source>
        <translation>รหัส ISO 4217 สามตัวอักษร (USD, EUR, THB…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ชื่อ:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ส&amp;กุลเงิน:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;คำอธิบาย:</translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>พื้นที่ทำงานต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>สกุลเงินต้องเป็นรหัสสามตัวอักษร เช่น EUR</translation>
    </message>
    <message>
        <source>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</source>
        <translation>สิ่งที่ลูกค้าควรทำต่อไป รายงานจะพิมพ์ส่วนนี้ต่อจากบทสรุปผู้บริหาร เว้นว่างไว้หากไม่ต้องการส่วนนี้</translation>
    </message>
    <message>
        <source>&amp;Recommendations and next steps:</source>
        <translation>คำแ&amp;นะนำและขั้นตอนถัดไป:</translation>
    </message>
    <message>
        <source>The recommendations are longer than a workspace can hold (100,000 bytes).</source>
        <translation>คำแนะนำยาวเกินกว่าที่พื้นที่ทำงานจะเก็บได้ (100,000 ไบต์)</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>แก้ไขรายละเอียดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>Edit recommendations</source>
        <translation>แก้ไขคำแนะนำ</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDocument</name>
    <message numerus="yes">
        <source>Delete %n personas</source>
        <translation>
            <numerusform>ลบเพอร์โซนา %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 ของ “%2”</translation>
    </message>
    <message>
        <source>Delete channel %1</source>
        <translation>ลบช่องทาง %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete channel %1 and remove it from %n persona(s)</source>
        <translation>
            <numerusform>ลบช่องทาง %1 และนำออกจากเพอร์โซนา %Ln รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>นี่คือโฟลเดอร์ ไม่ใช่ไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</source>
        <translation>นี่ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ ไปป์ หรือซ็อกเก็ต) จึงไม่สามารถเป็นพื้นที่ทำงานได้</translation>
    </message>
    <message>
        <source>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</source>
        <translation>ไฟล์มีขนาด %1 MB ไฟล์พื้นที่ทำงานจำกัดไว้ที่ %2 MB จึงน่าจะไม่ใช่พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; workspace files are limited to that</source>
        <translation>ไฟล์ใหญ่กว่า %1 MB ซึ่งเป็นขนาดสูงสุดของไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>เอกสารใหญ่กว่า %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; it may have been cut short while copying</source>
        <translation>ไฟล์ว่างเปล่า อาจถูกตัดขาดระหว่างการคัดลอก</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: the file holds %1, not an object</source>
        <translation>นี่ไม่ใช่พื้นที่ทำงาน B2X: ไฟล์มี%1 ไม่ใช่ออบเจกต์</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</source>
        <translation>นี่ไม่ใช่พื้นที่ทำงาน B2X: &quot;format&quot; ต้องเป็น &quot;b2x-workspace&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</source>
        <translation>ไฟล์นี้เขียนโดย B2X Workbench เวอร์ชันที่ใหม่กว่า (รูปแบบเวอร์ชัน %1 เวอร์ชันนี้อ่านได้ถึง %2) อัปเดตแอปพลิเคชันเพื่อเปิดไฟล์</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>ต้องเป็นรหัส ISO 4217 สามตัวอักษร เช่น &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</source>
        <translation>ต้องเป็นวันที่และเวลาแบบ ISO 8601 เช่น 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</source>
        <translation>&quot;%1&quot; ถูกใช้โดยเพอร์โซนาก่อนหน้าแล้ว แต่ละเพอร์โซนาต้องมี id ของตัวเอง</translation>
    </message>
    <message>
        <source>compared persona &quot;%1&quot; does not exist and was dropped</source>
        <translation>เพอร์โซนาที่เปรียบเทียบ &quot;%1&quot; ไม่มีอยู่จึงถูกตัดออก</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite number, so it cannot be saved</source>
        <translation>%1 ไม่ใช่ตัวเลขที่มีค่าจำกัด จึงบันทึกไม่ได้</translation>
    </message>
</context>
<context>
    <name>b2x::analytics</name>
    <message>
        <source>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>%1: ช่วงเวลา %2 วันยาวกว่าที่ %3 อนุญาต (%4 วัน) รายงานจะใช้ช่วงเวลาที่สั้นกว่า</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</source>
        <translation>%1: ช่วงเวลา %2 วันพลาดดีลมากกว่าครึ่ง (รอบค่ามัธยฐาน %3 วัน 90% ภายใน %4) ให้ขยายเป็นอย่างน้อย %4 วัน</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</source>
        <translation>%1: ช่วงเวลา %2 วันพลาดดีลมากกว่าครึ่ง (รอบค่ามัธยฐาน %3 วัน 90% ภายใน %4) และแพลตฟอร์มครอบคลุมรอบการขายไม่ได้ ให้ระบุแหล่งที่มาใน CRM</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</source>
        <translation>%1: ช่วงเวลา %2 วันพลาดดีลที่ช้าที่สุดหนึ่งในสิบ (90% ปิดภายใน %3 วัน) ให้ขยายเป็นอย่างน้อย %3 วัน</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</source>
        <translation>%1: ช่วงเวลา %2 วันพลาดดีลที่ช้าที่สุดหนึ่งในสิบ (90% ปิดภายใน %3 วัน) และแพลตฟอร์มครอบคลุมไม่ได้ ให้ระบุแหล่งที่มาใน CRM</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>การซื้อใหม่</translation>
    </message>
    <message>
        <source>modified rebuy</source>
        <translation>การซื้อซ้ำแบบปรับเปลี่ยน</translation>
    </message>
    <message>
        <source>straight rebuy</source>
        <translation>การซื้อซ้ำแบบตรง</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>ไม่มีช่องทางจากแค็ตตาล็อก มิตินี้จึงไม่นำมาคิดในดัชนี และกระจายน้ำหนักไปยังมิติอื่น</translation>
    </message>
    <message>
        <source>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</source>
        <translation>ความใกล้เคียง B2B ถ่วงน้ำหนักตามงบประมาณของช่องทางในแค็ตตาล็อกของเพอร์โซนา (%1 ช่องทาง) คือ %2 ความใกล้เคียงของแต่ละช่องทาง (0 แพลตฟอร์มผู้บริโภค 100 แพลตฟอร์มธุรกิจ) มาจากแค็ตตาล็อกช่องทาง (docs/channels.md)</translation>
    </message>
    <message>
        <source>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>มี %1 คนในหน่วยตัดสินใจซื้อ บนสเกลลอการิทึม หนึ่งคนได้ 0 และสิบคนขึ้นไปได้ 100 (CEB นับได้ 5.4 ถึง 10.2 คนต่อการซื้อ B2B ส่วน Gartner 6–10 คนสำหรับโซลูชันที่ซับซ้อน)</translation>
    </message>
    <message>
        <source>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</source>
        <translation>ประเภทการซื้อ %1: %2 จาก 20 คะแนน (Robinson, Faris &amp; Wind: การซื้อใหม่มีคนเกี่ยวข้องมากกว่าการซื้อซ้ำ) %3: %4 จาก 40 ระดับการอนุมัติ %5 ระดับ: %6 จาก 40 (สามระดับขึ้นไปได้เต็ม 40)</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>การประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>No formal tender</source>
        <translation>ไม่มีการประมูลอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>รอบการขายเฉลี่ย %1 วัน บนสเกลลอการิทึมของ 1 + จำนวนวัน 0 วันได้ 0 ประมาณ 12 วันได้ 50 และ 180 วันขึ้นไปได้ 100 (รอบการขายขององค์กรใหญ่ใช้เวลา 90–180+ วัน การตัดสินใจของผู้บริโภคใช้เวลาตั้งแต่ไม่กี่ชั่วโมงถึงหลายสัปดาห์)</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>ราคา %1 ต่อการซื้อ บนสเกลลอการิทึม 5 ได้ 0 และ 50,000 ขึ้นไปได้ 100 (แหล่งข้อมูลเปรียบเทียบสินค้า 5 ดอลลาร์กับสินค้า 50,000 ดอลลาร์) ทุกครั้งที่เพิ่มขึ้นสิบเท่าจะบวก 25 คะแนน ราคาอ่านเป็นสกุลเงินของพื้นที่ทำงานโดยไม่แปลงค่า</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>แถบเลื่อนแรงจูงใจด้านเหตุผลอยู่ที่ %1 และนำมาใช้ตามนั้น มีน้ำหนักน้อย เพราะเหตุผลกับอารมณ์ไม่ใช่เรื่องเดียวกับ B2B กับ B2C (CEB/Google: สำหรับผู้ซื้อ B2B คุณค่าส่วนตัวมีผลเป็นสองเท่าของคุณค่าทางธุรกิจ)</translation>
    </message>
    <message>
        <source>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>ค่าเฉลี่ยของการดูแลลูกค้า %1 (%2) การฝึกอบรม %3 (%4) การสนับสนุนทางเทคนิค %5 (%6) และระดับบริการ %7 (%8) ระดับมาตรฐานได้คะแนนต่ำเพราะผู้บริโภคก็ได้รับเช่นกัน ส่วนระดับเฉพาะราย มีคำแนะนำ และตามสัญญาเป็นลักษณะของความสัมพันธ์แบบ B2B</translation>
    </message>
    <message>
        <source>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>การปรับให้เหมาะกับแต่ละรายเป็นแบบ %1: แบบมวลชนได้ 0 ระดับกลุ่มได้ 30 (ปกติของ B2C) รายบุคคลได้ 100 (การตลาดแบบเจาะจงลูกค้าราย ปกติของ B2B)</translation>
    </message>
    <message>
        <source>behaves as B2B</source>
        <translation>มีพฤติกรรมแบบ B2B</translation>
    </message>
    <message>
        <source>behaves as B2C</source>
        <translation>มีพฤติกรรมแบบ B2C</translation>
    </message>
    <message>
        <source>behaves in a mixed way</source>
        <translation>มีพฤติกรรมแบบผสม</translation>
    </message>
    <message>
        <source>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</source>
        <translation>ป้ายกำกับ %1 แต่%2 (ดัชนี B2B %3) วางแผนช่องทาง คอนเทนต์ และการขายตามพฤติกรรม ไม่ใช่ตามป้ายกำกับ</translation>
    </message>
    <message>
        <source>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>ป้ายกำกับไฮบริดและ%1 (ดัชนี B2B %2) ไฮบริดหมายถึงผู้ขายที่ขายทั้งสองแบบ จึงไม่ขัดกับพฤติกรรมของกลุ่มเป้าหมายใดกลุ่มหนึ่ง</translation>
    </message>
    <message>
        <source>Labelled %1 and %2 (B2B index %3).</source>
        <translation>ป้ายกำกับ %1 และ%2 (ดัชนี B2B %3)</translation>
    </message>
    <message>
        <source>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</source>
        <translation>ความใกล้เคียง B2B ของ %1 คือ %2 กลุ่มเป้าหมายนี้อยู่ที่ %3 (พฤติกรรมสามส่วน ป้ายกำกับหนึ่งส่วน): ความเหมาะสม %4%</translation>
    </message>
    <message>
        <source>No price is set: price neither raises nor lowers %1.</source>
        <translation>ไม่ได้กำหนดราคา ราคาจึงไม่เพิ่มหรือลดความเหมาะสมของ %1</translation>
    </message>
    <message>
        <source>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</source>
        <translation>ราคา %1 ห่างจากจุดกึ่งกลางของช่วงราคาของ %3 (%4–%5 กึ่งกลาง %6) เป็น %2 เท่าของกำลังสิบ: ความเหมาะสม %7%</translation>
    </message>
    <message>
        <source>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</source>
        <translation>รอบเฉลี่ย %1 วันห่างจากจุดกึ่งกลางของช่วงเวลาตัดสินใจของ %3 (%4–%5 วัน กึ่งกลาง %6) เป็น %2 เท่าของกำลังสิบ (ของ 1 + จำนวนวัน): ความเหมาะสม %7%</translation>
    </message>
    <message>
        <source>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</source>
        <translation>กลุ่มเป้าหมายนี้ตัดสินใจด้วยอารมณ์ %1% (100 − เหตุผล) และความเหมาะสมทางอารมณ์ของ %2 คือ %3: สอดคล้องกัน %4% ของเวลา</translation>
    </message>
    <message>
        <source>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</source>
        <translation>หน่วยตัดสินใจซื้อขนาดนี้ต้องการความแม่นยำ %1 (คะแนนด้านขนาด) เพื่อเข้าถึงบทบาทต่าง ๆ %2 ให้ %3: ความเหมาะสม %4%</translation>
    </message>
    <message>
        <source>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</source>
        <translation>จำนวนเข้าปากกรวย %1 ต่อเดือนต้องการการเข้าถึง %2 (สเกลลอการิทึม: 10 → 0, 10 ล้าน → 100) %3 ให้ %4: สอดคล้องกัน %5% ของเวลา</translation>
    </message>
    <message>
        <source>decider or economic buyer</source>
        <translation>ผู้ตัดสินใจหรือผู้ซื้อเชิงเศรษฐกิจ</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>technical evaluator (specifier)</source>
        <translation>ผู้ประเมินด้านเทคนิค (ผู้กำหนดสเปก)</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>ไม่มีใครในหน่วยตัดสินใจซื้อเป็น%1 บทบาทที่ไม่มีผู้รับผิดชอบเป็นสัญญาณเตือนในการขาย (Miller Heiman)</translation>
    </message>
    <message>
        <source>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>มีผู้ขัดขวาง %1 คนและไม่มีผู้สนับสนุน ไม่มีใครภายในผลักดันการซื้อ (MEDDIC)</translation>
    </message>
</context>
<context>
    <name>b2x::calibration</name>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>ไม่มีคอลัมน์ “%1”</translation>
    </message>
    <message>
        <source>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</source>
        <translation>วันที่ทุกรายการ เช่น 03/04/2026 อาจหมายถึง 3 เมษายน หรือ 4 มีนาคม ก็ได้ ให้ระบุว่าวันหรือเดือนมาก่อน</translation>
    </message>
    <message>
        <source>Some dates put the day first and others the month: export the file with one date format.</source>
        <translation>วันที่บางรายการขึ้นต้นด้วยวัน บางรายการขึ้นต้นด้วยเดือน ให้ส่งออกไฟล์โดยใช้รูปแบบวันที่เดียวกันทั้งหมด</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100.</source>
        <translation>“%1” ไม่ใช่วันที่ระหว่างปี 1970 ถึง 2100</translation>
    </message>
    <message>
        <source>the channel is empty.</source>
        <translation>ไม่ได้ระบุช่องทาง</translation>
    </message>
    <message>
        <source>the spend must be a number of 0 or more.</source>
        <translation>ค่าใช้จ่ายต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>the count must be a number of 0 or more.</source>
        <translation>จำนวนต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import may be.</source>
        <translation>ไฟล์มีขนาด %1 MB เกินขนาดสูงสุด %2 MB ที่นำเข้าได้</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</source>
        <translation>ไฟล์มีไบต์ NUL: ไม่ใช่ไฟล์ข้อความ CSV (อาจเป็นสเปรดชีตที่บันทึกในรูปแบบของโปรแกรมเอง หรือเป็น UTF-16) ให้บันทึกหรือส่งออกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</source>
        <translation>ข้อความไม่ใช่ UTF-8 (ไบต์ 0x%1 ไม่สามารถเป็นจุดเริ่มหรือส่วนต่อของอักขระได้) ให้ส่งออกไฟล์เป็น CSV UTF-8 หรือบันทึกอีกครั้งด้วยการเข้ารหัสนั้น</translation>
    </message>
    <message>
        <source>The CSV parser could not start (out of memory).</source>
        <translation>ตัวแยกวิเคราะห์ CSV เริ่มทำงานไม่ได้ (หน่วยความจำไม่พอ)</translation>
    </message>
    <message>
        <source>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>มีเครื่องหมายอัญประกาศอยู่ในฟิลด์ที่ไม่ได้ขึ้นต้นด้วยอัญประกาศ หรือมีข้อความตามหลังอัญประกาศปิด ให้ครอบทั้งฟิลด์ด้วยอัญประกาศ และเขียนอัญประกาศภายในฟิลด์ซ้ำสองตัว (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file. Check the quotes from this row on.</source>
        <translation>ฟิลด์ที่อยู่ในอัญประกาศไม่ได้ปิดก่อนสิ้นสุดไฟล์ ตรวจสอบอัญประกาศตั้งแต่แถวนี้เป็นต้นไป</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>ไฟล์ว่างเปล่า: ไม่มีแถวหัวตาราง</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an import may be.</source>
        <translation>%1 มีขนาด %2 MB เกินขนาดสูงสุด %3 MB ที่นำเข้าได้</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the event is for deal “%1”, which the deals file does not have.</source>
        <translation>เหตุการณ์นี้เป็นของดีล “%1” ซึ่งไม่มีอยู่ในไฟล์ดีล</translation>
    </message>
    <message>
        <source>the status “%1” is not open, won or lost.</source>
        <translation>สถานะ “%1” ไม่ใช่ open, won หรือ lost</translation>
    </message>
    <message>
        <source>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</source>
        <translation>คอลัมน์ไม่ตรงกับไฟล์ส่งออกจาก HubSpot, Salesforce หรือ Pipedrive และไม่ใช่ไฟล์ดีลทั่วไป (deal_id, created_at, status) ให้ระบุรูปแบบ หรือจับคู่คอลัมน์ด้วยตนเอง</translation>
    </message>
    <message>
        <source>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</source>
        <translation>วันที่บางรายการขึ้นต้นด้วยวัน (25/03/2026) บางรายการขึ้นต้นด้วยเดือน (03/25/2026) ให้ส่งออกไฟล์โดยใช้รูปแบบวันที่เดียวกันทั้งหมด</translation>
    </message>
    <message>
        <source>The opportunities need their stage history (an Opportunity History export).</source>
        <translation>โอกาสการขายต้องมีประวัติขั้นตอนด้วย (ไฟล์ส่งออก Opportunity History)</translation>
    </message>
    <message>
        <source>No deal entered “%1”: it keeps its modelled values.</source>
        <translation>ไม่มีดีลเข้าสู่ “%1” ขั้นตอนนี้จึงใช้ค่าตามโมเดลเดิม</translation>
    </message>
    <message numerus="yes">
        <source>Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).</source>
        <translation>
            <numerusform>มีดีลเข้าสู่ “%1” เพียง %n รายการ อัตราการแปลงจึงยังไม่แน่นอน (ดูช่วงความเชื่อมั่น)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</source>
        <translation>“%1” ยังมีดีลที่เข้ามาช้าซึ่งอาจแปลงต่อได้ อัตราการแปลงจึงเป็นเพียงขอบล่างจนกว่าดีลเหล่านั้นจะมีเวลาพอที่จะไปยังขั้นถัดไป</translation>
    </message>
    <message>
        <source>CRM stages not mapped to a stage of the persona, ignored: %1.</source>
        <translation>ขั้นตอนใน CRM ที่ไม่ได้จับคู่กับขั้นตอนของเพอร์โซนา จึงถูกข้ามไป: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n won or lost deal(s) have no close date: counted as open.</source>
        <translation>
            <numerusform>ดีลที่ปิดการขายได้หรือปิดการขายไม่ได้ %n รายการไม่มีวันที่ปิด จึงนับเป็นดีลที่ยังเปิดอยู่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created after the as-of date are left out.</source>
        <translation>
            <numerusform>ไม่นับดีล %n รายการที่สร้างหลังวันที่อ้างอิง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s) after the as-of date are ignored.</source>
        <translation>
            <numerusform>ข้ามการเปลี่ยนขั้นตอน %n ครั้งที่เกิดหลังวันที่อ้างอิง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a deal entered a stage again: its first entry counts.</source>
        <translation>
            <numerusform>มีดีลเข้าสู่ขั้นตอนเดิมซ้ำ %n ครั้ง ระบบนับเฉพาะการเข้าครั้งแรก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) entered stages out of pipeline order: each stage ends at the first later stage entered after it.</source>
        <translation>
            <numerusform>ดีล %n รายการเข้าสู่ขั้นตอนไม่ตรงตามลำดับของไปป์ไลน์ แต่ละขั้นตอนจะสิ้นสุดเมื่อดีลเข้าสู่ขั้นตอนที่อยู่ถัดไปในลำดับเป็นครั้งแรกหลังจากนั้น</numerusform>
        </translation>
    </message>
    <message>
        <source>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</source>
        <translation>ฟิลด์ยาว %1 KiB เกินขนาดสูงสุด %2 KiB ที่ฟิลด์หนึ่งรองรับได้ ตรวจสอบว่าอัญประกาศทุกตัวในไฟล์ปิดครบแล้ว</translation>
    </message>
    <message>
        <source>the row has more than %1 columns. Export only the columns the import needs.</source>
        <translation>แถวนี้มีมากกว่า %1 คอลัมน์ ให้ส่งออกเฉพาะคอลัมน์ที่การนำเข้าต้องใช้</translation>
    </message>
    <message>
        <source>the header has an empty column name.</source>
        <translation>หัวตารางมีชื่อคอลัมน์ที่ว่างเปล่า</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>หัวตารางมีคอลัมน์ชื่อ &quot;%1&quot; ซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>แถวนี้มี %1 ฟิลด์ แต่หัวตารางมี %2 ฟิลด์</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows.</source>
        <translation>ไฟล์มีมากกว่า %L1 แถว</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>แถว %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>แถว %1 คอลัมน์ %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is missing. Export it, or map the columns by hand.</source>
        <translation>ไม่มีคอลัมน์ “%1” ให้ส่งออกคอลัมน์นี้ด้วย หรือจับคู่คอลัมน์ด้วยตนเอง</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>ไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</source>
        <translation>“%1” ไม่ใช่วันที่ระหว่างปี 1970 ถึง 2100 (ใช้รูปแบบ 2026-03-31, 31/03/2026 หรือ 03/31/2026)</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” ไม่ใช่จำนวนเงิน</translation>
    </message>
    <message>
        <source>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</source>
        <translation>จำนวนเงินติดลบ จำนวนเงินของดีลคือมูลค่าของดีล (ตั้งแต่ 0 ขึ้นไป)</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>“%1” ไม่ใช่ทั้ง true และ false</translation>
    </message>
    <message>
        <source>the deal has no id.</source>
        <translation>ดีลไม่มี id</translation>
    </message>
    <message>
        <source>the deal id “%1” is already used on row %2: each deal must appear once.</source>
        <translation>id ดีล “%1” ถูกใช้แล้วในแถว %2 ดีลแต่ละรายการต้องปรากฏเพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>no column is chosen for “%1”, which every deal needs.</source>
        <translation>ยังไม่ได้เลือกคอลัมน์สำหรับ “%1” ซึ่งดีลทุกรายการต้องมี</translation>
    </message>
    <message>
        <source>the column “%1” chosen for “%2” is not in the file.</source>
        <translation>ไม่มีคอลัมน์ “%1” ที่เลือกไว้สำหรับ “%2” ในไฟล์</translation>
    </message>
    <message>
        <source>the column “%1” is chosen for two columns; choose it once.</source>
        <translation>คอลัมน์ “%1” ถูกเลือกไว้สำหรับสองคอลัมน์ ให้เลือกเพียงครั้งเดียว</translation>
    </message>
</context>
<context>
    <name>b2x::charts</name>
    <message>
        <source>Behaviour profile</source>
        <translation>โปรไฟล์พฤติกรรม</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>ดัชนี B2B</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>หน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>รอบการขาย</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>กรวยการขาย</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>เวลาจนเกิดรายได้</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>ความเหมาะสมของช่องทาง</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>เศรษฐศาสตร์ต่อหน่วย</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>ช่วงเวลาการระบุแหล่งที่มา</translation>
    </message>
    <message>
        <source>On which dimensions does each audience behave like a business or a consumer?</source>
        <translation>กลุ่มเป้าหมายแต่ละกลุ่มมีพฤติกรรมแบบธุรกิจหรือผู้บริโภคในมิติใดบ้าง</translation>
    </message>
    <message>
        <source>How business-like is every persona, and where do label and behaviour disagree?</source>
        <translation>เพอร์โซนาแต่ละรายมีความเป็นธุรกิจเพียงใด และป้ายกำกับกับพฤติกรรมไม่ตรงกันที่ไหน</translation>
    </message>
    <message>
        <source>How many people decide, and how likely is such a group to decide at all?</source>
        <translation>มีกี่คนที่ตัดสินใจ และกลุ่มแบบนี้มีโอกาสตัดสินใจเลยมากน้อยเพียงใด</translation>
    </message>
    <message>
        <source>How long does each stage take, and when do half and nine in ten deals close?</source>
        <translation>แต่ละขั้นใช้เวลานานเท่าใด และดีลครึ่งหนึ่งกับเก้าในสิบปิดเมื่อใด</translation>
    </message>
    <message>
        <source>How many enter each stage per month, and how many become customers?</source>
        <translation>แต่ละเดือนมีกี่รายเข้าสู่แต่ละขั้น และกี่รายกลายเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Which channels fit each audience best, and where does the budget go?</source>
        <translation>ช่องทางใดเหมาะกับกลุ่มเป้าหมายแต่ละกลุ่มที่สุด และงบประมาณไปอยู่ที่ไหน</translation>
    </message>
    <message>
        <source>Is each customer worth three times what it costs to win, and how soon does it pay back?</source>
        <translation>ลูกค้าแต่ละรายมีมูลค่าสามเท่าของต้นทุนในการได้มาหรือไม่ และคืนทุนเร็วเพียงใด</translation>
    </message>
    <message>
        <source>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</source>
        <translation>ช่วงเวลาการระบุแหล่งที่มาของแพลตฟอร์มโฆษณายาวเท่ากับรอบการขายหรือไม่</translation>
    </message>
    <message>
        <source>How fast does monthly revenue build up after the campaigns start?</source>
        <translation>รายได้ต่อเดือนเพิ่มขึ้นเร็วเพียงใดหลังเริ่มแคมเปญ</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>ไทม์ไลน์ของแผน</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>กรวยย้อนกลับ</translation>
    </message>
    <message>
        <source>When does each tactic run, and does it start early enough for its leads to close inside the period?</source>
        <translation>กลวิธีแต่ละรายการดำเนินการเมื่อใด และเริ่มเร็วพอให้ลีดปิดการขายได้ภายในช่วงเวลาหรือไม่</translation>
    </message>
    <message>
        <source>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</source>
        <translation>แต่ละขั้นต้องการจำนวนเข้าเท่าใดเพื่อให้ถึงเป้าหมาย เทียบกับที่ปริมาณปัจจุบันสร้างได้ตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>กรวยย้อนกลับ: %1</translation>
    </message>
    <message>
        <source>Conversion per stage</source>
        <translation>อัตราการแปลงของแต่ละขั้นตอน</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>ตามโมเดล</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>วัดจริง</translation>
    </message>
    <message>
        <source>Share that moves on</source>
        <translation>สัดส่วนที่ไปขั้นถัดไป</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>ช่วงความเชื่อมั่น 95%</translation>
    </message>
    <message>
        <source>Whole cycle: created to won</source>
        <translation>รอบทั้งหมด: ตั้งแต่สร้างดีลจนปิดการขายได้</translation>
    </message>
    <message>
        <source>Modelled (the persona&apos;s stages)</source>
        <translation>ตามโมเดล (ขั้นตอนของเพอร์โซนา)</translation>
    </message>
    <message>
        <source>Measured (Kaplan–Meier)</source>
        <translation>วัดจริง (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Days since the deal was created</source>
        <translation>จำนวนวันนับจากสร้างดีล</translation>
    </message>
    <message>
        <source>Won deals closed</source>
        <translation>ดีลที่ปิดการขายได้ซึ่งปิดแล้ว</translation>
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
        <translation>วัน: ช่วงเวลาการระบุแหล่งที่มา ตามด้วยส่วนที่ขาดถึง p90</translation>
    </message>
    <message>
        <source>p50 of the cycle</source>
        <translation>p50 ของรอบ</translation>
    </message>
    <message>
        <source>p90 of the cycle</source>
        <translation>p90 ของรอบ</translation>
    </message>
    <message>
        <source>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</source>
        <translation>ไม่มีกลุ่มเป้าหมายที่เปรียบเทียบกลุ่มใดมีช่องทางที่ระบุแหล่งที่มา ให้ตั้งช่วงเวลาการระบุแหล่งที่มาของช่องทางในส่วนช่องทาง</translation>
    </message>
    <message>
        <source>Short of the p90</source>
        <translation>ส่วนที่ขาดถึง p90</translation>
    </message>
    <message>
        <source>%1
%2: %3 window · cycle p50 %4, p90 %5</source>
        <translation>%1
%2: ช่วงเวลา %3 · รอบ p50 %4, p90 %5</translation>
    </message>
    <message>
        <source>%1
Short of the p90 by %2</source>
        <translation>%1
สั้นกว่า p90 อยู่ %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 personas with this channel miss their own p90</source>
        <translation>%1
%2 จาก %3 เพอร์โซนาที่ใช้ช่องทางนี้ไม่ถึง p90 ของตัวเอง</translation>
    </message>
    <message>
        <source>Every window lasts until nine in ten deals have closed.</source>
        <translation>ทุกช่วงเวลายาวจนดีลเก้าในสิบปิดแล้ว</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Cycle p50</source>
        <translation>รอบ p50</translation>
    </message>
    <message>
        <source>Cycle p90</source>
        <translation>รอบ p90</translation>
    </message>
    <message>
        <source>Covers p90</source>
        <translation>ครอบคลุม p90</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No, short by %1</source>
        <translation>ไม่ ขาดอยู่ %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 personas short)</source>
        <translation>%1 (%2 จาก %3 เพอร์โซนาไม่ถึง)</translation>
    </message>
    <message>
        <source>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</source>
        <translation>ช่วงเวลาที่สิ้นสุดก่อนดีลเก้าในสิบจะปิด (สีแดง): %1 จาก %2 คอนเวอร์ชันหลังช่วงเวลาจะไม่ถูกนับให้ช่องทาง ทำให้ช่องทางดูแย่กว่าความเป็นจริง</translation>
    </message>
</context>
<context>
    <name>b2x::charts::B2bIndexChart</name>
    <message>
        <source>B2B index (0 consumer-like, 100 business-like)</source>
        <translation>ดัชนี B2B (0 แบบผู้บริโภค 100 แบบธุรกิจ)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Mixed behaviour (%1–%2)</source>
        <translation>พฤติกรรมผสม (%1–%2)</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>ป้ายกำกับ %1</translation>
    </message>
    <message>
        <source>Label and behaviour disagree</source>
        <translation>ป้ายกำกับกับพฤติกรรมไม่ตรงกัน</translation>
    </message>
    <message>
        <source>%1
B2B index %2 · label %3 · behaves %4</source>
        <translation>%1
ดัชนี B2B %2 · ป้ายกำกับ %3 · พฤติกรรม: %4</translation>
    </message>
    <message>
        <source>%1
The label and the behaviour disagree.</source>
        <translation>%1
ป้ายกำกับกับพฤติกรรมไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Add personas to the workspace to place them on the B2B index.</source>
        <translation>เพิ่มเพอร์โซนาในพื้นที่ทำงานเพื่อวางบนดัชนี B2B</translation>
    </message>
    <message>
        <source>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</source>
        <translation>เพอร์โซนาในพื้นที่ทำงาน: %1 ที่มีวงล้อมคือป้ายกำกับกับพฤติกรรมไม่ตรงกัน: %2</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>ดัชนี B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>มีพฤติกรรมแบบ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่</translation>
    </message>
</context>
<context>
    <name>b2x::charts::BehaviourRadarChart</name>
    <message>
        <source>%1
%2: %3 of 100</source>
        <translation>%1
%2: %3 จาก 100</translation>
    </message>
    <message>
        <source>%1
%2: not applicable (no data)</source>
        <translation>%1
%2: ไม่เกี่ยวข้อง (ไม่มีข้อมูล)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like); each ring is the mean of the group&apos;s personas.</source>
        <translation>คะแนนตั้งแต่ 0 (แบบผู้บริโภค) ถึง 100 (แบบธุรกิจ) แต่ละวงคือค่าเฉลี่ยของเพอร์โซนาในกลุ่ม</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like).</source>
        <translation>คะแนนตั้งแต่ 0 (แบบผู้บริโภค) ถึง 100 (แบบธุรกิจ)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChannelFitChart</name>
    <message>
        <source>Fit (0–100); diamonds: share of the budget (%)</source>
        <translation>ความเหมาะสม (0–100) รูปเพชร: สัดส่วนงบประมาณ (%)</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>สัดส่วนงบประมาณ</translation>
    </message>
    <message>
        <source>%1
%2: fit %3 of 100 · %4 of the budget</source>
        <translation>%1
%2: ความเหมาะสม %3 จาก 100 · %4 ของงบประมาณ</translation>
    </message>
    <message>
        <source>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</source>
        <translation>แถว: ช่องทางที่เหมาะที่สุดสามช่องทางของแต่ละกลุ่มเป้าหมาย และช่องทางที่ได้งบประมาณมากที่สุด ตารางแสดงความเหมาะสมของทุกช่องทางในแค็ตตาล็อก</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>ความเหมาะสม</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>ตาราง</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>แสดงตัวเลขของแผนภูมินี้เป็นตาราง</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>แสดง %1 เป็นตาราง</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>แผนภูมิ %1</translation>
    </message>
    <message>
        <source>The same numbers are in the table: press the Table button beside the title.</source>
        <translation>ตัวเลขชุดเดียวกันอยู่ในตาราง กดปุ่มตารางข้างชื่อ</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 เป็นตาราง</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>แผนภูมิ</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>แสดงแผนภูมิอีกครั้ง</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Show all the charts again (Esc)</source>
        <translation>แสดงแผนภูมิทั้งหมดอีกครั้ง (Esc)</translation>
    </message>
    <message>
        <source>Show this chart alone, as large as the panel allows</source>
        <translation>แสดงแผนภูมินี้เพียงแผนภูมิเดียว ให้ใหญ่ที่สุดเท่าที่แผงจะรองรับ</translation>
    </message>
    <message>
        <source>Show all the charts again</source>
        <translation>แสดงแผนภูมิทั้งหมดอีกครั้ง</translation>
    </message>
    <message>
        <source>Enlarge %1</source>
        <translation>ขยาย %1</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartDataBuilder</name>
    <message>
        <source>Top of funnel</source>
        <translation>ปากกรวย</translation>
    </message>
    <message>
        <source>Select personas to compare: click one in the list, Ctrl+click to add up to six.</source>
        <translation>เลือกเพอร์โซนาที่จะเปรียบเทียบ: คลิกหนึ่งรายการในรายการ Ctrl+คลิกเพื่อเพิ่มได้สูงสุดหกรายการ</translation>
    </message>
    <message>
        <source>Add personas to the workspace to compare their groups.</source>
        <translation>เพิ่มเพอร์โซนาในพื้นที่ทำงานเพื่อเปรียบเทียบกลุ่ม</translation>
    </message>
    <message>
        <source>B2B label</source>
        <translation>ป้ายกำกับ B2B</translation>
    </message>
    <message>
        <source>Hybrid label</source>
        <translation>ป้ายกำกับไฮบริด</translation>
    </message>
    <message>
        <source>B2C label</source>
        <translation>ป้ายกำกับ B2C</translation>
    </message>
    <message>
        <source>Behaves as B2B</source>
        <translation>มีพฤติกรรมแบบ B2B</translation>
    </message>
    <message>
        <source>Behaves mixed</source>
        <translation>มีพฤติกรรมแบบผสม</translation>
    </message>
    <message>
        <source>Behaves as B2C</source>
        <translation>มีพฤติกรรมแบบ B2C</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 จาก %3)</translation>
    </message>
    <message>
        <source>Mean cycle</source>
        <translation>รอบเฉลี่ย</translation>
    </message>
    <message>
        <source>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</source>
        <translation>เลือกเพอร์โซนาที่จะจัดกลุ่ม: คลิกหนึ่งรายการในรายการ Ctrl+คลิกเพื่อเพิ่ม หรือจัดกลุ่มเพอร์โซนาทั้งหมด</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>ล้าน %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>พัน %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 พัน</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 ล้าน</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 พันล้าน</translation>
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
        <translation>จำนวนคนในหน่วยตัดสินใจซื้อ</translation>
    </message>
    <message>
        <source>Probability of a decision</source>
        <translation>ความน่าจะเป็นในการตัดสินใจ</translation>
    </message>
    <message>
        <source>CEB consensus curve</source>
        <translation>เส้นโค้งฉันทามติของ CEB</translation>
    </message>
    <message>
        <source>CEB measurements</source>
        <translation>ผลการวัดของ CEB</translation>
    </message>
    <message>
        <source>CEB: a group of %1 decides in %2 of cases</source>
        <translation>CEB: กลุ่ม %1 คนตัดสินใจได้ใน %2 ของกรณี</translation>
    </message>
    <message>
        <source>%1
%2 people · %3 probability of a decision</source>
        <translation>%1
%2 คน · ความน่าจะเป็นในการตัดสินใจ %3</translation>
    </message>
    <message>
        <source>%1 (your estimate)</source>
        <translation>%1 (ค่าประมาณของคุณ)</translation>
    </message>
    <message>
        <source>%1 — nobody covers: %2</source>
        <translation>%1 — ไม่มีใครรับผิดชอบ: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</source>
        <translation>บทบาทสำคัญทุกบทบาท (ผู้ตัดสินใจ ผู้ใช้ ผู้กำหนดสเปก ผู้ซื้อ) มีผู้รับผิดชอบ สี่เหลี่ยมคือค่าประมาณของคุณเอง</translation>
    </message>
    <message>
        <source>Uncovered roles are a red flag (Miller Heiman):
%1</source>
        <translation>บทบาทที่ไม่มีผู้รับผิดชอบเป็นสัญญาณเตือน (Miller Heiman):
%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวนคน</translation>
    </message>
    <message>
        <source>CEB for this size</source>
        <translation>CEB สำหรับขนาดนี้</translation>
    </message>
    <message>
        <source>Uncovered roles</source>
        <translation>บทบาทที่ไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>b2x::charts::FunnelChart</name>
    <message>
        <source>Funnel step (the last point of a line: customers)</source>
        <translation>ขั้นของกรวย (จุดสุดท้ายของเส้น: ลูกค้า)</translation>
    </message>
    <message>
        <source>Entries per month</source>
        <translation>จำนวนเข้าต่อเดือน</translation>
    </message>
    <message>
        <source>Entries per month (log scale)</source>
        <translation>จำนวนเข้าต่อเดือน (สเกลลอการิทึม)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>%1
%2: %3 per month</source>
        <translation>%1
%2: %3 ต่อเดือน</translation>
    </message>
    <message>
        <source>%1 · %2 move on</source>
        <translation>%1 · ผ่านไป %2</translation>
    </message>
    <message>
        <source>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</source>
        <translation>กลุ่ม: ค่าเฉลี่ยจำนวนเข้าปากกรวยและลูกค้าต่อเดือน ขั้นของเพอร์โซนาแต่ละรายต่างกัน จึงเปรียบเทียบเฉพาะสองปลาย</translation>
    </message>
    <message>
        <source>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</source>
        <translation>ขั้นตอนของเพอร์โซนาแต่ละรายต่างกัน ตารางและคำแนะนำเครื่องมือระบุชื่อแต่ละขั้น ค่าศูนย์จะวาดไว้ที่ด้านล่างของแกนลอการิทึม</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>ผ่านไป</translation>
    </message>
</context>
<context>
    <name>b2x::charts::OutcomeHistogramChart</name>
    <message>
        <source>Share of runs (%)</source>
        <translation>สัดส่วนของรอบ (%)</translation>
    </message>
    <message>
        <source>Runs in each range</source>
        <translation>จำนวนรอบในแต่ละช่วง</translation>
    </message>
    <message>
        <source>p50 (median): %1</source>
        <translation>p50 (มัธยฐาน): %1</translation>
    </message>
    <message>
        <source>p10 and p90: %1 and %2</source>
        <translation>p10 และ p90: %1 และ %2</translation>
    </message>
</context>
<context>
    <name>b2x::charts::PlanTimelineChart</name>
    <message>
        <source>Period start and end</source>
        <translation>วันเริ่มต้นและวันสิ้นสุดของช่วงเวลา</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>running</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>หยุดแล้ว</translation>
    </message>
    <message>
        <source>starts after %1: most of its leads close after the period</source>
        <translation>เริ่มหลัง %1: ลีดส่วนใหญ่จะปิดการขายหลังสิ้นช่วงเวลา</translation>
    </message>
    <message>
        <source>starts after %1: some of its leads close after the period</source>
        <translation>เริ่มหลัง %1: ลีดบางส่วนจะปิดการขายหลังสิ้นช่วงเวลา</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 to %4, %5
Planned budget: %6</source>
        <translation>%1 (%2)
%3 ถึง %4, %5
งบประมาณที่วางแผนไว้: %6</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>ช่องทาง: %1</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>ช้าเกินไป: %1</translation>
    </message>
    <message>
        <source>Weeks (from Monday)</source>
        <translation>สัปดาห์ (เริ่มวันจันทร์)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Latest lead entry to close in the period, half of the deals (p50)</source>
        <translation>วันที่ลีดเข้าล่าสุดที่ยังปิดการขายได้ในช่วงเวลา สำหรับดีลครึ่งหนึ่ง (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry, nine deals in ten (p90)</source>
        <translation>วันที่ลีดเข้าล่าสุด สำหรับดีลเก้าในสิบ (p90)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>วันนี้ (%1)</translation>
    </message>
    <message>
        <source>The plan has no tactics yet: add them to see them on the calendar.</source>
        <translation>แผนยังไม่มีกลวิธี เพิ่มกลวิธีเพื่อดูบนปฏิทิน</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n tactic(s) has valid start and end dates, so none can be drawn: give them dates.</source>
        <translation>
            <numerusform>กลวิธีทั้ง %n รายการของแผนไม่มีวันที่เริ่มและวันที่สิ้นสุดที่ถูกต้อง จึงวาดไม่ได้ ให้กำหนดวันที่</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</source>
        <translation>%1: ลีดต้องเข้ามาภายใน %2 เพื่อให้ดีลครึ่งหนึ่งปิดได้ภายในช่วงเวลา และภายใน %3 สำหรับดีลเก้าในสิบ</translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) start too late to close inside the period.</source>
        <translation>
            <numerusform>กลวิธี %n รายการเริ่มช้าเกินกว่าจะปิดการขายได้ภายในช่วงเวลา</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tactic(s) not drawn (the chart shows the first %1 rows; the table lists all): %2.</source>
        <translation>
            <numerusform>ไม่ได้วาดกลวิธีอีก %n รายการ (แผนภูมิแสดง %1 แถวแรก ส่วนตารางแสดงทั้งหมด): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) without valid dates, not drawn: %1.</source>
        <translation>
            <numerusform>กลวิธี %n รายการไม่มีวันที่ที่ถูกต้อง จึงไม่ได้วาด: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no period: the current quarter is drawn.</source>
        <translation>แผนไม่มีช่วงเวลา จึงแสดงไตรมาสปัจจุบัน</translation>
    </message>
    <message>
        <source>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</source>
        <translation>แถบ: สีทึบคือกำลังดำเนินการ สีอ่อนคือวางแผนไว้ ขอบจุดคือเสร็จสิ้น สีจางพร้อมขอบเส้นประสีเทาคือหยุดแล้ว</translation>
    </message>
    <message>
        <source>Time runs from right to left.</source>
        <translation>เวลาเดินจากขวาไปซ้าย</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>กลวิธี</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>วันที่เริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>งบประมาณที่วางแผนไว้</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>จังหวะเวลา</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>ไม่ได้วาด</translation>
    </message>
    <message>
        <source>not drawn; %1</source>
        <translation>ไม่ได้วาด; %1</translation>
    </message>
    <message>
        <source>no valid dates: not drawn</source>
        <translation>ไม่มีวันที่ที่ถูกต้อง: ไม่ได้วาด</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ResponseCurveChart</name>
    <message>
        <source>Entries a month</source>
        <translation>จำนวนเข้าต่อเดือน</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>ที่เสนอ</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>ค่าใช้จ่ายรายเดือน (%1)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ReverseFunnelChart</name>
    <message>
        <source>Required by the target</source>
        <translation>ที่เป้าหมายต้องการ</translation>
    </message>
    <message>
        <source>Available at today&apos;s volume</source>
        <translation>ที่ได้ด้วยปริมาณปัจจุบัน</translation>
    </message>
    <message>
        <source>Pipeline stage (entries over the period), then customers</source>
        <translation>ขั้นตอนในไปป์ไลน์ (จำนวนเข้าตลอดช่วงเวลา) ตามด้วยลูกค้า</translation>
    </message>
    <message>
        <source>Entries over the period</source>
        <translation>จำนวนเข้าตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>Entries over the period (log scale)</source>
        <translation>จำนวนเข้าตลอดช่วงเวลา (สเกลลอการิทึม)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>ไม่สามารถคำนวณได้</translation>
    </message>
    <message>
        <source>%1
Required by the target: %2
Available at today&apos;s volume: %3</source>
        <translation>%1
ที่เป้าหมายต้องการ: %2
ที่ได้ด้วยปริมาณปัจจุบัน: %3</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs, stage by stage.</source>
        <translation>เลือกเพอร์โซนาเพื่อดูว่าเป้าหมายของเพอร์โซนานั้นต้องการอะไรในแต่ละขั้น</translation>
    </message>
    <message>
        <source>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</source>
        <translation>%1: ปริมาณปัจจุบันถึงเป้าหมาย: คาดว่าจะได้ลูกค้าประมาณ %2 รายในช่วงเวลานี้ เทียบกับเป้าหมาย %3 ราย</translation>
    </message>
    <message>
        <source>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</source>
        <translation>%1: ด้วยปริมาณปัจจุบัน ช่วงเวลานี้จะได้ลูกค้าประมาณ %2 ราย เทียบกับเป้าหมาย %3 ราย ขาดอีก %4 ราย</translation>
    </message>
    <message>
        <source>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</source>
        <translation>ทุกขั้นต้องการจำนวนเข้า %1 เท่าของปัจจุบัน: ปริมาณต่อเดือน %2 แทน %3 และค่าใช้จ่ายรายเดือน %4 แทน %5</translation>
    </message>
    <message>
        <source>%1 has no target: only today&apos;s entries are drawn.</source>
        <translation>%1 ไม่มีเป้าหมาย: แสดงเฉพาะจำนวนเข้าปัจจุบัน</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ส่วนที่ขาด</translation>
    </message>
    <message>
        <source>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</source>
        <translation>ปริมาณปัจจุบันไม่ทำให้ได้ลูกค้าเลยภายในช่วงเวลา จึงคำนวณจำนวนเข้าที่เป้าหมายต้องการไม่ได้ แสดงเฉพาะจำนวนเข้าปัจจุบันของแต่ละขั้น</translation>
    </message>
    <message>
        <source>Log scale: the stages differ by orders of magnitude.</source>
        <translation>สเกลลอการิทึม: ค่าของแต่ละขั้นต่างกันเป็นสิบเท่าหรือมากกว่า</translation>
    </message>
</context>
<context>
    <name>b2x::charts::SalesCycleChart</name>
    <message>
        <source>Days (bars: expected time in each stage)</source>
        <translation>วัน (แท่ง: เวลาที่คาดในแต่ละขั้น)</translation>
    </message>
    <message>
        <source>%1
Half of the deals close within %2 (p50)</source>
        <translation>%1
ดีลครึ่งหนึ่งปิดได้ภายใน %2 (p50)</translation>
    </message>
    <message>
        <source>%1
Nine in ten deals close within %2 (p90)</source>
        <translation>%1
ดีลเก้าในสิบปิดได้ภายใน %2 (p90)</translation>
    </message>
    <message>
        <source>p50: half of deals closed</source>
        <translation>p50: ปิดดีลได้ครึ่งหนึ่ง</translation>
    </message>
    <message>
        <source>p90: nine in ten closed</source>
        <translation>p90: ปิดได้เก้าในสิบ</translation>
    </message>
    <message>
        <source>%1
%2: %3 expected (%4 to %5)</source>
        <translation>%1
%2: คาดว่า %3 (%4 ถึง %5)</translation>
    </message>
    <message>
        <source>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</source>
        <translation>แท่งของกลุ่มแสดงรอบเฉลี่ยของเพอร์โซนาในกลุ่ม ขั้นตอนของเพอร์โซนาแต่ละรายต่างกัน จึงไม่แยกย่อย</translation>
    </message>
    <message>
        <source>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</source>
        <translation>แท่งรวมระยะเวลาที่คาดของแต่ละขั้น (รอบเฉลี่ย) เครื่องหมายแสดงเวลาที่ดีลครึ่งหนึ่งและเก้าในสิบปิดแล้ว</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่คาดไว้</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>สั้นที่สุด</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>นานที่สุด</translation>
    </message>
    <message>
        <source>p50 of the whole cycle</source>
        <translation>p50 ของทั้งรอบ</translation>
    </message>
    <message>
        <source>p90 of the whole cycle</source>
        <translation>p90 ของทั้งรอบ</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TimeToRevenueChart</name>
    <message>
        <source>Months after the campaigns start</source>
        <translation>จำนวนเดือนหลังเริ่มแคมเปญ</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>รายได้ต่อเดือน (%1)</translation>
    </message>
    <message>
        <source>Revenue per month (%1, log)</source>
        <translation>รายได้ต่อเดือน (%1, ลอการิทึม)</translation>
    </message>
    <message>
        <source>%1: no new customers, so no revenue</source>
        <translation>%1: ไม่มีลูกค้าใหม่ จึงไม่มีรายได้</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <source>Month reaching 50%</source>
        <translation>เดือนที่ถึง 50%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>%1
Month %2: %3, of which %4 from new customers</source>
        <translation>%1
เดือนที่ %2: %3 ในจำนวนนี้ %4 มาจากลูกค้าใหม่</translation>
    </message>
    <message>
        <source>%1
Month %2: %3 from new customers</source>
        <translation>%1
เดือนที่ %2: %3 จากลูกค้าใหม่</translation>
    </message>
    <message>
        <source>Steady state: %1 a month</source>
        <translation>ระดับคงที่: %1 ต่อเดือน</translation>
    </message>
    <message>
        <source>No steady state: revenue keeps growing</source>
        <translation>ไม่มีระดับคงที่: รายได้เพิ่มขึ้นต่อเนื่อง</translation>
    </message>
    <message>
        <source>%1: steady state</source>
        <translation>%1: ระดับคงที่</translation>
    </message>
    <message>
        <source>%1: new customers</source>
        <translation>%1: ลูกค้าใหม่</translation>
    </message>
    <message>
        <source>%1: half of the steady monthly revenue by month %2</source>
        <translation>%1: ได้ครึ่งหนึ่งของรายได้ต่อเดือนที่ระดับคงที่ภายในเดือนที่ %2</translation>
    </message>
    <message>
        <source>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</source>
        <translation>%1: ไม่มีระดับคงที่ รายได้เพิ่มขึ้นต่อเนื่อง (อัตราการเลิกใช้บริการไม่มากกว่าการขยายรายได้)</translation>
    </message>
    <message>
        <source>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</source>
        <translation>เส้นทึบ: รายได้จากลูกค้าที่ชำระเงินทั้งหมด เส้นประ: ระดับคงที่ เส้นจุด: รายได้จากลูกค้าใหม่ (เฉพาะรายได้ประจำ)</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>ระดับคงที่</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TornadoChart</name>
    <message>
        <source>Below today&apos;s value</source>
        <translation>ต่ำกว่าค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>Above today&apos;s value</source>
        <translation>สูงกว่าค่าปัจจุบัน</translation>
    </message>
    <message>
        <source>All inputs together: p10–p90</source>
        <translation>อินพุตทั้งหมดรวมกัน: p10–p90</translation>
    </message>
    <message>
        <source>All inputs together</source>
        <translation>อินพุตทั้งหมดรวมกัน</translation>
    </message>
</context>
<context>
    <name>b2x::charts::UnitEconomicsChart</name>
    <message>
        <source>CLV = 3 × CAC (healthy)</source>
        <translation>CLV = 3 × CAC (ดี)</translation>
    </message>
    <message>
        <source>CLV = CAC (break-even)</source>
        <translation>CLV = CAC (จุดคุ้มทุน)</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>ไม่คืนทุน</translation>
    </message>
    <message>
        <source>payback %1 mo</source>
        <translation>คืนทุนใน %1 เดือน</translation>
    </message>
    <message>
        <source>CAC: cost to win a customer (%1, log scale)</source>
        <translation>CAC: ต้นทุนการได้ลูกค้าหนึ่งราย (%1, สเกลลอการิทึม)</translation>
    </message>
    <message>
        <source>CLV: lifetime value (%1, log scale)</source>
        <translation>CLV: มูลค่าตลอดช่วงชีวิตลูกค้า (%1, สเกลลอการิทึม)</translation>
    </message>
    <message>
        <source>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</source>
        <translation>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>ไม่สามารถคำนวณได้</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</source>
        <translation>เหนือเส้นสีเขียว ลูกค้ามีมูลค่ามากกว่าสามเท่าของต้นทุน ใต้เส้นประคือขาดทุน</translation>
    </message>
    <message>
        <source>%1
Not drawn (no customers, so no CAC): %2</source>
        <translation>%1
ไม่ได้วาด (ไม่มีลูกค้า จึงไม่มี CAC): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>เพอร์โซนา</translation>
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
        <translation>ระยะคืนทุน (เดือน)</translation>
    </message>
    <message numerus="yes">
        <source>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run(s).</source>
        <translation>
            <numerusform>เส้นช่วง: p10–p90 ของ CAC และ CLV เมื่ออินพุตแต่ละตัวแปรผันภายในช่วงการกระจายของหลักฐาน จำลอง %Ln รอบ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::cli</name>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: คำเตือน: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n persona(s))
</source>
        <translation>
            <numerusform>%1: ถูกต้อง (เพอร์โซนา %Ln รายการ)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: ข้อผิดพลาด: %2
</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)
</source>
        <translation>พื้นที่ทำงาน: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)

</source>
        <translation>
            <numerusform>เพอร์โซนา %Ln รายการ

</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>ดัชนี B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>พฤติกรรม</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>ไม่ตรงกัน</translation>
    </message>
    <message>
        <source>DMU</source>
        <translation>DMU</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>ราคา</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size ต้องเป็น A4 หรือ Letter ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>อาร์กิวเมนต์ที่ไม่คาดคิด &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the workspace file to export</source>
        <translation>ระบุไฟล์พื้นที่ทำงานที่จะส่งออก</translation>
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
        <translation>%1: ข้อผิดพลาด: ไม่มีเพอร์โซนาที่มี id %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>เขียน %1 แล้ว
</translation>
    </message>
    <message>
        <source>b2x: --lang needs one of the languages %1
</source>
        <translation>b2x: --lang ต้องเป็นภาษาใดภาษาหนึ่งใน %1
</translation>
    </message>
    <message>
        <source>b2x validate: name at least one file
</source>
        <translation>b2x validate: ระบุไฟล์อย่างน้อยหนึ่งไฟล์
</translation>
    </message>
    <message>
        <source>b2x summary: name exactly one file (and optionally --json)
</source>
        <translation>b2x summary: ระบุไฟล์เดียวเท่านั้น (และ --json ถ้าต้องการ)
</translation>
    </message>
    <message>
        <source>b2x: unknown command &quot;%1&quot;

</source>
        <translation>b2x: ไม่รู้จักคำสั่ง &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; at most %3 are allowed</source>
        <translation>%1 ยาว %2 ไบต์ อนุญาตสูงสุด %3</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</source>
        <translation>--date ต้องเป็นวันที่ในรูป YYYY-MM-DD เช่น 2026-12-03 ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%2 to %3, %n day(s))
</source>
        <translation>
            <numerusform>แผน: %1 (%2 ถึง %3, %n วัน)
</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>  No target for the period
</source>
        <translation>  ไม่มีเป้าหมายสำหรับช่วงเวลานี้
</translation>
    </message>
    <message>
        <source>  Needed: %1 entries and %2 a month
</source>
        <translation>  ที่ต้องการ: จำนวนเข้า %1 และค่าใช้จ่าย %2 ต่อเดือน
</translation>
    </message>
    <message>
        <source>    %1: %2 entries in the period
</source>
        <translation>    %1: จำนวนเข้า %2 ในช่วงเวลานี้
</translation>
    </message>
    <message>
        <source>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</source>
        <translation>  ที่ต้องการ: คำนวณย้อนกลับจากกรวยการขายปัจจุบันไม่ได้ (ดูผลการตรวจสอบ)
</translation>
    </message>
    <message>
        <source>  Latest entry to close by the end: %1 (50%), %2 (90%)
</source>
        <translation>  วันเข้าล่าสุดที่ยังปิดการขายได้ทันสิ้นช่วงเวลา: %1 (50%), %2 (90%)
</translation>
    </message>
    <message>
        <source>  Planned budget: %1
</source>
        <translation>  งบประมาณที่วางแผนไว้: %1
</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
วัตถุประสงค์
</translation>
    </message>
    <message>
        <source>
Checks
</source>
        <translation>
ผลการตรวจสอบ
</translation>
    </message>
    <message>
        <source>b2x plan: name exactly one file (and optionally --json)
</source>
        <translation>b2x plan: ระบุไฟล์เดียวเท่านั้น (และ --json ถ้าต้องการ)
</translation>
    </message>
    <message>
        <source>b2x calibrate: %1 needs a value
</source>
        <translation>b2x calibrate: %1 ต้องมีค่า
</translation>
    </message>
    <message>
        <source>b2x calibrate: unknown option &quot;%1&quot;
</source>
        <translation>b2x calibrate: ไม่รู้จักตัวเลือก &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</source>
        <translation>b2x calibrate: ระบุไฟล์พื้นที่ทำงาน, --persona ID และ --deals DEALS.csv
</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n deal(s)</source>
        <translation>
            <numerusform>%1 ณ วันที่ %2: ดีล %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 won, %2 lost, %3 open)
</source>
        <translation> (ปิดการขายได้ %1, ปิดการขายไม่ได้ %2, ยังเปิดอยู่ %3)
</translation>
    </message>
    <message>
        <source>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</source>
        <translation>  ดีล: เข้ามา %1, ไปขั้นถัดไป %2, ปิดการขายไม่ได้ %3, ยังเปิดอยู่ %4
</translation>
    </message>
    <message>
        <source>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</source>
        <translation>  อัตราการแปลง: %1 (ช่วงความเชื่อมั่น 95% %2 ถึง %3)%4; ตามโมเดล %5; ไปขั้นถัดไป ÷ เข้ามา %6
</translation>
    </message>
    <message>
        <source>, a lower bound</source>
        <translation>, เป็นขอบล่าง</translation>
    </message>
    <message>
        <source>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</source>
        <translation>  จำนวนวันจนไปขั้นถัดไป: p10 %1, p50 %2, p90 %3, ค่าเฉลี่ย %4
</translation>
    </message>
    <message>
        <source>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</source>
        <translation>  การประมาณแบบสามเหลี่ยม: %1 / %2 / %3 วัน (ตามโมเดล %4 / %5 / %6)
</translation>
    </message>
    <message>
        <source>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</source>
        <translation>
รอบทั้งหมด ตั้งแต่สร้างดีลจนปิดการขายได้: p50 %1 วัน, p90 %2 (ตามโมเดล %3 และ %4)
</translation>
    </message>
    <message>
        <source>
Warnings
</source>
        <translation>
คำเตือน
</translation>
    </message>
    <message>
        <source>
Ad spend %1 to %2: %3 in all, %4 a month
</source>
        <translation>
ค่าโฆษณา %1 ถึง %2: รวม %3, %4 ต่อเดือน
</translation>
    </message>
    <message>
        <source>  %1%2: %3 a month (%4% of the spend)%5
</source>
        <translation>  %1%2: %3 ต่อเดือน (%4% ของค่าใช้จ่าย)%5
</translation>
    </message>
    <message>
        <source> (no catalogue channel)</source>
        <translation> (ไม่ใช่ช่องทางในแค็ตตาล็อก)</translation>
    </message>
    <message>
        <source>, click-through %1%</source>
        <translation>, อัตราการคลิกผ่าน %1%</translation>
    </message>
    <message numerus="yes">
        <source>  Customer acquisition cost: %1 (%n deal(s) won over those days)
</source>
        <translation>
            <numerusform>  ต้นทุนการได้มาซึ่งลูกค้า: %1 (ปิดการขายได้ %n ดีลในช่วงวันดังกล่าว)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Customer acquisition cost: not defined (no deal won over those days)
</source>
        <translation>  ต้นทุนการได้มาซึ่งลูกค้า: คำนวณไม่ได้ (ไม่มีดีลที่ปิดการขายได้ในช่วงวันดังกล่าว)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</source>
        <translation>b2x calibrate: --format ต้องเป็น auto, generic, hubspot, salesforce หรือ pipedrive
</translation>
    </message>
    <message>
        <source>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</source>
        <translation>b2x calibrate: --date-order ต้องเป็น dmy (วันก่อน) หรือ mdy (เดือนก่อน)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</source>
        <translation>b2x calibrate: --as-of ต้องเป็นวันที่ในรูป YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2 (b2x summary lists them)
</source>
        <translation>%1: ข้อผิดพลาด: ไม่มีเพอร์โซนาที่มี id %2 (ดูรายการได้ด้วย b2x summary)
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>ข้อผิดพลาด: %1
</translation>
    </message>
    <message>
        <source>b2x calibrate: add --date-order dmy or --date-order mdy
</source>
        <translation>b2x calibrate: เพิ่ม --date-order dmy หรือ --date-order mdy
</translation>
    </message>
    <message>
        <source>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</source>
        <translation>b2x calibrate: --map &quot;%1&quot;: ให้เขียนในรูป &quot;CRM stage=Pipeline stage&quot; (ขั้นตอนใน CRM=ขั้นตอนในไปป์ไลน์); ขั้นตอนของเพอร์โซนาคือ: %2
</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>ไฟล์ส่งออกดีลจาก CRM %1: ดีล %n รายการ ณ วันที่ %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: written with the measured stages of %2
</source>
        <translation>%1: เขียนพร้อมขั้นตอนที่วัดจริงของ %2 แล้ว
</translation>
    </message>
    <message>
        <source>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</source>
        <translation>เลือกเอาต์พุตอย่างน้อยหนึ่งรายการ: --pdf, --png, --svg, --csv, --csv-plan หรือ --xlsx</translation>
    </message>
    <message>
        <source>  Target, new customers: %1 (%2)
</source>
        <translation>  เป้าหมาย ลูกค้าใหม่: %1 ราย (%2)
</translation>
    </message>
    <message>
        <source>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</source>
        <translation>  คาดว่าจะได้ด้วยปริมาณปัจจุบัน ลูกค้าใหม่: %1 ราย ขาดอีก %2 ราย
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 takes a number from %2 to %3
</source>
        <translation>b2x allocate: %1 ต้องเป็นตัวเลขตั้งแต่ %2 ถึง %3
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 needs a value
</source>
        <translation>b2x allocate: %1 ต้องมีค่า
</translation>
    </message>
    <message>
        <source>b2x allocate: unknown option &quot;%1&quot;
</source>
        <translation>b2x allocate: ไม่รู้จักตัวเลือก &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x allocate: name a workspace file and at least one --persona ID
</source>
        <translation>b2x allocate: ระบุไฟล์พื้นที่ทำงานและ --persona ID อย่างน้อยหนึ่งรายการ
</translation>
    </message>
    <message>
        <source>b2x allocate: give either --budget or --target-mroas, not both
</source>
        <translation>b2x allocate: ระบุ --budget หรือ --target-mroas อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง
</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>อยู่ที่ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>อยู่ที่ค่าสูงสุด</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>ล็อกไว้</translation>
    </message>
    <message>
        <source>Budget %1 a month, split in steps of %2
</source>
        <translation>งบประมาณ %1 ต่อเดือน แบ่งเป็นขั้นละ %2
</translation>
    </message>
    <message>
        <source>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</source>
        <translation>ใช้จ่ายตราบที่ ROAS ส่วนเพิ่มยังถึงเป้า: %1 ต่อเดือน ขั้นละ %2
</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, marginal ROAS %4</source>
        <translation>  %1: %2 → %3, ROAS ส่วนเพิ่ม %4</translation>
    </message>
    <message>
        <source>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>
ปัจจุบัน: ค่าใช้จ่าย %1, ลูกค้า %2 ราย, มูลค่า %3, ROAS %4
</translation>
    </message>
    <message>
        <source>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>ที่เสนอ:  ค่าใช้จ่าย %1, ลูกค้า %2 ราย, มูลค่า %3, ROAS %4
</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.
</source>
        <translation>ค่าใช้จ่ายขั้นต่ำของช่องทางรวมกันก็เกินงบประมาณแล้ว
</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.
</source>
        <translation>%1 ยังไม่ได้ใช้: ทุกช่องทางอยู่ที่ค่าสูงสุดแล้ว
</translation>
    </message>
    <message>
        <source>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</source>
        <translation>b2x calibrate: วันที่ตีความได้ทั้งสองลำดับ จึงใช้ลำดับที่บันทึกไว้กับเพอร์โซนา (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>b2x calibrate: using the stage mapping saved with the persona (%n stage(s)); --map replaces it
</source>
        <translation>
            <numerusform>b2x calibrate: ใช้การจับคู่ขั้นตอนที่บันทึกไว้กับเพอร์โซนา (%n ขั้นตอน); --map จะใช้แทนการจับคู่นี้
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
        <translation>วิธีใช้: b2x COMMAND [OPTIONS]

ตรวจสอบและสรุปไฟล์พื้นที่ทำงานของ B2X Workbench (.b2x) โดยไม่ต้องใช้หน้าจอแสดงผล

คำสั่ง:
  validate FILE...        ตรวจสอบว่าแต่ละไฟล์เป็นพื้นที่ทำงานที่ถูกต้อง
  summary FILE [--json]   แสดงรายการเพอร์โซนาของพื้นที่ทำงาน โดย --json จะพิมพ์
                          เอกสารที่เครื่องอ่านได้ (ดู docs/cli.md)
  plan FILE [--json]      แผน: เป้าหมายของแต่ละเพอร์โซนาที่คำนวณย้อนกลับผ่าน
                          กรวยการขายและรอบการขายของเพอร์โซนานั้น คะแนน OKR
                          และผลการตรวจสอบ
  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]
              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]
              [--xlsx OUT.xlsx]
              [--title T] [--subtitle S] [--client C] [--author A]
              [--date YYYY-MM-DD]
                          เขียนรายงานการเปรียบเทียบ แผนภูมิ ตัวชี้วัดของทุก
                          เพอร์โซนา รายการต่าง ๆ ของแผนเป็น CSV และเวิร์กบุ๊ก
                          ที่มีสูตรคำนวณจริง ตัวเลือกของหน้าปกจะใช้แทนข้อความ
                          ที่บันทึกไว้ในพื้นที่ทำงาน
  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]
              [--format auto|generic|hubspot|salesforce|pipedrive]
              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]
              [--map &quot;CRM stage=Pipeline stage&quot;]... [--spend SPEND.csv]
              [--json] [--apply OUT.b2x]
                          วัดขั้นตอนของเพอร์โซนาจากไฟล์ส่งออกของ CRM
                          โดยนับดีลที่ยังเปิดอยู่อย่างถูกต้อง และวัด CAC
                          จากค่าโฆษณา; --apply จะเขียนขั้นตอนลงในเพอร์โซนา
  allocate FILE --persona ID [--persona ID]...
              [--budget N | --target-mroas X] [--step-percent P] [--json]
                          แบ่งงบประมาณให้ช่องทางของเพอร์โซนาตามหลัก
                          ผลตอบแทนส่วนเพิ่มที่เท่ากัน (เส้นโค้งการตอบสนอง)
  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]
                          ผลลัพธ์ของเพอร์โซนาในรูปช่วงค่าตามความกระจาย
                          ของหลักฐาน และอินพุตที่มีผลมากที่สุด

ตัวเลือก:
  --lang CODE             ภาษาของข้อความ: en, pl, ar, ro หรือ th
                          (ค่าเริ่มต้น: ภาษาของระบบ)
  -h, --help              แสดงวิธีใช้นี้
  -v, --version           แสดงเวอร์ชัน

สถานะการออก: 0 สำเร็จ, 1 ข้อมูลเข้าไม่ถูกต้อง, 2 ใช้คำสั่งผิดรูปแบบ
</translation>
    </message>
    <message>
        <source>b2x uncertainty: %1 needs a value
</source>
        <translation>b2x uncertainty: %1 ต้องมีค่า
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</source>
        <translation>b2x uncertainty: --runs ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 1000000
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --seed takes a whole number from 0 to %1
</source>
        <translation>b2x uncertainty: --seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1
</translation>
    </message>
    <message>
        <source>b2x uncertainty: unknown option &quot;%1&quot;
</source>
        <translation>b2x uncertainty: ไม่รู้จักตัวเลือก &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x uncertainty: name a workspace file and --persona ID
</source>
        <translation>b2x uncertainty: ระบุไฟล์พื้นที่ทำงานและ --persona ID
</translation>
    </message>
    <message>
        <source>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</source>
        <translation>  %1: %2 (p10), %3 (p50), %4 (p90), ค่าเฉลี่ย %5
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), seed %2
</source>
        <translation>
            <numerusform>%1: จำลอง %n รอบ, ค่า seed %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>ลูกค้าใหม่ต่อเดือน</translation>
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
        <translation>ระยะคืนทุน (เดือน)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>จำนวนเดือนจนถึง 50% ของรายได้</translation>
    </message>
    <message>
        <source>  Probability that CLV:CAC is at least 3: %1
</source>
        <translation>  ความน่าจะเป็นที่ CLV:CAC จะมีค่าอย่างน้อย 3: %1
</translation>
    </message>
    <message>
        <source>
Tornado (CLV:CAC with each input alone at its low and high)
</source>
        <translation>
ทอร์นาโด (CLV:CAC เมื่อปรับอินพุตทีละตัวไปที่ค่าต่ำและค่าสูง)
</translation>
    </message>
    <message>
        <source>  %1 ±%2%: %3 … %4, swing %5
</source>
        <translation>  %1 ±%2%: %3 … %4, ช่วงแกว่ง %5
</translation>
    </message>
</context>
<context>
    <name>b2x::objectives</name>
    <message>
        <source>green</source>
        <comment>OKR grading band</comment>
        <translation>เขียว</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>OKR grading band</comment>
        <translation>เหลือง</translation>
    </message>
    <message>
        <source>red</source>
        <comment>OKR grading band</comment>
        <translation>แดง</translation>
    </message>
    <message>
        <source>green, 70% or more: on track</source>
        <translation>เขียว 70% ขึ้นไป: เป็นไปตามแผน</translation>
    </message>
    <message>
        <source>yellow, 40% to below 70%: progress, short of the target</source>
        <translation>เหลือง 40% ถึงต่ำกว่า 70%: มีความคืบหน้าแต่ยังไม่ถึงเป้าหมาย</translation>
    </message>
    <message>
        <source>red, below 40%: off track</source>
        <translation>แดง ต่ำกว่า 40%: ไม่เป็นไปตามแผน</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>ยังไม่มีความคืบหน้า</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>progress, then the band&apos;s colour word</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>แบบผูกมัด</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>แบบท้าทาย</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>ลูกค้าใหม่ในช่วงเวลา</translation>
    </message>
    <message>
        <source>Entries into a pipeline stage over the period</source>
        <translation>จำนวนเข้าสู่ขั้นตอนในไปป์ไลน์ตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>ปริมาณต่อเดือนที่ต้องการ</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>ค่าใช้จ่ายรายเดือนที่ต้องการ</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</source>
        <translation>คำนวณจากกรวยย้อนกลับของเพอร์โซนาที่ไม่อยู่ในพื้นที่ทำงาน (ถูกลบไปแล้ว?) ระบบใช้เป้าหมายที่บันทึกไว้ ณ การเช็กอินครั้งล่าสุด คือ %1</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</source>
        <translation>คำนวณจากกรวยย้อนกลับของ %1 ซึ่งขณะนี้ไม่ให้ตัวเลข (ไม่มีเป้าหมาย ไม่มีปริมาณ หรือขั้นตอนถูกลบไปแล้ว) ระบบใช้เป้าหมายที่บันทึกไว้ ณ การเช็กอินครั้งล่าสุด คือ %2</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 new customers in the period.</source>
        <translation>จากกรวยย้อนกลับของ %1: ลูกค้าใหม่ %2 รายในช่วงเวลา</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 entries into “%3” over the period.</source>
        <translation>จากกรวยย้อนกลับของ %1: จำนวนเข้าสู่ “%3” %2 ตลอดช่วงเวลา</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly volume of %2.</source>
        <translation>จากกรวยย้อนกลับของ %1: ปริมาณต่อเดือน %2</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly spend of %2.</source>
        <translation>จากกรวยย้อนกลับของ %1: ค่าใช้จ่ายรายเดือน %2</translation>
    </message>
</context>
<context>
    <name>b2x::plan</name>
    <message>
        <source>MQLs per channel</source>
        <translation>MQL ต่อช่องทาง</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>ปริมาณการเข้าชม</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>การเข้าชม</translation>
    </message>
    <message>
        <source>SQLs per channel</source>
        <translation>SQL ต่อช่องทาง</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>อัตราการคลิกผ่าน</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead-to-customer rate</source>
        <translation>อัตราการเปลี่ยนลีดเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>มูลค่าไปป์ไลน์</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>อัตราการแปลง</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>ผลตอบแทนจากค่าโฆษณา (ROAS)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>มูลค่าตลอดช่วงชีวิตลูกค้า (CLV)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>อัตราการซื้อซ้ำ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>การวางแผน</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>การเข้าถึง</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>การมีปฏิสัมพันธ์</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>การเปลี่ยนเป็นลูกค้า</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>การสร้างความผูกพัน</translation>
    </message>
    <message>
        <source>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</source>
        <translation>แผนยังไม่มีช่วงเวลา จึงวางแผนสำหรับไตรมาสปฏิทิน %1 ถึง %2</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>เป้าหมายของแผน</translation>
    </message>
    <message>
        <source>Content &quot;%1&quot;</source>
        <translation>คอนเทนต์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</source>
        <translation>%1: กลวิธีต่างๆ วางงบไว้ %2 สำหรับช่วงเวลานี้ ต่ำกว่า %3 ที่เป้าหมายต้องใช้ตามต้นทุนต่อการเข้าในปัจจุบัน</translation>
    </message>
    <message>
        <source>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</source>
        <translation>%1: เป้าหมายต้องการจำนวนเข้า %2 ตลอดช่วงเวลา มากกว่า %3 รายจากกลุ่มเป้าหมาย %4 รายที่อยู่ในตลาดในช่วงนั้น</translation>
    </message>
    <message>
        <source>%1: no content and no tactic for %2.</source>
        <translation>%1: ไม่มีคอนเทนต์และกลวิธีสำหรับ %2</translation>
    </message>
    <message>
        <source>Tactic &quot;%1&quot;</source>
        <translation>กลวิธี &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, outside the period %4 to %5.</source>
        <translation>%1 ดำเนินการตั้งแต่ %2 ถึง %3 ซึ่งอยู่นอกช่วงเวลา %4 ถึง %5</translation>
    </message>
    <message>
        <source>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</source>
        <translation>%1 สนับสนุนผลลัพธ์หลัก &quot;%2&quot; ซึ่งไม่อยู่ในแผน ระบบเก็บการอ้างอิงไว้</translation>
    </message>
    <message>
        <source>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</source>
        <translation>%1 บน %2: ช่วงเวลาการระบุแหล่งที่มา %3 วันพลาดดีลหนึ่งในสิบที่ช้าที่สุดของ %4 (90% ปิดได้ภายใน %5 วัน) ผลลัพธ์ของช่องทางจึงดูแย่กว่าความเป็นจริง ให้ระบุแหล่งที่มาใน CRM</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>วัตถุประสงค์ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Key result &quot;%1&quot;</source>
        <translation>ผลลัพธ์หลัก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</source>
        <translation>%1: เป้าหมายอิงตามกรวยย้อนกลับ และเปลี่ยนจาก %2 ณ การเช็กอินครั้งล่าสุดเป็น %3</translation>
    </message>
    <message>
        <source>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</source>
        <translation>%1 ใช้เป้าหมายจากขั้นที่ %2 ของไปป์ไลน์ของ %3 ซึ่งมี %4 ขั้น จึงใช้เป้าหมายของตัวเองจนกว่าจะมีการแก้ไข</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</source>
        <translation>%1 อ้างอิงเพอร์โซนา &quot;%2&quot; ซึ่งไม่อยู่ในพื้นที่ทำงาน (ถูกลบไปแล้ว?) ระบบเก็บการอ้างอิงไว้จนกว่าจะมีการแก้ไข</translation>
    </message>
    <message>
        <source>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</source>
        <translation>%1 ใช้ช่องทาง &quot;%2&quot; ซึ่งไม่อยู่ทั้งในแค็ตตาล็อกและในช่องทางของพื้นที่ทำงาน ระบบเก็บการอ้างอิงไว้</translation>
    </message>
    <message>
        <source>The target is revenue but the price is 0, so it cannot be turned into customers.</source>
        <translation>เป้าหมายเป็นรายได้แต่ราคาเป็น 0 จึงแปลงเป็นจำนวนลูกค้าไม่ได้</translation>
    </message>
    <message>
        <source>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</source>
        <translation>กรวยการขายปัจจุบันไม่ได้ลูกค้าเลย (ไม่มีปริมาณต่อเดือน หรืออัตราการแปลงเป็น 0) จึงคำนวณย้อนกลับปริมาณและค่าใช้จ่ายที่เป้าหมายต้องการไม่ได้</translation>
    </message>
    <message>
        <source>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</source>
        <translation>ดีลครึ่งหนึ่งใช้เวลา %1 วันขึ้นไป นานกว่าช่วงเวลา %2 วัน ลีดที่เข้ามาระหว่างช่วงเวลาส่วนใหญ่จึงปิดการขายหลังช่วงเวลาสิ้นสุด ลูกค้าของเป้าหมายนี้มาจากไปป์ไลน์ที่ต้องเติมให้เต็มภายใน %3 (ภายใน %4 สำหรับเก้าในสิบดีล)</translation>
    </message>
    <message>
        <source>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</source>
        <translation>ดีลหนึ่งในสิบที่ช้าที่สุดใช้เวลา %1 วันขึ้นไป นานกว่าช่วงเวลา %2 วัน ลีดที่ต้องปิดการขายให้ได้ภายในสิ้นช่วงเวลาด้วยความน่าจะเป็น 90% จึงต้องเข้ามาภายใน %3 ซึ่งก่อนช่วงเวลาเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>b2x::planfields</name>
    <message>
        <source>The persona the card is for: its row on the board.</source>
        <translation>เพอร์โซนาที่การ์ดนี้มุ่งเป้า ซึ่งกำหนดแถวของการ์ดบนบอร์ด</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>เพอร์โซนาที่ไม่อยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <source>The RACE stage the card serves: its column on the board.</source>
        <translation>ขั้นตอน RACE ที่การ์ดนี้สนับสนุน ซึ่งกำหนดคอลัมน์ของการ์ดบนบอร์ด</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>ไม่มีช่องทาง</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (ไม่อยู่ในแค็ตตาล็อกของเวอร์ชันนี้)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a date</comment>
        <translation>ยังไม่กำหนด</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Model B2B and B2C audiences and compare how they buy.</source>
        <translation>สร้างโมเดลกลุ่มเป้าหมาย B2B และ B2C และเปรียบเทียบวิธีการซื้อ</translation>
    </message>
    <message>
        <source>Language for this run: en, pl, ar, ro or th.</source>
        <translation>ภาษาสำหรับการเปิดครั้งนี้: en, pl, ar, ro หรือ th</translation>
    </message>
    <message>
        <source>Workspace to open (.b2x).</source>
        <translation>พื้นที่ทำงานที่จะเปิด (.b2x)</translation>
    </message>
</context>
</TS>
