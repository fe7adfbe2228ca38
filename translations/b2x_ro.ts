<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Șterge „%1”</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Reordonează personas</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Editează detaliile spațiului de lucru</translation>
    </message>
</context>
<context>
    <name>b2x</name>
    <message>
        <source>the text is not valid UTF-8 (save the file with UTF-8 encoding)</source>
        <translation>textul nu este UTF-8 valid (salvați fișierul cu codificarea UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large to represent (%1)</source>
        <translation>un număr este prea mare pentru a fi reprezentat (%1)</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</source>
        <translation>listele și obiectele sunt imbricate pe mai mult de %1 niveluri; un spațiu de lucru nu are niciodată nevoie de atâtea, deci fișierul este deteriorat sau nu este un spațiu de lucru</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; remove one of them</source>
        <translation>cheia &quot;%1&quot; apare de două ori în același obiect; eliminați una dintre ele</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>acesta nu este JSON valid: %1</translation>
    </message>
    <message>
        <source>ageMin (%1) must not be greater than ageMax (%2)</source>
        <translation>ageMin (%1) nu poate fi mai mare decât ageMax (%2)</translation>
    </message>
    <message>
        <source>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</source>
        <translation>trebuie să fie adevărat minDays ≤ likelyDays ≤ maxDays; s-au găsit %1, %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each channel once</source>
        <translation>&quot;%1&quot; apare de două ori; enumerați fiecare canal o singură dată</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</source>
        <translation>&quot;%1&quot; nu se află în catalogul de canale al acestei versiuni; modelele îl ignoră</translation>
    </message>
    <message>
        <source>budget shares add up to %1%, more than 100%</source>
        <translation>cotele din buget însumează %1%, peste 100%</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</source>
        <translation>trebuie să fie un UUID, de exemplu 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb, such as #4e79a7</source>
        <translation>trebuie să fie o culoare scrisă #rrggbb, de exemplu #4e79a7</translation>
    </message>
    <message>
        <source>Small-business software</source>
        <translation>Software pentru firme mici</translation>
    </message>
    <message>
        <source>Mid-market software</source>
        <translation>Software pentru firme mijlocii</translation>
    </message>
    <message>
        <source>Enterprise software</source>
        <translation>Software pentru întreprinderi mari</translation>
    </message>
    <message>
        <source>Industrial reorder</source>
        <translation>Recomandă industrială</translation>
    </message>
    <message>
        <source>E-commerce impulse purchase</source>
        <translation>Cumpărare impulsivă online</translation>
    </message>
    <message>
        <source>High-consideration consumer purchase</source>
        <translation>Achiziție de consum cântărită îndelung</translation>
    </message>
    <message>
        <source>Hybrid: self-funded or employer-sponsored</source>
        <translation>Hibrid: finanțat personal sau de angajator</translation>
    </message>
    <message>
        <source>A plan under $10,000 a year with a free trial: two people, a few weeks.</source>
        <translation>Un abonament sub 10.000 $ pe an, cu perioadă de probă gratuită: două persoane, câteva săptămâni.</translation>
    </message>
    <message>
        <source>A $25–50K deal: five people, about three months.</source>
        <translation>O tranzacție de 25–50 mii $: cinci persoane, circa trei luni.</translation>
    </message>
    <message>
        <source>A $100–250K deal through a tender: seven people, six to nine months.</source>
        <translation>O tranzacție de 100–250 mii $ prin licitație: șapte persoane, șase până la nouă luni.</translation>
    </message>
    <message>
        <source>A straight rebuy of consumables from an approved supplier, every month.</source>
        <translation>Recumpărare directă de consumabile de la un furnizor aprobat, lunar.</translation>
    </message>
    <message>
        <source>Under $50, decided in less than a day, bought online.</source>
        <translation>Sub 50 $, decis în mai puțin de o zi, cumpărat online.</translation>
    </message>
    <message>
        <source>$200–2,000, a household weighing options for a few weeks.</source>
        <translation>200–2.000 $, o gospodărie care cântărește opțiunile câteva săptămâni.</translation>
    </message>
    <message>
        <source>A course bought by individuals or by their employers.</source>
        <translation>Un curs cumpărat de persoane fizice sau de angajatorii lor.</translation>
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
        <translation>Hibrid</translation>
    </message>
    <message>
        <source>Sells to organisations: the customer is a company or institution.</source>
        <translation>Vinde organizațiilor: clientul este o firmă sau o instituție.</translation>
    </message>
    <message>
        <source>Sells to people or households.</source>
        <translation>Vinde persoanelor sau gospodăriilor.</translation>
    </message>
    <message>
        <source>Sells both ways, for example a design studio furnishing hotels and homes.</source>
        <translation>Vinde în ambele moduri, de exemplu un studio de design care amenajează hoteluri și locuințe.</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Inițiator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influențator</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>Specificator</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Decident</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Aprobator</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Cumpărător</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Filtru (gatekeeper)</translation>
    </message>
    <message>
        <source>Notices the need and starts the purchase.</source>
        <translation>Observă nevoia și pornește achiziția.</translation>
    </message>
    <message>
        <source>Will use the product day to day; often shapes the requirements.</source>
        <translation>Va folosi produsul zi de zi; adesea contribuie la cerințe.</translation>
    </message>
    <message>
        <source>Shapes the choice with advice or expertise, from inside or outside the organisation.</source>
        <translation>Influențează alegerea prin sfaturi sau expertiză, din interiorul sau din afara organizației.</translation>
    </message>
    <message>
        <source>Writes the technical requirements that offers are scored against.</source>
        <translation>Redactează cerințele tehnice după care sunt punctate ofertele.</translation>
    </message>
    <message>
        <source>Makes the final choice of product and supplier.</source>
        <translation>Face alegerea finală a produsului și a furnizorului.</translation>
    </message>
    <message>
        <source>Authorises what the deciders and buyers propose.</source>
        <translation>Aprobă ce propun decidenții și cumpărătorii.</translation>
    </message>
    <message>
        <source>Negotiates terms and places the order, often procurement.</source>
        <translation>Negociază condițiile și plasează comanda, adesea departamentul de achiziții.</translation>
    </message>
    <message>
        <source>Controls which suppliers and what information reach the group.</source>
        <translation>Controlează ce furnizori și ce informații ajung la grup.</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Susținător</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutru</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Oponent</translation>
    </message>
    <message>
        <source>Argues for your offer inside the organisation.</source>
        <translation>Susține oferta dvs. în interiorul organizației.</translation>
    </message>
    <message>
        <source>Has not taken a side yet.</source>
        <translation>Nu a luat încă o poziție.</translation>
    </message>
    <message>
        <source>Argues against the purchase and may be able to stop it.</source>
        <translation>Se opune achiziției și o poate opri.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Achiziție nouă</translation>
    </message>
    <message>
        <source>Modified rebuy</source>
        <translation>Recumpărare modificată</translation>
    </message>
    <message>
        <source>Straight rebuy</source>
        <translation>Recumpărare directă</translation>
    </message>
    <message>
        <source>Bought for the first time: more people take part and the search takes longer.</source>
        <translation>Cumpărat pentru prima dată: participă mai multe persoane, iar căutarea durează mai mult.</translation>
    </message>
    <message>
        <source>A familiar purchase with changed requirements, terms or suppliers.</source>
        <translation>O achiziție cunoscută, cu cerințe, condiții sau furnizori schimbați.</translation>
    </message>
    <message>
        <source>A routine reorder from the current supplier: few people, quick decision.</source>
        <translation>O recomandă de rutină de la furnizorul actual: puține persoane, decizie rapidă.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Shared team</source>
        <translation>Echipă comună</translation>
    </message>
    <message>
        <source>Dedicated account manager</source>
        <translation>Manager de cont dedicat</translation>
    </message>
    <message>
        <source>Customers serve themselves or contact general support.</source>
        <translation>Clienții se descurcă singuri sau contactează asistența generală.</translation>
    </message>
    <message>
        <source>A team looks after many customers together.</source>
        <translation>O echipă se ocupă împreună de mulți clienți.</translation>
    </message>
    <message>
        <source>One named person owns the relationship, typical of large B2B accounts.</source>
        <translation>O persoană anume gestionează relația, tipic pentru conturile B2B mari.</translation>
    </message>
    <message>
        <source>Self-serve</source>
        <translation>Autoservire</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Ghidat</translation>
    </message>
    <message>
        <source>The product needs no training.</source>
        <translation>Produsul nu necesită instruire.</translation>
    </message>
    <message>
        <source>Documentation, videos or online courses.</source>
        <translation>Documentație, videoclipuri sau cursuri online.</translation>
    </message>
    <message>
        <source>Sessions run by your team for the customer&apos;s staff.</source>
        <translation>Sesiuni susținute de echipa dvs. pentru personalul clientului.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicat</translation>
    </message>
    <message>
        <source>No technical support beyond general customer service.</source>
        <translation>Fără asistență tehnică dincolo de serviciul general pentru clienți.</translation>
    </message>
    <message>
        <source>A shared help desk with usual response times.</source>
        <translation>Un birou de asistență comun, cu timpi de răspuns obișnuiți.</translation>
    </message>
    <message>
        <source>Named engineers who know the customer&apos;s setup.</source>
        <translation>Ingineri anume care cunosc configurația clientului.</translation>
    </message>
    <message>
        <source>Contractual (SLA)</source>
        <translation>Contractual (SLA)</translation>
    </message>
    <message>
        <source>No promised response or availability.</source>
        <translation>Niciun timp de răspuns sau disponibilitate promise.</translation>
    </message>
    <message>
        <source>Published service standards, not in the contract.</source>
        <translation>Standarde de servicii publicate, nu incluse în contract.</translation>
    </message>
    <message>
        <source>Response times and availability written into the contract, with penalties.</source>
        <translation>Timpi de răspuns și disponibilitate prevăzute în contract, cu penalități.</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>Fără retururi</translation>
    </message>
    <message>
        <source>Generous</source>
        <translation>Generoasă</translation>
    </message>
    <message>
        <source>Sales are final, as is usual for custom-made goods.</source>
        <translation>Vânzările sunt definitive, ca de obicei la produsele făcute la comandă.</translation>
    </message>
    <message>
        <source>Returns as the law or the trade requires.</source>
        <translation>Retururi conform legii sau practicii din domeniu.</translation>
    </message>
    <message>
        <source>Long, no-questions-asked returns that lower the risk of buying.</source>
        <translation>Retururi pe termen lung, fără întrebări, care reduc riscul cumpărării.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>De masă</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Pe segmente</translation>
    </message>
    <message>
        <source>One-to-one / ABM</source>
        <translation>Individuală / ABM</translation>
    </message>
    <message>
        <source>The same message and offer for everyone.</source>
        <translation>Același mesaj și aceeași ofertă pentru toți.</translation>
    </message>
    <message>
        <source>Targeted e-mails, recommendations and offers per segment, typical of B2C.</source>
        <translation>E-mailuri țintite, recomandări și oferte pe segmente, tipic pentru B2C.</translation>
    </message>
    <message>
        <source>Each account treated as a market of one (account-based marketing), typical of B2B.</source>
        <translation>Fiecare cont tratat ca o piață de unul singur (account-based marketing), tipic pentru B2B.</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Presupus</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Reper (benchmark)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Măsurat</translation>
    </message>
    <message>
        <source>An educated guess that nobody has checked yet.</source>
        <translation>O estimare educată pe care nu a verificat-o încă nimeni.</translation>
    </message>
    <message>
        <source>A published figure for similar companies or markets.</source>
        <translation>O cifră publicată pentru firme sau piețe similare.</translation>
    </message>
    <message>
        <source>Taken from your own data: CRM, analytics or finance.</source>
        <translation>Din propriile date: CRM, analiză web sau financiar.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Cheltuieli lunare</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Volum lunar</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>Rate de conversie</translation>
    </message>
    <message>
        <source>Stage durations</source>
        <translation>Durata etapelor</translation>
    </message>
    <message>
        <source>Decision-unit size</source>
        <translation>Mărimea unității de decizie</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marjă brută</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Achiziții pe an</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Durata de viață a clientului</translation>
    </message>
    <message>
        <source>The order or contract value per purchase (Economics).</source>
        <translation>Valoarea comenzii sau a contractului pe achiziție (Economie).</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month (Economics).</source>
        <translation>Cheltuieli lunare de marketing și vânzări (Economie).</translation>
    </message>
    <message>
        <source>New entries at the top of the funnel per month (Economics).</source>
        <translation>Intrări noi în partea de sus a pâlniei, pe lună (Economie).</translation>
    </message>
    <message>
        <source>The share that moves from each stage to the next (Pipeline).</source>
        <translation>Proporția care trece de la fiecare etapă la următoarea (Pipeline).</translation>
    </message>
    <message>
        <source>Days spent in each stage (Pipeline).</source>
        <translation>Zilele petrecute în fiecare etapă (Pipeline).</translation>
    </message>
    <message>
        <source>How many people take part in the decision (Decision unit).</source>
        <translation>Câte persoane participă la decizie (Unitatea de decizie).</translation>
    </message>
    <message>
        <source>The share of the price kept after direct costs.</source>
        <translation>Partea din preț rămasă după costurile directe.</translation>
    </message>
    <message>
        <source>How often a customer buys (Economics).</source>
        <translation>Cât de des cumpără un client (Economie).</translation>
    </message>
    <message>
        <source>How many years a customer stays (Economics).</source>
        <translation>Câți ani rămâne un client (Economie).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Membrii unității de decizie</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapele pipeline-ului</translation>
    </message>
    <message>
        <source>Most likely cycle</source>
        <translation>Ciclul cel mai probabil</translation>
    </message>
    <message>
        <source>Price per purchase</source>
        <translation>Preț pe achiziție</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Sum of every stage&apos;s most likely duration</source>
        <translation>Suma duratelor cele mai probabile ale tuturor etapelor</translation>
    </message>
    <message>
        <source>Entries at the top of the funnel per month</source>
        <translation>Intrări în partea de sus a pâlniei pe lună</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixt</translation>
    </message>
    <message>
        <source>must list at least one role</source>
        <translation>trebuie să conțină cel puțin un rol</translation>
    </message>
    <message>
        <source>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</source>
        <translation>trebuie să fie un rol, de exemplu &quot;decider&quot;, &quot;user&quot; sau &quot;buyer&quot;; s-a găsit %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each role once</source>
        <translation>&quot;%1&quot; apare de două ori; enumerați fiecare rol o singură dată</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</source>
        <translation>&quot;%1&quot; nu se află în &quot;roles&quot;; indicați rolurile doar în &quot;roles&quot;</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>trebuie să fie un număr, nu %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>trebuie să fie un număr finit</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>entries at the top of the funnel</comment>
        <translation>%1 pe lună</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>purchases</comment>
        <translation>%1 pe an</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ani</numerusform>
            <numerusform>%Ln de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ani</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln persoană</numerusform>
            <numerusform>%Ln persoane</numerusform>
            <numerusform>%Ln de persoane</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 persoane</translation>
    </message>
    <message>
        <source>no stages</source>
        <translation>nicio etapă</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>nicio valoare</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a list of stage durations</comment>
        <translation>%1 zile</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <comment>minimum, likely and maximum days of one stage</comment>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>Stage “%1”: written for %2, now %3.</source>
        <translation>Etapa „%1”: scrisă pentru %2, acum %3.</translation>
    </message>
    <message>
        <source>Written for %1; the persona now has %2.</source>
        <translation>Scrisă pentru %1; persona are acum %2.</translation>
    </message>
    <message>
        <source>must hold two numbers, the low and the high end</source>
        <translation>trebuie să conțină două numere: limita de jos și limita de sus</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>trebuie să fie un număr între 0 și %1</translation>
    </message>
    <message>
        <source>the low end (%1) is above the high end (%2)</source>
        <translation>limita de jos (%1) este peste limita de sus (%2)</translation>
    </message>
    <message>
        <source>must be null or one of %1; found &quot;%2&quot;</source>
        <translation>trebuie să fie null sau una dintre valorile %1; s-a găsit &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</source>
        <translation>trebuie să înceapă cu &quot;custom-&quot; urmat de cel puțin un caracter, ca să nu se suprapună niciodată cu un canal integrat; s-a găsit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</source>
        <translation>&quot;%1&quot; este folosit de un canal anterior; fiecare canal are nevoie de propriul id</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nu trebuie să fie gol</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</source>
        <translation>&quot;%1&quot; nu este unul dintre canalele acestui spațiu de lucru; modelele îl ignoră</translation>
    </message>
    <message>
        <source>Decision formality</source>
        <translation>Formalitatea deciziei</translation>
    </message>
    <message>
        <source>Sales-cycle length</source>
        <translation>Durata ciclului de vânzare</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>Nivelul prețului</translation>
    </message>
    <message>
        <source>Rational motive</source>
        <translation>Motiv rațional</translation>
    </message>
    <message>
        <source>Relationship depth</source>
        <translation>Profunzimea relației</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalizare</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Mixul de canale</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Decidenți</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Formalitate</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclu</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Rațional</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relație</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personalizare</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</source>
        <translation>trebuie să fie o dată scrisă YYYY-MM-DD, de exemplu 2027-01-31; s-a găsit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item; every item needs its own id</source>
        <translation>&quot;%1&quot; este folosit de un element anterior; fiecare element are nevoie de propriul id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</source>
        <translation>&quot;%1&quot; nu este un rezultat cheie al acestui plan; tactica se păstrează, dar nu servește niciunui rezultat cheie până când este modificată</translation>
    </message>
    <message>
        <source>needs both a start and an end date, or neither</source>
        <translation>are nevoie fie de o dată de început și una de sfârșit, fie de niciuna</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>se termină (%1) înainte să înceapă (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</source>
        <translation>persona &quot;%1&quot; nu se află în acest spațiu de lucru (ștearsă?); referința se păstrează, iar verificările planului o semnalează</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</source>
        <translation>&quot;%1&quot; nu este unul dintre canalele catalogului sau ale acestui spațiu de lucru; referința se păstrează, iar modelele o ignoră</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</source>
        <translation>&quot;%1&quot; are deja o intrare anterioară; o persona are o singură țintă și o singură dimensiune a publicului</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>lipsește</translation>
    </message>
    <message>
        <source>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</source>
        <translation>pipeline-ul persona nu are etapa %1 (are %2); rezultatul cheie își păstrează propria țintă până când se modifică acest lucru</translation>
    </message>
    <message>
        <source>A share: 50% is 0.5.</source>
        <translation>O proporție: 50% înseamnă 0,5.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Model de venituri</translation>
    </message>
    <message>
        <source>oneOff, repeatOrder or subscription (as in the workspace file).</source>
        <translation>oneOff, repeatOrder sau subscription (ca în fișierul spațiului de lucru).</translation>
    </message>
    <message>
        <source>Top-of-funnel entries per month.</source>
        <translation>Intrări în partea de sus a pâlniei pe lună.</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month.</source>
        <translation>Cheltuieli de marketing și vânzări pe lună.</translation>
    </message>
    <message>
        <source>Order or contract value per purchase; for a subscription the price per billing period.</source>
        <translation>Valoarea comenzii sau a contractului pe achiziție; pentru un abonament, prețul pe perioada de facturare.</translation>
    </message>
    <message>
        <source>One-off and repeat orders: purchases per customer a year.</source>
        <translation>Achiziții unice și comenzi repetate: achiziții pe client pe an.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Durata de viață (ani)</translation>
    </message>
    <message>
        <source>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</source>
        <translation>Achiziții unice: durata de viață a clientului. Abonament și comenzi repetate: orizontul care plafonează durata de viață rezultată din churn.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturare</translation>
    </message>
    <message>
        <source>Subscription: monthly or annual (the price is per billing period).</source>
        <translation>Abonament: monthly sau annual (prețul este pe perioada de facturare).</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Subscription: share of customers lost per churn period. %1</source>
        <translation>Abonament: proporția clienților pierduți în fiecare perioadă de churn. %1</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Perioada churn-ului</translation>
    </message>
    <message>
        <source>monthly or annual.</source>
        <translation>monthly sau annual.</translation>
    </message>
    <message>
        <source>Expansion a year</source>
        <translation>Expansiune pe an</translation>
    </message>
    <message>
        <source>Subscription: yearly growth of a retained customer&apos;s revenue. %1</source>
        <translation>Abonament: creșterea anuală a venitului de la un client păstrat. %1</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Retenție anuală</translation>
    </message>
    <message>
        <source>Repeat orders: share of customers still ordering a year on. %1</source>
        <translation>Comenzi repetate: proporția clienților care încă mai comandă după un an. %1</translation>
    </message>
    <message>
        <source>Stage %1 conversion</source>
        <translation>Conversia etapei %1</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</source>
        <translation>Proporția celor intrați în etapă care trec la etapa următoare (ultima etapă îi transformă în clienți). %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>Numele etapei.</translation>
    </message>
    <message>
        <source>Formula: the Inputs sheet&apos;s monthly volume.</source>
        <translation>Formulă: volumul lunar din foaia Inputs.</translation>
    </message>
    <message>
        <source>Stage %1 entries</source>
        <translation>Intrări în etapa %1</translation>
    </message>
    <message>
        <source>Formula: entries into the first stage a month = monthly volume.</source>
        <translation>Formulă: intrări lunare în prima etapă = volumul lunar.</translation>
    </message>
    <message>
        <source>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</source>
        <translation>Formulă: intrări lunare în această etapă = intrările etapei anterioare × conversia ei.</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>Clienți pe lună</translation>
    </message>
    <message>
        <source>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</source>
        <translation>Formulă: volumul lunar × produsul conversiilor tuturor etapelor (volumul lunar însuși, dacă pipeline-ul nu are nicio etapă).</translation>
    </message>
    <message>
        <source>Formula: from the Funnel sheet.</source>
        <translation>Formulă: din foaia Funnel.</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>Venit lunar pe client</translation>
    </message>
    <message>
        <source>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</source>
        <translation>Formulă: abonament: prețul (÷ 12 la facturarea anuală); altfel preț × achiziții pe an ÷ 12.</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>Churn lunar</translation>
    </message>
    <message>
        <source>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</source>
        <translation>Formulă: abonament: churn-ul (churn-ul anual ca rata lunară care, compusă, îl produce: 1 − (1 − churn)^(1/12)); comenzi repetate: 1 − retenția anuală^(1/12); achiziții unice: gol.</translation>
    </message>
    <message>
        <source>Monthly expansion</source>
        <translation>Expansiune lunară</translation>
    </message>
    <message>
        <source>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</source>
        <translation>Formulă: abonament: (1 + expansiunea anuală)^(1/12) − 1; altfel 0.</translation>
    </message>
    <message>
        <source>Net monthly loss</source>
        <translation>Pierdere lunară netă</translation>
    </message>
    <message>
        <source>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</source>
        <translation>Formulă: churn − expansiune × (1 − churn): proporția din venitul unei luni pe care o pierde luna următoare.</translation>
    </message>
    <message>
        <source>Lifetime (months)</source>
        <translation>Durata de viață (luni)</translation>
    </message>
    <message>
        <source>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</source>
        <translation>Formulă: achiziții unice: 12 × durata de viață în ani; altfel 1 ÷ pierderea lunară netă, plafonată la 12 × durata de viață în ani.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Formula: monthly spend ÷ customers per month; empty when no customer is won.</source>
        <translation>Formulă: cheltuieli lunare ÷ clienți pe lună; gol dacă nu se câștigă niciun client.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Formula: monthly revenue per customer × gross margin × lifetime in months.</source>
        <translation>Formulă: venit lunar pe client × marja brută × durata de viață în luni.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Formula: CLV ÷ CAC.</source>
        <translation>Formulă: CLV ÷ CAC.</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Recuperare (luni)</translation>
    </message>
    <message>
        <source>Formula: CAC ÷ (monthly revenue per customer × gross margin).</source>
        <translation>Formulă: CAC ÷ (venit lunar pe client × marja brută).</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Formula: customers per month × price ÷ monthly spend.</source>
        <translation>Formulă: clienți pe lună × preț ÷ cheltuieli lunare.</translation>
    </message>
    <message>
        <source>Break-even ROAS</source>
        <translation>ROAS de prag de rentabilitate</translation>
    </message>
    <message>
        <source>Formula: 1 ÷ gross margin.</source>
        <translation>Formulă: 1 ÷ marja brută.</translation>
    </message>
    <message>
        <source>Steady-state customers</source>
        <translation>Clienți în starea stabilă</translation>
    </message>
    <message>
        <source>Formula: customers per month ÷ monthly churn (recurring models with churn).</source>
        <translation>Formulă: clienți pe lună ÷ churn lunar (modele recurente cu churn).</translation>
    </message>
    <message>
        <source>Steady-state MRR</source>
        <translation>MRR în starea stabilă</translation>
    </message>
    <message>
        <source>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</source>
        <translation>Formulă: abonamente: clienți pe lună × venit lunar pe client ÷ pierderea lunară netă.</translation>
    </message>
    <message>
        <source>Steady-state ARR</source>
        <translation>ARR în starea stabilă</translation>
    </message>
    <message>
        <source>Formula: 12 × steady-state MRR.</source>
        <translation>Formulă: 12 × MRR în starea stabilă.</translation>
    </message>
    <message>
        <source>Median sales cycle (days)</source>
        <translation>Ciclul de vânzare median (zile)</translation>
    </message>
    <message>
        <source>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</source>
        <translation>Valoare, nu formulă: modelul ciclului de vânzare adună prin convoluție duratele triunghiulare ale etapelor, lucru pe care o formulă de foaie de calcul nu îl poate face.</translation>
    </message>
    <message>
        <source>Revenue in month 24</source>
        <translation>Venit în luna 24</translation>
    </message>
    <message>
        <source>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</source>
        <translation>Valoare, nu formulă: modelul timpului până la venit distribuie clienții fiecărei luni pe distribuția ciclului de vânzare.</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, or null; found %2</source>
        <translation>trebuie să fie mai mare decât 0 și cel mult %1, sau null; s-a găsit %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>are %1 elemente; sunt permise cel mult %2</translation>
    </message>
    <message>
        <source>a name is %1 bytes long; names hold 1 to %2</source>
        <translation>un nume are %1 octeți; numele au între 1 și %2 octeți</translation>
    </message>
    <message>
        <source>must not be less than minSpend (%1); found %2</source>
        <translation>nu poate fi mai mic decât minSpend (%1); s-a găsit %2</translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</source>
        <translation>trebuie să fie &quot;dmy&quot;, &quot;mdy&quot; sau null; s-a găsit %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</source>
        <translation>&quot;%1&quot; nu este una dintre etapele acestei persona; această asociere memorată a fost eliminată</translation>
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
        <translation>Reclame în marketplace-uri</translation>
    </message>
    <message>
        <source>App stores</source>
        <translation>Magazine de aplicații</translation>
    </message>
    <message>
        <source>Affiliate links</source>
        <translation>Linkuri de afiliere</translation>
    </message>
</context>
<context>
    <name>b2x::BudgetPanel</name>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;Aplică propunerea</translation>
    </message>
    <message>
        <source>Fixed budget</source>
        <translation>Buget fix</translation>
    </message>
    <message>
        <source>Flexible: spend while the marginal ROAS holds</source>
        <translation>Flexibil: cheltuieli cât timp ROAS-ul marginal se menține</translation>
    </message>
    <message>
        <source>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</source>
        <translation>Fix: împarte bugetul acolo unde aduce cea mai mare valoare. Flexibil: continuă să adauge pași cât timp următorul aduce cel puțin ținta.</translation>
    </message>
    <message>
        <source>The monthly spend to split across the channels (today&apos;s spend until you type another)</source>
        <translation>Cheltuielile lunare de împărțit între canale (cheltuielile actuale, până când introduceți altă valoare)</translation>
    </message>
    <message>
        <source>The least a step must return: value added ÷ money spent</source>
        <translation>Minimul pe care trebuie să-l aducă un pas: valoare adăugată ÷ bani cheltuiți</translation>
    </message>
    <message>
        <source>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</source>
        <translation>Un pas al alocării, în procente din buget (din cheltuielile actuale în modul flexibil)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mod:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>&amp;Buget lunar:</translation>
    </message>
    <message>
        <source>&amp;Target marginal ROAS:</source>
        <translation>&amp;ROAS marginal țintă:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Pas:</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>Alocarea bugetului</translation>
    </message>
    <message>
        <source>Response curves</source>
        <translation>Curbe de răspuns</translation>
    </message>
    <message>
        <source>Allocation steps</source>
        <translation>Pașii alocării</translation>
    </message>
    <message>
        <source>A&amp;llocation</source>
        <translation>A&amp;locare</translation>
    </message>
    <message>
        <source>Response &amp;Curves</source>
        <translation>&amp;Curbe de răspuns</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pași</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Incertitudine</translation>
    </message>
    <message>
        <source>Select a persona to see where its budget would bring the most.</source>
        <translation>Selectați o persona pentru a vedea unde ar aduce bugetul ei cel mai mult.</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>Bugetul pentru %1</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>Persona nu are niciun canal.</translation>
    </message>
    <message>
        <source>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</source>
        <translation>Fiecare canal pornește de la minimul său; fiecare pas de %1 merge la canalul al cărui pas următor adaugă cea mai mare valoare.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… și încă %n pas.</numerusform>
            <numerusform>… și încă %n pași.</numerusform>
            <numerusform>… și încă %n de pași.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, marginal ROAS %4</source>
        <translation>Pasul %1: %2 către %3, ROAS marginal %4</translation>
    </message>
    <message>
        <source>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</source>
        <translation>Pașii %1–%2: %3 către %4, ROAS marginal de la %5 la %6</translation>
    </message>
    <message>
        <source>No step was taken.</source>
        <translation>Nu s-a făcut niciun pas.</translation>
    </message>
    <message>
        <source>Add channels to the persona to allocate its budget.</source>
        <translation>Adăugați canale la persona pentru a-i aloca bugetul.</translation>
    </message>
    <message>
        <source>Today: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Astăzi: %1 pe lună, clienți %2, valoare %3, ROAS %4</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Propus: %1 pe lună, clienți %2, valoare %3, ROAS %4</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.</source>
        <translation>Doar cheltuielile minime ale canalelor depășesc deja bugetul.</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.</source>
        <translation>%1 rămâne necheltuit: toate canalele sunt la maximul lor.</translation>
    </message>
    <message>
        <source>Nothing to split: enter a monthly budget.</source>
        <translation>Nimic de împărțit: introduceți un buget lunar.</translation>
    </message>
    <message>
        <source>Apply the proposed budget</source>
        <translation>Aplică bugetul propus</translation>
    </message>
    <message>
        <source>The selected persona</source>
        <translation>Persona selectată</translation>
    </message>
    <message>
        <source>All compared personas, together</source>
        <translation>Toate personele comparate, împreună</translation>
    </message>
    <message>
        <source>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</source>
        <translation>Împarte bugetul personei selectate în listă sau un singur buget între canalele tuturor personelor din comparație</translation>
    </message>
    <message>
        <source>Pers&amp;onas:</source>
        <translation>Pers&amp;oane:</translation>
    </message>
    <message>
        <source>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</source>
        <translation>Scrie cheltuielile propuse în cotele de buget și cheltuielile lunare ale fiecărei persone, fixează curba de răspuns a fiecărui canal în punctul propus și mută volumul lunar cu intrările așteptate (un singur pas de anulare)</translation>
    </message>
    <message>
        <source>Select personas in the list to compare; their budgets are split together here.</source>
        <translation>Selectați persone în listă pentru a le compara; bugetele lor sunt împărțite aici împreună.</translation>
    </message>
    <message numerus="yes">
        <source>One budget across the %n compared persona(s): %1</source>
        <translation>
            <numerusform>Un buget pentru %n persona comparată: %1</numerusform>
            <numerusform>Un buget pentru %n persone comparate: %1</numerusform>
            <numerusform>Un buget pentru %n de persone comparate: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 of the %n selected, as in the comparison)</source>
        <translation>
            <numerusform>(primele %1 din %n selectată, ca în comparație)</numerusform>
            <numerusform>(primele %1 din %n selectate, ca în comparație)</numerusform>
            <numerusform>(primele %1 din %n de selectate, ca în comparație)</numerusform>
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
            <numerusform>Sunt desenate cele %1 canale cu cele mai mari cheltuieli; încă %n apare doar în fila Alocare.</numerusform>
            <numerusform>Sunt desenate cele %1 canale cu cele mai mari cheltuieli; încă %n apar doar în fila Alocare.</numerusform>
            <numerusform>Sunt desenate cele %1 canale cu cele mai mari cheltuieli; încă %n de canale apar doar în fila Alocare.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compared personas list no channels.</source>
        <translation>Personele comparate nu au canale.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a month, ROAS %4 → %5</source>
        <translation>%1: %2 → %3 pe lună, ROAS %4 → %5</translation>
    </message>
    <message>
        <source>Add channels to the compared personas to allocate their budget.</source>
        <translation>Adăugați canale personelor comparate pentru a le aloca bugetul.</translation>
    </message>
    <message numerus="yes">
        <source>Both lines add up the %n persona(s); each one&apos;s own spend and ROAS head the Steps tab.</source>
        <translation>
            <numerusform>Ambele rânduri însumează %n persona; cheltuielile și ROAS-ul ei deschid fila Pași.</numerusform>
            <numerusform>Ambele rânduri însumează %n persone; cheltuielile și ROAS-ul fiecăreia deschid fila Pași.</numerusform>
            <numerusform>Ambele rânduri însumează %n de persone; cheltuielile și ROAS-ul fiecăreia deschid fila Pași.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::BudgetTableModel</name>
    <message>
        <source>at its minimum</source>
        <translation>la minimul său</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>la maximul său</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>blocat</translation>
    </message>
    <message>
        <source>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</source>
        <translation>Cheltuielile lunare pe care alocarea le respectă; gol pentru nicio limită. Se ignoră cât timp canalul este blocat.</translation>
    </message>
    <message>
        <source>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</source>
        <translation>Cât aduce următoarea unitate cheltuită pe canal: valoarea unei intrări × panta curbei sale de răspuns la cheltuielile propuse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propus</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Intrări</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS marginal</translation>
    </message>
    <message>
        <source>At bound</source>
        <translation>La limită</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minim</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maxim</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Blocat</translation>
    </message>
    <message>
        <source>Lock the spend on %1</source>
        <translation>Blochează cheltuielile pe %1</translation>
    </message>
    <message>
        <source>Unlock the spend on %1</source>
        <translation>Deblochează cheltuielile pe %1</translation>
    </message>
    <message>
        <source>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</source>
        <translation>O limită de cheltuieli trebuie să fie un număr de la 0 la %1 sau gol pentru nicio limită; „%2” nu a fost salvat.</translation>
    </message>
    <message>
        <source>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</source>
        <translation>Cheltuielile minime pe %1 nu pot depăși maximul lor (%2); %3 nu a fost salvat.</translation>
    </message>
    <message>
        <source>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</source>
        <translation>Cheltuielile maxime pe %1 nu pot fi sub minimul lor (%2); %3 nu a fost salvat.</translation>
    </message>
    <message>
        <source>Change the minimum spend on %1</source>
        <translation>Schimbă cheltuielile minime pe %1</translation>
    </message>
    <message>
        <source>Change the maximum spend on %1</source>
        <translation>Schimbă cheltuielile maxime pe %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</source>
        <translation>Valoarea proprie a acestei persone; goliți celula pentru valoarea implicită a tipului de canal.</translation>
    </message>
    <message>
        <source>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</source>
        <translation>Valoarea implicită (gri): forma tipului de canal, trasă prin cheltuielile și intrările de azi. Tastați o valoare pentru a o seta pe cea proprie a acestei persone.</translation>
    </message>
    <message>
        <source>The monthly spend that buys half the most the channel can bring</source>
        <translation>Cheltuiala lunară care aduce jumătate din maximul pe care îl poate aduce canalul</translation>
    </message>
    <message>
        <source>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</source>
        <translation>Forma curbei de răspuns: 1 sau mai puțin, fiecare unitate suplimentară de cheltuieli aduce mai puțin; peste 1, în formă de S (puțin la început, apoi mai mult, apoi mai puțin)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</source>
        <translation>Intrările în partea de sus a pâlniei pe care canalul le aduce lunar la cheltuielile de azi; implicit, cota sa de buget din volumul lunar al personei</translation>
    </message>
    <message>
        <source>Half-saturation</source>
        <translation>Semisaturație</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Pantă</translation>
    </message>
    <message>
        <source>Entries today</source>
        <translation>Intrări azi</translation>
    </message>
    <message>
        <source>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</source>
        <translation>Intrările lunare trebuie să fie un număr de la 0 la %1 sau gol pentru valoarea implicită; „%2” nu a fost salvat.</translation>
    </message>
    <message>
        <source>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</source>
        <translation>Această valoare trebuie să fie un număr peste 0 și cel mult %1 sau gol pentru valoarea implicită; „%2” nu a fost salvat.</translation>
    </message>
    <message>
        <source>Change the half-saturation spend of %1</source>
        <translation>Schimbă cheltuiala de semisaturație pentru %1</translation>
    </message>
    <message>
        <source>Change the response slope of %1</source>
        <translation>Schimbă panta de răspuns pentru %1</translation>
    </message>
    <message>
        <source>Change the entries today of %1</source>
        <translation>Schimbă intrările de azi pentru %1</translation>
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
        <translation>Căutare organică</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Căutare plătită</translation>
    </message>
    <message>
        <source>Programmatic display</source>
        <translation>Display programatic</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinarii</translation>
    </message>
    <message>
        <source>Trade fairs</source>
        <translation>Târguri de profil</translation>
    </message>
    <message>
        <source>Industry forums and communities</source>
        <translation>Forumuri și comunități de profil</translation>
    </message>
    <message>
        <source>B2B publishers</source>
        <translation>Publicații B2B</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>Account-based marketing (ABM)</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>Vânzări directe</translation>
    </message>
    <message>
        <source>Distributors and partners</source>
        <translation>Distribuitori și parteneri</translation>
    </message>
    <message>
        <source>Retail stores</source>
        <translation>Magazine de retail</translation>
    </message>
    <message>
        <source>E-commerce site</source>
        <translation>Magazin online</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplace-uri</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicație mobilă</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influenceri</translation>
    </message>
    <message>
        <source>Podcast ads</source>
        <translation>Reclame în podcasturi</translation>
    </message>
    <message>
        <source>TV and radio</source>
        <translation>TV și radio</translation>
    </message>
    <message>
        <source>Billboards</source>
        <translation>Panouri publicitare</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelCategory</name>
    <message>
        <source>social</source>
        <translation>social media</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>search</source>
        <translation>căutare</translation>
    </message>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>canale proprii</translation>
    </message>
    <message>
        <source>events</source>
        <translation>evenimente</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunitate</translation>
    </message>
    <message>
        <source>content</source>
        <translation>conținut</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribuție</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>broadcast</translation>
    </message>
    <message>
        <source>outdoor</source>
        <translation>publicitate outdoor</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelSource</name>
    <message>
        <source>B2B affinity</source>
        <translation>Afinitate B2B</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>Interval de preț</translation>
    </message>
    <message>
        <source>Decision-time band</source>
        <translation>Interval de timp de decizie</translation>
    </message>
    <message>
        <source>Reach, precision and emotional fit</source>
        <translation>Acoperire, precizie și potrivire emoțională</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Ferestre de atribuire</translation>
    </message>
    <message>
        <source>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</source>
        <translation>Smart Insights: LinkedIn și X conduc în social media B2B, Facebook și Instagram sunt platforme de consum care pot susține și o parte din B2B, iar căutarea le servește pe amândouă. Celelalte canale: valoare implicită Workbench, o apreciere a locului în care le plasează ghidurile de marketing B2B și B2C</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>Regula empirică polytraffic.com: sub 50 $ → paid social; 200–2.000 $ → căutare, e-mail, YouTube; peste 5.000 $ → LinkedIn, webinarii, account-based marketing. Celelalte canale: valoare implicită Workbench, plasate prin analogie</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>Regula empirică polytraffic.com: sub o zi → paid social; 7–30 de zile → căutare, e-mail, YouTube; 60–180 de zile → LinkedIn, webinarii, account-based marketing. Celelalte canale: valoare implicită Workbench, plasate prin analogie</translation>
    </message>
    <message>
        <source>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</source>
        <translation>Valoare implicită Workbench: o apreciere a canalelor de masă față de cele țintite și a conținutului vizual, bazat pe poveste, față de cel aprofundat</translation>
    </message>
    <message>
        <source>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</source>
        <translation>Documentația platformelor privind ferestrele de clic implicite și maxime: Meta 7 zile (cel mult 7), Google Ads 30 (cel mult 90), GA4 30 și 90, LinkedIn 30 (365 prin API-ul de conversii); canalele fără o platformă bazată pe clicuri nu au niciuna</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelTableModel</name>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (nu se află în catalogul acestei versiuni)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>%1 (%2; at most %3)</source>
        <translation>%1 (%2; cel mult %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>neatribuit</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</source>
        <translation>Zilele de după un clic în care o achiziție este atribuită acestui canal. Implicit pe platformă (zile): %1. Ciclurile de vânzare lungi au nevoie de ferestre mai lungi.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Cotă din buget</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>Fereastră de atribuire (zile)</translation>
    </message>
    <message>
        <source>Platform default (days)</source>
        <translation>Implicit pe platformă (zile)</translation>
    </message>
    <message>
        <source>A channel from the built-in catalogue; each can be listed once.</source>
        <translation>Un canal din catalogul integrat; fiecare poate fi enumerat o singură dată.</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</source>
        <translation>Cota din cheltuielile lunare ale acestei persona care merge la canal (0–100%). Cotele ar trebui să însumeze 100%.</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</source>
        <translation>Zilele de după un clic în care o achiziție este încă atribuită canalului (0–3.650) sau „neatribuit”.</translation>
    </message>
    <message>
        <source>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</source>
        <translation>Fereastra implicită de clic a platformei de publicitate și maximul ei. Valorile implicite sunt adesea mai scurte decât un ciclu de vânzare B2B.</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Editează canalul %1</translation>
    </message>
    <message>
        <source>A budget share must lie between 0 and 100%; %1 was not saved.</source>
        <translation>Cota din buget trebuie să fie între 0 și 100%; %1 nu a fost salvat.</translation>
    </message>
    <message>
        <source>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</source>
        <translation>Fereastra de atribuire trebuie să fie un număr întreg de zile de la 0 la %1; %2 nu a fost salvat.</translation>
    </message>
    <message>
        <source>“%1” is not in the channel catalogue; nothing was saved.</source>
        <translation>„%1” nu se află în catalogul de canale; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>%1 is already listed; each channel can be listed once.</source>
        <translation>%1 este deja în listă; fiecare canal poate fi enumerat o singură dată.</translation>
    </message>
    <message>
        <source>Change channel %1 to %2</source>
        <translation>Schimbă canalul %1 în %2</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Adaugă canalul %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Elimină canalul %1</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelsSection</name>
    <message>
        <source>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</source>
        <translation>Unde este atins acest public și unde cumpără, cu cota fiecărui canal din cheltuielile lunare. Fereastra de atribuire este intervalul de după un clic în care o achiziție mai este atribuită canalului: valorile implicite ale platformelor, de 7–30 de zile, se potrivesc deciziilor rapide ale consumatorilor, dar ratează cea mai mare parte a unui ciclu B2B de luni de zile, așa că prelungiți-le acolo.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>neatribuit</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Canal de adăugat</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Adaugă canal</translation>
    </message>
    <message>
        <source>Add the channel chosen on the left.</source>
        <translation>Adaugă canalul ales în stânga.</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Elimină canal</translation>
    </message>
    <message>
        <source>Remove the selected channel.</source>
        <translation>Elimină canalul selectat.</translation>
    </message>
    <message>
        <source>No channels yet. Add the channels through which this audience is reached or buys.</source>
        <translation>Încă nu există canale. Adăugați canalele prin care acest public este atins sau cumpără.</translation>
    </message>
    <message>
        <source>Budget shares add up to 100%.</source>
        <translation>Cotele din buget însumează 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</source>
        <translation>Cotele din buget însumează %1%: %2% din cheltuieli nu sunt alocate niciunui canal. Ar trebui să însumeze 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</source>
        <translation>Cotele din buget însumează %1%, mai mult decât tot bugetul. Micșorați unele cote astfel încât să însumeze 100%.</translation>
    </message>
    <message>
        <source>Channels of the catalogue and of this workspace that this persona does not use yet.</source>
        <translation>Canalele din catalog și din acest spațiu de lucru pe care această persona nu le folosește încă.</translation>
    </message>
</context>
<context>
    <name>b2x::ChartExport</name>
    <message>
        <source>cannot render the chart %1</source>
        <translation>graficul %1 nu poate fi randat</translation>
    </message>
    <message>
        <source>Exported from B2X Workbench</source>
        <translation>Exportat din B2X Workbench</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>dosarul %1 nu poate fi creat</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CheckInPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-in-uri</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Data check-in-ului</translation>
    </message>
    <message>
        <source>The day the value was measured (today unless changed).</source>
        <translation>Ziua în care a fost măsurată valoarea (astăzi, dacă nu o schimbați).</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Check-in value</source>
        <translation>Valoarea check-in-ului</translation>
    </message>
    <message>
        <source>The key result&apos;s value on that day; it becomes its current value.</source>
        <translation>Valoarea rezultatului cheie în acea zi; devine valoarea lui curentă.</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>&amp;Valoare</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>How sure the owner is that the target will be met: 0 not at all, 10 certain.</source>
        <translation>Cât de sigur este responsabilul că ținta va fi atinsă: 0 deloc, 10 sigur.</translation>
    </message>
    <message>
        <source>Co&amp;nfidence</source>
        <translation>Î&amp;ncredere</translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation>Comentariul check-in-ului</translation>
    </message>
    <message>
        <source>What moved the value, in a sentence.</source>
        <translation>Ce a schimbat valoarea, într-o propoziție.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentariu</translation>
    </message>
    <message>
        <source>&amp;Add check-in</source>
        <translation>&amp;Adaugă check-in</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Adaugă check-in</translation>
    </message>
    <message>
        <source>Records the check-in and sets the key result&apos;s current value (one undo step).</source>
        <translation>Înregistrează check-in-ul și setează valoarea curentă a rezultatului cheie (un singur pas de anulare).</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Istoricul check-in-urilor</translation>
    </message>
    <message>
        <source>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</source>
        <translation>Check-in-urile rezultatului cheie, cele mai noi primele. Delete îl șterge pe cel selectat (anularea îl readuce).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentariu</translation>
    </message>
    <message>
        <source>Delete c&amp;heck-in</source>
        <translation>Șterge c&amp;heck-in-ul</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Șterge check-in-ul</translation>
    </message>
    <message>
        <source>Deletes the selected check-in (one undo step).</source>
        <translation>Șterge check-in-ul selectat (un singur pas de anulare).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidence %1 of %2</source>
        <translation>Încredere %1 din %2</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>Check-in-urile pentru „%1”</translation>
    </message>
    <message>
        <source>Check-ins (select a key result)</source>
        <translation>Check-in-uri (selectați un rezultat cheie)</translation>
    </message>
</context>
<context>
    <name>b2x::ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Culoarea persona</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonFullView</name>
    <message>
        <source>Comparison &amp;Full View</source>
        <translation>Vizualizare &amp;completă a comparației</translation>
    </message>
    <message>
        <source>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</source>
        <translation>Afișează graficele de comparație unul lângă altul în toată zona principală (%1 sau Esc pentru a reveni)</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Vizualizare completă</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonPanel</name>
    <message>
        <source>Selected personas</source>
        <translation>Personas selectate</translation>
    </message>
    <message>
        <source>Groups by label (B2B, hybrid, B2C)</source>
        <translation>Grupuri după etichetă (B2B, hibrid, B2C)</translation>
    </message>
    <message>
        <source>Groups by behaviour (B2B, mixed, B2C)</source>
        <translation>Grupuri după comportament (B2B, mixt, B2C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compară</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compară:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifre-cheie</translation>
    </message>
    <message>
        <source>Key figures of the compared personas</source>
        <translation>Cifrele-cheie ale personas comparate</translation>
    </message>
    <message>
        <source>The workspace has no personas yet.</source>
        <translation>Spațiul de lucru nu are încă personas.</translation>
    </message>
    <message>
        <source>Comparing the first six of the %1 selected personas.</source>
        <translation>Se compară primele șase dintre cele %1 personas selectate.</translation>
    </message>
    <message>
        <source>Groups of the workspace&apos;s personas (%1); each number is a group mean.</source>
        <translation>Grupurile personas din spațiul de lucru (%1); fiecare număr este media grupului.</translation>
    </message>
    <message>
        <source>Comparing one persona: select more with Ctrl+click.</source>
        <translation>Se compară o singură persona: selectați mai multe cu Ctrl+clic.</translation>
    </message>
    <message>
        <source>Comparing %1 personas.</source>
        <translation>Se compară personas: %1.</translation>
    </message>
    <message>
        <source>Compare the personas selected in the list, or groups of personas</source>
        <translation>Compară personas selectate în listă sau grupuri de personas</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Toate personas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupează</translation>
    </message>
    <message>
        <source>Group every persona of the workspace, or only the personas selected in the list</source>
        <translation>Grupează toate personas din spațiul de lucru sau doar personas selectate în listă</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupează:</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Membrii grupurilor</translation>
    </message>
    <message numerus="yes">
        <source>Groups of the %n selected persona(s); each number is a group mean.</source>
        <translation>
            <numerusform>Grupuri formate din %Ln persona selectată; fiecare număr este media grupului.</numerusform>
            <numerusform>Grupuri formate din %Ln personas selectate; fiecare număr este media grupului.</numerusform>
            <numerusform>Grupuri formate din %Ln de personas selectate; fiecare număr este media grupului.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Intervale</translation>
    </message>
    <message>
        <source>Show or hide the p10–p90 whiskers of CAC and CLV</source>
        <translation>Arată sau ascunde mustățile p10–p90 ale CAC și CLV</translation>
    </message>
    <message>
        <source>Show the p10–p90 ranges</source>
        <translation>Arată intervalele p10–p90</translation>
    </message>
</context>
<context>
    <name>b2x::ContentItemDialog</name>
    <message>
        <source>Add content item</source>
        <translation>Adaugă element de conținut</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>Editează elementul de conținut</translation>
    </message>
    <message>
        <source>What the content item is called on the board and in the report.</source>
        <translation>Cum se numește elementul de conținut pe panou și în raport.</translation>
    </message>
    <message>
        <source>e.g. Total cost of ownership guide</source>
        <translation>de exemplu Ghid privind costul total de proprietate</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>The content&apos;s format: pick one or type your own.</source>
        <translation>Formatul conținutului: alegeți unul sau scrieți-l pe al dvs.</translation>
    </message>
    <message>
        <source>whitepaper</source>
        <translation>whitepaper</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>studiu de caz</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>short video</source>
        <translation>videoclip scurt</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>chestionar</translation>
    </message>
    <message>
        <source>blog post</source>
        <translation>articol de blog</translation>
    </message>
    <message>
        <source>e-book</source>
        <translation>e-book</translation>
    </message>
    <message>
        <source>newsletter</source>
        <translation>newsletter</translation>
    </message>
    <message>
        <source>podcast</source>
        <translation>podcast</translation>
    </message>
    <message>
        <source>infographic</source>
        <translation>infografic</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calculator</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;Etapă RACE</translation>
    </message>
    <message>
        <source>What the reader is asked to do next.</source>
        <translation>Ce i se cere cititorului să facă în continuare.</translation>
    </message>
    <message>
        <source>e.g. Download the guide</source>
        <translation>de exemplu Descărcați ghidul</translation>
    </message>
    <message>
        <source>C&amp;all to action</source>
        <translation>Îndemn la &amp;acțiune</translation>
    </message>
    <message>
        <source>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>Unde se publică conținutul: întâi canalele acestei persona, apoi restul catalogului.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Where the item stands; the board shows it as a coloured word.</source>
        <translation>În ce stadiu se află elementul; panoul îl arată ca un cuvânt colorat.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Stare</translation>
    </message>
    <message>
        <source>The day the item goes live; the earliest date: not set.</source>
        <translation>Ziua în care elementul devine public; data cea mai timpurie înseamnă „nestabilită”.</translation>
    </message>
    <message>
        <source>Publish &amp;date</source>
        <translation>&amp;Data publicării</translation>
    </message>
    <message>
        <source>Where the item lives, e.g. its web address.</source>
        <translation>Unde se află elementul, de exemplu adresa lui web.</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Ad&amp;resă</translation>
    </message>
    <message>
        <source>Give the content item a title.</source>
        <translation>Dați un titlu elementului de conținut.</translation>
    </message>
</context>
<context>
    <name>b2x::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CustomChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>Canal nou</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Editează canalul</translation>
    </message>
    <message>
        <source>e.g. Software review sites</source>
        <translation>de exemplu site-uri de recenzii software</translation>
    </message>
    <message>
        <source>e.g. review sites, events, referrals</source>
        <translation>de exemplu site-uri de recenzii, evenimente, recomandări</translation>
    </message>
    <message>
        <source>0: a consumer platform; 100: a business platform.</source>
        <translation>0: platformă de consum; 100: platformă de business.</translation>
    </message>
    <message>
        <source>0: a few named accounts; 100: a mass audience.</source>
        <translation>0: câteva conturi nominalizate; 100: un public de masă.</translation>
    </message>
    <message>
        <source>How well the channel reaches specific roles or accounts.</source>
        <translation>Cât de bine ajunge canalul la anumite roluri sau conturi.</translation>
    </message>
    <message>
        <source>0: in-depth, rational content; 100: visual, emotional content.</source>
        <translation>0: conținut aprofundat, rațional; 100: conținut vizual, emoțional.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>per lead</source>
        <translation>pe lead</translation>
    </message>
    <message>
        <source>per thousand impressions</source>
        <translation>pe mia de afișări</translation>
    </message>
    <message>
        <source>none (not attributed by clicks)</source>
        <translation>niciuna (fără atribuire pe bază de clicuri)</translation>
    </message>
    <message>
        <source>%1: %2 days by default, at most %3</source>
        <translation>%1: implicit %2 zile, cel mult %3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>&amp;B2B affinity (0–100):</source>
        <translation>Afinitate &amp;B2B (0–100):</translation>
    </message>
    <message>
        <source>&amp;Reach (0–100):</source>
        <translation>&amp;Acoperire (0–100):</translation>
    </message>
    <message>
        <source>&amp;Precision (0–100):</source>
        <translation>&amp;Precizie (0–100):</translation>
    </message>
    <message>
        <source>&amp;Emotional fit (0–100):</source>
        <translation>Potrivire &amp;emoțională (0–100):</translation>
    </message>
    <message>
        <source>Best &amp;price band:</source>
        <translation>Interval de preț &amp;optim:</translation>
    </message>
    <message>
        <source>Best &amp;decision time:</source>
        <translation>Timp de &amp;decizie optim:</translation>
    </message>
    <message>
        <source>Typical &amp;cost:</source>
        <translation>&amp;Cost tipic:</translation>
    </message>
    <message>
        <source>&amp;Attribution platform:</source>
        <translation>Plat&amp;formă de atribuire:</translation>
    </message>
    <message>
        <source>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</source>
        <translation>Potrivirea canalului compară acești factori cu comportamentul, prețul și timpul de decizie ale fiecărei persona, la fel ca pentru canalele integrate. Platforma de atribuire stabilește fereastra de clic implicită și maximă a canalului.</translation>
    </message>
</context>
<context>
    <name>b2x::DecisionUnitSection</name>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</source>
        <translation>Toți cei care participă la achiziție. Un consumator decide adesea singur sau cu partenerul; o achiziție B2B implică un grup din mai multe departamente. CEB a măsurat 5,4 persoane per achiziție B2B în 2014 și 6,8 în 2016; Gartner numără între 6 și 10 pentru o soluție complexă.</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Membrii unității de decizie</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Adaugă membru</translation>
    </message>
    <message>
        <source>Add a person to the decision unit.</source>
        <translation>Adaugă o persoană în unitatea de decizie.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Elimină membru</translation>
    </message>
    <message>
        <source>Remove the selected person.</source>
        <translation>Elimină persoana selectată.</translation>
    </message>
    <message>
        <source>How the group buys</source>
        <translation>Cum cumpără grupul</translation>
    </message>
    <message>
        <source>Buy class</source>
        <translation>Tip de achiziție</translation>
    </message>
    <message>
        <source>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</source>
        <translation>Cât de nouă este achiziția pentru cumpărător (Robinson, Faris și Wind). Cu cât e mai nouă și mai riscantă, cu atât participă mai multe persoane și durează mai mult.</translation>
    </message>
    <message>
        <source>Bought through a formal tender</source>
        <translation>Cumpărat prin licitație formală</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Licitație formală</translation>
    </message>
    <message>
        <source>Offers are requested formally and scored against written criteria.</source>
        <translation>Ofertele sunt solicitate formal și punctate după criterii scrise.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Licitație</translation>
    </message>
    <message>
        <source>Approval levels</source>
        <translation>Niveluri de aprobare</translation>
    </message>
    <message>
        <source>How many levels must sign off, e.g. department head, finance, board (0–%1).</source>
        <translation>Câte niveluri trebuie să aprobe, de exemplu șeful de departament, financiarul, consiliul (0–%1).</translation>
    </message>
    <message>
        <source>Use my own estimate</source>
        <translation>Folosește estimarea mea</translation>
    </message>
    <message>
        <source>Use my own decision probability</source>
        <translation>Folosește propria probabilitate de decizie</translation>
    </message>
    <message>
        <source>When off, the models estimate from the group size using CEB&apos;s measurements.</source>
        <translation>Când este dezactivat, modelele estimează din mărimea grupului, folosind măsurătorile CEB.</translation>
    </message>
    <message>
        <source>Decision probability</source>
        <translation>Probabilitatea deciziei</translation>
    </message>
    <message>
        <source>Your estimate of the probability that the group decides to buy at all, 0–100%.</source>
        <translation>Estimarea dvs. a probabilității ca grupul să decidă să cumpere, 0–100%.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</source>
        <translation>Cu cât participă mai multe persoane, cu atât e mai puțin probabil ca grupul să cumpere: CEB/Challenger a măsurat 81% pentru o persoană, 55% pentru două și 31% pentru șase; până la 38% din încercările de achiziție se încheie fără decizie.</translation>
    </message>
    <message>
        <source>Change buy class</source>
        <translation>Schimbă tipul de achiziție</translation>
    </message>
    <message>
        <source>Change formal tender</source>
        <translation>Schimbă licitația formală</translation>
    </message>
    <message>
        <source>A decision unit can have at most %1 members.</source>
        <translation>O unitate de decizie poate avea cel mult %1 membri.</translation>
    </message>
    <message>
        <source>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</source>
        <translation>%1 membri sunt marcați ca eliberând fondurile. De obicei, exact o persoană este cumpărătorul economic (Miller Heiman); verificați cine aprobă bugetul.</translation>
    </message>
    <message>
        <source>Change approval levels</source>
        <translation>Schimbă nivelurile de aprobare</translation>
    </message>
    <message>
        <source>Change decision probability</source>
        <translation>Schimbă probabilitatea deciziei</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Unitatea de decizie</translation>
    </message>
    <message>
        <source>Every key role is covered: decider, user, specifier and buyer.</source>
        <translation>Fiecare rol-cheie este acoperit: decident, utilizator, specificator și cumpărător.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</source>
        <translation>
            <numerusform>Nimeni nu acoperă rolul-cheie %1: un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman). Dacă un membru îndeplinește deja acest rol, bifați-l printre rolurile sale; o persoană poate avea mai multe roluri.</numerusform>
            <numerusform>Nimeni nu acoperă rolurile-cheie %1: un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman). Dacă un membru îndeplinește deja unul dintre ele, bifați-l printre rolurile sale; o persoană poate avea mai multe roluri.</numerusform>
            <numerusform>Nimeni nu acoperă rolurile-cheie %1: un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman). Dacă un membru îndeplinește deja unul dintre ele, bifați-l printre rolurile sale; o persoană poate avea mai multe roluri.</numerusform>
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
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>A&amp;fișează în dosar</translation>
    </message>
</context>
<context>
    <name>b2x::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1” are modificări nesalvate.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Le salvați înainte de a continua?</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Deschide spațiul de lucru</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Salvează spațiul de lucru</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperează munca nesalvată</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurează</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Re&amp;nunță</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mai &amp;târziu</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSection</name>
    <message>
        <source>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</source>
        <translation>Cifrele din spatele pâlniei de vânzări, valorii pe durata de viață a clientului (CLV) și costului de achiziție (CAC). Sumele sunt în moneda spațiului de lucru.</translation>
    </message>
    <message>
        <source>Volume and spend</source>
        <translation>Volum și cheltuieli</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Volum lunar</translation>
    </message>
    <message>
        <source>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</source>
        <translation>Câte persoane sau conturi intră lunar în prima etapă a pipeline-ului, de exemplu vizitatorii site-ului.</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> pe lună</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Cheltuieli lunare</translation>
    </message>
    <message>
        <source>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</source>
        <translation>Cheltuielile lunare de marketing și vânzări pentru acest public. Împărțite la clienții noi dau costul de achiziție (CAC).</translation>
    </message>
    <message>
        <source> %1 per month</source>
        <translation> %1 pe lună</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Order or contract value of one purchase.</source>
        <translation>Valoarea comenzii sau a contractului pentru o achiziție.</translation>
    </message>
    <message>
        <source> %1 per purchase</source>
        <translation> %1 pe achiziție</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marjă brută</translation>
    </message>
    <message>
        <source>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</source>
        <translation>Partea din preț rămasă după costurile directe. ROAS-ul de prag de rentabilitate este 1 ÷ marja brută.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Achiziții pe an</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> pe an</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Durata de viață a clientului</translation>
    </message>
    <message>
        <source>How many years a customer keeps buying from you.</source>
        <translation>Câți ani continuă un client să cumpere de la dvs.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ani</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Economie</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>Achiziții unice</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Comenzi repetate</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonament</translation>
    </message>
    <message>
        <source>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</source>
        <translation>Clienții plătesc prețul la fiecare achiziție, de un anumit număr de ori pe an, pe toată durata de viață a clientului.</translation>
    </message>
    <message>
        <source>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</source>
        <translation>Pâlnia de vânzări câștigă clienți noi, care apoi comandă din nou cât timp rămân; retenția anuală determină cât durează asta.</translation>
    </message>
    <message>
        <source>Customers pay every billing period until they cancel; the churn decides how long they stay.</source>
        <translation>Clienții plătesc în fiecare perioadă de facturare până când renunță; churn-ul determină cât timp rămân.</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>Cum plătesc clienții</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Model de venituri</translation>
    </message>
    <message>
        <source>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</source>
        <translation>Cum plătește un client: o dată pentru fiecare achiziție, prin comenzi repetate cât timp rămâne sau printr-un abonament până când renunță. Fiecare model își afișează propriile câmpuri; celelalte își păstrează valorile pentru când reveniți la ele.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturare</translation>
    </message>
    <message>
        <source>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</source>
        <translation>Cât de des i se facturează clientului prețul. Schimbarea nu convertește prețul: introduceți prețul pentru noua perioadă.</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Retenție anuală</translation>
    </message>
    <message>
        <source>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</source>
        <translation>Proporția clienților care încă mai comandă după un an: 79% înseamnă că 21% nu mai comandă în fiecare an. Determină cât timp continuă un client să comande.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</source>
        <translation>Proporția clienților care renunță în fiecare perioadă (pe lună sau pe an, aleasă alături). 2% pe lună înseamnă o durată de viață de 50 de luni.</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Perioada churn-ului</translation>
    </message>
    <message>
        <source>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</source>
        <translation>Dacă churn-ul este o rată lunară sau anuală. 20% pe an înseamnă 1,84% pe lună.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pe lună</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pe an</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansiune</translation>
    </message>
    <message>
        <source>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</source>
        <translation>Opțional: creșterea anuală a venitului de la un client păstrat (upgrade-uri, mai multe licențe, creșteri de preț). Lăsați 0 dacă nu există.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% pe an</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Perioadă de probă gratuită</translation>
    </message>
    <message>
        <source>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</source>
        <translation>Opțional: zile gratuite între tranzacția câștigată și prima plată. Lăsați 0 dacă pipeline-ul are deja o etapă de probă.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>In the market</source>
        <translation>Cumpărători aflați pe piață</translation>
    </message>
    <message>
        <source>Category buying cycle</source>
        <translation>Ciclul de cumpărare al categoriei</translation>
    </message>
    <message>
        <source>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</source>
        <translation>Anii dintre deciziile de cumpărare din categorie: cât așteaptă de obicei cumpărătorii până aleg din nou un furnizor (o achiziție nouă, o revizuire la reînnoire, o schimbare), de la orice furnizor; nu cât de des comandă clienții dvs. Într-un an, aproximativ 1 ÷ acest număr dintre ei sunt pe piață: o decizie la fiecare 5 ani înseamnă circa 20% (Ehrenberg-Bass Institute, „95:5”).</translation>
    </message>
    <message>
        <source>Change revenue model</source>
        <translation>Schimbă modelul de venituri</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>Schimbă facturarea</translation>
    </message>
    <message>
        <source>Change churn period</source>
        <translation>Schimbă perioada churn-ului</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Preț pe an</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Preț pe lună</translation>
    </message>
    <message>
        <source>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</source>
        <translation>Cât plătește un client pentru un an de abonament. Modelele socotesc o douăsprezecime din această sumă pe lună, așa cum se raportează veniturile recurente.</translation>
    </message>
    <message>
        <source>What a customer pays for a month of the subscription.</source>
        <translation>Cât plătește un client pentru o lună de abonament.</translation>
    </message>
    <message>
        <source> %1 per year</source>
        <translation> %1 pe an</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valoarea comenzii</translation>
    </message>
    <message>
        <source>Value of one order of a retained customer.</source>
        <translation>Valoarea unei comenzi a unui client păstrat.</translation>
    </message>
    <message>
        <source> %1 per order</source>
        <translation> %1 pe comandă</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Comenzi pe an</translation>
    </message>
    <message>
        <source>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</source>
        <translation>Câte comenzi plasează într-un an un client păstrat, de exemplu 12 pentru comenzi lunare.</translation>
    </message>
    <message>
        <source>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</source>
        <translation>De câte ori cumpără un client într-un an, de exemplu 0,2 pentru o achiziție la fiecare cinci ani.</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Orizont (ani)</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</source>
        <translation>Perioada maximă în care este luat în calcul un client. Plafonează durata de viață care rezultă din churn (1 ÷ churn-ul lunar), astfel încât un churn foarte mic să nu promită venituri peste decenii.</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</source>
        <translation>Perioada maximă în care este luat în calcul un client. Plafonează durata de viață care rezultă din retenție, astfel încât o retenție foarte mare să nu promită comenzi peste decenii.</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSummary</name>
    <message>
        <source>A customer brings about %1 of revenue a year.</source>
        <translation>Un client aduce venituri de aproximativ %1 pe an.</translation>
    </message>
    <message>
        <source>A customer pays about %1 a month while they stay.</source>
        <translation>Un client plătește aproximativ %1 pe lună cât timp rămâne.</translation>
    </message>
    <message>
        <source>Churn of %1 a month is %2 a year.</source>
        <translation>Un churn de %1 pe lună înseamnă %2 pe an.</translation>
    </message>
    <message>
        <source>Churn of %1 a year is %2 a month.</source>
        <translation>Un churn de %1 pe an înseamnă %2 pe lună.</translation>
    </message>
    <message>
        <source>Keeping %1 of customers a year is losing %2 of them a month.</source>
        <translation>A păstra %1 din clienți pe an înseamnă a pierde %2 dintre ei pe lună.</translation>
    </message>
    <message numerus="yes">
        <source>Without net churn the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Fără churn net, orizontul stabilește durata de viață: %Ln lună.</numerusform>
            <numerusform>Fără churn net, orizontul stabilește durata de viață: %Ln luni.</numerusform>
            <numerusform>Fără churn net, orizontul stabilește durata de viață: %Ln de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without customers lost the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Fără clienți pierduți, orizontul stabilește durata de viață: %Ln lună.</numerusform>
            <numerusform>Fără clienți pierduți, orizontul stabilește durata de viață: %Ln luni.</numerusform>
            <numerusform>Fără clienți pierduți, orizontul stabilește durata de viață: %Ln de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Durata de viață rezultată din churn: %1 luni, plafonată la orizontul de %Ln lună.</numerusform>
            <numerusform>Durata de viață rezultată din churn: %1 luni, plafonată la orizontul de %Ln luni.</numerusform>
            <numerusform>Durata de viață rezultată din churn: %1 luni, plafonată la orizontul de %Ln de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Durata de viață rezultată din retenție: %1 luni, plafonată la orizontul de %Ln lună.</numerusform>
            <numerusform>Durata de viață rezultată din retenție: %1 luni, plafonată la orizontul de %Ln luni.</numerusform>
            <numerusform>Durata de viață rezultată din retenție: %1 luni, plafonată la orizontul de %Ln de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %Ln month(s).</source>
        <translation>
            <numerusform>Durata de viață rezultată din churn: %Ln lună.</numerusform>
            <numerusform>Durata de viață rezultată din churn: %Ln luni.</numerusform>
            <numerusform>Durata de viață rezultată din churn: %Ln de luni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %Ln month(s).</source>
        <translation>
            <numerusform>Durata de viață rezultată din retenție: %Ln lună.</numerusform>
            <numerusform>Durata de viață rezultată din retenție: %Ln luni.</numerusform>
            <numerusform>Durata de viață rezultată din retenție: %Ln de luni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV): %1 of gross margin.</source>
        <translation>Valoarea pe durata de viață a clientului (CLV): %1 în marjă brută.</translation>
    </message>
    <message>
        <source>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</source>
        <translation>Cu o decizie de cumpărare la fiecare %1 ani, aproximativ %2% din public se află pe piață în orice an.</translation>
    </message>
</context>
<context>
    <name>b2x::EmptyStatePage</name>
    <message>
        <source>Nothing to edit</source>
        <translation>Nimic de editat</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Adaugă o persona</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Spațiu de lucru nou</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Deschide…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Deschide spațiul de lucru demonstrativ</translation>
    </message>
    <message>
        <source>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</source>
        <translation>Șapte publicuri, de la un comitet de achiziții enterprise la cumpărarea impulsivă a unei gustări.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fișiere recente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Încă nu există personas</translation>
    </message>
    <message>
        <source>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</source>
        <translation>Adăugați o persona în acest spațiu de lucru, începeți unul nou, deschideți un fișier de spațiu de lucru sau explorați spațiul de lucru demonstrativ.</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>Nicio persona selectată</translation>
    </message>
    <message>
        <source>Choose a persona in the list to edit it, or open another workspace.</source>
        <translation>Alegeți o persona din listă pentru a o edita sau deschideți alt spațiu de lucru.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Deschide %1</translation>
    </message>
</context>
<context>
    <name>b2x::EvidenceSection</name>
    <message>
        <source>Number</source>
        <translation>Cifră</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Sursa pentru %1</translation>
    </message>
    <message>
        <source>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</source>
        <translation>De unde provine cifra pentru %1: un raport, un studiu, un export din CRM, o persoană.</translation>
    </message>
    <message>
        <source>e.g. CRM report, Q3; industry benchmark; interview</source>
        <translation>de exemplu raport CRM, T3; reper de industrie; interviu</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>Încrederea în %1</translation>
    </message>
    <message>
        <source>How far the figure for %1 can be trusted.</source>
        <translation>Cât de mult vă puteți baza pe cifra pentru %1.</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>Editează dovezile pentru %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</source>
        <translation>Înregistrați de unde provine fiecare cifră-cheie și cât vă puteți baza pe ea. Presupus: o estimare educată. Reper (benchmark): o cifră publicată pentru firme similare. Măsurat: propriile date. Rapoartele afișează aceste informații lângă cifre, astfel încât cititorii să știe ce rezultate se bazează pe presupuneri. O sursă aparține valorii pentru care a fost scrisă: când cifra se schimbă, sursa este marcată ca învechită, iar rapoartele nu o mai prezintă drept susținere până când nu o confirmați pentru noua valoare.</translation>
    </message>
    <message>
        <source>Confirm for current value</source>
        <translation>Confirmă pentru valoarea curentă</translation>
    </message>
    <message>
        <source>Confirm the source of %1 for the current value</source>
        <translation>Confirmă pentru valoarea curentă sursa pentru %1</translation>
    </message>
    <message>
        <source>The source also backs the number %1 has now. Undo takes it back.</source>
        <translation>Sursa susține și cifra pe care o are acum %1. Anularea revine asupra acestui pas.</translation>
    </message>
    <message>
        <source>Evidence ⚠</source>
        <translation>Dovezi ⚠</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Until you confirm it, this source does not back the number.</source>
        <translation>⚠ Învechită: %1 Până nu o confirmați, această sursă nu susține cifra.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Confirm evidence for %1</source>
        <translation>Confirmă dovezile pentru %1</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</source>
        <translation>Cât de departe poate fi valoarea reală de cifră, în procente de fiecare parte; incertitudinea din vizualizarea Buget extrage fiecare intrare în acest interval.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Intervalul pentru %1</translation>
    </message>
    <message>
        <source>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</source>
        <translation>Cât de departe poate fi valoarea reală pentru %1 de cifră, în procente de fiecare parte. Implicit: dispersia dată de încredere (presupus ±50%, reper ±25%, măsurat ±10%). 0: sigur.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Implicit</translation>
    </message>
</context>
<context>
    <name>b2x::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Raport (PDF)…</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG…</source>
        <translation>Grafice ca &amp;PNG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG…</source>
        <translation>Grafice ca &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Metrics (CSV)…</source>
        <translation>&amp;Indicatori (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tipărește…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Pre&amp;vizualizare tipărire…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportul a eșuat</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Se scrie raportul…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Export charts as SVG into</source>
        <translation>Exportă graficele ca SVG în</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>Exportă graficele ca PNG în</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Exportă indicatorii</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit report details</source>
        <translation>Editează detaliile raportului</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Raport exportat</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Raportul a fost salvat ca %1.</translation>
    </message>
    <message>
        <source>Charts exported</source>
        <translation>Grafice exportate</translation>
    </message>
    <message>
        <source>The charts were saved in %1.</source>
        <translation>Graficele au fost salvate în %1.</translation>
    </message>
    <message>
        <source>Metrics exported</source>
        <translation>Indicatori exportați</translation>
    </message>
    <message>
        <source>The metrics were saved as %1.</source>
        <translation>Indicatorii au fost salvați ca %1.</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>Registru de &amp;calcul (XLSX)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportă registrul de calcul</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Registre de calcul Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Registru de calcul exportat</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>Registrul de calcul a fost salvat ca %1.</translation>
    </message>
</context>
<context>
    <name>b2x::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exportul raportului</translation>
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
        <translation>Dimensiunea paginii:</translation>
    </message>
    <message>
        <source>Personas (one or more pages each):</source>
        <translation>Personas (una sau mai multe pagini fiecare):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>The day of the export</source>
        <translation>Ziua exportului</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtitlu:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Charts (two per page; they compare the personas chosen for the report, the first six when more are chosen):</source>
        <translation>Grafice (două pe pagină; compară personas alese pentru raport, primele șase când sunt alese mai multe):</translation>
    </message>
</context>
<context>
    <name>b2x::FileController</name>
    <message>
        <source>Untitled</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Spațiu de lucru fără titlu</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Spațiul de lucru nu poate fi deschis</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Your current workspace is unchanged.</source>
        <translation>„%1” nu a putut fi deschis. Spațiul de lucru curent rămâne neschimbat.</translation>
    </message>
    <message>
        <source>the previous version could not be read for the backup: %1</source>
        <translation>versiunea anterioară nu a putut fi citită pentru copia de siguranță: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>copia de siguranță %1 nu a putut fi scrisă: %2</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Spațiul de lucru nu poate fi salvat</translation>
    </message>
    <message>
        <source>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</source>
        <translation>„%1” nu a fost salvat, deci versiunea anterioară rămâne neschimbată. Modificările dvs. sunt încă deschise.</translation>
    </message>
    <message>
        <source>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</source>
        <translation>„%1” nu a fost salvat. Modificările dvs. sunt încă deschise; încercați alt dosar cu Fișier → Salvare ca.</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>un spațiu de lucru fără titlu</translation>
    </message>
    <message>
        <source>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</source>
        <translation>B2X Workbench nu s-a închis normal. S-a păstrat o copie de recuperare a %1 cu modificări nesalvate (%2). O restaurați?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Nu se poate restaura</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.</source>
        <translation>Copia de recuperare nu a putut fi citită.</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>Restaurează modificările recuperate</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Șablonul nu poate fi deschis</translation>
    </message>
    <message>
        <source>The template “%1” could not be read. Your current workspace is unchanged.</source>
        <translation>Șablonul „%1” nu a putut fi citit. Spațiul de lucru curent rămâne neschimbat.</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 zile</translation>
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
            <numerusform>%1 și încă %Ln</numerusform>
            <numerusform>%1 și încă %Ln</numerusform>
            <numerusform>%1 și încă %Ln</numerusform>
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
        <translation>Importă datele reale</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import în curs</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Oprește</translation>
    </message>
    <message>
        <source>Stop reading or measuring; nothing is changed</source>
        <translation>Oprește citirea sau măsurarea; nu se modifică nimic</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Înain&amp;te &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply to Persona</source>
        <translation>&amp;Aplică la persona</translation>
    </message>
    <message>
        <source>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</source>
        <translation>Scrie conversiile și duratele măsurate, precum și asocierea folosită, în persona, ca un singur pas (Editare → Anulează revine asupra lui)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;Importă datele reale…</translation>
    </message>
    <message>
        <source>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</source>
        <translation>Măsoară pipeline-ul unei persona dintr-un export de tranzacții din CRM și aplică rezultatul</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Alegeți fișierele</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Verificați ce s-a citit</translation>
    </message>
    <message>
        <source>Map the CRM&apos;s stages</source>
        <translation>Asociați etapele din CRM</translation>
    </message>
    <message>
        <source>Modelled against measured</source>
        <translation>Modelat față de măsurat</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Pasul %1 din 4: %2</translation>
    </message>
    <message>
        <source>Choose the deals file first.</source>
        <translation>Alegeți mai întâi fișierul de tranzacții.</translation>
    </message>
    <message>
        <source>The workspace has no persona to measure: add one first.</source>
        <translation>Spațiul de lucru nu are nicio persona de măsurat: adăugați mai întâi una.</translation>
    </message>
    <message>
        <source>The files are too large to read on this computer.</source>
        <translation>Fișierele sunt prea mari pentru a fi citite pe acest computer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>The deals are too many to measure on this computer: nothing was changed.</source>
        <translation>Tranzacțiile sunt prea multe pentru a fi măsurate pe acest computer: nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Measuring %1&apos;s stages…</source>
        <translation>Se măsoară etapele pentru %1…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Oprit: nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>The persona is no longer in the workspace: nothing was changed.</source>
        <translation>Persona nu mai există în spațiul de lucru: nu s-a modificat nimic.</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>Export de tranzacții CRM %1: %n tranzacție, la data de %2</numerusform>
            <numerusform>Export de tranzacții CRM %1: %n tranzacții, la data de %2</numerusform>
            <numerusform>Export de tranzacții CRM %1: %n de tranzacții, la data de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ImportCheckPage</name>
    <message>
        <source>Preview of the files</source>
        <translation>Previzualizarea fișierelor</translation>
    </message>
    <message>
        <source>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</source>
        <translation>Primele %1 rânduri, așa cum au fost citite; rândurile sunt numerotate ca într-o foaie de calcul (antetul este rândul 1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tranzacții</translation>
    </message>
    <message>
        <source>Stage events</source>
        <translation>Evenimente de etapă</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Probleme găsite în fișiere</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Ce conține fiecare coloană</translation>
    </message>
    <message>
        <source>The headers are not those of a known export: say which of the file&apos;s columns holds each field</source>
        <translation>Anteturile nu sunt cele ale unui export cunoscut: precizați care dintre coloanele fișierului conține fiecare câmp</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Coloana pentru %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opțional</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoriu):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026</source>
        <translation>Date precum 03/04/2026</translation>
    </message>
    <message>
        <source>Every date in the files fits both orders. Which comes first in them?</source>
        <translation>Toate datele din fișiere se potrivesc ambelor ordini. Ce apare întâi în ele?</translation>
    </message>
    <message>
        <source>Day first (3 April)</source>
        <translation>Întâi ziua (3 aprilie)</translation>
    </message>
    <message>
        <source>Month first (March 4)</source>
        <translation>Întâi luna (4 martie)</translation>
    </message>
    <message>
        <source>Read A&amp;gain with These Answers</source>
        <translation>Citește din &amp;nou cu aceste răspunsuri</translation>
    </message>
    <message>
        <source>Import the files again with the columns and date order above</source>
        <translation>Importă din nou fișierele cu coloanele și ordinea datelor de mai sus</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciuna.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) read: %1 won, %2 lost, %3 open.</source>
        <translation>
            <numerusform>%n tranzacție citită: %1 câștigate, %2 pierdute, %3 deschise.</numerusform>
            <numerusform>%n tranzacții citite: %1 câștigate, %2 pierdute, %3 deschise.</numerusform>
            <numerusform>%n de tranzacții citite: %1 câștigate, %2 pierdute, %3 deschise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They pass through %n CRM stage(s). Check the rows below, then go on to the stages.</source>
        <translation>
            <numerusform>Acestea trec prin %n etapă CRM. Verificați rândurile de mai jos, apoi treceți la etape.</numerusform>
            <numerusform>Acestea trec prin %n etape CRM. Verificați rândurile de mai jos, apoi treceți la etape.</numerusform>
            <numerusform>Acestea trec prin %n de etape CRM. Verificați rândurile de mai jos, apoi treceți la etape.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files need answers before they can be imported: choose below, then read them again.</source>
        <translation>Fișierele au nevoie de răspunsuri înainte de a putea fi importate: alegeți mai jos, apoi citiți-le din nou.</translation>
    </message>
    <message>
        <source>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</source>
        <translation>Fișierele nu au putut fi importate; nu s-a modificat nimic. Problemele arată unde; corectați exportul sau reveniți și alegeți alte fișiere.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportFilesPage</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fișiere CSV (*.csv *.tsv *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</source>
        <translation>Alegeți tranzacțiile exportate din CRM-ul dvs. și, pentru exporturile care păstrează separat istoricul etapelor, evenimentele de etapă. Importul măsoară din ele fiecare etapă a persona; nimic nu se schimbă până când nu îl aplicați.</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Fișier de tranzacții</translation>
    </message>
    <message>
        <source>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</source>
        <translation>CSV-ul cu tranzacții: un export de tranzacții HubSpot sau Pipedrive, oportunitățile Salesforce sau istoricul lor, ori fișierul generic de tranzacții</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoriu</translation>
    </message>
    <message>
        <source>&amp;Deals file:</source>
        <translation>Fișier de &amp;tranzacții:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>Choose the deals file</source>
        <translation>Alegeți fișierul de tranzacții</translation>
    </message>
    <message>
        <source>Stage events file</source>
        <translation>Fișier de evenimente de etapă</translation>
    </message>
    <message>
        <source>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</source>
        <translation>Opțional: istoricul etapelor (stage_events.csv generic, Pipedrive deal flow, Salesforce Opportunity History) când fișierul de tranzacții nu îl conține</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opțional</translation>
    </message>
    <message>
        <source>&amp;Stage events file:</source>
        <translation>Fișier de &amp;evenimente de etapă:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Răs&amp;foiește…</translation>
    </message>
    <message>
        <source>Choose the stage events file</source>
        <translation>Alegeți fișierul de evenimente de etapă</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formatul exportului</translation>
    </message>
    <message>
        <source>Which CRM wrote the files; Recognise from the headers reads the columns to tell</source>
        <translation>Ce CRM a creat fișierele; „Recunoaște după anteturi” citește coloanele pentru a-l determina</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>Recunoaște după anteturi</translation>
    </message>
    <message>
        <source>Generic (deals.csv and stage_events.csv)</source>
        <translation>Generic (deals.csv și stage_events.csv)</translation>
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
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Persona to calibrate</source>
        <translation>Persona de calibrat</translation>
    </message>
    <message>
        <source>The persona whose pipeline stages the deals are measured against</source>
        <translation>Persona ale cărei etape din pipeline sunt măsurate pe baza tranzacțiilor</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Data de referință</translation>
    </message>
    <message>
        <source>The day the export was taken: deals still open then count as open, not lost; later events are left out</source>
        <translation>Ziua în care s-a făcut exportul: tranzacțiile încă deschise atunci sunt considerate deschise, nu pierdute; evenimentele ulterioare sunt excluse</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;La data de:</translation>
    </message>
</context>
<context>
    <name>b2x::ImportResultsView</name>
    <message>
        <source>Modelled against measured, per stage</source>
        <translation>Modelat față de măsurat, pe etape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modelat</translation>
    </message>
    <message>
        <source>Measured (95% interval)</source>
        <translation>Măsurat (interval de 95%)</translation>
    </message>
    <message>
        <source>Moved on ÷ entered</source>
        <translation>Avansate ÷ intrate</translation>
    </message>
    <message>
        <source>Days p50
modelled / measured</source>
        <translation>Zile p50
modelat / măsurat</translation>
    </message>
    <message>
        <source>Days p90
modelled / measured</source>
        <translation>Zile p90
modelat / măsurat</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Intrate</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Avansate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <source>The persona&apos;s pipeline stage</source>
        <translation>Etapa din pipeline-ul persona</translation>
    </message>
    <message>
        <source>The conversion the persona has today</source>
        <translation>Conversia pe care o are acum persona</translation>
    </message>
    <message>
        <source>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</source>
        <translation>Estimare Aalen–Johansen: tranzacțiile deschise sunt considerate încă în curs de decizie, nu pierdute; „limită inferioară” când tranzacțiile încă deschise mai pot avansa</translation>
    </message>
    <message>
        <source>The naive figure, which counts every open deal as lost</source>
        <translation>Cifra naivă, care consideră pierdută fiecare tranzacție deschisă</translation>
    </message>
    <message>
        <source>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</source>
        <translation>Zilele mediane în etapă: durata triunghiulară a persona față de tranzacțiile care au avansat</translation>
    </message>
    <message>
        <source>90th percentile of days in the stage, modelled against measured</source>
        <translation>Percentila 90 a zilelor în etapă, modelat față de măsurat</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>Tranzacții care au intrat în etapă</translation>
    </message>
    <message>
        <source>Deals that moved on (or skipped it)</source>
        <translation>Tranzacții care au avansat (sau au sărit-o)</translation>
    </message>
    <message>
        <source>Deals lost from the stage</source>
        <translation>Tranzacții pierdute din etapă</translation>
    </message>
    <message>
        <source>Deals still in the stage on the as-of date</source>
        <translation>Tranzacții aflate încă în etapă la data de referință</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertismente:</translation>
    </message>
    <message>
        <source>Warnings about the measurement</source>
        <translation>Avertismente privind măsurarea</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</source>
        <translation>
            <numerusform>%1 față de %n tranzacție (%2 câștigate, %3 pierdute, %4 deschise). Aplicarea scrie conversiile și duratele măsurate în persona ca un singur pas, pe care îl puteți anula.</numerusform>
            <numerusform>%1 față de %n tranzacții (%2 câștigate, %3 pierdute, %4 deschise). Aplicarea scrie conversiile și duratele măsurate în persona ca un singur pas, pe care îl puteți anula.</numerusform>
            <numerusform>%1 față de %n de tranzacții (%2 câștigate, %3 pierdute, %4 deschise). Aplicarea scrie conversiile și duratele măsurate în persona ca un singur pas, pe care îl puteți anula.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, lower bound</source>
        <translation>%1, limită inferioară</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</source>
        <translation>Curba încă urca la final: tranzacțiile încă deschise mai pot avansa, deci conversia este cel puțin aceasta</translation>
    </message>
    <message>
        <source>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</source>
        <translation>Ciclul întreg, de la creare la câștig: măsurat p50 %1 zile și p90 %2, modelat %3 și %4; %5 din tranzacții sunt câștigate.</translation>
    </message>
    <message>
        <source>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</source>
        <translation>Grafic: conversia pe etape, modelat față de măsurat (tabelul de mai sus conține aceleași cifre)</translation>
    </message>
    <message>
        <source>Chart: share of won deals closed by day, measured against modelled</source>
        <translation>Grafic: proporția tranzacțiilor câștigate închise până la fiecare zi, măsurat față de modelat</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciunul.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportStagesPage</name>
    <message>
        <source>CRM stages and the persona stages they count as</source>
        <translation>Etapele din CRM și etapele persona cărora le corespund</translation>
    </message>
    <message>
        <source>CRM stage</source>
        <translation>Etapă CRM</translation>
    </message>
    <message>
        <source>Deals that entered it</source>
        <translation>Tranzacții intrate în ea</translation>
    </message>
    <message>
        <source>Counts as the persona&apos;s stage</source>
        <translation>Corespunde etapei persona</translation>
    </message>
    <message>
        <source>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</source>
        <translation>Precizați cărei etape din pipeline-ul pentru %1 îi corespunde fiecare etapă din CRM. O etapă CRM care nu este un pas din pipeline-ul persona (closed won, on hold) este mai bine ignorată.</translation>
    </message>
    <message>
        <source>Persona stage for the CRM stage %1</source>
        <translation>Etapa persona pentru etapa CRM %1</translation>
    </message>
    <message>
        <source>The persona&apos;s stage that deals in “%1” are in</source>
        <translation>Etapa persona în care se află tranzacțiile din „%1”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
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
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>o listă</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un obiect</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un număr</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>o valoare neacceptată</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>lipsește</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>trebuie să fie un număr de la %1 la %2, nu %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>trebuie să fie un număr finit</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2; found %3</source>
        <translation>trebuie să fie un număr de la %1 la %2; s-a găsit %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; found %3</source>
        <translation>trebuie să fie un număr întreg de la %1 la %2; s-a găsit %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>trebuie să fie un număr întreg de la %1 la %2, nu %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>trebuie să fie true sau false, nu %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>trebuie să fie text, nu %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>are %1 octeți; sunt permiși cel mult %2</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>trebuie să fie o listă, nu %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>are %1 elemente; sunt permise cel mult %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>trebuie să fie un obiect, nu %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>trebuie să fie una dintre valorile %1, nu %2</translation>
    </message>
    <message>
        <source>must be one of %1; found &quot;%2&quot;</source>
        <translation>trebuie să fie una dintre valorile %1; s-a găsit &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>b2x::KeyResultDialog</name>
    <message>
        <source>Add key result</source>
        <translation>Adaugă rezultat cheie</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Editează rezultatul cheie</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>What is measured, e.g. sales-qualified leads this quarter.</source>
        <translation>Ce se măsoară, de exemplu leadurile calificate pentru vânzări din acest trimestru.</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unitate</translation>
    </message>
    <message>
        <source>e.g. SQLs, %, USD.</source>
        <translation>de exemplu SQL, %, USD.</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unitate</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The value when the period began.</source>
        <translation>Valoarea de la începutul perioadei.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Curent</translation>
    </message>
    <message>
        <source>The value now; a check-in sets it too.</source>
        <translation>Valoarea de acum; o setează și un check-in.</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>&amp;Curent</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>The value to reach; below the start for a &quot;decrease to&quot; target.</source>
        <translation>Valoarea de atins; sub valoarea de start pentru o țintă de tip „scădere la”.</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Țin&amp;tă</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>Its share in the objective&apos;s progress (1: equal; 0: left out).</source>
        <translation>Ponderea sa în progresul obiectivului (1: pondere egală; 0: exclus din calcul).</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Pondere</translation>
    </message>
    <message>
        <source>&amp;Derived: the target follows a persona&apos;s reverse funnel</source>
        <translation>&amp;Derivată: ținta urmează pâlnia inversă a unei persona</translation>
    </message>
    <message>
        <source>Derived target</source>
        <translation>Țintă derivată</translation>
    </message>
    <message>
        <source>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</source>
        <translation>Ținta se calculează din ținta, pâlnia și ciclul de vânzare ale acestei persona și se schimbă atunci când acestea se schimbă.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona whose reverse funnel gives the target.</source>
        <translation>Persona a cărei pâlnie inversă dă ținta.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Which figure of the reverse funnel becomes the target.</source>
        <translation>Ce cifră din pâlnia inversă devine țintă.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Etapa pipeline-ului</translation>
    </message>
    <message>
        <source>The pipeline stage whose entries are counted.</source>
        <translation>Etapa pipeline-ului ale cărei intrări se numără.</translation>
    </message>
    <message>
        <source>Stage %1 (not in the pipeline)</source>
        <translation>Etapa %1 (nu se află în pipeline)</translation>
    </message>
    <message>
        <source>Follows the reverse funnel; the value here is the target kept at the last check-in.</source>
        <translation>Urmează pâlnia inversă; valoarea de aici este ținta păstrată la ultimul check-in.</translation>
    </message>
    <message>
        <source>The workspace has no persona to derive a target from.</source>
        <translation>Spațiul de lucru nu are nicio persona din care să se derive o țintă.</translation>
    </message>
    <message>
        <source>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</source>
        <translation>După aplicare, ținta actualizată apare în arbore; fiecare check-in păstrează ținta din ziua sa, astfel încât o țintă schimbată să fie raportată.</translation>
    </message>
</context>
<context>
    <name>b2x::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvează c&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>În&amp;chide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ie&amp;șire</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Adaugă persona</translation>
    </message>
    <message>
        <source>Add a blank persona (the arrow offers templates)</source>
        <translation>Adaugă o persona goală (săgeata oferă șabloane)</translation>
    </message>
    <message>
        <source>Add from &amp;Template</source>
        <translation>Adaugă din ș&amp;ablon</translation>
    </message>
    <message>
        <source>D&amp;uplicate Persona</source>
        <translation>D&amp;uplică persona</translation>
    </message>
    <message>
        <source>&amp;Delete Persona</source>
        <translation>Ș&amp;terge persona</translation>
    </message>
    <message>
        <source>&amp;Workspace Details…</source>
        <translation>Detalii &amp;spațiu de lucru…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferințe…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Resetează aranjarea</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparație</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;deschis&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Istoricul anulărilor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nou din ș&amp;ablon</translation>
    </message>
    <message>
        <source>B2B vs B2C sample (seven audiences)</source>
        <translation>Exemplu B2B vs B2C (șapte publicuri)</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Spațiu de lucru gol</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;Ghidul modelelor</translation>
    </message>
    <message>
        <source>&amp;About B2X Workbench</source>
        <translation>&amp;Despre B2X Workbench</translation>
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
        <translation>Golește lista</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Adaugă persona</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Adaugă „%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplică „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persona(s). Undo with %1.</source>
        <translation>
            <numerusform>S-a șters %Ln persona. Anulați cu %1.</numerusform>
            <numerusform>S-au șters %Ln personas. Anulați cu %1.</numerusform>
            <numerusform>S-au șters %Ln de personas. Anulați cu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About B2X Workbench</source>
        <translation>Despre B2X Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modelați publicuri B2B și B2C ca personas și comparați cum cumpără: unități de decizie, cicluri de vânzare, pâlnii de vânzări, economia unitară, canale și atribuire.&lt;/p&gt;&lt;p&gt;Acest program este software liber: îl puteți redistribui și/sau modifica în condițiile Licenței Publice Generale GNU publicate de Free Software Foundation, fie versiunea 3 a licenței, fie (la alegerea dvs.) orice versiune ulterioară. Este distribuit FĂRĂ NICIO GARANȚIE.&lt;/p&gt;&lt;p&gt;Construit cu Qt %2 și nlohmann/json.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>Ghidul modelelor</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>Ghidul nu a putut fi încărcat.</translation>
    </message>
    <message>
        <source>Workspace &amp;Channels…</source>
        <translation>&amp;Canalele spațiului de lucru…</translation>
    </message>
    <message>
        <source>B2B vs B2C sample</source>
        <translation>Exemplu B2B vs B2C</translation>
    </message>
    <message>
        <source>&amp;Go to Plan</source>
        <translation>&amp;Mergi la plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Go to &amp;Budget</source>
        <translation>Mergi la &amp;buget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
</context>
<context>
    <name>b2x::MemberTableModel</name>
    <message>
        <source>Economic buyer</source>
        <translation>Cumpărător economic</translation>
    </message>
    <message>
        <source>Not the economic buyer</source>
        <translation>Nu este cumpărătorul economic</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Poziție</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Eliberează fondurile</translation>
    </message>
    <message>
        <source>Job title or description of the person, e.g. “IT security lead”.</source>
        <translation>Funcția sau descrierea persoanei, de exemplu „responsabil securitate IT”.</translation>
    </message>
    <message>
        <source>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</source>
        <translation>Cât cântărește opinia acestei persoane, de la 0 (deloc) la 100 (decisiv).</translation>
    </message>
    <message>
        <source>Whether this person is for the purchase, neutral or against it.</source>
        <translation>Dacă această persoană este pentru achiziție, neutră sau împotrivă.</translation>
    </message>
    <message>
        <source>The economic buyer releases the funds. Usually exactly one member does.</source>
        <translation>Cumpărătorul economic eliberează fondurile. De obicei, exact un membru face asta.</translation>
    </message>
    <message>
        <source>Edit decision-unit member %1</source>
        <translation>Editează membrul unității de decizie %1</translation>
    </message>
    <message>
        <source>That is not a known role; nothing was saved.</source>
        <translation>Acesta nu este un rol cunoscut; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>A job title can be at most %1 bytes long; it was not saved.</source>
        <translation>O funcție poate avea cel mult %1 octeți; nu a fost salvată.</translation>
    </message>
    <message>
        <source>Influence must lie between 0 and 100; %1 was not saved.</source>
        <translation>Influența trebuie să fie între 0 și 100; %1 nu a fost salvat.</translation>
    </message>
    <message>
        <source>That is not a known stance; nothing was saved.</source>
        <translation>Aceasta nu este o poziție cunoscută; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>Add decision-unit member</source>
        <translation>Adaugă membru în unitatea de decizie</translation>
    </message>
    <message>
        <source>Remove decision-unit member</source>
        <translation>Elimină membru din unitatea de decizie</translation>
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
        <translation>Roluri</translation>
    </message>
    <message>
        <source>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</source>
        <translation>Rolurile pe care le are această persoană în achiziție: unul sau mai multe (într-o gospodărie mică, o persoană este adesea în același timp utilizator, decident și cumpărător).</translation>
    </message>
    <message>
        <source>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</source>
        <translation>Fiecare membru are cel puțin un rol, așa că %1 rămâne bifat. Bifați mai întâi rolul pe care această persoană îl are de fapt, apoi debifați-l pe acesta.</translation>
    </message>
</context>
<context>
    <name>b2x::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>b2x::Migrations</name>
    <message>
        <source>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</source>
        <translation>versiunea de format %1 nu poate fi actualizată: această versiune de B2X Workbench nu are o conversie din ea</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</source>
        <translation>versiunea de format %1 nu poate fi actualizată: fișierul nu are structura acelei versiuni, deci este deteriorat</translation>
    </message>
</context>
<context>
    <name>b2x::MotivesSection</name>
    <message>
        <source>Rational versus emotional</source>
        <translation>Rațional versus emoțional</translation>
    </message>
    <message>
        <source>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</source>
        <translation>0 = decide pe baza sentimentelor, încrederii și liniștirii; 100 = decide pe baza analizei, specificațiilor și costului.</translation>
    </message>
    <message>
        <source>Business versus personal value</source>
        <translation>Valoare de afaceri versus personală</translation>
    </message>
    <message>
        <source>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</source>
        <translation>0 = ce aduce achiziția cumpărătorului personal (încredere, reputație, mai puține bătăi de cap); 100 = ce aduce organizației sau bugetului gospodăriei.</translation>
    </message>
    <message>
        <source>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</source>
        <translation>Cum decide acest public, independent de eticheta B2B sau B2C. Motivele raționale și emoționale sunt prezente în ambele: în studiul CEB și Google pe 3.000 de cumpărători B2B, valoarea personală a avut un impact de două ori mai mare asupra achiziției decât valoarea de afaceri și doar 14% dintre cumpărători au văzut o diferență reală între valoarea de afaceri a furnizorilor. Setați glisoarele după ce știți despre public, nu după etichetă.</translation>
    </message>
    <message>
        <source>Rational or emotional</source>
        <translation>Rațional sau emoțional</translation>
    </message>
    <message>
        <source>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</source>
        <translation>Publicul decide analizând nevoile, costul și beneficiul pe termen lung sau după sentiment, brand, comoditate și recenzii?</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emoțional</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Rațional</translation>
    </message>
    <message>
        <source>Business or personal value</source>
        <translation>Valoare de afaceri sau personală</translation>
    </message>
    <message>
        <source>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</source>
        <translation>Achiziția câștigă prin ce aduce organizației (venit, cost, risc) sau prin ce aduce persoanei care cumpără (încredere, recunoaștere, o muncă mai ușoară)?</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Valoare personală</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Valoare de afaceri</translation>
    </message>
    <message>
        <source>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</source>
        <translation>Sursa: CEB (acum Gartner) și Google, sondaj pe 3.000 de cumpărători B2B; vedeți notele despre repere din documentație.</translation>
    </message>
    <message>
        <source>Change rational or emotional motives</source>
        <translation>Schimbă motivele raționale sau emoționale</translation>
    </message>
    <message>
        <source>Change business or personal value</source>
        <translation>Schimbă valoarea de afaceri sau personală</translation>
    </message>
    <message>
        <source>%1% rational, %2% emotional</source>
        <translation>%1% rațional, %2% emoțional</translation>
    </message>
    <message>
        <source>%1% business value, %2% personal value</source>
        <translation>%1% valoare de afaceri, %2% valoare personală</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>Motive</translation>
    </message>
</context>
<context>
    <name>b2x::NotesSection</name>
    <message>
        <source>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</source>
        <translation>Orice altceva care merită păstrat despre acest public: concluzii din interviuri, întrebări deschise, idei de testat.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Free text; it is saved with the workspace but not used by the models.</source>
        <translation>Text liber; se salvează cu spațiul de lucru, dar nu este folosit de modele.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</source>
        <translation>Notele pot avea cel mult %1 octeți; ultima modificare nu a fost salvată. Scurtați textul pentru a-l salva.</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editează notele</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectiveDialog</name>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Missing persona (%1)</source>
        <translation>Persona lipsă (%1)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Adaugă obiectiv</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Editează obiectivul</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>What the objective wants to achieve, in words.</source>
        <translation>Ce vrea să obțină obiectivul, în cuvinte.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titlu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Cine răspunde de el.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsabil</translation>
    </message>
    <message>
        <source>RACE stage</source>
        <translation>Etapă RACE</translation>
    </message>
    <message>
        <source>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</source>
        <translation>Etapa RACE pe care o servește obiectivul: Planificare, Acoperire, Interacțiune, Conversie, Implicare.</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;Etapă RACE</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona the objective concerns, or none.</source>
        <translation>Persona la care se referă obiectivul sau niciuna.</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Angajament</translation>
    </message>
    <message>
        <source>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Obiectivele asumate trebuie atinse integral; cele aspiraționale sunt ținte ambițioase.</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>&amp;Angajament</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesModel</name>
    <message>
        <source>missing persona</source>
        <translation>persona lipsă</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(obiectiv fără titlu)</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>%n rezultat cheie</numerusform>
            <numerusform>%n rezultate cheie</numerusform>
            <numerusform>%n de rezultate cheie</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective “%1”.</source>
        <translation>Obiectivul „%1”.</translation>
    </message>
    <message>
        <source>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</source>
        <translation>Progres %1 (%2): media ponderată a progresului rezultatelor sale cheie.</translation>
    </message>
    <message>
        <source>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</source>
        <translation>Niciun progres încă: niciunul dintre rezultatele sale cheie nu are valori de start și de țintă diferite, sau toate ponderile sunt 0.</translation>
    </message>
    <message>
        <source>RACE stage: %1.</source>
        <translation>Etapa RACE: %1.</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona: %1.</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>Responsabil: %1.</translation>
    </message>
    <message>
        <source>Committed: expected to be met in full.</source>
        <translation>Asumat: trebuie atins integral.</translation>
    </message>
    <message>
        <source>Aspirational: a stretch goal; about 70% is a good result.</source>
        <translation>Aspirațional: o țintă ambițioasă; circa 70% este un rezultat bun.</translation>
    </message>
    <message>
        <source>(unnamed key result)</source>
        <translation>(rezultat cheie fără nume)</translation>
    </message>
    <message>
        <source>↻ %1</source>
        <comment>a derived target, following the reverse funnel</comment>
        <translation>↻ %1</translation>
    </message>
    <message>
        <source>↻ derived, moved since the last check-in</source>
        <translation>↻ derivată, schimbată de la ultimul check-in</translation>
    </message>
    <message>
        <source>↻ derived</source>
        <translation>↻ derivată</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>pondere %1</translation>
    </message>
    <message>
        <source>confidence %1/%2</source>
        <translation>încredere %1/%2</translation>
    </message>
    <message>
        <source>Key result “%1”: %2.</source>
        <translation>Rezultatul cheie „%1”: %2.</translation>
    </message>
    <message>
        <source>start %1, current %2, target %3</source>
        <translation>start %1, curent %2, țintă %3</translation>
    </message>
    <message>
        <source>Progress %1 (%2): (current − start) ÷ (target − start).</source>
        <translation>Progres %1 (%2): (curent − start) ÷ (țintă − start).</translation>
    </message>
    <message>
        <source>No progress yet: the target equals the start.</source>
        <translation>Niciun progres încă: ținta este egală cu valoarea de start.</translation>
    </message>
    <message>
        <source>The target moved from %1 at the last check-in to %2.</source>
        <translation>Ținta s-a schimbat de la %1, la ultimul check-in, la %2.</translation>
    </message>
    <message>
        <source>Weight %1 in the objective.</source>
        <translation>Pondere %1 în obiectiv.</translation>
    </message>
    <message>
        <source>Confidence at the latest check-in: %1 of %2.</source>
        <translation>Încrederea la cel mai recent check-in: %1 din %2.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Niciun check-in încă.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Obiectiv / rezultat cheie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Start → curent → țintă</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesView</name>
    <message>
        <source>Objectives and key results</source>
        <translation>Obiective și rezultate cheie</translation>
    </message>
    <message>
        <source>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</source>
        <translation>Fiecare obiectiv cu rezultatele sale cheie. Progresul este colorat după zonele de notare ale Google și numit lângă bară. Enter editează rândul selectat, Delete îl șterge.</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Adaugă &amp;obiectiv</translation>
    </message>
    <message>
        <source>Adds an objective to the plan.</source>
        <translation>Adaugă un obiectiv în plan.</translation>
    </message>
    <message>
        <source>Add &amp;key result</source>
        <translation>Adaugă &amp;rezultat cheie</translation>
    </message>
    <message>
        <source>Adds a key result to the selected objective.</source>
        <translation>Adaugă un rezultat cheie la obiectivul selectat.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>Edits the selected objective or key result.</source>
        <translation>Editează obiectivul sau rezultatul cheie selectat.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Deletes the selected objective (with its key results) or key result. Undo brings it back.</source>
        <translation>Șterge obiectivul selectat (cu rezultatele sale cheie) sau rezultatul cheie selectat. Anularea îl readuce.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one, then its key results.</source>
        <translation>Planul nu are încă obiective: adăugați unul, apoi rezultatele sale cheie.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to see how its progress and target are worked out.</source>
        <translation>Selectați un obiectiv sau un rezultat cheie pentru a vedea cum se calculează progresul și ținta sa.</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>Adaugă obiectivul „%1”</translation>
    </message>
    <message>
        <source>Edit objective “%1”</source>
        <translation>Editează obiectivul „%1”</translation>
    </message>
    <message>
        <source>Add key result “%1”</source>
        <translation>Adaugă rezultatul cheie „%1”</translation>
    </message>
    <message>
        <source>Edit key result “%1”</source>
        <translation>Editează rezultatul cheie „%1”</translation>
    </message>
    <message>
        <source>Delete key result “%1”</source>
        <translation>Șterge rezultatul cheie „%1”</translation>
    </message>
    <message>
        <source>Delete objective “%1”</source>
        <translation>Șterge obiectivul „%1”</translation>
    </message>
    <message>
        <source>Add a check-in to “%1”</source>
        <translation>Adaugă un check-in la „%1”</translation>
    </message>
    <message>
        <source>Delete a check-in of “%1”</source>
        <translation>Șterge un check-in din „%1”</translation>
    </message>
</context>
<context>
    <name>b2x::PdfReport</name>
    <message>
        <source>B2B vs B2C comparison</source>
        <translation>Comparație B2B și B2C</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>exportul a fost anulat</translation>
    </message>
    <message>
        <source>B2B vs B2C comparison report</source>
        <translation>Raport de comparație B2B și B2C</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Pregătit pentru %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Întocmit de %1</translation>
    </message>
    <message>
        <source>This report covers one persona:</source>
        <translation>Raportul cuprinde o persona:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas:</source>
        <translation>
            <numerusform>Raportul cuprinde %Ln persona:</numerusform>
            <numerusform>Raportul cuprinde %Ln personas:</numerusform>
            <numerusform>Raportul cuprinde %Ln de personas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>și încă %Ln</numerusform>
            <numerusform>și încă %Ln</numerusform>
            <numerusform>și încă %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaEditor</name>
    <message>
        <source>Persona editor</source>
        <translation>Editor de persona</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written for another value than the persona has now</source>
        <translation>
            <numerusform>%Ln sursă scrisă pentru altă valoare decât cea pe care o are acum persona</numerusform>
            <numerusform>%Ln surse scrise pentru altă valoare decât cea pe care o are acum persona</numerusform>
            <numerusform>%Ln de surse scrise pentru altă valoare decât cea pe care o are acum persona</numerusform>
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
        <translation>Persona nouă</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achiziție</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListDelegate</name>
    <message>
        <source>B2B index %1 · behaves %2</source>
        <translation>Indice B2B %1 · comportament: %2</translation>
    </message>
    <message>
        <source>⚠ %1 · label and behaviour differ</source>
        <translation>⚠ %1 · eticheta și comportamentul diferă</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListModel</name>
    <message>
        <source>%1, labelled %2</source>
        <translation>%1, etichetă: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListPanel</name>
    <message>
        <source>Filter personas</source>
        <translation>Filtrează personas</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</source>
        <translation>Selectați până la șase personas (Ctrl+clic) pentru a le compara în grafice. Trageți o persona pentru a reordona lista.</translation>
    </message>
</context>
<context>
    <name>b2x::PipelineSection</name>
    <message>
        <source>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</source>
        <translation>Etapele de la primul contact până la achiziție, în ordine. Pentru fiecare etapă: proporția care trece la următoarea și timpul cel mai scurt, cel mai obișnuit și cel mai lung petrecut în ea. Ciclurile B2B durează adesea luni; deciziile consumatorilor durează de la ore la săptămâni. Faceți dublu clic pe o celulă sau începeți să tastați pentru a o edita.</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapele pipeline-ului</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Adaugă etapă</translation>
    </message>
    <message>
        <source>Insert a new stage after the selected one.</source>
        <translation>Inserează o etapă nouă după cea selectată.</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Elimină etapa</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>Elimină etapa selectată.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mută în &amp;sus</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier.</source>
        <translation>Mută etapa selectată cu un loc mai devreme.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>Move the selected stage one place later.</source>
        <translation>Mută etapa selectată cu un loc mai târziu.</translation>
    </message>
    <message>
        <source>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</source>
        <translation>Timpul mediu prin toate cele %1 etape: %2 zile (fiecare etapă contează (min + probabil + max) ÷ 3).</translation>
    </message>
    <message>
        <source>A pipeline can have at most %1 stages.</source>
        <translation>Un pipeline poate avea cel mult %1 etape.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>b2x::PlanCsvExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>dosarul %1 nu poate fi creat</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PlanPanel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>e.g. Q1 2027</source>
        <translation>de exemplu T1 2027</translation>
    </message>
    <message>
        <source>The name the plan and the report give this period.</source>
        <translation>Numele pe care planul și raportul îl dau acestei perioade.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>Prima zi a perioadei.</translation>
    </message>
    <message>
        <source>The last day of the period (it belongs to it).</source>
        <translation>Ultima zi a perioadei (face parte din ea).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clienți noi</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Venit de la clienți noi</translation>
    </message>
    <message>
        <source>Whether the target counts new customers or their revenue (customers × price).</source>
        <translation>Dacă ținta este exprimată în clienți noi sau în veniturile de la aceștia (clienți × preț).</translation>
    </message>
    <message>
        <source>Target as</source>
        <translation>Tipul țintei</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Nicio țintă</translation>
    </message>
    <message>
        <source>What the period should bring from this persona. 0: no target.</source>
        <translation>Ce ar trebui să aducă această persona în perioadă. 0: nicio țintă.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Necunoscută</translation>
    </message>
    <message>
        <source>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</source>
        <translation>Câte conturi (B2B) sau persoane (B2C) cuprinde segmentul. Planul compară cu această valoare volumul de care are nevoie o țintă. 0: necunoscută.</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Dimensiunea publicului</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Pâlnia inversă</translation>
    </message>
    <message>
        <source>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</source>
        <translation>Ținta calculată invers prin pâlnia și ciclul de vânzare ale acestei persona, cu leadurile sosind uniform de la începutul perioadei.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificări</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Verificările planului</translation>
    </message>
    <message>
        <source>Rename the plan period</source>
        <translation>Redenumește perioada planului</translation>
    </message>
    <message>
        <source>Change what the target counts</source>
        <translation>Schimbă tipul țintei</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Schimbă ținta</translation>
    </message>
    <message>
        <source>Change the audience size</source>
        <translation>Schimbă dimensiunea publicului</translation>
    </message>
    <message>
        <source>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</source>
        <translation>Nu este setată nicio perioadă: planul este calculat pentru trimestrul curent. Schimbați o dată pentru a seta perioada.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n zi.</numerusform>
            <numerusform>%n zile.</numerusform>
            <numerusform>%n de zile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target for “%1”</source>
        <translation>Ținta pentru „%1”</translation>
    </message>
    <message>
        <source>Target (select a persona)</source>
        <translation>Țintă (selectați o persona)</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs.</source>
        <translation>Selectați o persona pentru a vedea de ce are nevoie ținta ei.</translation>
    </message>
    <message>
        <source>Target: new customers</source>
        <translation>Țintă: clienți noi</translation>
    </message>
    <message>
        <source>Target: new-customer revenue</source>
        <translation>Țintă: venit de la clienți noi</translation>
    </message>
    <message>
        <source>Customers expected in the period at today&apos;s volume</source>
        <translation>Clienți așteptați în perioadă la volumul actual</translation>
    </message>
    <message>
        <source>Shortfall if volume and spend stay as today</source>
        <translation>Deficit dacă volumul și cheltuielile rămân ca acum</translation>
    </message>
    <message>
        <source>Monthly volume the target needs (today %1)</source>
        <translation>Volumul lunar de care are nevoie ținta (acum %1)</translation>
    </message>
    <message>
        <source>Monthly spend the target needs (today %1)</source>
        <translation>Cheltuielile lunare de care are nevoie ținta (acum %1)</translation>
    </message>
    <message>
        <source>Entries into “%1” over the period</source>
        <translation>Intrări în etapa „%1” în perioadă</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, half of the deals</source>
        <translation>Ultima intrare care se mai închide până la finalul perioadei, jumătate din tranzacții</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, nine deals in ten</source>
        <translation>Ultima intrare care se mai închide până la finalul perioadei, nouă din zece tranzacții</translation>
    </message>
    <message>
        <source>Planned budget of its tactics</source>
        <translation>Bugetul planificat al tacticilor sale</translation>
    </message>
    <message>
        <source>No target for this persona: set one above to see the volume, spend and entries it needs.</source>
        <translation>Nicio țintă pentru această persona: setați una mai sus pentru a vedea volumul, cheltuielile și intrările de care are nevoie.</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>Nicio constatare: planul trece toate verificările.</translation>
    </message>
    <message>
        <source>Change the period&apos;s start</source>
        <translation>Schimbă începutul perioadei</translation>
    </message>
    <message>
        <source>Change the period&apos;s end</source>
        <translation>Schimbă sfârșitul perioadei</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 pentru „%2”</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ținte</translation>
    </message>
    <message>
        <source>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</source>
        <translation>Perioada, ținta fiecărei persona și pâlnia ei inversă, precum și verificările planului.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</source>
        <translation>Faceți clic pe o verificare despre o persona pentru a selecta acea persona; una despre un rezultat cheie îl deschide pe pagina Obiective.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Panou</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiective</translation>
    </message>
</context>
<context>
    <name>b2x::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferințe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</source>
        <translation>Cât timp un spațiu de lucru are modificări nesalvate, o copie de recuperare este scrisă cu această frecvență în dosarul de date al aplicației (niciodată peste fișierul dvs.). După o cădere, următoarea pornire oferă restaurarea ei.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Implicit (sistem)</translation>
    </message>
    <message>
        <source>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</source>
        <translation>Limba meniurilor, formularelor, mesajelor și rapoartelor și felul în care se scriu numerele, sumele și datele. O modificare se aplică la următoarea pornire a B2X Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Copie de recuperare la fiecare:</translation>
    </message>
</context>
<context>
    <name>b2x::Presets</name>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</source>
        <translation>b2blead.io, First Page Sage (prin altiorco), getfairview: vizitator → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → oportunitate 30–80%, oportunitate → câștigat 10–35% (enterprise 10–20%, mid-market 20–30%)</translation>
    </message>
    <message>
        <source>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</source>
        <translation>Setat astfel încât CLV:CAC să fie circa 3:1, raportul sănătos (pug.sh, knowmba, metrictoolbox); înlocuiți-l cu bugetul dvs.</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no gross-margin figure; use your finance figure</source>
        <translation>Presupunere: lista de referință nu are o cifră pentru marja brută; folosiți cifra de la departamentul financiar</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no customer-lifetime figure; use your retention data</source>
        <translation>Presupunere: lista de referință nu are o cifră pentru durata de viață a clientului; folosiți datele dvs. de retenție</translation>
    </message>
    <message>
        <source>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</source>
        <translation>Presupunere la scara exemplului b2blead.io (10.000 de vizitatori → 300 de leaduri → 90 MQL → 36 SQL → 27 de oportunități → 6 clienți); folosiți datele dvs. de analiză</translation>
    </message>
    <message>
        <source>Owner or marketing lead of a small business</source>
        <translation>Proprietarul sau responsabilul de marketing al unei firme mici</translation>
    </message>
    <message>
        <source>Chooses the tool; a manager approves the card payment</source>
        <translation>Alege instrumentul; un manager aprobă plata cu cardul</translation>
    </message>
    <message>
        <source>Get results within weeks, without an implementation project</source>
        <translation>Rezultate în câteva săptămâni, fără un proiect de implementare</translation>
    </message>
    <message>
        <source>No time to evaluate many tools; budget needs a quick yes</source>
        <translation>Nu are timp să evalueze multe instrumente; bugetul are nevoie de un „da” rapid</translation>
    </message>
    <message>
        <source>Marketing lead (picks the tool)</source>
        <translation>Responsabil de marketing (alege instrumentul)</translation>
    </message>
    <message>
        <source>Owner or manager (approves the payment)</source>
        <translation>Proprietar sau manager (aprobă plata)</translation>
    </message>
    <message>
        <source>Website visitor → free-trial sign-up</source>
        <translation>Vizitator al site-ului → înscriere la perioada de probă</translation>
    </message>
    <message>
        <source>Free trial → paid plan</source>
        <translation>Perioadă de probă → plan plătit</translation>
    </message>
    <message>
        <source>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</source>
        <translation>Un plan de 200 $ pe lună facturat anual, în intervalul firstsales.io „sub 10 mii $: 1–2 luni, rată de închidere 25–35%”</translation>
    </message>
    <message>
        <source>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</source>
        <translation>Vizitator → probă 3% în intervalul vizitator → lead 1–5% (b2blead.io); probă → plătit 30% în rata de închidere de 25–35% pentru tranzacții sub 10 mii $ (firstsales.io)</translation>
    </message>
    <message>
        <source>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</source>
        <translation>Circa 3 săptămâni în total: ciclurile IMM durează 14–30 de zile (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</source>
        <translation>Două persoane: costul și riscul scăzute înseamnă puțini participanți (Robinson, Faris și Wind 1967)</translation>
    </message>
    <message>
        <source>One yearly renewal</source>
        <translation>O reînnoire anuală</translation>
    </message>
    <message>
        <source>Head of operations (project sponsor)</source>
        <translation>Șeful operațiunilor (sponsorul proiectului)</translation>
    </message>
    <message>
        <source>Replace spreadsheets with one system the whole department uses</source>
        <translation>Înlocuirea foilor de calcul cu un singur sistem folosit de tot departamentul</translation>
    </message>
    <message>
        <source>IT capacity is scarce; the last rollout stalled</source>
        <translation>Capacitatea IT este limitată; ultima implementare s-a blocat</translation>
    </message>
    <message>
        <source>Chief operating officer (releases the budget)</source>
        <translation>Director operațional (eliberează bugetul)</translation>
    </message>
    <message>
        <source>Head of operations (sponsor)</source>
        <translation>Șeful operațiunilor (sponsor)</translation>
    </message>
    <message>
        <source>Team lead who will use it daily</source>
        <translation>Șeful de echipă care îl va folosi zilnic</translation>
    </message>
    <message>
        <source>IT manager (technical evaluation)</source>
        <translation>Manager IT (evaluare tehnică)</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Manager de achiziții</translation>
    </message>
    <message>
        <source>Website visitor → lead</source>
        <translation>Vizitator al site-ului → lead</translation>
    </message>
    <message>
        <source>Lead → marketing-qualified lead</source>
        <translation>Lead → lead calificat de marketing</translation>
    </message>
    <message>
        <source>MQL → sales-qualified lead</source>
        <translation>MQL → lead calificat de vânzări</translation>
    </message>
    <message>
        <source>SQL → opportunity</source>
        <translation>SQL → oportunitate</translation>
    </message>
    <message>
        <source>Opportunity → won</source>
        <translation>Oportunitate → câștigată</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</source>
        <translation>În intervalul firstsales.io „25–50 mii $: 3–4 luni, rată de închidere 18–25%”</translation>
    </message>
    <message>
        <source>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</source>
        <translation>Ratele din exemplul b2blead.io (3%, 30%, 40%, 75%, 22%), în intervalele publicate; mid-market oportunitate → câștigată 20–30%</translation>
    </message>
    <message>
        <source>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</source>
        <translation>Circa 3 luni în total: tranzacțiile de 25–50 mii $ durează 3–4 luni (firstsales.io); mid-market 30–90 de zile (thecroreport.com)</translation>
    </message>
    <message>
        <source>Five people: CEB measured 5.4 people per B2B purchase (2014)</source>
        <translation>Cinci persoane: CEB a măsurat 5,4 persoane per achiziție B2B (2014)</translation>
    </message>
    <message>
        <source>One yearly contract</source>
        <translation>Un contract anual</translation>
    </message>
    <message>
        <source>VP of a business unit (sponsor and champion)</source>
        <translation>VP al unei unități de business (sponsor și susținător)</translation>
    </message>
    <message>
        <source>A platform decision that survives audit and scales for five years</source>
        <translation>O decizie de platformă care trece de audit și se extinde timp de cinci ani</translation>
    </message>
    <message>
        <source>Every department has its own tool; integration costs keep rising</source>
        <translation>Fiecare departament are propriul instrument; costurile de integrare tot cresc</translation>
    </message>
    <message>
        <source>Chief financial officer (economic buyer)</source>
        <translation>Director financiar (cumpărătorul economic)</translation>
    </message>
    <message>
        <source>Business-unit VP (sponsor)</source>
        <translation>VP al unității de business (sponsor)</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>Manager de operațiuni</translation>
    </message>
    <message>
        <source>Enterprise architect (technical evaluator)</source>
        <translation>Arhitect enterprise (evaluator tehnic)</translation>
    </message>
    <message>
        <source>IT security lead</source>
        <translation>Responsabil securitate IT</translation>
    </message>
    <message>
        <source>Procurement (runs the tender)</source>
        <translation>Achiziții (organizează licitația)</translation>
    </message>
    <message>
        <source>Legal counsel (contract approval)</source>
        <translation>Consilier juridic (aprobarea contractului)</translation>
    </message>
    <message>
        <source>Opportunity: demo, business case, tender → won</source>
        <translation>Oportunitate: demo, business case, licitație → câștigată</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</source>
        <translation>În intervalul firstsales.io „100–250 mii $: 6–9 luni, rată de închidere 12–18%”</translation>
    </message>
    <message>
        <source>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</source>
        <translation>Circa 7,5 luni în total: tranzacțiile de 100–250 mii $ durează 6–9 luni (firstsales.io); enterprise 90–180+ zile (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</source>
        <translation>Șapte persoane: CEB a măsurat 6,8 per achiziție B2B (2016); Gartner (2019) 6–10 pentru o soluție complexă</translation>
    </message>
    <message>
        <source>Manufacturing and construction</source>
        <translation>Producție și construcții</translation>
    </message>
    <message>
        <source>Purchasing agent</source>
        <translation>Agent de achiziții</translation>
    </message>
    <message>
        <source>No stock-outs on site; the agreed price on every order</source>
        <translation>Fără lipsuri pe șantier; prețul convenit la fiecare comandă</translation>
    </message>
    <message>
        <source>Late deliveries stop work; re-quoting wastes time</source>
        <translation>Livrările întârziate opresc lucrul; cererea repetată de oferte pierde timp</translation>
    </message>
    <message>
        <source>Purchasing agent (places the order)</source>
        <translation>Agent de achiziții (plasează comanda)</translation>
    </message>
    <message>
        <source>Site or maintenance lead (raises the need)</source>
        <translation>Șef de șantier sau de mentenanță (semnalează nevoia)</translation>
    </message>
    <message>
        <source>Plant manager (approves the purchase order)</source>
        <translation>Directorul fabricii (aprobă comanda de achiziție)</translation>
    </message>
    <message>
        <source>Reorder trigger → quote requested</source>
        <translation>Declanșator de recomandă → ofertă solicitată</translation>
    </message>
    <message>
        <source>Quote → purchase order</source>
        <translation>Ofertă → comandă de achiziție</translation>
    </message>
    <message>
        <source>Purchase-order approval → order placed</source>
        <translation>Aprobarea comenzii → comandă plasată</translation>
    </message>
    <message>
        <source>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</source>
        <translation>Recumpărările directe necesită mai puține persoane și se decid mai repede (Robinson, Faris și Wind 1967); lista de referință nu are o cifră pentru ele, deci aceasta este o presupunere: folosiți istoricul comenzilor</translation>
    </message>
    <message>
        <source>Assumption: a typical replenishment order; use your order history</source>
        <translation>Presupunere: o comandă tipică de reaprovizionare; folosiți istoricul comenzilor</translation>
    </message>
    <message>
        <source>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</source>
        <translation>Presupunere: cereri de recomandă pe lună de la conturi care ar putea trece la dvs. (o livrare întârziată, o revizuire de preț)</translation>
    </message>
    <message>
        <source>Assumption: monthly replenishment</source>
        <translation>Presupunere: reaprovizionare lunară</translation>
    </message>
    <message>
        <source>Young adults, single or couples</source>
        <translation>Tineri adulți, singuri sau în cuplu</translation>
    </message>
    <message>
        <source>Trends, short video, creators they follow</source>
        <translation>Trenduri, clipuri scurte, creatori pe care îi urmăresc</translation>
    </message>
    <message>
        <source>Several small purchases a year</source>
        <translation>Câteva achiziții mici pe an</translation>
    </message>
    <message>
        <source>Something that looks good now, at a price that needs no thought</source>
        <translation>Ceva care arată bine acum, la un preț la care nu trebuie să te gândești</translation>
    </message>
    <message>
        <source>Slow delivery and fiddly checkouts</source>
        <translation>Livrare lentă și finalizări de comandă complicate</translation>
    </message>
    <message>
        <source>The shopper</source>
        <translation>Cumpărătorul</translation>
    </message>
    <message>
        <source>Visitor → adds to cart</source>
        <translation>Vizitator → adaugă în coș</translation>
    </message>
    <message>
        <source>Cart → order</source>
        <translation>Coș → comandă</translation>
    </message>
    <message>
        <source>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</source>
        <translation>Sub 50 $ cu decizii în mai puțin de o zi: intervalul paid social din regula empirică polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: site sessions a month</source>
        <translation>Presupunere: sesiuni pe site pe lună</translation>
    </message>
    <message>
        <source>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</source>
        <translation>Coș → comandă 30%: circa 70% din coșuri sunt abandonate (Baymard); vizitator → coș 7,3% astfel încât site-ul să convertească 2,2%, între 1,9% (Wolfgang Digital) și 2,6% (Monetate)</translation>
    </message>
    <message>
        <source>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</source>
        <translation>Ore, în decurs de o zi sau două: deciziile B2C durează de la ore la săptămâni; paid social se potrivește deciziilor de sub o zi (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: a purchase a quarter</source>
        <translation>Presupunere: o achiziție pe trimestru</translation>
    </message>
    <message>
        <source>Couples and families</source>
        <translation>Cupluri și familii</translation>
    </message>
    <message>
        <source>Home, travel and technology; reads reviews before buying</source>
        <translation>Casă, călătorii și tehnologie; citește recenzii înainte de a cumpăra</translation>
    </message>
    <message>
        <source>Once every few years</source>
        <translation>O dată la câțiva ani</translation>
    </message>
    <message>
        <source>The right choice for the household, with no regrets</source>
        <translation>Alegerea potrivită pentru gospodărie, fără regrete</translation>
    </message>
    <message>
        <source>Too many options and contradictory reviews</source>
        <translation>Prea multe opțiuni și recenzii contradictorii</translation>
    </message>
    <message>
        <source>Partner who leads the purchase</source>
        <translation>Partenerul care conduce achiziția</translation>
    </message>
    <message>
        <source>Partner with a say on price and taste</source>
        <translation>Partenerul care are un cuvânt de spus despre preț și gust</translation>
    </message>
    <message>
        <source>Search-ad click → enquiry, quote or showroom visit</source>
        <translation>Clic pe un anunț de căutare → solicitare, ofertă sau vizită în showroom</translation>
    </message>
    <message>
        <source>Enquiry → purchase</source>
        <translation>Solicitare → achiziție</translation>
    </message>
    <message>
        <source>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</source>
        <translation>În intervalul „200–2.000 $ și 7–30 de zile: căutare, e-mail, YouTube” din regula empirică polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: search-ad clicks a month</source>
        <translation>Presupunere: clicuri pe anunțuri de căutare pe lună</translation>
    </message>
    <message>
        <source>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</source>
        <translation>Clic → solicitare 6,96%, rata de conversie a anunțurilor de căutare în 2024 (LocaliQ/WordStream); solicitare → achiziție 25% este o presupunere</translation>
    </message>
    <message>
        <source>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</source>
        <translation>Circa 2,5 săptămâni în total, între 7 și 30 de zile (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: once every five years</source>
        <translation>Presupunere: o dată la cinci ani</translation>
    </message>
    <message>
        <source>Working professionals</source>
        <translation>Profesioniști activi</translation>
    </message>
    <message>
        <source>Career progression, certifications</source>
        <translation>Avansare în carieră, certificări</translation>
    </message>
    <message>
        <source>One course every few years</source>
        <translation>Un curs la câțiva ani</translation>
    </message>
    <message>
        <source>Employee whose manager may sponsor the course</source>
        <translation>Angajat al cărui manager poate sponsoriza cursul</translation>
    </message>
    <message>
        <source>A recognised qualification that fits around work</source>
        <translation>O calificare recunoscută, compatibilă cu serviciul</translation>
    </message>
    <message>
        <source>Unclear whether the employer will pay; little time to study</source>
        <translation>Nu e clar dacă plătește angajatorul; puțin timp pentru studiu</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>Cursantul</translation>
    </message>
    <message>
        <source>Line manager (sponsors the fee when the employer pays)</source>
        <translation>Managerul direct (sponsorizează taxa când plătește angajatorul)</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Partener sau familie</translation>
    </message>
    <message>
        <source>Website visitor → enquiry</source>
        <translation>Vizitator al site-ului → solicitare</translation>
    </message>
    <message>
        <source>Enquiry → information session</source>
        <translation>Solicitare → sesiune de informare</translation>
    </message>
    <message>
        <source>Information session → enrolment</source>
        <translation>Sesiune de informare → înscriere</translation>
    </message>
    <message>
        <source>Assumption: a professional certificate&apos;s fee</source>
        <translation>Presupunere: taxa unui certificat profesional</translation>
    </message>
    <message>
        <source>Assumption: website users a month</source>
        <translation>Presupunere: utilizatori ai site-ului pe lună</translation>
    </message>
    <message>
        <source>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</source>
        <translation>Vizitator → solicitare 2% în intervalul vizitator → lead 1–5% (b2blead.io); ratele ulterioare sunt presupuneri</translation>
    </message>
    <message>
        <source>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</source>
        <translation>Presupunere: circa șase săptămâni, între deciziile consumatorilor (ore până la săptămâni) și ciclurile IMM (14–30 de zile), plus aprobarea angajatorului</translation>
    </message>
    <message>
        <source>Assumption: a course every two years</source>
        <translation>Presupunere: un curs la doi ani</translation>
    </message>
    <message>
        <source>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</source>
        <translation>Churn de 3% pe lună: o rată bună pentru SaaS vândut firmelor mici este de 3–5% pe lună (statsforstartups.com, „Gross churn rate”, citând Recurly: media B2B 5%); orizont de trei ani</translation>
    </message>
    <message>
        <source>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</source>
        <translation>Churn de 10% pe an: SaaS-ul pentru firme mijlocii pierde de obicei 7–12% pe an (joysubscription.com, „Average churn rate for SaaS”); orizontul de patru ani limitează durata de viață</translation>
    </message>
    <message>
        <source>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</source>
        <translation>Churn de 6% pe an: 5–7% este un nivel sănătos pentru SaaS enterprise cu contracte anuale (joysubscription.com, „Average churn rate for SaaS”); orizont de cinci ani, intervalul de schimbare a furnizorului din exemplul B2B Institute despre cumpărătorii aflați pe piață</translation>
    </message>
    <message>
        <source>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</source>
        <translation>79% dintre conturi comandă în continuare după un an: rata medie de retenție a clienților în construcții (First Page Sage, „Customer retention rates by industry”, 2025); orizont de cinci ani</translation>
    </message>
    <message>
        <source>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</source>
        <translation>Decide o singură persoană: o achiziție ieftină și cu risc scăzut implică puține persoane (Robinson, Faris și Wind 1967)</translation>
    </message>
    <message>
        <source>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</source>
        <translation>O gospodărie de două persoane: o achiziție costisitoare pentru casă este adesea cântărită de parteneri împreună (Kotler și Keller, Marketing Management: rolurile de cumpărare în familie)</translation>
    </message>
    <message>
        <source>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</source>
        <translation>Presupunere (valoare implicită Workbench): cursantul, un manager care sponsorizează și familia cântăresc cursul împreună</translation>
    </message>
</context>
<context>
    <name>b2x::Problem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>linia %1, coloana %2: %3</translation>
    </message>
</context>
<context>
    <name>b2x::ProfileSection</name>
    <message>
        <source>Identity</source>
        <translation>Identitate</translation>
    </message>
    <message>
        <source>Consumer segment</source>
        <translation>Segment de consumatori</translation>
    </message>
    <message>
        <source>Organisation segment</source>
        <translation>Segment de organizații</translation>
    </message>
    <message>
        <source>Goals, pains and content</source>
        <translation>Obiective, probleme și conținut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</source>
        <translation>Un nume scurt și concret pe care echipa îl va recunoaște, de exemplu „Comitetul de achiziții enterprise”.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</source>
        <translation>Cui i se vinde oferta. Modelele măsoară separat cât de B2B se comportă publicul, pentru că eticheta și comportamentul diferă adesea.</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Schimbă eticheta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>One line that says who this is and how they buy.</source>
        <translation>Un rând care spune cine sunt și cum cumpără.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>The story of this audience: situation, needs, how a purchase happens.</source>
        <translation>Povestea acestui public: situația, nevoile, cum are loc o achiziție.</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Alege culoarea</translation>
    </message>
    <message>
        <source>Choose the colour of this persona in every chart.</source>
        <translation>Alegeți culoarea acestei persona în toate graficele.</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Cod de culoare</translation>
    </message>
    <message>
        <source>The colour as # and six hexadecimal digits, e.g. #4e79a7.</source>
        <translation>Culoarea ca # și șase cifre hexazecimale, de exemplu #4e79a7.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</source>
        <translation>O culoare se scrie # și șase cifre hexazecimale, de exemplu #4e79a7; „%1” nu a fost salvat.</translation>
    </message>
    <message>
        <source>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</source>
        <translation>Date demografice și cercetare de consum: cine este persoana și cum trăiește. Afișat pentru publicurile B2C și hibride.</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Vârsta minimă</translation>
    </message>
    <message>
        <source>Youngest age in the segment.</source>
        <translation>Cea mai mică vârstă din segment.</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Vârsta maximă</translation>
    </message>
    <message>
        <source>Oldest age in the segment.</source>
        <translation>Cea mai mare vârstă din segment.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ani</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vârstă</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>Etapa de viață</translation>
    </message>
    <message>
        <source>Household and stage of life, e.g. “couple with young children”.</source>
        <translation>Gospodăria și etapa de viață, de exemplu „cuplu cu copii mici”.</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Interval de venit</translation>
    </message>
    <message>
        <source>Household or personal income range.</source>
        <translation>Intervalul de venit al gospodăriei sau personal.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locație</translation>
    </message>
    <message>
        <source>Where they live: country, region, city type.</source>
        <translation>Unde locuiesc: țară, regiune, tip de localitate.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educație</translation>
    </message>
    <message>
        <source>Highest education or field of study.</source>
        <translation>Cel mai înalt nivel de studii sau domeniul de studiu.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interese</translation>
    </message>
    <message>
        <source>Interests, values and lifestyle.</source>
        <translation>Interese, valori și stil de viață.</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Frecvența achizițiilor</translation>
    </message>
    <message>
        <source>How often they buy in this category, in words, e.g. “weekly”.</source>
        <translation>Cât de des cumpără în această categorie, în cuvinte, de exemplu „săptămânal”.</translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation>Sensibilitate la preț</translation>
    </message>
    <message>
        <source>0 = price hardly matters; 100 = decides on price alone.</source>
        <translation>0 = prețul aproape nu contează; 100 = decide doar după preț.</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> din 100</translation>
    </message>
    <message>
        <source>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</source>
        <translation>Firmografia și tehnografia organizației cumpărătoare și locul acestei persoane în ea. Afișat pentru publicurile B2B și hibride.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>The organisation&apos;s industry; it often explains more than the B2B label does.</source>
        <translation>Industria organizației; adesea explică mai mult decât eticheta B2B.</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Mărimea companiei</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>Numărul de angajați.</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> angajați</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Venit anual</translation>
    </message>
    <message>
        <source>The organisation&apos;s yearly revenue, in the workspace currency.</source>
        <translation>Venitul anual al organizației, în moneda spațiului de lucru.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Where the organisation operates or buys.</source>
        <translation>Unde activează sau cumpără organizația.</translation>
    </message>
    <message>
        <source>Technology stack</source>
        <translation>Stivă tehnologică</translation>
    </message>
    <message>
        <source>Systems the organisation runs that the offer must fit with, one per line.</source>
        <translation>Sistemele folosite de organizație cu care oferta trebuie să fie compatibilă, câte unul pe rând.</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Rol în companie</translation>
    </message>
    <message>
        <source>This person&apos;s job.</source>
        <translation>Postul acestei persoane.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Where this person works.</source>
        <translation>Unde lucrează această persoană.</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Nivel ierarhic</translation>
    </message>
    <message>
        <source>Level in the hierarchy.</source>
        <translation>Nivelul în ierarhie.</translation>
    </message>
    <message>
        <source>Buying authority</source>
        <translation>Autoritate de cumpărare</translation>
    </message>
    <message>
        <source>What this person may decide or sign, e.g. “approves up to 50,000”.</source>
        <translation>Ce poate decide sau semna această persoană, de exemplu „aprobă până la 50.000”.</translation>
    </message>
    <message>
        <source>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</source>
        <translation>Câte un element pe rând. Conținutul asociat acestora face ca o persona să fie utilă autorilor și vânzărilor.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>What they want to achieve, one per line.</source>
        <translation>Ce vor să obțină, câte unul pe rând.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>What hurts today, one per line.</source>
        <translation>Ce îi deranjează azi, câte una pe rând.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Obiecții</translation>
    </message>
    <message>
        <source>What they say against buying, one per line.</source>
        <translation>Ce spun împotriva cumpărării, câte una pe rând.</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>Surse de informare</translation>
    </message>
    <message>
        <source>Where they look for advice and research: sites, peers, events. One per line.</source>
        <translation>Unde caută sfaturi și informații: site-uri, colegi, evenimente. Câte una pe rând.</translation>
    </message>
    <message>
        <source>Content preferences</source>
        <translation>Preferințe de conținut</translation>
    </message>
    <message>
        <source>Formats and tone that work for them, one per line.</source>
        <translation>Formatele și tonul care funcționează pentru ei, câte unul pe rând.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editează %1</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1 poate avea cel mult %2 octeți; ultima modificare nu a fost salvată.</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Câte un element pe rând</translation>
    </message>
    <message>
        <source>%1: at most %2 lines; the last change was not saved.</source>
        <translation>%1: cel mult %2 rânduri; ultima modificare nu a fost salvată.</translation>
    </message>
    <message>
        <source>%1: a line can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1: un rând poate avea cel mult %2 octeți; ultima modificare nu a fost salvată.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <source>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</source>
        <translation>Vârsta minimă (%1) nu poate fi peste vârsta maximă (%2); vârstele nu au fost salvate.</translation>
    </message>
    <message>
        <source>Change age range</source>
        <translation>Schimbă intervalul de vârstă</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Schimbă culoarea</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoard</name>
    <message>
        <source>Add tactic…</source>
        <translation>Adaugă tactică…</translation>
    </message>
    <message>
        <source>Add a tactic (campaign) in the selected cell: its persona and stage.</source>
        <translation>Adaugă o tactică (campanie) în celula selectată: persona și etapa ei.</translation>
    </message>
    <message>
        <source>Add content…</source>
        <translation>Adaugă conținut…</translation>
    </message>
    <message>
        <source>Add a content item in the selected cell: its persona and stage.</source>
        <translation>Adaugă un element de conținut în celula selectată: persona și etapa ei.</translation>
    </message>
    <message>
        <source>Stage plan…</source>
        <translation>Planul etapei…</translation>
    </message>
    <message>
        <source>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</source>
        <translation>Scrieți oportunitatea, strategia și acțiunile etapei celulei selectate (sau faceți clic pe antetul unei etape).</translation>
    </message>
    <message>
        <source>RACE board</source>
        <translation>Panoul RACE</translation>
    </message>
    <message>
        <source>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</source>
        <translation>Rândurile sunt personas, coloanele sunt etapele RACE: Planificare, Acoperire, Interacțiune, Conversie și Implicare; fiecare celulă își listează tacticile și elementele de conținut. Tastele săgeți deplasează selecția între carduri și celule, Enter editează sau adaugă, Delete șterge, tasta de meniu listează celelalte acțiuni.</translation>
    </message>
    <message>
        <source>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</source>
        <translation>Faceți dublu clic pe un card pentru a-l edita sau pe un spațiu gol pentru a adăuga o tactică; trageți un card în altă celulă pentru a-l muta.</translation>
    </message>
    <message>
        <source>Add tactic “%1”</source>
        <translation>Adaugă tactica „%1”</translation>
    </message>
    <message>
        <source>Add content item “%1”</source>
        <translation>Adaugă elementul de conținut „%1”</translation>
    </message>
    <message>
        <source>Edit tactic “%1”</source>
        <translation>Editează tactica „%1”</translation>
    </message>
    <message>
        <source>Edit content item “%1”</source>
        <translation>Editează elementul de conținut „%1”</translation>
    </message>
    <message>
        <source>Delete tactic “%1”</source>
        <translation>Șterge tactica „%1”</translation>
    </message>
    <message>
        <source>Delete content item “%1”</source>
        <translation>Șterge elementul de conținut „%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move tactic “%1” to %2</source>
        <translation>Mută tactica „%1” în %2</translation>
    </message>
    <message>
        <source>Move content item “%1” to %2</source>
        <translation>Mută elementul de conținut „%1” în %2</translation>
    </message>
    <message>
        <source>Edit the plan of the %1 stage</source>
        <translation>Editează planul etapei %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mută în etapa</translation>
    </message>
    <message>
        <source>Add tactic here…</source>
        <translation>Adaugă o tactică aici…</translation>
    </message>
    <message>
        <source>Add content item here…</source>
        <translation>Adaugă un element de conținut aici…</translation>
    </message>
    <message>
        <source>Edit the %1 stage&apos;s plan…</source>
        <translation>Editează planul etapei %1…</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoardModel</name>
    <message>
        <source>No channel</source>
        <translation>Niciun canal</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (nu se află în catalogul acestei versiuni)</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>a date</comment>
        <translation>nestabilită</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactică</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Fără date stabilite</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a tactic&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>%1 planificat, %2 cheltuit</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 planificat</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Conținut</translation>
    </message>
    <message>
        <source>Content · %1</source>
        <comment>content item and its format</comment>
        <translation>Conținut · %1</translation>
    </message>
    <message>
        <source>No publish date</source>
        <translation>Fără dată de publicare</translation>
    </message>
    <message>
        <source>Publishes %1</source>
        <translation>Se publică pe %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>stare %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: gap, no tactic and no content item for this stage</source>
        <translation>%1: lipsă, nicio tactică și niciun element de conținut pentru această etapă</translation>
    </message>
    <message>
        <source>%1: no tactic and no content item</source>
        <translation>%1: nicio tactică și niciun element de conținut</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: %n card</numerusform>
            <numerusform>%1: %n carduri</numerusform>
            <numerusform>%1: %n de carduri</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</source>
        <translation>Enter editează cardul selectat sau adaugă o tactică, Delete îl șterge, tasta de meniu listează celelalte acțiuni.</translation>
    </message>
    <message>
        <source>No opportunity, strategy or actions written yet.</source>
        <translation>Încă nu s-au scris oportunitatea, strategia sau acțiunile.</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Oportunitate: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategie: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Acțiuni: %1</translation>
    </message>
    <message>
        <source>Click to edit the stage&apos;s opportunity, strategy and actions.</source>
        <translation>Faceți clic pentru a edita oportunitatea, strategia și acțiunile etapei.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona care nu mai există în spațiul de lucru</translation>
    </message>
    <message>
        <source>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</source>
        <translation>Tactici și elemente de conținut a căror persona a fost ștearsă. Editați unul pentru a-i da o persona sau trageți-l pe rândul unei persona.</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>RACE stage</comment>
        <translation>Planificare</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>RACE stage</comment>
        <translation>Acoperire</translation>
    </message>
    <message>
        <source>Act</source>
        <comment>RACE stage</comment>
        <translation>Interacțiune</translation>
    </message>
    <message>
        <source>Convert</source>
        <comment>RACE stage</comment>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Engage</source>
        <comment>RACE stage</comment>
        <translation>Implicare</translation>
    </message>
    <message>
        <source>Plan: the strategy, objectives and resources of the period.</source>
        <translation>Planificare: strategia, obiectivele și resursele perioadei.</translation>
    </message>
    <message>
        <source>Reach: build awareness and bring visitors from other sites and media.</source>
        <translation>Acoperire: creșteți notorietatea și aduceți vizitatori de pe alte site-uri și din alte medii.</translation>
    </message>
    <message>
        <source>Act: get interactions and leads (subscriptions, downloads, trials).</source>
        <translation>Interacțiune: obțineți interacțiuni și leaduri (abonări, descărcări, perioade de probă).</translation>
    </message>
    <message>
        <source>Convert: turn leads into customers and sales.</source>
        <translation>Conversie: transformați leadurile în clienți și vânzări.</translation>
    </message>
    <message>
        <source>Engage: keep customers, bring repeat purchases and referrals.</source>
        <translation>Implicare: păstrați clienții, aduceți achiziții repetate și recomandări.</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>tactic status</comment>
        <translation>Planificată</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>tactic status</comment>
        <translation>În desfășurare</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tactic status</comment>
        <translation>Încheiată</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>tactic status</comment>
        <translation>Oprită</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>content status</comment>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>content status</comment>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>content status</comment>
        <translation>În revizuire</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>content status</comment>
        <translation>Publicat</translation>
    </message>
    <message>
        <source>Double-click or Enter to edit; drag to another cell to move it.</source>
        <translation>Dublu clic sau Enter pentru a edita; trageți în altă celulă pentru a muta.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Niciun card</translation>
    </message>
</context>
<context>
    <name>b2x::RangeSpinBox</name>
    <message>
        <source>%1 must lie between %2 and %3; %4 was not saved.</source>
        <translation>%1 trebuie să fie între %2 și %3; %4 nu a fost salvat.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Valoare nevalidă</translation>
    </message>
    <message>
        <source>Incomplete number; not saved yet</source>
        <translation>Număr incomplet; încă nu a fost salvat</translation>
    </message>
    <message>
        <source>%1
Allowed: %2 to %3.</source>
        <translation>%1
Permis: de la %2 la %3.</translation>
    </message>
</context>
<context>
    <name>b2x::RelationshipSection</name>
    <message>
        <source>Change %1</source>
        <translation>Modifică %1</translation>
    </message>
    <message>
        <source>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</source>
        <translation>Cum continuă relația după vânzare. Organizațiile se așteaptă de obicei la o relație formală, pe termen lung, cu manageri de cont, instruire, asistență tehnică și niveluri de servicii contractuale; consumatorii se așteaptă la contact ușor, retururi corecte și recompense de fidelitate. Țineți cursorul peste o opțiune pentru a vedea ce înseamnă.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relație</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Managementul contului</translation>
    </message>
    <message>
        <source>Who looks after the customer once they have bought.</source>
        <translation>Cine se ocupă de client după ce a cumpărat.</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalizare</translation>
    </message>
    <message>
        <source>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</source>
        <translation>Cât de adaptate sunt mesajele și ofertele: la fel pentru toți, pe segment sau pe cont (account-based marketing).</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Post-vânzare</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Instruire</translation>
    </message>
    <message>
        <source>How customers learn to use the product.</source>
        <translation>Cum învață clienții să folosească produsul.</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Asistență tehnică</translation>
    </message>
    <message>
        <source>Help with installing, integrating and running it.</source>
        <translation>Ajutor la instalare, integrare și operare.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicii</translation>
    </message>
    <message>
        <source>What response times and availability are promised.</source>
        <translation>Ce timpi de răspuns și ce disponibilitate sunt promise.</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>Politica de retur</translation>
    </message>
    <message>
        <source>How easily a purchase can be returned.</source>
        <translation>Cât de ușor poate fi returnată o achiziție.</translation>
    </message>
    <message>
        <source>Customers can join a loyalty programme</source>
        <translation>Clienții pot intra într-un program de fidelitate</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Program de fidelitate</translation>
    </message>
    <message>
        <source>Points, member prices or other rewards for buying again.</source>
        <translation>Puncte, prețuri pentru membri sau alte recompense pentru cumpărări repetate.</translation>
    </message>
    <message>
        <source>Change loyalty programme</source>
        <translation>Schimbă programul de fidelitate</translation>
    </message>
</context>
<context>
    <name>b2x::ReportBudget</name>
    <message>
        <source>Response curves: %1</source>
        <translation>Curbe de răspuns: %1</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC: %1</source>
        <translation>Tornado pentru CLV:CAC: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</source>
        <translation>Pentru fiecare persona ale cărei canale au primit o curbă de răspuns sau limite de cheltuieli: unde ar aduce cel mai mult bugetul lunar actual și cât de sigure sunt cifrele acesteia. Intrările fiecărui canal urmează o curbă de saturație Hill, ca în Robyn de la Meta și Meridian de la Google; bugetul este alocat, pas cu pas, canalului al cărui pas următor adaugă cea mai mare valoare adusă de clienți, în limitele stabilite pentru acesta.</translation>
    </message>
    <message>
        <source>locked at today&apos;s spend</source>
        <translation>blocat la cheltuielile actuale</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>cel puțin %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>cel mult %1</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>la minimul său</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>la maximul său</translation>
    </message>
    <message>
        <source>Budget allocation: %1</source>
        <translation>Alocarea bugetului: %1</translation>
    </message>
    <message>
        <source>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</source>
        <comment>today → proposed</comment>
        <translation>Cheltuieli: %1 → %2 pe lună; clienți: %3 → %4 pe lună; valoarea lor: %5 → %6; ROAS: %7 → %8.</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</source>
        <translation>Doar cheltuielile minime ale canalelor depășesc deja bugetul actual: fiecare canal rămâne la minimul său.</translation>
    </message>
    <message>
        <source>%1 a month stays unspent: every channel is at its maximum.</source>
        <translation>%1 pe lună rămâne necheltuit: toate canalele sunt la maximul lor.</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>Persona nu are niciun canal.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Spend today</source>
        <translation>Cheltuieli actuale</translation>
    </message>
    <message>
        <source>Proposed spend</source>
        <translation>Cheltuieli propuse</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Intrări</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>ROAS marginal</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</source>
        <translation>Intrările și clienții pe lună, precum și CAC, la cheltuielile propuse. ROAS marginal: valoarea pe care o aduce următoarea unitate cheltuită pe canal; atunci când bugetul este bine împărțit, aceasta este aceeași pe toate canalele care nu sunt constrânse de o limită.</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Clienți pe lună</translation>
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
        <translation>Recuperare (luni)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>Gradul de certitudine: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Monte Carlo run(s) through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</source>
        <translation>
            <numerusform>%Ln rulare Monte Carlo prin modelele acestei persona, fiecare parametru de intrare fiind extras din dispersia dovezilor sale (același spațiu de lucru dă aceleași intervale). Patru rulări din cinci se încadrează între p10 și p90.</numerusform>
            <numerusform>%Ln rulări Monte Carlo prin modelele acestei persona, fiecare parametru de intrare fiind extras din dispersia dovezilor sale (același spațiu de lucru dă aceleași intervale). Patru rulări din cinci se încadrează între p10 și p90.</numerusform>
            <numerusform>%Ln de rulări Monte Carlo prin modelele acestei persona, fiecare parametru de intrare fiind extras din dispersia dovezilor sale (același spațiu de lucru dă aceleași intervale). Patru rulări din cinci se încadrează între p10 și p90.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicator</translation>
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
        <translation>Probabilitatea ca CLV:CAC să fie cel puțin 3: %1.</translation>
    </message>
    <message>
        <source>What moves CLV:CAC: %1</source>
        <translation>Ce influențează CLV:CAC: %1</translation>
    </message>
    <message>
        <source>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</source>
        <translation>Parametrii de intrare care influențează cel mai mult CLV:CAC (%1 cu toți parametrii de intrare la valoarea lor), fiecare luat separat la capătul inferior și la cel superior al dispersiei sale:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Parametru de intrare</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersie</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC la valoarea mică</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC la valoarea mare</translation>
    </message>
</context>
<context>
    <name>b2x::ReportDecoder</name>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</source>
        <translation>trebuie să fie o dată scrisă YYYY-MM-DD, de exemplu 2026-12-03, sau gol pentru ziua exportului</translation>
    </message>
</context>
<context>
    <name>b2x::ReportEconomics</name>
    <message>
        <source>%1 years</source>
        <translation>%1 ani</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>un an</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ani</numerusform>
            <numerusform>%Ln de ani</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 purchases a year</source>
        <translation>%1 achiziții pe an</translation>
    </message>
    <message>
        <source>one purchase a year</source>
        <translation>o achiziție pe an</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases a year</source>
        <translation>
            <numerusform>%Ln achiziție pe an</numerusform>
            <numerusform>%Ln achiziții pe an</numerusform>
            <numerusform>%Ln de achiziții pe an</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off purchases: %1 each, %2, over a customer lifetime of %3.</source>
        <translation>Achiziții unice: %1 pe achiziție, %2, pe o durată de viață a clientului de %3.</translation>
    </message>
    <message>
        <source>Subscription billed yearly at %1</source>
        <translation>Abonament facturat anual la prețul de %1</translation>
    </message>
    <message>
        <source>Subscription billed monthly at %1</source>
        <translation>Abonament facturat lunar la prețul de %1</translation>
    </message>
    <message>
        <source>%1 churn a year</source>
        <translation>churn de %1 pe an</translation>
    </message>
    <message>
        <source>%1 churn a month</source>
        <translation>churn de %1 pe lună</translation>
    </message>
    <message>
        <source>no churn</source>
        <translation>fără churn</translation>
    </message>
    <message>
        <source>revenue of retained customers grows %1 a year</source>
        <translation>venitul de la clienții păstrați crește cu %1 pe an</translation>
    </message>
    <message>
        <source>a one-day free trial</source>
        <translation>o perioadă de probă gratuită de o zi</translation>
    </message>
    <message numerus="yes">
        <source>a %Ln-day free trial</source>
        <translation>
            <numerusform>o perioadă de probă gratuită de %Ln zi</numerusform>
            <numerusform>o perioadă de probă gratuită de %Ln zile</numerusform>
            <numerusform>o perioadă de probă gratuită de %Ln de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over the lifetime churn implies (capped at %1)</source>
        <translation>CLV pe durata de viață care rezultă din churn (plafonată la %1)</translation>
    </message>
    <message>
        <source>CLV over the horizon of %1</source>
        <translation>CLV pe orizontul de %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 comenzi pe an</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>o comandă pe an</translation>
    </message>
    <message numerus="yes">
        <source>%Ln a year</source>
        <translation>
            <numerusform>%Ln comandă pe an</numerusform>
            <numerusform>%Ln comenzi pe an</numerusform>
            <numerusform>%Ln de comenzi pe an</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</source>
        <translation>Comenzi repetate: %1 pe comandă, %2, %3 dintre conturi comandă în continuare după un an; %4.</translation>
    </message>
    <message>
        <source>Revenue per customer a month</source>
        <translation>Venit pe client pe lună</translation>
    </message>
    <message>
        <source>Customer lifetime counted in the CLV</source>
        <translation>Durata de viață a clientului luată în calcul în CLV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln lună</numerusform>
            <numerusform>%Ln luni</numerusform>
            <numerusform>%Ln de luni</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 luni</translation>
    </message>
    <message>
        <source>Churn a month</source>
        <translation>Churn lunar</translation>
    </message>
    <message>
        <source>Paying customers at the steady state</source>
        <translation>Clienți plătitori în starea stabilă</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR) at the steady state</source>
        <translation>Venit lunar recurent (MRR) în starea stabilă</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR) at the steady state</source>
        <translation>Venit anual recurent (ARR) în starea stabilă</translation>
    </message>
    <message>
        <source>Revenue a month at the steady state</source>
        <translation>Venit pe lună în starea stabilă</translation>
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
        <translation>Rezumat executiv</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 luni</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</source>
        <translation>&lt;b&gt;Eticheta și comportamentul diferă&lt;/b&gt; pentru %1. Comportamentul lor, nu eticheta, ar trebui să decidă canalele, conținutul și setările de atribuire folosite pentru ei.</translation>
    </message>
    <message>
        <source>Labelled %1 · B2B index %2 · behaves as %3</source>
        <translation>Etichetă %1 · indice B2B %2 · se comportă ca %3</translation>
    </message>
    <message>
        <source>Behaviour profile</source>
        <translation>Profil de comportament</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Scor</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Unitatea de decizie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funcție</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influență</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Poziție</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Eliberează fondurile</translation>
    </message>
    <message>
        <source>Pipeline and sales cycle</source>
        <translation>Pipeline și ciclul de vânzare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Entries / month</source>
        <translation>Intrări / lună</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Zile min.</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Zile probabile</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Zile max.</translation>
    </message>
    <message>
        <source>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</source>
        <translation>Ciclu mediu %1; jumătate din tranzacții se închid în %2, nouă din zece în %3.</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Indicatori-cheie</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Clienți noi pe lună</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Costul de achiziție a clientului (CAC)</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Valoarea pe durata de viață a clientului (CLV)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Perioada de recuperare</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Rentabilitatea cheltuielilor publicitare (ROAS)</translation>
    </message>
    <message>
        <source>Share of the audience in market per quarter</source>
        <translation>Proporția publicului aflat pe piață pe trimestru</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nedefinit</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertismente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>No sources recorded: every number is an assumption.</source>
        <translation>Nu s-au înregistrat surse: fiecare cifră este o presupunere.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Cifră</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Appendix: models and sources</source>
        <translation>Anexă: modele și surse</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indice B2B</translation>
    </message>
    <message>
        <source>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</source>
        <translation>Media ponderată a opt dimensiuni de comportament, punctate de la 0 (ca un consumator) la 100 (ca o firmă): mărimea unității de decizie 20, formalitatea deciziei 15, durata ciclului de vânzare 20, nivelul prețului 10, motivul rațional 5, profunzimea relației 10, personalizarea 10, mixul de canale 10. Se comportă ca B2B de la 60, ca B2C până la 40.</translation>
    </message>
    <message>
        <source>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</source>
        <translation>Probabilitatea ca un grup de cumpărare să decidă: 81% pentru o persoană, 55% pentru două, 60% pentru trei, 31% pentru șase, liniar între ele și coborând până la 10% peste șase.</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclul de vânzare</translation>
    </message>
    <message>
        <source>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</source>
        <translation>Timpul fiecărei etape este triunghiular (min, cel mai probabil, max); media este exactă, iar p50 și p90 provin din distribuția sumei.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Pâlnia de vânzări</translation>
    </message>
    <message>
        <source>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</source>
        <translation>Intrările pe fiecare etapă din volumul lunar și conversia fiecărei etape; clienți pe lună = volum × produsul ratelor.</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Economia unitară</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Timpul până la venit</translation>
    </message>
    <message>
        <source>In-market share</source>
        <translation>Ponderea celor aflați pe piață</translation>
    </message>
    <message>
        <source>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</source>
        <translation>Proporția cumpărătorilor aflați pe piață pe trimestru ≈ 0,25 ÷ intervalul dintre achiziții în ani.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuire</translation>
    </message>
    <message>
        <source>Each channel&apos;s window is compared with the p50 and p90 cycle.</source>
        <translation>Fereastra fiecărui canal este comparată cu ciclul p50 și p90.</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Potrivirea canalului</translation>
    </message>
    <message>
        <source>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</source>
        <translation>0–100 din publicul canalului, intervalul de preț, intervalul de ciclu, potrivirea emoțională, precizia și acoperirea față de persona (ponderi 30, 20, 15, 15, 10, 10).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definiție</translation>
    </message>
    <message>
        <source>Sources of benchmark figures</source>
        <translation>Sursele cifrelor de referință</translation>
    </message>
    <message>
        <source>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</source>
        <translation>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): mărimea grupurilor de cumpărare.</translation>
    </message>
    <message>
        <source>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</source>
        <translation>CEB / Challenger: probabilitatea ca un grup de 1, 2, 3 sau 6 persoane să cumpere (81%, 55%, 60%, 31%); până la 38% din achiziții se încheie fără decizie (Challenger 2022).</translation>
    </message>
    <message>
        <source>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</source>
        <translation>firstsales.io, thecroreport.com, revopsdictionary.com: durata ciclului de vânzare și rata de închidere după mărimea tranzacției.</translation>
    </message>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</source>
        <translation>b2blead.io, First Page Sage (prin altiorco), getfairview: conversia între etapele pâlniei B2B.</translation>
    </message>
    <message>
        <source>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</source>
        <translation>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: conversie e-commerce, valoarea comenzii, abandonul coșului, repere pentru anunțurile de căutare.</translation>
    </message>
    <message>
        <source>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</source>
        <translation>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, recuperare, ROAS de prag de rentabilitate.</translation>
    </message>
    <message>
        <source>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</source>
        <translation>Documentația Meta, Google Ads, GA4, LinkedIn: ferestrele de atribuire implicite și maxime.</translation>
    </message>
    <message>
        <source>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</source>
        <translation>Ehrenberg-Bass / B2B Institute: ponderea celor aflați pe piață (95:5).</translation>
    </message>
    <message>
        <source>Binet &amp; Field: brand versus activation budgets, excess share of voice.</source>
        <translation>Binet și Field: bugete de brand versus activare, excesul de share of voice.</translation>
    </message>
    <message>
        <source>McKinsey B2B Pulse 2024: channel use in thirds.</source>
        <translation>McKinsey B2B Pulse 2024: utilizarea canalelor în treimi.</translation>
    </message>
    <message>
        <source>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</source>
        <translation>polytraffic.com, Smart Insights: reguli empirice pentru canale după preț și ciclu.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln lună</numerusform>
            <numerusform>%Ln luni</numerusform>
            <numerusform>%Ln de luni</numerusform>
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
            <numerusform>%Ln persona etichetată %1</numerusform>
            <numerusform>cele %Ln personas etichetate %1</numerusform>
            <numerusform>cele %Ln de personas etichetate %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas that behave as %1</source>
        <translation>
            <numerusform>%Ln persona care se comportă ca %1</numerusform>
            <numerusform>cele %Ln personas care se comportă ca %1</numerusform>
            <numerusform>cele %Ln de personas care se comportă ca %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (labelled %2)</source>
        <translation>%1 (etichetă %2)</translation>
    </message>
    <message>
        <source>This report covers one persona: %1.</source>
        <translation>Raportul cuprinde o persona: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas: %1.</source>
        <translation>
            <numerusform>Raportul cuprinde %Ln persona: %1.</numerusform>
            <numerusform>Raportul cuprinde %Ln personas: %1.</numerusform>
            <numerusform>Raportul cuprinde %Ln de personas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</source>
        <translation>&lt;b&gt;Ciclul de vânzare.&lt;/b&gt; Pentru %1, jumătate din tranzacții se închid în %2, iar nouă din zece în %3; pentru %4, în %5, respectiv %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</source>
        <translation>&lt;b&gt;Cine decide.&lt;/b&gt; Unitatea de decizie pentru %1: %2, cu o probabilitate de %3 de a ajunge la o decizie (CEB); pentru %4: %5, cu %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</source>
        <translation>&lt;b&gt;Achiziția de clienți.&lt;/b&gt; Achiziția unui client costă %1 pentru %2 și %3 pentru %4; raportul dintre valoarea pe durata de viață a clientului și acest cost este %5 pentru %2 și %6 pentru %4 (3:1 este raportul considerat de obicei sănătos).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</source>
        <translation>&lt;b&gt;Timpul până la venit.&lt;/b&gt; Cu o nouă cohortă în fiecare lună, venitul de la clienții noi ajunge la jumătate din nivelul stabil după %1 pentru %2 și după %3 pentru %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</source>
        <translation>&lt;b&gt;Canale.&lt;/b&gt; Canalele cele mai potrivite sunt %1 pentru %2 și %3 pentru %4.</translation>
    </message>
    <message>
        <source>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</source>
        <translation>Personas din acest raport nu sunt atât B2B, cât și B2C, așa că rezumatul nu face o comparație între cele două; paginile personas prezintă cifrele fiecăreia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</source>
        <translation>&lt;b&gt;Grupate după modul în care cumpără, nu după etichetă:&lt;/b&gt; pentru %1, jumătate din tranzacții se închid în %2, față de %3 pentru %4; unitățile lor de decizie au %5, respectiv %6.</translation>
    </message>
    <message>
        <source>Where a group holds several personas, its figure is the median of theirs.</source>
        <translation>Când un grup cuprinde mai multe personas, cifra lui este mediana cifrelor acestora.</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>Recomandări și pașii următori</translation>
    </message>
    <message>
        <source>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</source>
        <translation>Eticheta și comportamentul diferă: planificați canalele, conținutul și vânzările după modul în care cumpără această persona, nu după eticheta ei.</translation>
    </message>
    <message>
        <source>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Hibrid descrie un vânzător care vinde în ambele moduri, deci nu intră niciodată în conflict cu comportamentul unui anumit public.</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</source>
        <translation>Probabilitatea ca grupul să ajungă la o decizie: %1 (estimarea marketerului).</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (CEB).</source>
        <translation>Probabilitatea ca grupul să ajungă la o decizie: %1 (CEB).</translation>
    </message>
    <message>
        <source>The decision unit has %1.</source>
        <translation>Unitatea de decizie are %1.</translation>
    </message>
    <message>
        <source>Every key role is covered.</source>
        <translation>Fiecare rol-cheie este acoperit.</translation>
    </message>
    <message>
        <source>Key roles nobody covers: %1.</source>
        <translation>Roluri-cheie neacoperite de nimeni: %1.</translation>
    </message>
    <message>
        <source>Stale: not supported</source>
        <translation>Învechită: fără susținere</translation>
    </message>
    <message>
        <source>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</source>
        <translation>Webster și Wind (1972), Robinson, Faris și Wind (1967), Miller Heiman, MEDDIC: roluri de cumpărare, tipuri de achiziție, roluri-cheie, susținători și oponenți.</translation>
    </message>
    <message>
        <source>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</source>
        <translation>Valoare implicită Workbench: o apreciere făcută acolo unde nu există o cifră publicată; dovezile fiecărei persona arată care dintre cifrele ei sunt presupuneri.</translation>
    </message>
    <message>
        <source>Sources of the channel catalogue</source>
        <translation>Sursele catalogului de canale</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels</source>
        <translation>Canalele proprii ale acestui spațiu de lucru</translation>
    </message>
    <message>
        <source>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</source>
        <translation>%1: factori și intervale de preț și de ciclu stabilite de autorul acestui spațiu de lucru, nu cifre publicate.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roluri</translation>
    </message>
    <message>
        <source>Months until revenue reaches half its steady level</source>
        <translation>Luni până când venitul ajunge la jumătate din nivelul stabil</translation>
    </message>
    <message>
        <source>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</source>
        <translation>CAC = cheltuieli lunare ÷ clienți pe lună; CLV = venit lunar pe client × marjă brută × durata de viață în luni (achiziții unice: durata de viață a clientului; abonamente și comenzi repetate: 1 ÷ churn-ul lunar, plafonat la orizont); recuperare = CAC ÷ (venit lunar pe client × marjă); ROAS = clienți × preț ÷ cheltuieli. Nedefinit acolo unde un împărțitor este zero.</translation>
    </message>
    <message>
        <source>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</source>
        <translation>O cohortă intră în fiecare lună și se închide după distribuția ciclului. Clienții cu achiziții unice plătesc o singură dată; abonații și clienții care comandă repetat plătesc cât timp rămân, astfel încât venitul crește până la starea stabilă, în care churn-ul echilibrează clienții noi (MRR și ARR pentru abonamente), sau continuă să crească dacă nu există churn.</translation>
    </message>
    <message>
        <source>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</source>
        <translation>David Skok, „SaaS Metrics 2.0”: churn, durata de viață, MRR și ARR pentru veniturile recurente.</translation>
    </message>
</context>
<context>
    <name>b2x::ReportPhrases</name>
    <message>
        <source>%1 people</source>
        <translation>%1 persoane</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>o persoană</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persoană</numerusform>
            <numerusform>%Ln persoane</numerusform>
            <numerusform>%Ln de persoane</numerusform>
        </translation>
    </message>
    <message>
        <source>no approval levels</source>
        <translation>niciun nivel de aprobare</translation>
    </message>
    <message>
        <source>one approval level</source>
        <translation>un nivel de aprobare</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval levels</source>
        <translation>
            <numerusform>%Ln nivel de aprobare</numerusform>
            <numerusform>%Ln niveluri de aprobare</numerusform>
            <numerusform>%Ln de niveluri de aprobare</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>Unitatea de decizie are %1. Pe o scară logaritmică, o persoană are scorul 0, iar zece sau mai multe au 100 (CEB a numărat între 5,4 și 10,2 persoane per achiziție B2B; Gartner 6–10 pentru o soluție complexă).</translation>
    </message>
    <message>
        <source>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</source>
        <translation>%1, %2, %3. O achiziție nouă primește 20 de puncte, o recumpărare modificată 10, iar o recumpărare directă 0 (Robinson, Faris și Wind: achizițiile noi implică mai multe persoane decât recumpărările); o licitație formală adaugă 40, iar nivelurile de aprobare până la 40, trei sau mai multe primind toate cele 40.</translation>
    </message>
    <message>
        <source>formal tender</source>
        <translation>licitație formală</translation>
    </message>
    <message>
        <source>no formal tender</source>
        <translation>fără licitație formală</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Ciclu de vânzare mediu de %1. Pe o scară logaritmică de 1 + zile, 0 zile are scorul 0, circa 12 zile 50, iar 180 de zile sau mai mult 100 (ciclurile enterprise durează 90–180+ zile; deciziile consumatorilor durează de la ore la săptămâni).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Preț de %1 per achiziție. Pe o scară logaritmică, 5 are scorul 0, iar 50.000 sau mai mult 100 (un produs de 5 $ față de unul de 50.000 $); fiecare creștere de zece ori adaugă 25 de puncte. Prețurile sunt citite în moneda spațiului de lucru, fără conversie.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>Cursorul motivului rațional este la %1 și este folosit ca atare. Are o pondere mică: rațional versus emoțional nu înseamnă B2B versus B2C (CEB/Google: pentru cumpărătorii B2B, valoarea personală a avut un impact de două ori mai mare decât valoarea de business).</translation>
    </message>
    <message>
        <source>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Media dintre managementul contului (%1), instruire (%2), asistență tehnică (%3) și nivelul de servicii (%4). Nivelurile standard au scor mic, pentru că le primesc și consumatorii; nivelurile dedicate, ghidate și contractuale marchează relațiile B2B.</translation>
    </message>
    <message>
        <source>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalizare: %1. De masă are scorul 0, pe segmente 30 (norma B2C), individuală 100 (account-based marketing, norma B2B).</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>Niciun canal din catalog: această dimensiune este exclusă din indice, iar ponderea ei este distribuită celorlalte.</translation>
    </message>
    <message>
        <source>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</source>
        <translation>Afinitatea fiecărui canal (0 platformă de consum, 100 platformă de business) provine din catalogul de canale; sursele acestuia sunt în anexă.</translation>
    </message>
    <message>
        <source>B2B affinity of the persona&apos;s one catalogue channel: %1.</source>
        <translation>Afinitatea B2B a singurului canal din catalog al persona: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</source>
        <translation>
            <numerusform>Afinitatea B2B ponderată cu bugetul a celui %Ln canal din catalog al persona: %1.</numerusform>
            <numerusform>Afinitatea B2B ponderată cu bugetul a celor %Ln canale din catalog ale persona: %1.</numerusform>
            <numerusform>Afinitatea B2B ponderată cu bugetul a celor %Ln de canale din catalog ale persona: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>o zi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln zi</numerusform>
            <numerusform>%Ln zile</numerusform>
            <numerusform>%Ln de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend to at least %1.</source>
        <translation>Prelungiți la cel puțin %1.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>Fereastra de %1 zile pentru %2 este mai lungă decât permite %3 (%4 zile); rapoartele vor folosi fereastra mai scurtă.</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>
            <numerusform>Fereastra de %1 zile pentru %2 este mai lungă decât permite %3 (%4 zile); rapoartele vor folosi fereastra mai scurtă.</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 sunt mai lungi decât permite %3 (%4 zile); rapoartele vor folosi fereastra mai scurtă.</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 sunt mai lungi decât permite %3 (%4 zile); rapoartele vor folosi fereastra mai scurtă.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>Fereastra de %1 zile pentru %2 ratează mai mult de jumătate din tranzacții (ciclu median %3, 90% în %4).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>
            <numerusform>Fereastra de %1 zile pentru %2 ratează mai mult de jumătate din tranzacții (ciclu median %3, 90% în %4).</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 ratează mai mult de jumătate din tranzacții (ciclu median %3, 90% în %4).</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 ratează mai mult de jumătate din tranzacții (ciclu median %3, 90% în %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover the cycle: attribute in the CRM.</source>
        <translation>Platforma nu poate acoperi ciclul: atribuiți în CRM.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</source>
        <translation>Fereastra de %1 zile pentru %2 ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</source>
        <translation>
            <numerusform>Fereastra de %1 zile pentru %2 ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3).</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3).</numerusform>
            <numerusform>Ferestrele de %1 zile pentru %2 ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover them: attribute in the CRM.</source>
        <translation>Platforma nu le poate acoperi: atribuiți în CRM.</translation>
    </message>
    <message>
        <source>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Rol-cheie pe care nu îl acoperă nimeni din unitatea de decizie: %1. Un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman).</translation>
    </message>
    <message>
        <source>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Roluri-cheie pe care nu le acoperă nimeni din unitatea de decizie: %1. Un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman).</translation>
    </message>
    <message>
        <source>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>Un oponent și niciun susținător: nimeni din interior nu pledează pentru achiziție (MEDDIC).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>
            <numerusform>%Ln oponent și niciun susținător: nimeni din interior nu pledează pentru achiziție (MEDDIC).</numerusform>
            <numerusform>%Ln oponenți și niciun susținător: nimeni din interior nu pledează pentru achiziție (MEDDIC).</numerusform>
            <numerusform>%Ln de oponenți și niciun susținător: nimeni din interior nu pledează pentru achiziție (MEDDIC).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ReportPlan</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %Ln day(s).</source>
        <translation>
            <numerusform>De la %1 la %2, %Ln zi.</numerusform>
            <numerusform>De la %1 la %2, %Ln zile.</numerusform>
            <numerusform>De la %1 la %2, %Ln de zile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</source>
        <translation>Planul nu precizează încă o perioadă, așa că această parte planifică trimestrul calendaristic al zilei în care s-a generat raportul. %1</translation>
    </message>
    <message>
        <source>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</source>
        <translation>Planul urmează cadrul RACE al Smart Insights: Planificare, Acoperire, Interacțiune, Conversie, Implicare.</translation>
    </message>
    <message>
        <source>RACE plan</source>
        <translation>Planul RACE</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Galben</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Roșu</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nedefinit</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Asumat</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>Aspirațional</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsabil: %1</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of a persona outside this report.</source>
        <translation>Țintă din pâlnia inversă a unei persona din afara acestui raport.</translation>
    </message>
    <message>
        <source>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</source>
        <translation>Ținta sa ar urma pâlnia inversă a %1, care nu dă nicio cifră, așa că se folosește ținta setată manual.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 a month.</source>
        <translation>Țintă din pâlnia inversă a %1: %2 pe lună.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 %3.</source>
        <translation>Țintă din pâlnia inversă a %1: %2 %3.</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 %4</source>
        <comment>start, current, target, unit</comment>
        <translation>%1 → %2 → %3 %4</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>Obiective și rezultate cheie</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Progresul este proporția din drumul de la start la țintă parcursă de valoarea curentă; progresul unui obiectiv este media ponderată a progresului rezultatelor sale cheie. Zonele sunt cele din sistemul de notare OKR al Google (re:Work): verde de la 70%, galben de la 40%, roșu sub acest nivel. Obiectivele asumate trebuie atinse integral; cele aspiraționale sunt ținte ambițioase.</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>Obiectiv și rezultate cheie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Zonă</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Start → curent → țintă</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 clienți noi</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>Ținta pentru perioadă</translation>
    </message>
    <message>
        <source>%1 of new-customer revenue: %2 at the price of %3</source>
        <translation>Venit de %1 de la clienți noi: %2 la prețul de %3</translation>
    </message>
    <message>
        <source>Expected at today&apos;s volume</source>
        <translation>Așteptat la volumul actual</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Deficit</translation>
    </message>
    <message>
        <source>none: today&apos;s volume meets the target</source>
        <translation>niciunul: volumul actual atinge ținta</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Volum lunar necesar</translation>
    </message>
    <message>
        <source>%1 (today %2)</source>
        <translation>%1 (acum %2)</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Cheltuieli lunare necesare</translation>
    </message>
    <message>
        <source>Latest lead entry for half of the deals to close in the period (p50)</source>
        <translation>Ultima intrare a leadurilor pentru ca jumătate din tranzacții să se închidă în perioadă (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry for nine deals in ten to close in the period (p90)</source>
        <translation>Ultima intrare a leadurilor pentru ca nouă din zece tranzacții să se închidă în perioadă (p90)</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Pâlnia inversă: %1</translation>
    </message>
    <message>
        <source>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</source>
        <translation>Ținta calculată invers prin pâlnia și ciclul de vânzare ale acestei persona: leadurile intră uniform pe parcursul perioadei și se închid de-a lungul ciclului, așa că doar o parte dintre ele devin clienți înainte de finalul perioadei.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Entries per stage over the period:</source>
        <translation>Intrări pe etapă în perioadă:</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Necesar</translation>
    </message>
    <message>
        <source>At today&apos;s volume</source>
        <translation>La volumul actual</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Content map</source>
        <translation>Harta conținutului</translation>
    </message>
    <message>
        <source>Tactics and content items per persona and RACE stage.</source>
        <translation>Tactici și elemente de conținut pe persona și etapă RACE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</source>
        <translation>&lt;b&gt;Lipsă&lt;/b&gt;: o etapă de la Acoperire la Implicare pentru care planul setează o țintă sau o dimensiune a publicului pentru persona, dar nicio tactică și niciun element de conținut.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificări</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tactic(s)</source>
        <translation>
            <numerusform>%Ln tactică</numerusform>
            <numerusform>%Ln tactici</numerusform>
            <numerusform>%Ln de tactici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln content item(s)</source>
        <translation>
            <numerusform>%Ln element de conținut</numerusform>
            <numerusform>%Ln elemente de conținut</numerusform>
            <numerusform>%Ln de elemente de conținut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</source>
        <translation>
            <numerusform>%Ln referință din plan indică un canal, un rezultat cheie sau o etapă care nu mai există; verificările planului din aplicație o numesc.</numerusform>
            <numerusform>%Ln referințe din plan indică un canal, un rezultat cheie sau o etapă care nu mai există; verificările planului din aplicație le numesc.</numerusform>
            <numerusform>%Ln de referințe din plan indică un canal, un rezultat cheie sau o etapă care nu mai există; verificările planului din aplicație le numesc.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::RoleListEditor</name>
    <message>
        <source>Roles of this member</source>
        <translation>Rolurile acestui membru</translation>
    </message>
    <message>
        <source>Tick every role this person holds: at least one.</source>
        <translation>Bifați fiecare rol pe care îl are această persoană: cel puțin unul.</translation>
    </message>
</context>
<context>
    <name>b2x::StagePlanDialog</name>
    <message>
        <source>Plan for the %1 stage</source>
        <translation>Planul pentru etapa %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>What this stage can bring: the audience, demand or gap to win.</source>
        <translation>Ce poate aduce această etapă: publicul, cererea sau nișa de câștigat.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>How the plan means to take the opportunity.</source>
        <translation>Cum intenționează planul să valorifice oportunitatea.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>The main actions; the tactics on the board detail them.</source>
        <translation>Acțiunile principale; tacticile de pe panou le detaliază.</translation>
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
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Zile min.</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Zile probabile</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Zile max.</translation>
    </message>
    <message>
        <source>What happens in this stage, e.g. “Lead → qualified lead”.</source>
        <translation>Ce se întâmplă în această etapă, de exemplu „Lead → lead calificat”.</translation>
    </message>
    <message>
        <source>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</source>
        <translation>Proporția persoanelor sau conturilor din această etapă care trec la următoarea (0–100%). Pentru ultima etapă: proporția care cumpără.</translation>
    </message>
    <message>
        <source>Shortest time spent in this stage, in days (0–3,650).</source>
        <translation>Cel mai scurt timp petrecut în această etapă, în zile (0–3.650).</translation>
    </message>
    <message>
        <source>Most common time spent in this stage, in days; between min and max.</source>
        <translation>Cel mai obișnuit timp petrecut în această etapă, în zile; între min. și max.</translation>
    </message>
    <message>
        <source>Longest time spent in this stage, in days (0–3,650).</source>
        <translation>Cel mai lung timp petrecut în această etapă, în zile (0–3.650).</translation>
    </message>
    <message>
        <source>The share that moves on must lie between 0 and 100%; %1% was not saved.</source>
        <translation>Proporția care trece mai departe trebuie să fie între 0 și 100%; %1% nu a fost salvat.</translation>
    </message>
    <message>
        <source>Days must lie between 0 and %1; %2 was not saved.</source>
        <translation>Zilele trebuie să fie între 0 și %1; %2 nu a fost salvat.</translation>
    </message>
    <message>
        <source>Edit pipeline stage %1</source>
        <translation>Editează etapa pipeline-ului %1</translation>
    </message>
    <message>
        <source>A stage needs a name; the empty name was not saved.</source>
        <translation>O etapă are nevoie de un nume; numele gol nu a fost salvat.</translation>
    </message>
    <message>
        <source>A stage name can be at most %1 bytes long; it was not saved.</source>
        <translation>Numele unei etape poate avea cel mult %1 octeți; nu a fost salvat.</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was not saved.</source>
        <translation>„%1” nu este un număr; nu a fost salvat.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapă nouă</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>Adaugă o etapă în pipeline</translation>
    </message>
    <message>
        <source>Remove pipeline stage “%1”</source>
        <translation>Elimină etapa pipeline-ului „%1”</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>Reordonează etapele pipeline-ului</translation>
    </message>
    <message>
        <source>min days moved from %1 to %2</source>
        <translation>zilele min. mutate de la %1 la %2</translation>
    </message>
    <message>
        <source>likely days moved from %1 to %2</source>
        <translation>zilele probabile mutate de la %1 la %2</translation>
    </message>
    <message>
        <source>max days moved from %1 to %2</source>
        <translation>zilele max. mutate de la %1 la %2</translation>
    </message>
    <message>
        <source>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</source>
        <translation>Etapa %1: %2, astfel încât min ≤ probabil ≤ max. Anularea readuce valorile anterioare.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins the bounds that moved</comment>
        <translation> și </translation>
    </message>
</context>
<context>
    <name>b2x::TacticDialog</name>
    <message>
        <source>Add tactic</source>
        <translation>Adaugă tactică</translation>
    </message>
    <message>
        <source>Edit tactic</source>
        <translation>Editează tactica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>What the tactic (campaign) is called on the board and in the report.</source>
        <translation>Cum se numește tactica (campania) pe panou și în raport.</translation>
    </message>
    <message>
        <source>e.g. ABM programme for 60 named accounts</source>
        <translation>de exemplu program ABM pentru 60 de conturi nominalizate</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;Etapă RACE</translation>
    </message>
    <message>
        <source>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>Canalul pe care rulează tactica: întâi canalele acestei persona, apoi restul catalogului.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>The tactic&apos;s first day; the earliest date: not set.</source>
        <translation>Prima zi a tacticii; data cea mai timpurie înseamnă „nestabilită”.</translation>
    </message>
    <message>
        <source>The tactic&apos;s last day; the earliest date: not set.</source>
        <translation>Ultima zi a tacticii; data cea mai timpurie înseamnă „nestabilită”.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What the plan sets aside for the tactic.</source>
        <translation>Cât alocă planul pentru tactică.</translation>
    </message>
    <message>
        <source>P&amp;lanned budget</source>
        <translation>Buget p&amp;lanificat</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Cheltuit până acum</translation>
    </message>
    <message>
        <source>Tick once money was spent, and give the amount.</source>
        <translation>Bifați după ce s-au cheltuit bani și indicați suma.</translation>
    </message>
    <message>
        <source>What the tactic has cost so far.</source>
        <translation>Cât a costat tactica până acum.</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>Buget real</translation>
    </message>
    <message>
        <source>Where the tactic stands; the board shows it as a coloured word.</source>
        <translation>În ce stadiu se află tactica; panoul o arată ca un cuvânt colorat.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Stare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Who runs the tactic.</source>
        <translation>Cine conduce tactica.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsabil</translation>
    </message>
    <message>
        <source>The key result the tactic serves.</source>
        <translation>Rezultatul cheie pe care îl servește tactica.</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>Niciun rezultat cheie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>objective, then key result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (nu mai există în plan)</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>Re&amp;zultat cheie</translation>
    </message>
    <message>
        <source>Give the tactic a name.</source>
        <translation>Dați un nume tacticii.</translation>
    </message>
    <message>
        <source>The tactic ends before it starts.</source>
        <translation>Tactica se termină înainte să înceapă.</translation>
    </message>
</context>
<context>
    <name>b2x::UncertaintyView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nulează</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicator</translation>
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
        <translation>Medie</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Parametru de intrare</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersie</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC la valoarea mică</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC la valoarea mare</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Amplitudine</translation>
    </message>
    <message>
        <source>Monte Carlo runs; the same number gives the same result every time</source>
        <translation>Rulări Monte Carlo; același număr dă de fiecare dată același rezultat</translation>
    </message>
    <message>
        <source>Ranges of the figures</source>
        <translation>Intervalele indicatorilor</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC</source>
        <translation>Tornado pentru CLV:CAC</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Rulări:</translation>
    </message>
    <message>
        <source>Cancelled. Press Run to start again.</source>
        <translation>Anulat. Apăsați Rulează pentru a porni din nou.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Clienți pe lună</translation>
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
        <translation>Recuperare (luni)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Luni până la 50% din venit</translation>
    </message>
    <message>
        <source>Select a persona to see how sure its figures are.</source>
        <translation>Selectați o persona pentru a vedea cât de sigure sunt cifrele ei.</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln time(s) through the models…</source>
        <translation>
            <numerusform>Se rulează o dată prin modele…</numerusform>
            <numerusform>Se rulează de %Ln ori prin modele…</numerusform>
            <numerusform>Se rulează de %Ln de ori prin modele…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</source>
        <translation>
            <numerusform>%Ln rulare, fiecare parametru de intrare extras din dispersia dovezilor sale. Probabilitatea ca CLV:CAC să fie cel puțin 3: %1.</numerusform>
            <numerusform>%Ln rulări, fiecare parametru de intrare extras din dispersia dovezilor sale. Probabilitatea ca CLV:CAC să fie cel puțin 3: %1.</numerusform>
            <numerusform>%Ln de rulări, fiecare parametru de intrare extras din dispersia dovezilor sale. Probabilitatea ca CLV:CAC să fie cel puțin 3: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to draw the ranges.</source>
        <translation>Apăsați Rulează pentru a desena intervalele.</translation>
    </message>
    <message>
        <source>Spread of CLV:CAC over the runs</source>
        <translation>Dispersia CLV:CAC în rulări</translation>
    </message>
    <message>
        <source>3:1, the healthy CLV:CAC</source>
        <translation>3:1, CLV:CAC sănătos</translation>
    </message>
    <message>
        <source>CLV:CAC (customer lifetime value to acquisition cost)</source>
        <translation>CLV:CAC (valoarea clientului pe durata relației raportată la costul de achiziție)</translation>
    </message>
    <message>
        <source>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</source>
        <translation>Cum se distribuie CLV:CAC în rulări: fiecare bară este ponderea rulărilor în care CLV:CAC a căzut în intervalul ei, de la %1 la %2. Jumătate din rulări sunt sub %3 (p50), una din zece sub %4 (p10) și una din zece peste %5 (p90); linia roșie punct-linie marchează 3:1, raportul sănătos.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) outside that range are left out of the bars.</source>
        <translation>
            <numerusform>%n rulare din afara acestui interval nu apare în bare.</numerusform>
            <numerusform>%n rulări din afara acestui interval nu apar în bare.</numerusform>
            <numerusform>%n de rulări din afara acestui interval nu apar în bare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::UserPrompts</name>
    <message>
        <source>B2X workspaces (*.b2x);;All files (*)</source>
        <translation>Spații de lucru B2X (*.b2x);;Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>b2x::WorkbookExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>no workbook could be started</source>
        <translation>nu s-a putut crea niciun registru de calcul</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceChannelsDialog</name>
    <message>
        <source>Workspace Channels</source>
        <translation>Canalele spațiului de lucru</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</source>
        <translation>Canalele proprii ale acestui spațiu de lucru, pe lângă catalogul integrat: un eveniment de industrie, un marketplace de software, site-uri de recenzii, un program de recomandări. Personas le pot include, iar potrivirea canalelor, verificările de atribuire, graficele și raportul le tratează ca pe canalele integrate.</translation>
    </message>
    <message>
        <source>Workspace channels</source>
        <translation>Canalele spațiului de lucru</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>B2B affinity</source>
        <translation>Afinitate B2B</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>Cost tipic</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Folosit de</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editează…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>Șterge canalul</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n persona(s): %2.</source>
        <translation>
            <numerusform>Canalul %1 este folosit de %Ln persona: %2.</numerusform>
            <numerusform>Canalul %1 este folosit de %Ln personas: %2.</numerusform>
            <numerusform>Canalul %1 este folosit de %Ln de personas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel and remove it from these personas too? Undo restores both.</source>
        <translation>Doriți să ștergeți canalul și să îl eliminați și din aceste personas? Anularea le restaurează pe amândouă.</translation>
    </message>
    <message>
        <source>Delete and &amp;Remove from Personas</source>
        <translation>Șterge și &amp;elimină din personas</translation>
    </message>
    <message>
        <source>&amp;Keep Channel</source>
        <translation>&amp;Păstrează canalul</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altele</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Adaugă canalul %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Editează canalul %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>%1 %2 per lead</source>
        <translation>%1 %2 pe lead</translation>
    </message>
    <message>
        <source>%1 %2 per thousand</source>
        <translation>%1 %2 pe mia de afișări</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
            <numerusform>%Ln de personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDetailsDialog</name>
    <message>
        <source>Workspace Details</source>
        <translation>Detaliile spațiului de lucru</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (USD, EUR, PLN…)</source>
        <translation>Cod ISO 4217, trei litere (USD, EUR, RON…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nume:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Monedă:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>Spațiul de lucru are nevoie de un nume.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Moneda trebuie să fie un cod de trei litere, de exemplu EUR.</translation>
    </message>
    <message>
        <source>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</source>
        <translation>Ce ar trebui să facă clientul în continuare. Raportul tipărește textul după rezumatul executiv; lăsați câmpul gol pentru a omite secțiunea.</translation>
    </message>
    <message>
        <source>&amp;Recommendations and next steps:</source>
        <translation>&amp;Recomandări și pașii următori:</translation>
    </message>
    <message>
        <source>The recommendations are longer than a workspace can hold (100,000 bytes).</source>
        <translation>Recomandările sunt mai lungi decât poate cuprinde un spațiu de lucru (100.000 de octeți).</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Editează detaliile spațiului de lucru</translation>
    </message>
    <message>
        <source>Edit recommendations</source>
        <translation>Editează recomandările</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDocument</name>
    <message numerus="yes">
        <source>Delete %n personas</source>
        <translation>
            <numerusform>Șterge %Ln persona</numerusform>
            <numerusform>Șterge %Ln personas</numerusform>
            <numerusform>Șterge %Ln de personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 pentru „%2”</translation>
    </message>
    <message>
        <source>Delete channel %1</source>
        <translation>Șterge canalul %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete channel %1 and remove it from %n persona(s)</source>
        <translation>
            <numerusform>Șterge canalul %1 și elimină-l din %Ln persona</numerusform>
            <numerusform>Șterge canalul %1 și elimină-l din %Ln personas</numerusform>
            <numerusform>Șterge canalul %1 și elimină-l din %Ln de personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>fișierul nu există</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>acesta este un dosar, nu un fișier de spațiu de lucru</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</source>
        <translation>acesta nu este un fișier obișnuit (este un dispozitiv, un pipe sau un socket), deci nu poate fi un spațiu de lucru</translation>
    </message>
    <message>
        <source>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</source>
        <translation>fișierul are %1 MB; fișierele de spațiu de lucru sunt limitate la %2 MB, deci probabil nu este un spațiu de lucru</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>fișierul nu poate fi citit: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; workspace files are limited to that</source>
        <translation>fișierul este mai mare de %1 MB; fișierele de spațiu de lucru sunt limitate la atât</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>documentul este mai mare de %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; it may have been cut short while copying</source>
        <translation>fișierul este gol; poate a fost trunchiat la copiere</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: the file holds %1, not an object</source>
        <translation>acesta nu este un spațiu de lucru B2X: fișierul conține %1, nu un obiect</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</source>
        <translation>acesta nu este un spațiu de lucru B2X: &quot;format&quot; trebuie să fie &quot;b2x-workspace&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</source>
        <translation>fișierul a fost scris de o versiune mai nouă de B2X Workbench (versiunea de format %1; această versiune citește până la %2). Actualizați aplicația pentru a-l deschide.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>trebuie să fie un cod ISO 4217 de trei litere, de exemplu &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</source>
        <translation>trebuie să fie o dată și o oră ISO 8601, de exemplu 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</source>
        <translation>&quot;%1&quot; este folosit de o persona anterioară; fiecare persona are nevoie de propriul id</translation>
    </message>
    <message>
        <source>compared persona &quot;%1&quot; does not exist and was dropped</source>
        <translation>persona comparată &quot;%1&quot; nu există și a fost eliminată</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite number, so it cannot be saved</source>
        <translation>%1 nu este un număr finit, deci nu poate fi salvat</translation>
    </message>
</context>
<context>
    <name>b2x::analytics</name>
    <message>
        <source>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>%1: fereastra de %2 zile este mai lungă decât permite %3 (%4 zile); rapoartele vor folosi fereastra mai scurtă.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</source>
        <translation>%1: fereastra de %2 zile ratează mai mult de jumătate din tranzacții (ciclu median %3 zile, 90% în %4); prelungiți-o la cel puțin %4 zile.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</source>
        <translation>%1: fereastra de %2 zile ratează mai mult de jumătate din tranzacții (ciclu median %3 zile, 90% în %4), iar platforma nu poate acoperi ciclul; atribuiți în CRM.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</source>
        <translation>%1: fereastra de %2 zile ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3 zile); prelungiți-o la cel puțin %3 zile.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</source>
        <translation>%1: fereastra de %2 zile ratează cea mai lentă zecime a tranzacțiilor (90% se închid în %3 zile), iar platforma nu le poate acoperi; atribuiți în CRM.</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>achiziție nouă</translation>
    </message>
    <message>
        <source>modified rebuy</source>
        <translation>recumpărare modificată</translation>
    </message>
    <message>
        <source>straight rebuy</source>
        <translation>recumpărare directă</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>Niciun canal din catalog: această dimensiune este lăsată în afara indicelui, iar ponderea ei se împarte celorlalte.</translation>
    </message>
    <message>
        <source>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</source>
        <translation>Afinitatea B2B ponderată cu bugetul a celor %1 canale din catalog ale persona este %2; afinitatea fiecărui canal (0 platformă de consum, 100 platformă de business) provine din catalogul de canale (docs/channels.md).</translation>
    </message>
    <message>
        <source>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>%1 persoane în unitatea de decizie. Pe o scară logaritmică, o persoană are scorul 0, iar zece sau mai multe au 100 (CEB a numărat 5,4 până la 10,2 persoane per achiziție B2B; Gartner 6–10 pentru o soluție complexă).</translation>
    </message>
    <message>
        <source>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</source>
        <translation>Tip de achiziție %1: %2 din 20 de puncte (Robinson, Faris și Wind: achizițiile noi implică mai multe persoane decât recumpărările). %3: %4 din 40. %5 niveluri de aprobare: %6 din 40 (trei sau mai multe primesc toate cele 40).</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Licitație formală</translation>
    </message>
    <message>
        <source>No formal tender</source>
        <translation>Fără licitație formală</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Ciclu de vânzare mediu de %1 zile. Pe o scară logaritmică de 1 + zile, 0 zile are scorul 0, circa 12 zile 50, iar 180 de zile sau mai mult 100 (ciclurile enterprise durează 90–180+ zile; deciziile consumatorilor durează de la ore la săptămâni).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Preț de %1 pe achiziție. Pe o scară logaritmică, 5 are scorul 0, iar 50.000 sau mai mult 100 (sursele compară un articol de 5 $ cu unul de 50.000 $); fiecare pas de zece ori adaugă 25 de puncte. Prețurile sunt citite în moneda spațiului de lucru, fără conversie.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>Glisorul motivului rațional este la %1 și este folosit ca atare. Cântărește puțin: rațional versus emoțional nu înseamnă B2B versus B2C (CEB/Google: pentru cumpărătorii B2B, valoarea personală a avut un impact de două ori mai mare decât valoarea de afaceri).</translation>
    </message>
    <message>
        <source>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Media dintre managementul contului %1 (%2), instruire %3 (%4), asistență tehnică %5 (%6) și nivelul de servicii %7 (%8). Nivelurile standard au scor mic, pentru că le primesc și consumatorii; nivelurile dedicate, ghidate și contractuale marchează relațiile B2B.</translation>
    </message>
    <message>
        <source>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalizarea este %1: de masă are scorul 0, pe segmente 30 (norma B2C), individuală 100 (account-based marketing, norma B2B).</translation>
    </message>
    <message>
        <source>behaves as B2B</source>
        <translation>se comportă ca B2B</translation>
    </message>
    <message>
        <source>behaves as B2C</source>
        <translation>se comportă ca B2C</translation>
    </message>
    <message>
        <source>behaves in a mixed way</source>
        <translation>se comportă în mod mixt</translation>
    </message>
    <message>
        <source>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</source>
        <translation>Etichetat %1, dar %2 (indice B2B %3): planificați canalele, conținutul și vânzările după comportament, nu după etichetă.</translation>
    </message>
    <message>
        <source>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Etichetat hibrid și %1 (indice B2B %2). Hibrid descrie un vânzător care vinde în ambele moduri, deci nu intră niciodată în conflict cu comportamentul unui public.</translation>
    </message>
    <message>
        <source>Labelled %1 and %2 (B2B index %3).</source>
        <translation>Etichetat %1 și %2 (indice B2B %3).</translation>
    </message>
    <message>
        <source>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</source>
        <translation>Afinitatea B2B a %1 este %2; acest public se află la %3 (trei părți comportament, o parte etichetă): potrivire %4%.</translation>
    </message>
    <message>
        <source>No price is set: price neither raises nor lowers %1.</source>
        <translation>Nu este setat niciun preț: prețul nici nu crește, nici nu scade potrivirea %1.</translation>
    </message>
    <message>
        <source>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</source>
        <translation>Prețul de %1 este la %2 ordine de mărime de mijlocul intervalului de preț al %3 (%4–%5, mijloc %6): potrivire %7%.</translation>
    </message>
    <message>
        <source>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</source>
        <translation>Ciclul mediu de %1 zile este la %2 ordine de mărime (din 1 + zile) de mijlocul intervalului de timp de decizie al %3 (%4–%5 zile, mijloc %6): potrivire %7%.</translation>
    </message>
    <message>
        <source>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</source>
        <translation>Acest public decide %1% emoțional (100 − rațional), iar potrivirea emoțională a %2 este %3: concordă în %4% din cazuri.</translation>
    </message>
    <message>
        <source>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</source>
        <translation>O unitate de decizie de această mărime are nevoie de precizia %1 (scorul ei de mărime) pentru a-și atinge rolurile; %2 oferă %3: potrivire %4%.</translation>
    </message>
    <message>
        <source>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</source>
        <translation>%1 intrări lunare în partea de sus a pâlniei cer o acoperire de %2 (scară logaritmică: 10 → 0, 10 milioane → 100); %3 oferă %4: concordă în %5% din cazuri.</translation>
    </message>
    <message>
        <source>decider or economic buyer</source>
        <translation>decident sau cumpărător economic</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilizator</translation>
    </message>
    <message>
        <source>technical evaluator (specifier)</source>
        <translation>evaluator tehnic (specificator)</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>cumpărător</translation>
    </message>
    <message>
        <source>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Nimeni din unitatea de decizie nu este %1: un rol neacoperit este un semnal de alarmă în practica vânzărilor (Miller Heiman).</translation>
    </message>
    <message>
        <source>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>%1 oponenți și niciun susținător: nimeni din interior nu pledează pentru achiziție (MEDDIC).</translation>
    </message>
</context>
<context>
    <name>b2x::calibration</name>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>lipsește coloana „%1”.</translation>
    </message>
    <message>
        <source>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</source>
        <translation>Orice dată precum 03/04/2026 poate fi 3 aprilie sau 4 martie: precizați dacă ziua sau luna este prima.</translation>
    </message>
    <message>
        <source>Some dates put the day first and others the month: export the file with one date format.</source>
        <translation>Unele date încep cu ziua, altele cu luna: exportați fișierul cu un singur format de dată.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100.</source>
        <translation>„%1” nu este o dată între 1970 și 2100.</translation>
    </message>
    <message>
        <source>the channel is empty.</source>
        <translation>canalul este gol.</translation>
    </message>
    <message>
        <source>the spend must be a number of 0 or more.</source>
        <translation>cheltuiala trebuie să fie un număr mai mare sau egal cu 0.</translation>
    </message>
    <message>
        <source>the count must be a number of 0 or more.</source>
        <translation>numărul de afișări, clicuri sau conversii trebuie să fie un număr mai mare sau egal cu 0.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import may be.</source>
        <translation>Fișierul are %1 MB, mai mult decât cei %2 MB permiși pentru un import.</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</source>
        <translation>fișierul conține un octet NUL: nu este un fișier CSV text (o foaie de calcul salvată în formatul ei propriu sau UTF-16). Salvați-l sau exportați-l ca CSV UTF-8.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</source>
        <translation>textul nu este UTF-8 (un octet 0x%1 nu poate începe sau continua un caracter). Exportați fișierul ca CSV UTF-8 sau salvați-l din nou cu această codificare.</translation>
    </message>
    <message>
        <source>The CSV parser could not start (out of memory).</source>
        <translation>Analizorul CSV nu a putut porni (memorie insuficientă).</translation>
    </message>
    <message>
        <source>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>un câmp care nu începe cu ghilimele conține ghilimele sau după ghilimelele de închidere urmează text. Puneți întregul câmp între ghilimele și dublați ghilimelele din interiorul lui (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file. Check the quotes from this row on.</source>
        <translation>un câmp între ghilimele nu este închis înainte de sfârșitul fișierului. Verificați ghilimelele de la acest rând încolo.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fișierul este gol: nu are rând de antet.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an import may be.</source>
        <translation>%1 are %2 MB, mai mult decât cei %3 MB permiși pentru un import.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>the event is for deal “%1”, which the deals file does not have.</source>
        <translation>evenimentul se referă la tranzacția „%1”, care nu există în fișierul de tranzacții.</translation>
    </message>
    <message>
        <source>the status “%1” is not open, won or lost.</source>
        <translation>starea „%1” nu este open, won sau lost.</translation>
    </message>
    <message>
        <source>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</source>
        <translation>coloanele nu sunt cele ale unui export HubSpot, Salesforce sau Pipedrive și nici ale fișierului generic de tranzacții (deal_id, created_at, status). Precizați formatul sau asociați coloanele manual.</translation>
    </message>
    <message>
        <source>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</source>
        <translation>Unele date încep cu ziua (25/03/2026), altele cu luna (03/25/2026): exportați fișierele cu un singur format de dată.</translation>
    </message>
    <message>
        <source>The opportunities need their stage history (an Opportunity History export).</source>
        <translation>Oportunitățile au nevoie de istoricul etapelor (un export Opportunity History).</translation>
    </message>
    <message>
        <source>No deal entered “%1”: it keeps its modelled values.</source>
        <translation>Nicio tranzacție nu a intrat în etapa „%1”: aceasta își păstrează valorile modelate.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).</source>
        <translation>
            <numerusform>Doar %n tranzacție a intrat în etapa „%1”: conversia ei este incertă (vezi intervalul).</numerusform>
            <numerusform>Doar %n tranzacții au intrat în etapa „%1”: conversia ei este incertă (vezi intervalul).</numerusform>
            <numerusform>Doar %n de tranzacții au intrat în etapa „%1”: conversia ei este incertă (vezi intervalul).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</source>
        <translation>Etapa „%1” încă mai convertește tranzacții intrate târziu: conversia ei este o limită inferioară până când acestea au avut timp să avanseze.</translation>
    </message>
    <message>
        <source>CRM stages not mapped to a stage of the persona, ignored: %1.</source>
        <translation>Etape CRM neasociate cu nicio etapă a acestei persona, ignorate: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n won or lost deal(s) have no close date: counted as open.</source>
        <translation>
            <numerusform>%n tranzacție câștigată sau pierdută nu are dată de închidere: este considerată deschisă.</numerusform>
            <numerusform>%n tranzacții câștigate sau pierdute nu au dată de închidere: sunt considerate deschise.</numerusform>
            <numerusform>%n de tranzacții câștigate sau pierdute nu au dată de închidere: sunt considerate deschise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created after the as-of date are left out.</source>
        <translation>
            <numerusform>%n tranzacție creată după data de referință este exclusă.</numerusform>
            <numerusform>%n tranzacții create după data de referință sunt excluse.</numerusform>
            <numerusform>%n de tranzacții create după data de referință sunt excluse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s) after the as-of date are ignored.</source>
        <translation>
            <numerusform>%n schimbare de etapă după data de referință este ignorată.</numerusform>
            <numerusform>%n schimbări de etapă după data de referință sunt ignorate.</numerusform>
            <numerusform>%n de schimbări de etapă după data de referință sunt ignorate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a deal entered a stage again: its first entry counts.</source>
        <translation>
            <numerusform>%n reintrare a unei tranzacții într-o etapă: contează prima intrare.</numerusform>
            <numerusform>%n reintrări ale unor tranzacții în etape: contează prima intrare.</numerusform>
            <numerusform>%n de reintrări ale unor tranzacții în etape: contează prima intrare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) entered stages out of pipeline order: each stage ends at the first later stage entered after it.</source>
        <translation>
            <numerusform>%n tranzacție a intrat în etape în afara ordinii din pipeline: fiecare etapă se încheie la prima etapă ulterioară în care s-a intrat după ea.</numerusform>
            <numerusform>%n tranzacții au intrat în etape în afara ordinii din pipeline: fiecare etapă se încheie la prima etapă ulterioară în care s-a intrat după ea.</numerusform>
            <numerusform>%n de tranzacții au intrat în etape în afara ordinii din pipeline: fiecare etapă se încheie la prima etapă ulterioară în care s-a intrat după ea.</numerusform>
        </translation>
    </message>
    <message>
        <source>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</source>
        <translation>câmpul are %1 KiB, mai mult decât cei %2 KiB permiși pentru un câmp. Verificați ca toate ghilimelele din fișier să fie închise.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns. Export only the columns the import needs.</source>
        <translation>rândul are mai mult de %1 coloane. Exportați doar coloanele de care are nevoie importul.</translation>
    </message>
    <message>
        <source>the header has an empty column name.</source>
        <translation>antetul are un nume de coloană gol.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>antetul numește coloana „%1” de două ori.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>rândul are %1 câmpuri, antetul %2.</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows.</source>
        <translation>fișierul are mai mult de %L1 rânduri.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>rândul %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rândul %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is missing. Export it, or map the columns by hand.</source>
        <translation>lipsește coloana „%1”. Exportați-o sau asociați coloanele manual.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>data este goală.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</source>
        <translation>„%1” nu este o dată între 1970 și 2100 (folosiți 2026-03-31, 31/03/2026 sau 03/31/2026).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1” nu este o sumă.</translation>
    </message>
    <message>
        <source>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</source>
        <translation>suma este negativă. Suma unei tranzacții este valoarea ei (0 sau mai mult).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>„%1” nu este nici true, nici false.</translation>
    </message>
    <message>
        <source>the deal has no id.</source>
        <translation>tranzacția nu are id.</translation>
    </message>
    <message>
        <source>the deal id “%1” is already used on row %2: each deal must appear once.</source>
        <translation>id-ul de tranzacție „%1” este deja folosit pe rândul %2: fiecare tranzacție trebuie să apară o singură dată.</translation>
    </message>
    <message>
        <source>no column is chosen for “%1”, which every deal needs.</source>
        <translation>nu este aleasă nicio coloană pentru „%1”, de care are nevoie fiecare tranzacție.</translation>
    </message>
    <message>
        <source>the column “%1” chosen for “%2” is not in the file.</source>
        <translation>coloana „%1” aleasă pentru „%2” nu există în fișier.</translation>
    </message>
    <message>
        <source>the column “%1” is chosen for two columns; choose it once.</source>
        <translation>coloana „%1” este aleasă pentru două câmpuri; alegeți-o o singură dată.</translation>
    </message>
</context>
<context>
    <name>b2x::charts</name>
    <message>
        <source>Behaviour profile</source>
        <translation>Profil de comportament</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indice B2B</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Unitatea de decizie</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclul de vânzare</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Pâlnia de vânzări</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Timpul până la venit</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Potrivirea canalelor</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Economia unitară</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Ferestre de atribuire</translation>
    </message>
    <message>
        <source>On which dimensions does each audience behave like a business or a consumer?</source>
        <translation>Pe ce dimensiuni se comportă fiecare public ca o firmă sau ca un consumator?</translation>
    </message>
    <message>
        <source>How business-like is every persona, and where do label and behaviour disagree?</source>
        <translation>Cât de „business” este fiecare persona și unde diferă eticheta de comportament?</translation>
    </message>
    <message>
        <source>How many people decide, and how likely is such a group to decide at all?</source>
        <translation>Câte persoane decid și cât de probabil este ca un astfel de grup să decidă?</translation>
    </message>
    <message>
        <source>How long does each stage take, and when do half and nine in ten deals close?</source>
        <translation>Cât durează fiecare etapă și când se închid jumătate și nouă din zece tranzacții?</translation>
    </message>
    <message>
        <source>How many enter each stage per month, and how many become customers?</source>
        <translation>Câți intră în fiecare etapă pe lună și câți devin clienți?</translation>
    </message>
    <message>
        <source>Which channels fit each audience best, and where does the budget go?</source>
        <translation>Ce canale se potrivesc cel mai bine fiecărui public și unde merge bugetul?</translation>
    </message>
    <message>
        <source>Is each customer worth three times what it costs to win, and how soon does it pay back?</source>
        <translation>Valorează fiecare client de trei ori cât costă câștigarea lui și cât de repede se recuperează costul?</translation>
    </message>
    <message>
        <source>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</source>
        <translation>Durează ferestrele de atribuire ale platformelor de publicitate cât ciclul de vânzare?</translation>
    </message>
    <message>
        <source>How fast does monthly revenue build up after the campaigns start?</source>
        <translation>Cât de repede crește venitul lunar după pornirea campaniilor?</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>Cronologia planului</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Pâlnia inversă</translation>
    </message>
    <message>
        <source>When does each tactic run, and does it start early enough for its leads to close inside the period?</source>
        <translation>Când rulează fiecare tactică și începe suficient de devreme pentru ca leadurile ei să se închidă în perioadă?</translation>
    </message>
    <message>
        <source>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</source>
        <translation>De câte intrări are nevoie fiecare etapă pentru a atinge ținta, față de cele pe care le aduce volumul actual în perioadă?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Pâlnia inversă: %1</translation>
    </message>
    <message>
        <source>Conversion per stage</source>
        <translation>Conversia pe etape</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modelat</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Măsurat</translation>
    </message>
    <message>
        <source>Share that moves on</source>
        <translation>Proporția care avansează</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Interval de 95%</translation>
    </message>
    <message>
        <source>Whole cycle: created to won</source>
        <translation>Ciclul întreg: de la creare la câștig</translation>
    </message>
    <message>
        <source>Modelled (the persona&apos;s stages)</source>
        <translation>Modelat (etapele persona)</translation>
    </message>
    <message>
        <source>Measured (Kaplan–Meier)</source>
        <translation>Măsurat (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Days since the deal was created</source>
        <translation>Zile de la crearea tranzacției</translation>
    </message>
    <message>
        <source>Won deals closed</source>
        <translation>Tranzacții câștigate închise</translation>
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
        <translation>Zile: fereastra de atribuire, apoi deficitul până la p90</translation>
    </message>
    <message>
        <source>p50 of the cycle</source>
        <translation>p50 al ciclului</translation>
    </message>
    <message>
        <source>p90 of the cycle</source>
        <translation>p90 al ciclului</translation>
    </message>
    <message>
        <source>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</source>
        <translation>Niciunul dintre publicurile comparate nu are un canal cu atribuire: setați o fereastră de atribuire pentru un canal în secțiunea Canale.</translation>
    </message>
    <message>
        <source>Short of the p90</source>
        <translation>Deficit până la p90</translation>
    </message>
    <message>
        <source>%1
%2: %3 window · cycle p50 %4, p90 %5</source>
        <translation>%1
%2: fereastră %3 · ciclu p50 %4, p90 %5</translation>
    </message>
    <message>
        <source>%1
Short of the p90 by %2</source>
        <translation>%1
Sub p90 cu %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 personas with this channel miss their own p90</source>
        <translation>%1
%2 din %3 personas cu acest canal nu își ating propriul p90</translation>
    </message>
    <message>
        <source>Every window lasts until nine in ten deals have closed.</source>
        <translation>Fiecare fereastră durează până se închid nouă din zece tranzacții.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <source>Cycle p50</source>
        <translation>Ciclu p50</translation>
    </message>
    <message>
        <source>Cycle p90</source>
        <translation>Ciclu p90</translation>
    </message>
    <message>
        <source>Covers p90</source>
        <translation>Acoperă p90</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No, short by %1</source>
        <translation>Nu, lipsesc %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 personas short)</source>
        <translation>%1 (%2 din %3 personas sub nivel)</translation>
    </message>
    <message>
        <source>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</source>
        <translation>Ferestre care se termină înainte să se închidă nouă din zece tranzacții (cu roșu): %1 din %2. Conversiile de după fereastră nu sunt atribuite canalului, care pare astfel mai slab decât este.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::B2bIndexChart</name>
    <message>
        <source>B2B index (0 consumer-like, 100 business-like)</source>
        <translation>Indice B2B (0 ca un consumator, 100 ca o firmă)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Mixed behaviour (%1–%2)</source>
        <translation>Comportament mixt (%1–%2)</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>Etichetă %1</translation>
    </message>
    <message>
        <source>Label and behaviour disagree</source>
        <translation>Eticheta și comportamentul diferă</translation>
    </message>
    <message>
        <source>%1
B2B index %2 · label %3 · behaves %4</source>
        <translation>%1
Indice B2B %2 · etichetă %3 · comportament: %4</translation>
    </message>
    <message>
        <source>%1
The label and the behaviour disagree.</source>
        <translation>%1
Eticheta și comportamentul diferă.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to place them on the B2B index.</source>
        <translation>Adăugați personas în spațiul de lucru pentru a le plasa pe indicele B2B.</translation>
    </message>
    <message>
        <source>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</source>
        <translation>Personas din spațiul de lucru: %1. Încercuite, unde eticheta și comportamentul diferă: %2.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indice B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Se comportă ca</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>b2x::charts::BehaviourRadarChart</name>
    <message>
        <source>%1
%2: %3 of 100</source>
        <translation>%1
%2: %3 din 100</translation>
    </message>
    <message>
        <source>%1
%2: not applicable (no data)</source>
        <translation>%1
%2: nu se aplică (fără date)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like); each ring is the mean of the group&apos;s personas.</source>
        <translation>Scoruri de la 0 (ca un consumator) la 100 (ca o firmă); fiecare inel este media personas din grup.</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like).</source>
        <translation>Scoruri de la 0 (ca un consumator) la 100 (ca o firmă).</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChannelFitChart</name>
    <message>
        <source>Fit (0–100); diamonds: share of the budget (%)</source>
        <translation>Potrivire (0–100); romburi: cota din buget (%)</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Cota din buget</translation>
    </message>
    <message>
        <source>%1
%2: fit %3 of 100 · %4 of the budget</source>
        <translation>%1
%2: potrivire %3 din 100 · %4 din buget</translation>
    </message>
    <message>
        <source>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</source>
        <translation>Rânduri: cele mai potrivite trei canale ale fiecărui public și cel cu cel mai mare buget. Tabelul arată potrivirea fiecărui canal din catalog.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Loc</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Potrivire</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Afișează cifrele acestui grafic ca tabel</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Afișează %1 ca tabel</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graficul %1</translation>
    </message>
    <message>
        <source>The same numbers are in the table: press the Table button beside the title.</source>
        <translation>Aceleași cifre sunt în tabel: apăsați butonul Tabel de lângă titlu.</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 ca tabel</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>Afișează din nou graficul</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Mărește</translation>
    </message>
    <message>
        <source>Show all the charts again (Esc)</source>
        <translation>Afișează din nou toate graficele (Esc)</translation>
    </message>
    <message>
        <source>Show this chart alone, as large as the panel allows</source>
        <translation>Afișează doar acest grafic, cât de mare permite panoul</translation>
    </message>
    <message>
        <source>Show all the charts again</source>
        <translation>Afișează din nou toate graficele</translation>
    </message>
    <message>
        <source>Enlarge %1</source>
        <translation>Mărește %1</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartDataBuilder</name>
    <message>
        <source>Top of funnel</source>
        <translation>Partea de sus a pâlniei</translation>
    </message>
    <message>
        <source>Select personas to compare: click one in the list, Ctrl+click to add up to six.</source>
        <translation>Selectați personas de comparat: faceți clic pe una din listă, Ctrl+clic pentru a adăuga până la șase.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to compare their groups.</source>
        <translation>Adăugați personas în spațiul de lucru pentru a le compara grupurile.</translation>
    </message>
    <message>
        <source>B2B label</source>
        <translation>Etichetă B2B</translation>
    </message>
    <message>
        <source>Hybrid label</source>
        <translation>Etichetă hibridă</translation>
    </message>
    <message>
        <source>B2C label</source>
        <translation>Etichetă B2C</translation>
    </message>
    <message>
        <source>Behaves as B2B</source>
        <translation>Se comportă ca B2B</translation>
    </message>
    <message>
        <source>Behaves mixed</source>
        <translation>Comportament mixt</translation>
    </message>
    <message>
        <source>Behaves as B2C</source>
        <translation>Se comportă ca B2C</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 din %3)</translation>
    </message>
    <message>
        <source>Mean cycle</source>
        <translation>Ciclu mediu</translation>
    </message>
    <message>
        <source>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</source>
        <translation>Selectați personas de grupat: faceți clic pe una din listă, Ctrl+clic pentru a adăuga altele; sau grupați toate personas.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>milioane %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>mii %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 mii</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 mil.</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 mld.</translation>
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
        <translation>Persoane în unitatea de decizie</translation>
    </message>
    <message>
        <source>Probability of a decision</source>
        <translation>Probabilitatea unei decizii</translation>
    </message>
    <message>
        <source>CEB consensus curve</source>
        <translation>Curba de consens CEB</translation>
    </message>
    <message>
        <source>CEB measurements</source>
        <translation>Măsurătorile CEB</translation>
    </message>
    <message>
        <source>CEB: a group of %1 decides in %2 of cases</source>
        <translation>CEB: un grup de %1 decide în %2 din cazuri</translation>
    </message>
    <message>
        <source>%1
%2 people · %3 probability of a decision</source>
        <translation>%1
%2 persoane · probabilitatea unei decizii %3</translation>
    </message>
    <message>
        <source>%1 (your estimate)</source>
        <translation>%1 (estimarea dvs.)</translation>
    </message>
    <message>
        <source>%1 — nobody covers: %2</source>
        <translation>%1 — nimeni nu acoperă: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</source>
        <translation>Fiecare rol-cheie (decident, utilizator, specificator, cumpărător) este acoperit. Pătratele sunt estimările dvs.</translation>
    </message>
    <message>
        <source>Uncovered roles are a red flag (Miller Heiman):
%1</source>
        <translation>Rolurile neacoperite sunt un semnal de alarmă (Miller Heiman):
%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persoane</translation>
    </message>
    <message>
        <source>CEB for this size</source>
        <translation>CEB pentru această mărime</translation>
    </message>
    <message>
        <source>Uncovered roles</source>
        <translation>Roluri neacoperite</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
</context>
<context>
    <name>b2x::charts::FunnelChart</name>
    <message>
        <source>Funnel step (the last point of a line: customers)</source>
        <translation>Pasul pâlniei (ultimul punct al unei linii: clienți)</translation>
    </message>
    <message>
        <source>Entries per month</source>
        <translation>Intrări pe lună</translation>
    </message>
    <message>
        <source>Entries per month (log scale)</source>
        <translation>Intrări pe lună (scară logaritmică)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>%1
%2: %3 per month</source>
        <translation>%1
%2: %3 pe lună</translation>
    </message>
    <message>
        <source>%1 · %2 move on</source>
        <translation>%1 · trec mai departe %2</translation>
    </message>
    <message>
        <source>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</source>
        <translation>Grupuri: media intrărilor în partea de sus a pâlniei și a clienților pe lună; etapele personas diferă, deci se compară doar cele două capete.</translation>
    </message>
    <message>
        <source>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</source>
        <translation>Etapele diferă între personas: tabelul și sfaturile numesc fiecare pas. Valorile zero sunt desenate la baza unei axe logaritmice.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Trec mai departe</translation>
    </message>
</context>
<context>
    <name>b2x::charts::OutcomeHistogramChart</name>
    <message>
        <source>Share of runs (%)</source>
        <translation>Ponderea rulărilor (%)</translation>
    </message>
    <message>
        <source>Runs in each range</source>
        <translation>Rulări în fiecare interval</translation>
    </message>
    <message>
        <source>p50 (median): %1</source>
        <translation>p50 (mediana): %1</translation>
    </message>
    <message>
        <source>p10 and p90: %1 and %2</source>
        <translation>p10 și p90: %1 și %2</translation>
    </message>
</context>
<context>
    <name>b2x::charts::PlanTimelineChart</name>
    <message>
        <source>Period start and end</source>
        <translation>Începutul și sfârșitul perioadei</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificată</translation>
    </message>
    <message>
        <source>running</source>
        <translation>în desfășurare</translation>
    </message>
    <message>
        <source>done</source>
        <translation>încheiată</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>oprită</translation>
    </message>
    <message>
        <source>starts after %1: most of its leads close after the period</source>
        <translation>începe după %1: majoritatea leadurilor ei se închid după perioadă</translation>
    </message>
    <message>
        <source>starts after %1: some of its leads close after the period</source>
        <translation>începe după %1: o parte dintre leadurile ei se închid după perioadă</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 to %4, %5
Planned budget: %6</source>
        <translation>%1 (%2)
%3 – %4, %5
Buget planificat: %6</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Prea târziu: %1</translation>
    </message>
    <message>
        <source>Weeks (from Monday)</source>
        <translation>Săptămâni (începând de luni)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Luni</translation>
    </message>
    <message>
        <source>Latest lead entry to close in the period, half of the deals (p50)</source>
        <translation>Ultima intrare a leadurilor care se mai închid în perioadă, jumătate din tranzacții (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry, nine deals in ten (p90)</source>
        <translation>Ultima intrare a leadurilor, nouă din zece tranzacții (p90)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Astăzi (%1)</translation>
    </message>
    <message>
        <source>The plan has no tactics yet: add them to see them on the calendar.</source>
        <translation>Planul nu are încă tactici: adăugați-le pentru a le vedea în calendar.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n tactic(s) has valid start and end dates, so none can be drawn: give them dates.</source>
        <translation>
            <numerusform>Singura tactică a planului nu are date de început și de sfârșit valide, deci nu poate fi desenată: stabiliți-i datele.</numerusform>
            <numerusform>Niciuna dintre cele %n tactici ale planului nu are date de început și de sfârșit valide, deci nu poate fi desenată niciuna: stabiliți-le datele.</numerusform>
            <numerusform>Niciuna dintre cele %n de tactici ale planului nu are date de început și de sfârșit valide, deci nu poate fi desenată niciuna: stabiliți-le datele.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</source>
        <translation>%1: leadurile trebuie să intre până la %2 pentru ca jumătate din tranzacții să se închidă în perioadă și până la %3 pentru nouă din zece.</translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) start too late to close inside the period.</source>
        <translation>
            <numerusform>%n tactică începe prea târziu pentru a se închide în perioadă.</numerusform>
            <numerusform>%n tactici încep prea târziu pentru a se închide în perioadă.</numerusform>
            <numerusform>%n de tactici încep prea târziu pentru a se închide în perioadă.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tactic(s) not drawn (the chart shows the first %1 rows; the table lists all): %2.</source>
        <translation>
            <numerusform>Încă %n tactică nedesenată (graficul arată primele %1 rânduri; tabelul le listează pe toate): %2.</numerusform>
            <numerusform>Încă %n tactici nedesenate (graficul arată primele %1 rânduri; tabelul le listează pe toate): %2.</numerusform>
            <numerusform>Încă %n de tactici nedesenate (graficul arată primele %1 rânduri; tabelul le listează pe toate): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) without valid dates, not drawn: %1.</source>
        <translation>
            <numerusform>%n tactică fără date valide, nedesenată: %1.</numerusform>
            <numerusform>%n tactici fără date valide, nedesenate: %1.</numerusform>
            <numerusform>%n de tactici fără date valide, nedesenate: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no period: the current quarter is drawn.</source>
        <translation>Planul nu are perioadă: se desenează trimestrul curent.</translation>
    </message>
    <message>
        <source>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</source>
        <translation>Bare: pline – în desfășurare, deschise la culoare – planificate, cu chenar punctat – încheiate, estompate cu chenar gri întrerupt – oprite.</translation>
    </message>
    <message>
        <source>Time runs from right to left.</source>
        <translation>Timpul curge de la dreapta la stânga.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactică</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Buget planificat</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Încadrare în timp</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nedesenată</translation>
    </message>
    <message>
        <source>not drawn; %1</source>
        <translation>nedesenată; %1</translation>
    </message>
    <message>
        <source>no valid dates: not drawn</source>
        <translation>fără date valide: nedesenată</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ResponseCurveChart</name>
    <message>
        <source>Entries a month</source>
        <translation>Intrări pe lună</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propus</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>Cheltuieli lunare (%1)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ReverseFunnelChart</name>
    <message>
        <source>Required by the target</source>
        <translation>Necesar pentru țintă</translation>
    </message>
    <message>
        <source>Available at today&apos;s volume</source>
        <translation>Disponibil la volumul actual</translation>
    </message>
    <message>
        <source>Pipeline stage (entries over the period), then customers</source>
        <translation>Etapa pipeline-ului (intrări în perioadă), apoi clienți</translation>
    </message>
    <message>
        <source>Entries over the period</source>
        <translation>Intrări în perioadă</translation>
    </message>
    <message>
        <source>Entries over the period (log scale)</source>
        <translation>Intrări în perioadă (scară logaritmică)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nedefinit</translation>
    </message>
    <message>
        <source>%1
Required by the target: %2
Available at today&apos;s volume: %3</source>
        <translation>%1
Necesar pentru țintă: %2
Disponibil la volumul actual: %3</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs, stage by stage.</source>
        <translation>Selectați o persona pentru a vedea de ce are nevoie ținta ei, etapă cu etapă.</translation>
    </message>
    <message>
        <source>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</source>
        <translation>%1: volumul actual atinge ținta: circa %2 clienți așteptați în perioadă, față de o țintă de %3.</translation>
    </message>
    <message>
        <source>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</source>
        <translation>%1: la volumul actual, perioada aduce circa %2 clienți față de o țintă de %3, un deficit de %4.</translation>
    </message>
    <message>
        <source>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</source>
        <translation>Fiecare etapă necesită de %1 ori intrările actuale: un volum lunar de %2 în loc de %3 și cheltuieli lunare de %4 în loc de %5.</translation>
    </message>
    <message>
        <source>%1 has no target: only today&apos;s entries are drawn.</source>
        <translation>%1 nu are țintă: se desenează doar intrările actuale.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</source>
        <translation>Volumul actual nu închide niciun client în perioadă, deci intrările de care are nevoie ținta nu sunt definite: se desenează doar intrările actuale pe etapă.</translation>
    </message>
    <message>
        <source>Log scale: the stages differ by orders of magnitude.</source>
        <translation>Scară logaritmică: etapele diferă cu ordine de mărime.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::SalesCycleChart</name>
    <message>
        <source>Days (bars: expected time in each stage)</source>
        <translation>Zile (bare: timpul așteptat în fiecare etapă)</translation>
    </message>
    <message>
        <source>%1
Half of the deals close within %2 (p50)</source>
        <translation>%1
Jumătate din tranzacții se închid în %2 (p50)</translation>
    </message>
    <message>
        <source>%1
Nine in ten deals close within %2 (p90)</source>
        <translation>%1
Nouă din zece tranzacții se închid în %2 (p90)</translation>
    </message>
    <message>
        <source>p50: half of deals closed</source>
        <translation>p50: jumătate din tranzacții închise</translation>
    </message>
    <message>
        <source>p90: nine in ten closed</source>
        <translation>p90: nouă din zece închise</translation>
    </message>
    <message>
        <source>%1
%2: %3 expected (%4 to %5)</source>
        <translation>%1
%2: %3 așteptat (de la %4 la %5)</translation>
    </message>
    <message>
        <source>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</source>
        <translation>Barele grupurilor arată ciclul mediu al personas lor; etapele diferă între personas, deci nu sunt împărțite.</translation>
    </message>
    <message>
        <source>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</source>
        <translation>Bara adună duratele așteptate ale etapelor (ciclul mediu); marcajele arată când s-au închis jumătate și nouă din zece tranzacții.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Așteptat</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Cel mai scurt</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Cel mai lung</translation>
    </message>
    <message>
        <source>p50 of the whole cycle</source>
        <translation>p50 al întregului ciclu</translation>
    </message>
    <message>
        <source>p90 of the whole cycle</source>
        <translation>p90 al întregului ciclu</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TimeToRevenueChart</name>
    <message>
        <source>Months after the campaigns start</source>
        <translation>Luni de la pornirea campaniilor</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>Venit pe lună (%1)</translation>
    </message>
    <message>
        <source>Revenue per month (%1, log)</source>
        <translation>Venit pe lună (%1, log)</translation>
    </message>
    <message>
        <source>%1: no new customers, so no revenue</source>
        <translation>%1: niciun client nou, deci niciun venit</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Month reaching 50%</source>
        <translation>Luna în care se atinge 50%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niciodată</translation>
    </message>
    <message>
        <source>%1
Month %2: %3, of which %4 from new customers</source>
        <translation>%1
Luna %2: %3, din care %4 de la clienții noi</translation>
    </message>
    <message>
        <source>%1
Month %2: %3 from new customers</source>
        <translation>%1
Luna %2: %3 de la clienții noi</translation>
    </message>
    <message>
        <source>Steady state: %1 a month</source>
        <translation>Starea stabilă: %1 pe lună</translation>
    </message>
    <message>
        <source>No steady state: revenue keeps growing</source>
        <translation>Fără stare stabilă: venitul continuă să crească</translation>
    </message>
    <message>
        <source>%1: steady state</source>
        <translation>%1: starea stabilă</translation>
    </message>
    <message>
        <source>%1: new customers</source>
        <translation>%1: clienți noi</translation>
    </message>
    <message>
        <source>%1: half of the steady monthly revenue by month %2</source>
        <translation>%1: jumătate din venitul lunar stabil până în luna %2</translation>
    </message>
    <message>
        <source>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</source>
        <translation>%1: fără stare stabilă, venitul continuă să crească (churn-ul nu depășește expansiunea)</translation>
    </message>
    <message>
        <source>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</source>
        <translation>Linie continuă: venitul de la toți clienții plătitori; linie întreruptă: starea stabilă; linie punctată: venitul de la clienții noi (doar pentru veniturile recurente).</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Starea stabilă</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TornadoChart</name>
    <message>
        <source>Below today&apos;s value</source>
        <translation>Sub valoarea actuală</translation>
    </message>
    <message>
        <source>Above today&apos;s value</source>
        <translation>Peste valoarea actuală</translation>
    </message>
    <message>
        <source>All inputs together: p10–p90</source>
        <translation>Toți parametrii de intrare împreună: p10–p90</translation>
    </message>
    <message>
        <source>All inputs together</source>
        <translation>Toți parametrii de intrare împreună</translation>
    </message>
</context>
<context>
    <name>b2x::charts::UnitEconomicsChart</name>
    <message>
        <source>CLV = 3 × CAC (healthy)</source>
        <translation>CLV = 3 × CAC (sănătos)</translation>
    </message>
    <message>
        <source>CLV = CAC (break-even)</source>
        <translation>CLV = CAC (prag de rentabilitate)</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>fără recuperare</translation>
    </message>
    <message>
        <source>payback %1 mo</source>
        <translation>recuperare în %1 luni</translation>
    </message>
    <message>
        <source>CAC: cost to win a customer (%1, log scale)</source>
        <translation>CAC: costul câștigării unui client (%1, scară logaritmică)</translation>
    </message>
    <message>
        <source>CLV: lifetime value (%1, log scale)</source>
        <translation>CLV: valoarea pe durata de viață (%1, scară logaritmică)</translation>
    </message>
    <message>
        <source>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</source>
        <translation>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nedefinit</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</source>
        <translation>Deasupra liniei verzi, un client valorează mai mult de trei ori costul său; sub linia punctată, pierde bani.</translation>
    </message>
    <message>
        <source>%1
Not drawn (no customers, so no CAC): %2</source>
        <translation>%1
Nedesenat (fără clienți, deci fără CAC): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
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
        <translation>Recuperare (luni)</translation>
    </message>
    <message numerus="yes">
        <source>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run(s).</source>
        <translation>
            <numerusform>Mustăți: p10–p90 pentru CAC și CLV când fiecare intrare variază în dispersia dovezilor sale; %Ln rulare.</numerusform>
            <numerusform>Mustăți: p10–p90 pentru CAC și CLV când fiecare intrare variază în dispersia dovezilor sale; %Ln rulări.</numerusform>
            <numerusform>Mustăți: p10–p90 pentru CAC și CLV când fiecare intrare variază în dispersia dovezilor sale; %Ln de rulări.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::cli</name>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: avertisment: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n persona(s))
</source>
        <translation>
            <numerusform>%1: valid (%Ln persona)
</numerusform>
            <numerusform>%1: valid (%Ln personas)
</numerusform>
            <numerusform>%1: valid (%Ln de personas)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: eroare: %2
</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)
</source>
        <translation>Spațiu de lucru: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)

</source>
        <translation>
            <numerusform>%Ln persona

</numerusform>
            <numerusform>%Ln personas

</numerusform>
            <numerusform>%Ln de personas

</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indice B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Comportament</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Nepotrivire</translation>
    </message>
    <message>
        <source>DMU</source>
        <translation>DMU</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etape</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size trebuie să fie A4 sau Letter, nu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument neașteptat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the workspace file to export</source>
        <translation>indicați fișierul spațiului de lucru de exportat</translation>
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
        <translation>%1: eroare: nicio persona nu are id-ul %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>s-a scris %1
</translation>
    </message>
    <message>
        <source>b2x: --lang needs one of the languages %1
</source>
        <translation>b2x: --lang cere una dintre limbile %1
</translation>
    </message>
    <message>
        <source>b2x validate: name at least one file
</source>
        <translation>b2x validate: indicați cel puțin un fișier
</translation>
    </message>
    <message>
        <source>b2x summary: name exactly one file (and optionally --json)
</source>
        <translation>b2x summary: indicați exact un fișier (și opțional --json)
</translation>
    </message>
    <message>
        <source>b2x: unknown command &quot;%1&quot;

</source>
        <translation>b2x: comandă necunoscută &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; at most %3 are allowed</source>
        <translation>%1 are %2 octeți; sunt permiși cel mult %3</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</source>
        <translation>--date trebuie să fie o dată scrisă YYYY-MM-DD, de exemplu 2026-12-03, nu &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%2 to %3, %n day(s))
</source>
        <translation>
            <numerusform>Plan: %1 (%2 – %3, %n zi)
</numerusform>
            <numerusform>Plan: %1 (%2 – %3, %n zile)
</numerusform>
            <numerusform>Plan: %1 (%2 – %3, %n de zile)
</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>fără nume</translation>
    </message>
    <message>
        <source>  No target for the period
</source>
        <translation>  Nicio țintă pentru această perioadă
</translation>
    </message>
    <message>
        <source>  Needed: %1 entries and %2 a month
</source>
        <translation>  Necesar lunar: intrări %1, cheltuieli %2
</translation>
    </message>
    <message>
        <source>    %1: %2 entries in the period
</source>
        <translation>    %1: %2 (intrări în perioadă)
</translation>
    </message>
    <message>
        <source>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</source>
        <translation>  Necesar: nu poate fi calculat invers din pâlnia actuală (vezi verificările)
</translation>
    </message>
    <message>
        <source>  Latest entry to close by the end: %1 (50%), %2 (90%)
</source>
        <translation>  Ultima intrare care se mai închide până la final: %1 (50%), %2 (90%)
</translation>
    </message>
    <message>
        <source>  Planned budget: %1
</source>
        <translation>  Buget planificat: %1
</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
Obiective
</translation>
    </message>
    <message>
        <source>
Checks
</source>
        <translation>
Verificări
</translation>
    </message>
    <message>
        <source>b2x plan: name exactly one file (and optionally --json)
</source>
        <translation>b2x plan: indicați exact un fișier (și opțional --json)
</translation>
    </message>
    <message>
        <source>b2x calibrate: %1 needs a value
</source>
        <translation>b2x calibrate: %1 necesită o valoare
</translation>
    </message>
    <message>
        <source>b2x calibrate: unknown option &quot;%1&quot;
</source>
        <translation>b2x calibrate: opțiune necunoscută &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</source>
        <translation>b2x calibrate: indicați un fișier de spațiu de lucru, --persona ID și --deals DEALS.csv
</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n deal(s)</source>
        <translation>
            <numerusform>%1, la data de %2: %n tranzacție</numerusform>
            <numerusform>%1, la data de %2: %n tranzacții</numerusform>
            <numerusform>%1, la data de %2: %n de tranzacții</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 won, %2 lost, %3 open)
</source>
        <translation> (%1 câștigate, %2 pierdute, %3 deschise)
</translation>
    </message>
    <message>
        <source>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</source>
        <translation>  Tranzacții: %1 intrate, %2 avansate, %3 pierdute, %4 deschise
</translation>
    </message>
    <message>
        <source>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</source>
        <translation>  Conversie: %1 (interval de 95%: %2 – %3)%4; modelată %5; avansate ÷ intrate %6
</translation>
    </message>
    <message>
        <source>, a lower bound</source>
        <translation>, limită inferioară</translation>
    </message>
    <message>
        <source>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</source>
        <translation>  Zile până la avansare: p10 %1, p50 %2, p90 %3, medie %4
</translation>
    </message>
    <message>
        <source>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</source>
        <translation>  Ajustare triunghiulară: %1 / %2 / %3 zile (modelat %4 / %5 / %6)
</translation>
    </message>
    <message>
        <source>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</source>
        <translation>
Ciclul întreg, de la creare la câștig: p50 %1 zile, p90 %2 (modelat %3 și %4)
</translation>
    </message>
    <message>
        <source>
Warnings
</source>
        <translation>
Avertismente
</translation>
    </message>
    <message>
        <source>
Ad spend %1 to %2: %3 in all, %4 a month
</source>
        <translation>
Cheltuieli publicitare %1 – %2: %3 în total, %4 pe lună
</translation>
    </message>
    <message>
        <source>  %1%2: %3 a month (%4% of the spend)%5
</source>
        <translation>  %1%2: %3 pe lună (%4% din cheltuieli)%5
</translation>
    </message>
    <message>
        <source> (no catalogue channel)</source>
        <translation> (niciun canal din catalog)</translation>
    </message>
    <message>
        <source>, click-through %1%</source>
        <translation>, rata de clic %1%</translation>
    </message>
    <message numerus="yes">
        <source>  Customer acquisition cost: %1 (%n deal(s) won over those days)
</source>
        <translation>
            <numerusform>  Costul de achiziție a clientului: %1 (%n tranzacție câștigată în acest interval)
</numerusform>
            <numerusform>  Costul de achiziție a clientului: %1 (%n tranzacții câștigate în acest interval)
</numerusform>
            <numerusform>  Costul de achiziție a clientului: %1 (%n de tranzacții câștigate în acest interval)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Customer acquisition cost: not defined (no deal won over those days)
</source>
        <translation>  Costul de achiziție a clientului: nedefinit (nicio tranzacție câștigată în acest interval)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</source>
        <translation>b2x calibrate: --format este una dintre valorile auto, generic, hubspot, salesforce, pipedrive
</translation>
    </message>
    <message>
        <source>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</source>
        <translation>b2x calibrate: --date-order este dmy (întâi ziua) sau mdy (întâi luna)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</source>
        <translation>b2x calibrate: --as-of primește o dată de forma YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2 (b2x summary lists them)
</source>
        <translation>%1: eroare: nicio persona nu are id-ul %2 (b2x summary le listează)
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>eroare: %1
</translation>
    </message>
    <message>
        <source>b2x calibrate: add --date-order dmy or --date-order mdy
</source>
        <translation>b2x calibrate: adăugați --date-order dmy sau --date-order mdy
</translation>
    </message>
    <message>
        <source>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</source>
        <translation>b2x calibrate: --map &quot;%1&quot;: scrieți &quot;CRM stage=Pipeline stage&quot; (etapa din CRM=etapa din pipeline); etapele acestei persona sunt: %2
</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>Export de tranzacții CRM %1: %n tranzacție, la data de %2</numerusform>
            <numerusform>Export de tranzacții CRM %1: %n tranzacții, la data de %2</numerusform>
            <numerusform>Export de tranzacții CRM %1: %n de tranzacții, la data de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: written with the measured stages of %2
</source>
        <translation>%1: s-a scris cu etapele măsurate pentru %2
</translation>
    </message>
    <message>
        <source>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</source>
        <translation>alegeți cel puțin o ieșire: --pdf, --png, --svg, --csv, --csv-plan sau --xlsx</translation>
    </message>
    <message>
        <source>  Target, new customers: %1 (%2)
</source>
        <translation>  Țintă, clienți noi: %1 (%2)
</translation>
    </message>
    <message>
        <source>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</source>
        <translation>  Așteptat la volumul actual, clienți noi: %1; deficit %2
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 takes a number from %2 to %3
</source>
        <translation>b2x allocate: %1 primește un număr de la %2 la %3
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 needs a value
</source>
        <translation>b2x allocate: %1 necesită o valoare
</translation>
    </message>
    <message>
        <source>b2x allocate: unknown option &quot;%1&quot;
</source>
        <translation>b2x allocate: opțiune necunoscută &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x allocate: name a workspace file and at least one --persona ID
</source>
        <translation>b2x allocate: indicați un fișier de spațiu de lucru și cel puțin un --persona ID
</translation>
    </message>
    <message>
        <source>b2x allocate: give either --budget or --target-mroas, not both
</source>
        <translation>b2x allocate: indicați fie --budget, fie --target-mroas, nu pe amândouă
</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>la minimul său</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>la maximul său</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>blocat</translation>
    </message>
    <message>
        <source>Budget %1 a month, split in steps of %2
</source>
        <translation>Buget %1 pe lună, împărțit în pași de %2
</translation>
    </message>
    <message>
        <source>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</source>
        <translation>Cheltuieli cât timp ROAS-ul marginal se menține: %1 pe lună, în pași de %2
</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, marginal ROAS %4</source>
        <translation>  %1: %2 → %3, ROAS marginal %4</translation>
    </message>
    <message>
        <source>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>
Astăzi:   cheltuieli %1, clienți %2, valoare %3, ROAS %4
</translation>
    </message>
    <message>
        <source>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>Propus:   cheltuieli %1, clienți %2, valoare %3, ROAS %4
</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.
</source>
        <translation>Doar cheltuielile minime ale canalelor depășesc deja bugetul.
</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.
</source>
        <translation>%1 rămâne necheltuit: toate canalele sunt la maximul lor.
</translation>
    </message>
    <message>
        <source>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</source>
        <translation>b2x calibrate: datele se potrivesc ambelor ordini; se folosește ordinea salvată cu persona (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>b2x calibrate: using the stage mapping saved with the persona (%n stage(s)); --map replaces it
</source>
        <translation>
            <numerusform>b2x calibrate: se folosește asocierea etapelor salvată cu persona (%n etapă); --map o înlocuiește
</numerusform>
            <numerusform>b2x calibrate: se folosește asocierea etapelor salvată cu persona (%n etape); --map o înlocuiește
</numerusform>
            <numerusform>b2x calibrate: se folosește asocierea etapelor salvată cu persona (%n de etape); --map o înlocuiește
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
        <translation>Utilizare: b2x COMMAND [OPTIONS]

Verifică și rezumă fișierele de spațiu de lucru B2X Workbench (.b2x) fără
interfață grafică.

Comenzi:
  validate FILE...        verifică dacă fiecare fișier este un spațiu de lucru
                          valid
  summary FILE [--json]   listează personas dintr-un spațiu de lucru; --json
                          tipărește un document pentru procesare automată
                          (vezi docs/cli.md)
  plan FILE [--json]      planul: ținta fiecărei persona calculată invers prin
                          pâlnia și ciclul ei de vânzare, scorurile OKR și
                          verificările
  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]
              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]
              [--xlsx OUT.xlsx]
              [--title T] [--subtitle S] [--client C] [--author A]
              [--date YYYY-MM-DD]
                          scrie raportul de comparație, graficele,
                          indicatorii fiecărei persona, listele planului ca
                          CSV și registrul de calcul cu formule active;
                          opțiunile de copertă înlocuiesc textele salvate în
                          spațiul de lucru
  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]
              [--format auto|generic|hubspot|salesforce|pipedrive]
              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]
              [--map &quot;CRM stage=Pipeline stage&quot;]... [--spend SPEND.csv]
              [--json] [--apply OUT.b2x]
                          măsoară etapele persona dintr-un export CRM, cu
                          tranzacțiile deschise numărate corect, și CAC-ul
                          cheltuielilor publicitare; --apply scrie etapele
                          în persona
  allocate FILE --persona ID [--persona ID]...
              [--budget N | --target-mroas X] [--step-percent P] [--json]
                          împarte bugetul pe canalele personas după
                          randamente marginale egale (curbe de răspuns)
  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]
                          rezultatele persona ca intervale, din dispersia
                          dovezilor ei, și parametrii de intrare care
                          contează cel mai mult

Opțiuni:
  --lang CODE             limba mesajelor: en, pl, ar, ro sau th
                          (implicit: limba sistemului)
  -h, --help              afișează acest ajutor
  -v, --version           afișează versiunea

Cod de ieșire: 0 succes, 1 date de intrare nevalide, 2 eroare de utilizare.
</translation>
    </message>
    <message>
        <source>b2x uncertainty: %1 needs a value
</source>
        <translation>b2x uncertainty: %1 necesită o valoare
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</source>
        <translation>b2x uncertainty: --runs primește un număr întreg de la 1 la 1000000
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --seed takes a whole number from 0 to %1
</source>
        <translation>b2x uncertainty: --seed primește un număr întreg de la 0 la %1
</translation>
    </message>
    <message>
        <source>b2x uncertainty: unknown option &quot;%1&quot;
</source>
        <translation>b2x uncertainty: opțiune necunoscută &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x uncertainty: name a workspace file and --persona ID
</source>
        <translation>b2x uncertainty: indicați un fișier de spațiu de lucru și --persona ID
</translation>
    </message>
    <message>
        <source>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</source>
        <translation>  %1: %2 (p10), %3 (p50), %4 (p90), medie %5
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), seed %2
</source>
        <translation>
            <numerusform>%1: %n rulare, seed %2
</numerusform>
            <numerusform>%1: %n rulări, seed %2
</numerusform>
            <numerusform>%1: %n de rulări, seed %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>Clienți noi pe lună</translation>
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
        <translation>Recuperare (luni)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Luni până la 50% din venit</translation>
    </message>
    <message>
        <source>  Probability that CLV:CAC is at least 3: %1
</source>
        <translation>  Probabilitatea ca CLV:CAC să fie cel puțin 3: %1
</translation>
    </message>
    <message>
        <source>
Tornado (CLV:CAC with each input alone at its low and high)
</source>
        <translation>
Tornado (CLV:CAC cu fiecare parametru de intrare variat singur, la valoarea mică și la cea mare)
</translation>
    </message>
    <message>
        <source>  %1 ±%2%: %3 … %4, swing %5
</source>
        <translation>  %1 ±%2%: %3 … %4, amplitudine %5
</translation>
    </message>
</context>
<context>
    <name>b2x::objectives</name>
    <message>
        <source>green</source>
        <comment>OKR grading band</comment>
        <translation>verde</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>OKR grading band</comment>
        <translation>galben</translation>
    </message>
    <message>
        <source>red</source>
        <comment>OKR grading band</comment>
        <translation>roșu</translation>
    </message>
    <message>
        <source>green, 70% or more: on track</source>
        <translation>verde, 70% sau mai mult: pe drumul cel bun</translation>
    </message>
    <message>
        <source>yellow, 40% to below 70%: progress, short of the target</source>
        <translation>galben, de la 40% până sub 70%: progres, dar sub țintă</translation>
    </message>
    <message>
        <source>red, below 40%: off track</source>
        <translation>roșu, sub 40%: nu este pe drumul cel bun</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>niciun progres încă</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>progress, then the band&apos;s colour word</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>asumat</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>aspirațional</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>Clienți noi în perioadă</translation>
    </message>
    <message>
        <source>Entries into a pipeline stage over the period</source>
        <translation>Intrări într-o etapă a pipeline-ului în perioadă</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Volum lunar necesar</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Cheltuieli lunare necesare</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</source>
        <translation>Derivată din pâlnia inversă a unei persona care nu se află în spațiul de lucru (ștearsă?); contează ținta păstrată la ultimul check-in, %1.</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</source>
        <translation>Derivată din pâlnia inversă a %1, care acum nu dă nicio cifră (nicio țintă, niciun volum sau o etapă care nu mai există); contează ținta păstrată la ultimul check-in, %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 new customers in the period.</source>
        <translation>Din pâlnia inversă a %1: %2 clienți noi în perioadă.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 entries into “%3” over the period.</source>
        <translation>Din pâlnia inversă a %1: %2 intrări în „%3” în perioadă.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly volume of %2.</source>
        <translation>Din pâlnia inversă a %1: un volum lunar de %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly spend of %2.</source>
        <translation>Din pâlnia inversă a %1: cheltuieli lunare de %2.</translation>
    </message>
</context>
<context>
    <name>b2x::plan</name>
    <message>
        <source>MQLs per channel</source>
        <translation>MQL pe canal</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>vizite</translation>
    </message>
    <message>
        <source>SQLs per channel</source>
        <translation>SQL pe canal</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Rata de clic</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead-to-customer rate</source>
        <translation>Rata de conversie a leadurilor în clienți</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Valoarea pipeline-ului</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>monedă</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Rata de conversie</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Rentabilitatea cheltuielilor publicitare (ROAS)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Valoarea pe durata de viață a clientului (CLV)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Rata achizițiilor repetate</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificare</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Acoperire</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Interacțiune</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Implicare</translation>
    </message>
    <message>
        <source>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</source>
        <translation>Planul nu are încă o perioadă, așa că se planifică trimestrul calendaristic de la %1 la %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>Ținta planului</translation>
    </message>
    <message>
        <source>Content &quot;%1&quot;</source>
        <translation>Conținutul &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</source>
        <translation>%1: tacticile planifică %2 pentru perioadă, sub suma de %3 necesară țintei la costul actual pe intrare.</translation>
    </message>
    <message>
        <source>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</source>
        <translation>%1: ținta necesită în perioadă mai multe intrări (%2) decât membrii publicului său aflați pe piață în acest interval (%3 din %4).</translation>
    </message>
    <message>
        <source>%1: no content and no tactic for %2.</source>
        <translation>%1: niciun conținut și nicio tactică pentru: %2.</translation>
    </message>
    <message>
        <source>Tactic &quot;%1&quot;</source>
        <translation>Tactica &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, outside the period %4 to %5.</source>
        <translation>%1 se desfășoară de la %2 la %3, în afara perioadei %4 – %5.</translation>
    </message>
    <message>
        <source>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</source>
        <translation>%1 servește rezultatul cheie &quot;%2&quot;, care nu se află în plan; referința se păstrează.</translation>
    </message>
    <message>
        <source>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</source>
        <translation>%1 pe %2: fereastra de atribuire de %3 zile ratează cea mai lentă zecime din tranzacțiile pentru %4 (90% se închid în %5 zile), așa că rezultatele canalului vor părea mai slabe decât sunt; atribuiți-le în CRM.</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>Obiectivul &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Key result &quot;%1&quot;</source>
        <translation>Rezultatul cheie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</source>
        <translation>%1: ținta urmează pâlnia inversă și s-a schimbat de la %2, la ultimul check-in, la %3.</translation>
    </message>
    <message>
        <source>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</source>
        <translation>%1 își ia ținta din etapa %2 a pipeline-ului pentru %3 (număr de etape: %4); își păstrează propria țintă până când se modifică acest lucru.</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</source>
        <translation>%1 se referă la persona &quot;%2&quot;, care nu se află în spațiul de lucru (ștearsă?); referința se păstrează până când este modificată.</translation>
    </message>
    <message>
        <source>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</source>
        <translation>%1 folosește canalul &quot;%2&quot;, care nu se află nici în catalog, nici printre canalele spațiului de lucru; referința se păstrează.</translation>
    </message>
    <message>
        <source>The target is revenue but the price is 0, so it cannot be turned into customers.</source>
        <translation>Ținta este exprimată în venituri, dar prețul este 0, deci nu poate fi transformată în clienți.</translation>
    </message>
    <message>
        <source>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</source>
        <translation>Pâlnia actuală nu câștigă clienți (niciun volum lunar sau o rată de conversie de 0), deci volumul și cheltuielile de care are nevoie ținta nu pot fi calculate invers.</translation>
    </message>
    <message>
        <source>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</source>
        <translation>Jumătate din tranzacții durează %1 zile sau mai mult, mai mult decât perioada de %2 zile: leadurile care intră în perioadă se închid în mare parte după ea. Clienții acestei ținte provin dintr-un pipeline care trebuia umplut până la %3 (până la %4 pentru nouă tranzacții din zece).</translation>
    </message>
    <message>
        <source>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</source>
        <translation>Cea mai lentă zecime din tranzacții durează %1 zile sau mai mult, mai mult decât perioada de %2 zile: leadurile care trebuie să se închidă până la final cu o probabilitate de 90% trebuiau să intre până la %3, înainte de începutul perioadei.</translation>
    </message>
</context>
<context>
    <name>b2x::planfields</name>
    <message>
        <source>The persona the card is for: its row on the board.</source>
        <translation>Persona pentru care este cardul: rândul său pe panou.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona care nu mai există în spațiul de lucru</translation>
    </message>
    <message>
        <source>The RACE stage the card serves: its column on the board.</source>
        <translation>Etapa RACE pe care o servește cardul: coloana sa pe panou.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Niciun canal</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (nu se află în catalogul acestei versiuni)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a date</comment>
        <translation>Nestabilită</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Model B2B and B2C audiences and compare how they buy.</source>
        <translation>Modelați publicuri B2B și B2C și comparați cum cumpără.</translation>
    </message>
    <message>
        <source>Language for this run: en, pl, ar, ro or th.</source>
        <translation>Limba pentru această rulare: en, pl, ar, ro sau th.</translation>
    </message>
    <message>
        <source>Workspace to open (.b2x).</source>
        <translation>Spațiul de lucru de deschis (.b2x).</translation>
    </message>
</context>
</TS>
