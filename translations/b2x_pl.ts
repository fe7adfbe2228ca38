<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Usuń „%1”</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Zmień kolejność person</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Edytuj szczegóły obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>b2x</name>
    <message>
        <source>the text is not valid UTF-8 (save the file with UTF-8 encoding)</source>
        <translation>tekst nie jest poprawnym UTF-8 (zapisz plik w kodowaniu UTF-8)</translation>
    </message>
    <message>
        <source>a number is too large to represent (%1)</source>
        <translation>liczba jest zbyt duża, by ją zapisać (%1)</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</source>
        <translation>listy i obiekty są zagnieżdżone głębiej niż na %1 poziomów; obszar roboczy nigdy tego nie potrzebuje, więc plik jest uszkodzony albo nie jest obszarem roboczym</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; remove one of them</source>
        <translation>klucz &quot;%1&quot; występuje dwa razy w tym samym obiekcie; usuń jeden z nich</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>to nie jest poprawny JSON: %1</translation>
    </message>
    <message>
        <source>ageMin (%1) must not be greater than ageMax (%2)</source>
        <translation>ageMin (%1) nie może być większe niż ageMax (%2)</translation>
    </message>
    <message>
        <source>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</source>
        <translation>musi zachodzić minDays ≤ likelyDays ≤ maxDays; znaleziono %1, %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each channel once</source>
        <translation>&quot;%1&quot; występuje dwa razy; każdy kanał wymień tylko raz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</source>
        <translation>&quot;%1&quot; nie występuje w katalogu kanałów tej wersji; modele go pomijają</translation>
    </message>
    <message>
        <source>budget shares add up to %1%, more than 100%</source>
        <translation>udziały w budżecie sumują się do %1%, czyli ponad 100%</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</source>
        <translation>musi być identyfikatorem UUID, np. 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb, such as #4e79a7</source>
        <translation>musi być kolorem zapisanym jako #rrggbb, np. #4e79a7</translation>
    </message>
    <message>
        <source>Small-business software</source>
        <translation>Oprogramowanie dla małych firm</translation>
    </message>
    <message>
        <source>Mid-market software</source>
        <translation>Oprogramowanie dla średnich firm</translation>
    </message>
    <message>
        <source>Enterprise software</source>
        <translation>Oprogramowanie dla dużych przedsiębiorstw</translation>
    </message>
    <message>
        <source>Industrial reorder</source>
        <translation>Ponowne zamówienie w przemyśle</translation>
    </message>
    <message>
        <source>E-commerce impulse purchase</source>
        <translation>Impulsowy zakup w e-sklepie</translation>
    </message>
    <message>
        <source>High-consideration consumer purchase</source>
        <translation>Przemyślany zakup konsumencki</translation>
    </message>
    <message>
        <source>Hybrid: self-funded or employer-sponsored</source>
        <translation>Hybryda: finansowana samodzielnie lub przez pracodawcę</translation>
    </message>
    <message>
        <source>A plan under $10,000 a year with a free trial: two people, a few weeks.</source>
        <translation>Abonament poniżej 10 000 $ rocznie z bezpłatnym okresem próbnym: dwie osoby, kilka tygodni.</translation>
    </message>
    <message>
        <source>A $25–50K deal: five people, about three months.</source>
        <translation>Transakcja za 25–50 tys. $: pięć osób, około trzech miesięcy.</translation>
    </message>
    <message>
        <source>A $100–250K deal through a tender: seven people, six to nine months.</source>
        <translation>Transakcja za 100–250 tys. $ w trybie przetargu: siedem osób, od sześciu do dziewięciu miesięcy.</translation>
    </message>
    <message>
        <source>A straight rebuy of consumables from an approved supplier, every month.</source>
        <translation>Prosty zakup ponowny materiałów eksploatacyjnych od zatwierdzonego dostawcy, co miesiąc.</translation>
    </message>
    <message>
        <source>Under $50, decided in less than a day, bought online.</source>
        <translation>Poniżej 50 $, decyzja w niecały dzień, zakup online.</translation>
    </message>
    <message>
        <source>$200–2,000, a household weighing options for a few weeks.</source>
        <translation>200–2000 $, gospodarstwo domowe porównuje opcje przez kilka tygodni.</translation>
    </message>
    <message>
        <source>A course bought by individuals or by their employers.</source>
        <translation>Kurs kupowany przez osoby prywatne lub ich pracodawców.</translation>
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
        <translation>Hybryda</translation>
    </message>
    <message>
        <source>Sells to organisations: the customer is a company or institution.</source>
        <translation>Sprzedaje organizacjom: klientem jest firma lub instytucja.</translation>
    </message>
    <message>
        <source>Sells to people or households.</source>
        <translation>Sprzedaje osobom lub gospodarstwom domowym.</translation>
    </message>
    <message>
        <source>Sells both ways, for example a design studio furnishing hotels and homes.</source>
        <translation>Sprzedaje w obu modelach, np. studio projektowe urządzające hotele i domy.</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Inicjator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>Autor specyfikacji</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Decydent</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Zatwierdzający</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Nabywca</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Strażnik informacji</translation>
    </message>
    <message>
        <source>Notices the need and starts the purchase.</source>
        <translation>Dostrzega potrzebę i rozpoczyna zakup.</translation>
    </message>
    <message>
        <source>Will use the product day to day; often shapes the requirements.</source>
        <translation>Będzie używać produktu na co dzień; często współtworzy wymagania.</translation>
    </message>
    <message>
        <source>Shapes the choice with advice or expertise, from inside or outside the organisation.</source>
        <translation>Wpływa na wybór radą lub wiedzą ekspercką, z wewnątrz lub spoza organizacji.</translation>
    </message>
    <message>
        <source>Writes the technical requirements that offers are scored against.</source>
        <translation>Spisuje wymagania techniczne, według których ocenia się oferty.</translation>
    </message>
    <message>
        <source>Makes the final choice of product and supplier.</source>
        <translation>Dokonuje ostatecznego wyboru produktu i dostawcy.</translation>
    </message>
    <message>
        <source>Authorises what the deciders and buyers propose.</source>
        <translation>Zatwierdza to, co proponują decydenci i nabywcy.</translation>
    </message>
    <message>
        <source>Negotiates terms and places the order, often procurement.</source>
        <translation>Negocjuje warunki i składa zamówienie, często dział zakupów.</translation>
    </message>
    <message>
        <source>Controls which suppliers and what information reach the group.</source>
        <translation>Decyduje, którzy dostawcy i jakie informacje docierają do grupy.</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Zwolennik</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Przeciwnik</translation>
    </message>
    <message>
        <source>Argues for your offer inside the organisation.</source>
        <translation>Przekonuje do Twojej oferty wewnątrz organizacji.</translation>
    </message>
    <message>
        <source>Has not taken a side yet.</source>
        <translation>Nie zajął jeszcze stanowiska.</translation>
    </message>
    <message>
        <source>Argues against the purchase and may be able to stop it.</source>
        <translation>Sprzeciwia się zakupowi i może go zablokować.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowy zakup</translation>
    </message>
    <message>
        <source>Modified rebuy</source>
        <translation>Zmodyfikowany zakup ponowny</translation>
    </message>
    <message>
        <source>Straight rebuy</source>
        <translation>Prosty zakup ponowny</translation>
    </message>
    <message>
        <source>Bought for the first time: more people take part and the search takes longer.</source>
        <translation>Kupowane po raz pierwszy: uczestniczy więcej osób, a poszukiwania trwają dłużej.</translation>
    </message>
    <message>
        <source>A familiar purchase with changed requirements, terms or suppliers.</source>
        <translation>Znany zakup ze zmienionymi wymaganiami, warunkami lub dostawcami.</translation>
    </message>
    <message>
        <source>A routine reorder from the current supplier: few people, quick decision.</source>
        <translation>Rutynowe ponowne zamówienie u obecnego dostawcy: mało osób, szybka decyzja.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Shared team</source>
        <translation>Wspólny zespół</translation>
    </message>
    <message>
        <source>Dedicated account manager</source>
        <translation>Dedykowany opiekun klienta</translation>
    </message>
    <message>
        <source>Customers serve themselves or contact general support.</source>
        <translation>Klienci obsługują się sami lub kontaktują się z ogólnym działem obsługi.</translation>
    </message>
    <message>
        <source>A team looks after many customers together.</source>
        <translation>Jeden zespół opiekuje się wieloma klientami wspólnie.</translation>
    </message>
    <message>
        <source>One named person owns the relationship, typical of large B2B accounts.</source>
        <translation>Relacją zarządza jedna wskazana osoba, co typowe dla dużych klientów B2B.</translation>
    </message>
    <message>
        <source>Self-serve</source>
        <translation>Samoobsługa</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Z przewodnikiem</translation>
    </message>
    <message>
        <source>The product needs no training.</source>
        <translation>Produkt nie wymaga szkolenia.</translation>
    </message>
    <message>
        <source>Documentation, videos or online courses.</source>
        <translation>Dokumentacja, filmy lub kursy online.</translation>
    </message>
    <message>
        <source>Sessions run by your team for the customer&apos;s staff.</source>
        <translation>Sesje prowadzone przez Twój zespół dla pracowników klienta.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardowe</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedykowane</translation>
    </message>
    <message>
        <source>No technical support beyond general customer service.</source>
        <translation>Brak wsparcia technicznego poza ogólną obsługą klienta.</translation>
    </message>
    <message>
        <source>A shared help desk with usual response times.</source>
        <translation>Wspólny helpdesk ze zwykłymi czasami reakcji.</translation>
    </message>
    <message>
        <source>Named engineers who know the customer&apos;s setup.</source>
        <translation>Wskazani inżynierowie, którzy znają środowisko klienta.</translation>
    </message>
    <message>
        <source>Contractual (SLA)</source>
        <translation>Umowne (SLA)</translation>
    </message>
    <message>
        <source>No promised response or availability.</source>
        <translation>Brak gwarantowanego czasu reakcji i dostępności.</translation>
    </message>
    <message>
        <source>Published service standards, not in the contract.</source>
        <translation>Opublikowane standardy obsługi, nie zapisane w umowie.</translation>
    </message>
    <message>
        <source>Response times and availability written into the contract, with penalties.</source>
        <translation>Czasy reakcji i dostępność zapisane w umowie, z karami.</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>Bez zwrotów</translation>
    </message>
    <message>
        <source>Generous</source>
        <translation>Hojne</translation>
    </message>
    <message>
        <source>Sales are final, as is usual for custom-made goods.</source>
        <translation>Sprzedaż jest ostateczna, jak zwykle przy towarach na zamówienie.</translation>
    </message>
    <message>
        <source>Returns as the law or the trade requires.</source>
        <translation>Zwroty zgodnie z prawem lub zwyczajem branżowym.</translation>
    </message>
    <message>
        <source>Long, no-questions-asked returns that lower the risk of buying.</source>
        <translation>Długi okres zwrotu bez pytań, który zmniejsza ryzyko zakupu.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masowa</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentowa</translation>
    </message>
    <message>
        <source>One-to-one / ABM</source>
        <translation>Indywidualna / ABM</translation>
    </message>
    <message>
        <source>The same message and offer for everyone.</source>
        <translation>Ten sam przekaz i oferta dla wszystkich.</translation>
    </message>
    <message>
        <source>Targeted e-mails, recommendations and offers per segment, typical of B2C.</source>
        <translation>Ukierunkowane e-maile, rekomendacje i oferty dla segmentów, typowe dla B2C.</translation>
    </message>
    <message>
        <source>Each account treated as a market of one (account-based marketing), typical of B2B.</source>
        <translation>Każdy klient traktowany jak rynek jednego klienta (account-based marketing), typowe dla B2B.</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Założenie</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Zmierzone</translation>
    </message>
    <message>
        <source>An educated guess that nobody has checked yet.</source>
        <translation>Świadome przypuszczenie, którego nikt jeszcze nie sprawdził.</translation>
    </message>
    <message>
        <source>A published figure for similar companies or markets.</source>
        <translation>Opublikowana wartość dla podobnych firm lub rynków.</translation>
    </message>
    <message>
        <source>Taken from your own data: CRM, analytics or finance.</source>
        <translation>Z Twoich własnych danych: CRM, analityki lub finansów.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Wydatki miesięczne</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Wolumen miesięczny</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>Współczynniki konwersji</translation>
    </message>
    <message>
        <source>Stage durations</source>
        <translation>Czas trwania etapów</translation>
    </message>
    <message>
        <source>Decision-unit size</source>
        <translation>Wielkość grupy zakupowej</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Zakupy w roku</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Czas życia klienta</translation>
    </message>
    <message>
        <source>The order or contract value per purchase (Economics).</source>
        <translation>Wartość zamówienia lub umowy na jeden zakup (Ekonomia).</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month (Economics).</source>
        <translation>Miesięczne wydatki na marketing i sprzedaż (Ekonomia).</translation>
    </message>
    <message>
        <source>New entries at the top of the funnel per month (Economics).</source>
        <translation>Nowe wejścia na szczyt lejka w miesiącu (Ekonomia).</translation>
    </message>
    <message>
        <source>The share that moves from each stage to the next (Pipeline).</source>
        <translation>Odsetek przechodzący z każdego etapu do następnego (Etapy).</translation>
    </message>
    <message>
        <source>Days spent in each stage (Pipeline).</source>
        <translation>Dni spędzone na każdym etapie (Etapy).</translation>
    </message>
    <message>
        <source>How many people take part in the decision (Decision unit).</source>
        <translation>Ile osób bierze udział w decyzji (Grupa zakupowa).</translation>
    </message>
    <message>
        <source>The share of the price kept after direct costs.</source>
        <translation>Część ceny pozostająca po kosztach bezpośrednich.</translation>
    </message>
    <message>
        <source>How often a customer buys (Economics).</source>
        <translation>Jak często klient kupuje (Ekonomia).</translation>
    </message>
    <message>
        <source>How many years a customer stays (Economics).</source>
        <translation>Ile lat klient pozostaje z firmą (Ekonomia).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Członkowie grupy zakupowej</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapy lejka</translation>
    </message>
    <message>
        <source>Most likely cycle</source>
        <translation>Najbardziej prawdopodobny cykl</translation>
    </message>
    <message>
        <source>Price per purchase</source>
        <translation>Cena za zakup</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Sum of every stage&apos;s most likely duration</source>
        <translation>Suma najbardziej prawdopodobnych czasów wszystkich etapów</translation>
    </message>
    <message>
        <source>Entries at the top of the funnel per month</source>
        <translation>Wejścia na szczyt lejka w miesiącu</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mieszane</translation>
    </message>
    <message>
        <source>must list at least one role</source>
        <translation>musi zawierać co najmniej jedną rolę</translation>
    </message>
    <message>
        <source>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</source>
        <translation>musi być rolą, np. &quot;decider&quot;, &quot;user&quot; lub &quot;buyer&quot;; znaleziono %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each role once</source>
        <translation>&quot;%1&quot; występuje dwa razy; każdą rolę wymień tylko raz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</source>
        <translation>&quot;%1&quot; nie występuje w &quot;roles&quot;; podawaj role wyłącznie w &quot;roles&quot;</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>musi być liczbą, a nie: %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>musi być liczbą skończoną</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>entries at the top of the funnel</comment>
        <translation>%1 miesięcznie</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>purchases</comment>
        <translation>%1 rocznie</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%Ln rok</numerusform>
            <numerusform>%Ln lata</numerusform>
            <numerusform>%Ln lat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 roku</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 osoby</translation>
    </message>
    <message>
        <source>no stages</source>
        <translation>brak etapów</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>brak wartości</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a list of stage durations</comment>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <comment>minimum, likely and maximum days of one stage</comment>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>Stage “%1”: written for %2, now %3.</source>
        <translation>Etap „%1”: zapisano dla %2, teraz %3.</translation>
    </message>
    <message>
        <source>Written for %1; the persona now has %2.</source>
        <translation>Zapisano dla: %1; persona ma teraz: %2.</translation>
    </message>
    <message>
        <source>must hold two numbers, the low and the high end</source>
        <translation>musi zawierać dwie liczby: dolną i górną granicę</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>musi być liczbą od 0 do %1</translation>
    </message>
    <message>
        <source>the low end (%1) is above the high end (%2)</source>
        <translation>dolna granica (%1) jest wyższa niż górna (%2)</translation>
    </message>
    <message>
        <source>must be null or one of %1; found &quot;%2&quot;</source>
        <translation>musi mieć wartość null lub jedną z wartości %1; znaleziono &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</source>
        <translation>musi zaczynać się od &quot;custom-&quot; i co najmniej jednego kolejnego znaku, aby nigdy nie kolidować z kanałem wbudowanym; znaleziono &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</source>
        <translation>&quot;%1&quot; jest używany przez wcześniejszy kanał; każdy kanał potrzebuje własnego identyfikatora</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</source>
        <translation>&quot;%1&quot; nie jest kanałem tego obszaru roboczego; modele go pomijają</translation>
    </message>
    <message>
        <source>Decision formality</source>
        <translation>Formalność decyzji</translation>
    </message>
    <message>
        <source>Sales-cycle length</source>
        <translation>Długość cyklu sprzedaży</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>Poziom ceny</translation>
    </message>
    <message>
        <source>Rational motive</source>
        <translation>Motyw racjonalny</translation>
    </message>
    <message>
        <source>Relationship depth</source>
        <translation>Głębokość relacji</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalizacja</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Miks kanałów</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Decydujący</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Formalność</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cykl</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Racjonalne</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personalizacja</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</source>
        <translation>musi być datą w formacie YYYY-MM-DD, np. 2027-01-31; znaleziono &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item; every item needs its own id</source>
        <translation>&quot;%1&quot; jest używany przez wcześniejszy element; każdy element potrzebuje własnego identyfikatora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</source>
        <translation>&quot;%1&quot; nie jest kluczowym rezultatem tego planu; taktyka zostaje zachowana, ale do czasu zmiany nie służy żadnemu kluczowemu rezultatowi</translation>
    </message>
    <message>
        <source>needs both a start and an end date, or neither</source>
        <translation>wymaga zarówno daty początkowej, jak i końcowej, albo żadnej z nich</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>kończy się (%1) przed rozpoczęciem (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</source>
        <translation>persony &quot;%1&quot; nie ma w tym obszarze roboczym (usunięta?); odwołanie zostaje zachowane, a kontrole planu je zgłaszają</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</source>
        <translation>&quot;%1&quot; nie jest kanałem z katalogu ani z tego obszaru roboczego; odwołanie zostaje zachowane, a modele je pomijają</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</source>
        <translation>&quot;%1&quot; ma już wcześniejszy wpis; persona ma jeden cel i jedną wielkość grupy odbiorców</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brakuje</translation>
    </message>
    <message>
        <source>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</source>
        <translation>lejek persony nie ma etapu %1 (ma ich %2); kluczowy rezultat zachowuje własną wartość docelową do czasu zmiany</translation>
    </message>
    <message>
        <source>A share: 50% is 0.5.</source>
        <translation>Udział: 50% to 0,5.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Model przychodów</translation>
    </message>
    <message>
        <source>oneOff, repeatOrder or subscription (as in the workspace file).</source>
        <translation>oneOff, repeatOrder lub subscription (jak w pliku obszaru roboczego).</translation>
    </message>
    <message>
        <source>Top-of-funnel entries per month.</source>
        <translation>Wejścia na szczyt lejka w miesiącu.</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month.</source>
        <translation>Miesięczne wydatki na marketing i sprzedaż.</translation>
    </message>
    <message>
        <source>Order or contract value per purchase; for a subscription the price per billing period.</source>
        <translation>Wartość zamówienia lub umowy na jeden zakup; w przypadku subskrypcji cena za okres rozliczeniowy.</translation>
    </message>
    <message>
        <source>One-off and repeat orders: purchases per customer a year.</source>
        <translation>Zakupy jednorazowe i zamówienia powtarzalne: liczba zakupów jednego klienta w roku.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Czas życia (lata)</translation>
    </message>
    <message>
        <source>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</source>
        <translation>Zakupy jednorazowe: czas życia klienta. Subskrypcja i zamówienia powtarzalne: horyzont, który ogranicza czas życia wynikający z churnu.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>Subscription: monthly or annual (the price is per billing period).</source>
        <translation>Subskrypcja: monthly lub annual (cena dotyczy okresu rozliczeniowego).</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Subscription: share of customers lost per churn period. %1</source>
        <translation>Subskrypcja: odsetek klientów traconych w okresie churnu. %1</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Okres churnu</translation>
    </message>
    <message>
        <source>monthly or annual.</source>
        <translation>monthly lub annual.</translation>
    </message>
    <message>
        <source>Expansion a year</source>
        <translation>Ekspansja roczna</translation>
    </message>
    <message>
        <source>Subscription: yearly growth of a retained customer&apos;s revenue. %1</source>
        <translation>Subskrypcja: roczny wzrost przychodu od utrzymanego klienta. %1</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Roczna retencja</translation>
    </message>
    <message>
        <source>Repeat orders: share of customers still ordering a year on. %1</source>
        <translation>Zamówienia powtarzalne: odsetek klientów, którzy nadal zamawiają po roku. %1</translation>
    </message>
    <message>
        <source>Stage %1 conversion</source>
        <translation>Konwersja etapu %1</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</source>
        <translation>Odsetek wchodzących na etap, którzy przechodzą na następny etap (z ostatniego etapu – zostają klientami). %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etap %1</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>Nazwa etapu.</translation>
    </message>
    <message>
        <source>Formula: the Inputs sheet&apos;s monthly volume.</source>
        <translation>Formuła: wolumen miesięczny z arkusza Inputs.</translation>
    </message>
    <message>
        <source>Stage %1 entries</source>
        <translation>Wejścia na etap %1</translation>
    </message>
    <message>
        <source>Formula: entries into the first stage a month = monthly volume.</source>
        <translation>Formuła: wejścia na pierwszy etap w miesiącu = wolumen miesięczny.</translation>
    </message>
    <message>
        <source>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</source>
        <translation>Formuła: wejścia na ten etap w miesiącu = wejścia na poprzedni etap × jego konwersja.</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>Klienci w miesiącu</translation>
    </message>
    <message>
        <source>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</source>
        <translation>Formuła: wolumen miesięczny × iloczyn konwersji wszystkich etapów (sam wolumen miesięczny, gdy lejek nie ma etapów).</translation>
    </message>
    <message>
        <source>Formula: from the Funnel sheet.</source>
        <translation>Formuła: z arkusza Funnel.</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>Miesięczny przychód na klienta</translation>
    </message>
    <message>
        <source>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</source>
        <translation>Formuła: subskrypcja: cena (÷ 12 przy rozliczeniu rocznym); w pozostałych przypadkach cena × zakupy w roku ÷ 12.</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>Miesięczny churn</translation>
    </message>
    <message>
        <source>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</source>
        <translation>Formuła: subskrypcja: churn (churn roczny jako stopa miesięczna, która w skali roku daje churn roczny: 1 − (1 − churn)^(1/12)); zamówienia powtarzalne: 1 − roczna retencja^(1/12); zakupy jednorazowe: puste.</translation>
    </message>
    <message>
        <source>Monthly expansion</source>
        <translation>Miesięczna ekspansja</translation>
    </message>
    <message>
        <source>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</source>
        <translation>Formuła: subskrypcja: (1 + ekspansja roczna)^(1/12) − 1; w pozostałych przypadkach 0.</translation>
    </message>
    <message>
        <source>Net monthly loss</source>
        <translation>Miesięczna strata netto</translation>
    </message>
    <message>
        <source>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</source>
        <translation>Formuła: churn − ekspansja × (1 − churn): część przychodu z danego miesiąca tracona w następnym miesiącu.</translation>
    </message>
    <message>
        <source>Lifetime (months)</source>
        <translation>Czas życia (miesiące)</translation>
    </message>
    <message>
        <source>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</source>
        <translation>Formuła: zakupy jednorazowe: 12 × czas życia w latach; w pozostałych przypadkach 1 ÷ miesięczna strata netto, maksymalnie 12 × czas życia w latach.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Formula: monthly spend ÷ customers per month; empty when no customer is won.</source>
        <translation>Formuła: wydatki miesięczne ÷ klienci w miesiącu; puste, gdy nie pozyskano żadnego klienta.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Formula: monthly revenue per customer × gross margin × lifetime in months.</source>
        <translation>Formuła: miesięczny przychód na klienta × marża brutto × czas życia w miesiącach.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Formula: CLV ÷ CAC.</source>
        <translation>Formuła: CLV ÷ CAC.</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Okres zwrotu (miesiące)</translation>
    </message>
    <message>
        <source>Formula: CAC ÷ (monthly revenue per customer × gross margin).</source>
        <translation>Formuła: CAC ÷ (miesięczny przychód na klienta × marża brutto).</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Formula: customers per month × price ÷ monthly spend.</source>
        <translation>Formuła: klienci w miesiącu × cena ÷ wydatki miesięczne.</translation>
    </message>
    <message>
        <source>Break-even ROAS</source>
        <translation>ROAS progu rentowności</translation>
    </message>
    <message>
        <source>Formula: 1 ÷ gross margin.</source>
        <translation>Formuła: 1 ÷ marża brutto.</translation>
    </message>
    <message>
        <source>Steady-state customers</source>
        <translation>Klienci w stanie ustalonym</translation>
    </message>
    <message>
        <source>Formula: customers per month ÷ monthly churn (recurring models with churn).</source>
        <translation>Formuła: klienci w miesiącu ÷ miesięczny churn (modele powtarzalne z churnem).</translation>
    </message>
    <message>
        <source>Steady-state MRR</source>
        <translation>MRR w stanie ustalonym</translation>
    </message>
    <message>
        <source>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</source>
        <translation>Formuła: subskrypcje: klienci w miesiącu × miesięczny przychód na klienta ÷ miesięczna strata netto.</translation>
    </message>
    <message>
        <source>Steady-state ARR</source>
        <translation>ARR w stanie ustalonym</translation>
    </message>
    <message>
        <source>Formula: 12 × steady-state MRR.</source>
        <translation>Formuła: 12 × MRR w stanie ustalonym.</translation>
    </message>
    <message>
        <source>Median sales cycle (days)</source>
        <translation>Mediana cyklu sprzedaży (dni)</translation>
    </message>
    <message>
        <source>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</source>
        <translation>Wartość, nie formuła: model cyklu sprzedaży sumuje trójkątne rozkłady czasu trwania etapów przez splot, czego formuła arkusza nie potrafi.</translation>
    </message>
    <message>
        <source>Revenue in month 24</source>
        <translation>Przychód w 24. miesiącu</translation>
    </message>
    <message>
        <source>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</source>
        <translation>Wartość, nie formuła: model czasu do przychodu rozkłada klientów z każdego miesiąca zgodnie z rozkładem cyklu sprzedaży.</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, or null; found %2</source>
        <translation>musi być większe od 0 i wynosić najwyżej %1 albo mieć wartość null; znaleziono %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>ma %1 pozycji; dozwolone jest najwyżej %2</translation>
    </message>
    <message>
        <source>a name is %1 bytes long; names hold 1 to %2</source>
        <translation>nazwa ma %1 bajtów; nazwy mogą mieć od 1 do %2 bajtów</translation>
    </message>
    <message>
        <source>must not be less than minSpend (%1); found %2</source>
        <translation>nie może być mniejsze niż minSpend (%1); znaleziono %2</translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</source>
        <translation>musi mieć wartość &quot;dmy&quot;, &quot;mdy&quot; lub null; znaleziono %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</source>
        <translation>&quot;%1&quot; nie jest żadnym z etapów persony; to zapamiętane przypisanie zostało usunięte</translation>
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
        <translation>Reklamy w marketplace’ach</translation>
    </message>
    <message>
        <source>App stores</source>
        <translation>Sklepy z aplikacjami</translation>
    </message>
    <message>
        <source>Affiliate links</source>
        <translation>Linki afiliacyjne</translation>
    </message>
</context>
<context>
    <name>b2x::BudgetPanel</name>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;Zastosuj propozycję</translation>
    </message>
    <message>
        <source>Fixed budget</source>
        <translation>Stały budżet</translation>
    </message>
    <message>
        <source>Flexible: spend while the marginal ROAS holds</source>
        <translation>Elastyczny: wydawaj, dopóki utrzymuje się krańcowy ROAS</translation>
    </message>
    <message>
        <source>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</source>
        <translation>Stały: podziel budżet tam, gdzie przynosi największą wartość. Elastyczny: dodawaj kolejne kroki, dopóki następny zwraca co najmniej wartość docelową.</translation>
    </message>
    <message>
        <source>The monthly spend to split across the channels (today&apos;s spend until you type another)</source>
        <translation>Miesięczne wydatki do podziału między kanały (obecne wydatki, dopóki nie wpiszesz innej kwoty)</translation>
    </message>
    <message>
        <source>The least a step must return: value added ÷ money spent</source>
        <translation>Najmniejszy zwrot, jaki musi dać krok: dodana wartość ÷ wydane pieniądze</translation>
    </message>
    <message>
        <source>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</source>
        <translation>Jeden krok alokacji w procentach budżetu (w trybie elastycznym – w procentach obecnych wydatków)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Tryb:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Miesięczny &amp;budżet:</translation>
    </message>
    <message>
        <source>&amp;Target marginal ROAS:</source>
        <translation>&amp;Docelowy krańcowy ROAS:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Krok:</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>Alokacja budżetu</translation>
    </message>
    <message>
        <source>Response curves</source>
        <translation>Krzywe odpowiedzi</translation>
    </message>
    <message>
        <source>Allocation steps</source>
        <translation>Kroki alokacji</translation>
    </message>
    <message>
        <source>A&amp;llocation</source>
        <translation>&amp;Alokacja</translation>
    </message>
    <message>
        <source>Response &amp;Curves</source>
        <translation>Krzywe &amp;odpowiedzi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Niepewność</translation>
    </message>
    <message>
        <source>Select a persona to see where its budget would bring the most.</source>
        <translation>Zaznacz personę, aby zobaczyć, gdzie jej budżet przyniósłby najwięcej.</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>Budżet: %1</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>Persona nie ma żadnych kanałów.</translation>
    </message>
    <message>
        <source>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</source>
        <translation>Każdy kanał zaczyna od swojego minimum; każdy krok o wartości %1 trafia do kanału, którego następny krok dodaje najwięcej wartości.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… i jeszcze %n krok.</numerusform>
            <numerusform>… i jeszcze %n kroki.</numerusform>
            <numerusform>… i jeszcze %n kroków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, marginal ROAS %4</source>
        <translation>Krok %1: %2 → %3, krańcowy ROAS %4</translation>
    </message>
    <message>
        <source>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</source>
        <translation>Kroki %1–%2: %3 → %4, krańcowy ROAS od %5 do %6</translation>
    </message>
    <message>
        <source>No step was taken.</source>
        <translation>Nie wykonano żadnego kroku.</translation>
    </message>
    <message>
        <source>Add channels to the persona to allocate its budget.</source>
        <translation>Dodaj kanały do persony, aby rozdzielić jej budżet.</translation>
    </message>
    <message>
        <source>Today: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Obecnie: %1 miesięcznie, klienci: %2, wartość %3, ROAS %4</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Propozycja: %1 miesięcznie, klienci: %2, wartość %3, ROAS %4</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.</source>
        <translation>Same minimalne wydatki kanałów przekraczają budżet.</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.</source>
        <translation>Niewydane pozostaje %1: każdy kanał osiągnął maksimum.</translation>
    </message>
    <message>
        <source>Nothing to split: enter a monthly budget.</source>
        <translation>Nie ma czego dzielić: wpisz miesięczny budżet.</translation>
    </message>
    <message>
        <source>Apply the proposed budget</source>
        <translation>Zastosuj proponowany budżet</translation>
    </message>
    <message>
        <source>The selected persona</source>
        <translation>Persona zaznaczona na liście</translation>
    </message>
    <message>
        <source>All compared personas, together</source>
        <translation>Wszystkie porównywane persony razem</translation>
    </message>
    <message>
        <source>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</source>
        <translation>Podziel budżet persony zaznaczonej na liście albo jeden budżet między kanały wszystkich porównywanych person</translation>
    </message>
    <message>
        <source>Pers&amp;onas:</source>
        <translation>Pers&amp;ony:</translation>
    </message>
    <message>
        <source>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</source>
        <translation>Zapisz proponowane wydatki w udziałach budżetu i miesięcznych wydatkach każdej persony, przypnij krzywą odpowiedzi każdego kanału w proponowanym punkcie i przesuń miesięczny wolumen o oczekiwane wejścia (jeden krok cofania)</translation>
    </message>
    <message>
        <source>Select personas in the list to compare; their budgets are split together here.</source>
        <translation>Zaznacz persony na liście, aby je porównać; ich budżety są tu dzielone razem.</translation>
    </message>
    <message numerus="yes">
        <source>One budget across the %n compared persona(s): %1</source>
        <translation>
            <numerusform>Jeden budżet dla %n porównywanej persony: %1</numerusform>
            <numerusform>Jeden budżet dla %n porównywanych person: %1</numerusform>
            <numerusform>Jeden budżet dla %n porównywanych person: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 of the %n selected, as in the comparison)</source>
        <translation>
            <numerusform>(pierwsze %1 z %n zaznaczonej, jak w porównaniu)</numerusform>
            <numerusform>(pierwsze %1 z %n zaznaczonych, jak w porównaniu)</numerusform>
            <numerusform>(pierwsze %1 z %n zaznaczonych, jak w porównaniu)</numerusform>
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
            <numerusform>Narysowano %1 kanałów z największymi wydatkami; %n kolejny jest wymieniony tylko na karcie Alokacja.</numerusform>
            <numerusform>Narysowano %1 kanałów z największymi wydatkami; %n kolejne są wymienione tylko na karcie Alokacja.</numerusform>
            <numerusform>Narysowano %1 kanałów z największymi wydatkami; %n kolejnych jest wymienionych tylko na karcie Alokacja.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compared personas list no channels.</source>
        <translation>Porównywane persony nie mają kanałów.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a month, ROAS %4 → %5</source>
        <translation>%1: %2 → %3 miesięcznie, ROAS %4 → %5</translation>
    </message>
    <message>
        <source>Add channels to the compared personas to allocate their budget.</source>
        <translation>Dodaj kanały do porównywanych person, aby podzielić ich budżet.</translation>
    </message>
    <message numerus="yes">
        <source>Both lines add up the %n persona(s); each one&apos;s own spend and ROAS head the Steps tab.</source>
        <translation>
            <numerusform>Oba wiersze sumują %n personę; jej własne wydatki i ROAS otwierają kartę Kroki.</numerusform>
            <numerusform>Oba wiersze sumują %n persony; własne wydatki i ROAS każdej otwierają kartę Kroki.</numerusform>
            <numerusform>Oba wiersze sumują %n person; własne wydatki i ROAS każdej otwierają kartę Kroki.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::BudgetTableModel</name>
    <message>
        <source>at its minimum</source>
        <translation>na poziomie minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>na poziomie maksimum</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</source>
        <translation>Miesięczne wydatki, których trzyma się alokacja; puste pole oznacza brak limitu. Pomijane, gdy kanał jest zablokowany.</translation>
    </message>
    <message>
        <source>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</source>
        <translation>Ile zwraca kolejna jednostka wydatków na kanał: wartość jednego wejścia × nachylenie krzywej odpowiedzi kanału przy proponowanych wydatkach</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wejścia</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>Krańcowy ROAS</translation>
    </message>
    <message>
        <source>At bound</source>
        <translation>Na granicy</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>Lock the spend on %1</source>
        <translation>Zablokuj wydatki na %1</translation>
    </message>
    <message>
        <source>Unlock the spend on %1</source>
        <translation>Odblokuj wydatki na %1</translation>
    </message>
    <message>
        <source>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</source>
        <translation>Limit wydatków musi być liczbą od 0 do %1 albo pozostać pusty (brak limitu); wartość „%2” nie została zapisana.</translation>
    </message>
    <message>
        <source>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</source>
        <translation>Minimalne wydatki na %1 nie mogą przekraczać maksimum (%2); wartość %3 nie została zapisana.</translation>
    </message>
    <message>
        <source>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</source>
        <translation>Maksymalne wydatki na %1 nie mogą być niższe niż minimum (%2); wartość %3 nie została zapisana.</translation>
    </message>
    <message>
        <source>Change the minimum spend on %1</source>
        <translation>Zmień minimalne wydatki na %1</translation>
    </message>
    <message>
        <source>Change the maximum spend on %1</source>
        <translation>Zmień maksymalne wydatki na %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</source>
        <translation>Własna wartość tej persony; opróżnij pole, aby wrócić do domyślnej dla typu kanału.</translation>
    </message>
    <message>
        <source>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</source>
        <translation>Wartość domyślna (szara): kształt typu kanału, poprowadzony przez dzisiejsze wydatki i wejścia. Wpisz wartość, aby ustawić własną dla tej persony.</translation>
    </message>
    <message>
        <source>The monthly spend that buys half the most the channel can bring</source>
        <translation>Miesięczne wydatki, które dają połowę tego, co kanał może przynieść najwyżej</translation>
    </message>
    <message>
        <source>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</source>
        <translation>Kształt krzywej odpowiedzi: 1 lub mniej — każda kolejna jednostka wydatków przynosi mniej; powyżej 1 — kształt litery S (najpierw mało, potem więcej, potem mniej)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</source>
        <translation>Wejścia na górę lejka, które kanał przynosi miesięcznie przy dzisiejszych wydatkach; domyślnie jego udział w budżecie pomnożony przez miesięczny wolumen persony</translation>
    </message>
    <message>
        <source>Half-saturation</source>
        <translation>Połowa nasycenia</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Nachylenie</translation>
    </message>
    <message>
        <source>Entries today</source>
        <translation>Wejścia dziś</translation>
    </message>
    <message>
        <source>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</source>
        <translation>Wejścia miesięcznie muszą być liczbą od 0 do %1 albo puste dla wartości domyślnej; „%2” nie zostało zapisane.</translation>
    </message>
    <message>
        <source>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</source>
        <translation>Ta wartość musi być liczbą większą od 0 i nie większą niż %1 albo pusta dla wartości domyślnej; „%2” nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Change the half-saturation spend of %1</source>
        <translation>Zmień wydatki połowy nasycenia dla %1</translation>
    </message>
    <message>
        <source>Change the response slope of %1</source>
        <translation>Zmień nachylenie krzywej odpowiedzi dla %1</translation>
    </message>
    <message>
        <source>Change the entries today of %1</source>
        <translation>Zmień dzisiejsze wejścia dla %1</translation>
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
        <translation>Wyszukiwanie organiczne</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Reklama w wyszukiwarce</translation>
    </message>
    <message>
        <source>Programmatic display</source>
        <translation>Reklama programatyczna (display)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinary</translation>
    </message>
    <message>
        <source>Trade fairs</source>
        <translation>Targi branżowe</translation>
    </message>
    <message>
        <source>Industry forums and communities</source>
        <translation>Fora i społeczności branżowe</translation>
    </message>
    <message>
        <source>B2B publishers</source>
        <translation>Wydawcy B2B</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>Account-based marketing (ABM)</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>Sprzedaż bezpośrednia</translation>
    </message>
    <message>
        <source>Distributors and partners</source>
        <translation>Dystrybutorzy i partnerzy</translation>
    </message>
    <message>
        <source>Retail stores</source>
        <translation>Sklepy detaliczne</translation>
    </message>
    <message>
        <source>E-commerce site</source>
        <translation>Sklep internetowy</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplace’y</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplikacja mobilna</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influencerzy</translation>
    </message>
    <message>
        <source>Podcast ads</source>
        <translation>Reklamy w podcastach</translation>
    </message>
    <message>
        <source>TV and radio</source>
        <translation>Telewizja i radio</translation>
    </message>
    <message>
        <source>Billboards</source>
        <translation>Billboardy</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelCategory</name>
    <message>
        <source>social</source>
        <translation>media społecznościowe</translation>
    </message>
    <message>
        <source>video</source>
        <translation>wideo</translation>
    </message>
    <message>
        <source>search</source>
        <translation>wyszukiwanie</translation>
    </message>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>kanały własne</translation>
    </message>
    <message>
        <source>events</source>
        <translation>wydarzenia</translation>
    </message>
    <message>
        <source>community</source>
        <translation>społeczność</translation>
    </message>
    <message>
        <source>content</source>
        <translation>treści</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>bezpośrednie</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>dystrybucja</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>media tradycyjne</translation>
    </message>
    <message>
        <source>outdoor</source>
        <translation>reklama zewnętrzna</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelSource</name>
    <message>
        <source>B2B affinity</source>
        <translation>Powinowactwo B2B</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>Przedział cen</translation>
    </message>
    <message>
        <source>Decision-time band</source>
        <translation>Przedział czasu decyzji</translation>
    </message>
    <message>
        <source>Reach, precision and emotional fit</source>
        <translation>Zasięg, precyzja i dopasowanie emocjonalne</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Okna atrybucji</translation>
    </message>
    <message>
        <source>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</source>
        <translation>Smart Insights: LinkedIn i X przodują w B2B wśród mediów społecznościowych, Facebook i Instagram to platformy konsumenckie, które mogą wspierać część działań B2B, a wyszukiwarka służy obu. Pozostałe kanały: wartość domyślna Workbench, ocena tego, gdzie umieszczają je poradniki marketingu B2B i B2C</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>Reguła kciuka polytraffic.com: poniżej 50 $ → płatne social media; 200–2000 $ → wyszukiwarka, e-mail, YouTube; od 5000 $ → LinkedIn, webinary, account-based marketing. Pozostałe kanały: wartość domyślna Workbench, umieszczone przez analogię</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>Reguła kciuka polytraffic.com: poniżej dnia → płatne social media; 7–30 dni → wyszukiwarka, e-mail, YouTube; 60–180 dni → LinkedIn, webinary, account-based marketing. Pozostałe kanały: wartość domyślna Workbench, umieszczone przez analogię</translation>
    </message>
    <message>
        <source>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</source>
        <translation>Wartość domyślna Workbench: ocena kanałów masowych wobec ukierunkowanych oraz treści wizualnych, opartych na opowieści, wobec treści pogłębionych</translation>
    </message>
    <message>
        <source>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</source>
        <translation>Dokumentacja platform o domyślnych i maksymalnych oknach kliknięcia: Meta 7 dni (maks. 7), Google Ads 30 (maks. 90), GA4 30 i 90, LinkedIn 30 (365 przez Conversions API); kanały bez platformy rozliczającej kliknięcia nie mają okna</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelTableModel</name>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (brak w katalogu tej wersji)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1 (%2; at most %3)</source>
        <translation>%1 (%2; najwyżej %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>bez atrybucji</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</source>
        <translation>Dni po kliknięciu, w których zakup jest przypisywany temu kanałowi. Domyślnie na platformie (dni): %1. Długie cykle sprzedaży wymagają dłuższych okien.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Udział w budżecie</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>Okno atrybucji (dni)</translation>
    </message>
    <message>
        <source>Platform default (days)</source>
        <translation>Domyślnie na platformie (dni)</translation>
    </message>
    <message>
        <source>A channel from the built-in catalogue; each can be listed once.</source>
        <translation>Kanał z wbudowanego katalogu; każdy można wymienić raz.</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</source>
        <translation>Część miesięcznych wydatków tej persony przeznaczona na kanał (0–100%). Udziały powinny sumować się do 100%.</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</source>
        <translation>Dni po kliknięciu, w których zakup jest nadal przypisywany kanałowi (0–3650), albo „bez atrybucji”.</translation>
    </message>
    <message>
        <source>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</source>
        <translation>Domyślne okno kliknięcia platformy reklamowej i jego maksimum. Wartości domyślne są często krótsze niż cykl sprzedaży B2B.</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Edytuj kanał %1</translation>
    </message>
    <message>
        <source>A budget share must lie between 0 and 100%; %1 was not saved.</source>
        <translation>Udział w budżecie musi wynosić od 0 do 100%; wartość %1 nie została zapisana.</translation>
    </message>
    <message>
        <source>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</source>
        <translation>Okno atrybucji musi być całkowitą liczbą dni od 0 do %1; wartość %2 nie została zapisana.</translation>
    </message>
    <message>
        <source>“%1” is not in the channel catalogue; nothing was saved.</source>
        <translation>„%1” nie występuje w katalogu kanałów; nic nie zapisano.</translation>
    </message>
    <message>
        <source>%1 is already listed; each channel can be listed once.</source>
        <translation>%1 jest już na liście; każdy kanał można wymienić raz.</translation>
    </message>
    <message>
        <source>Change channel %1 to %2</source>
        <translation>Zmień kanał %1 na %2</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Dodaj kanał %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Usuń kanał %1</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelsSection</name>
    <message>
        <source>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</source>
        <translation>Gdzie ta grupa odbiorców jest osiągana i gdzie kupuje, wraz z udziałem każdego kanału w miesięcznych wydatkach. Okno atrybucji to czas po kliknięciu, w którym zakup jest nadal przypisywany kanałowi: domyślne 7–30 dni platform pasuje do szybkich decyzji konsumenckich, ale pomija większość wielomiesięcznego cyklu B2B, więc tam je wydłuż.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>bez atrybucji</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Kanał do dodania</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Dodaj kanał</translation>
    </message>
    <message>
        <source>Add the channel chosen on the left.</source>
        <translation>Dodaj kanał wybrany po lewej.</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Usuń kanał</translation>
    </message>
    <message>
        <source>Remove the selected channel.</source>
        <translation>Usuń zaznaczony kanał.</translation>
    </message>
    <message>
        <source>No channels yet. Add the channels through which this audience is reached or buys.</source>
        <translation>Nie ma jeszcze kanałów. Dodaj kanały, przez które ta grupa odbiorców jest osiągana lub kupuje.</translation>
    </message>
    <message>
        <source>Budget shares add up to 100%.</source>
        <translation>Udziały w budżecie sumują się do 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</source>
        <translation>Udziały w budżecie sumują się do %1%: %2% wydatków nie jest przypisane do żadnego kanału. Powinny sumować się do 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</source>
        <translation>Udziały w budżecie sumują się do %1%, czyli więcej niż cały budżet. Zmniejsz niektóre udziały, aby sumowały się do 100%.</translation>
    </message>
    <message>
        <source>Channels of the catalogue and of this workspace that this persona does not use yet.</source>
        <translation>Kanały z katalogu i z tego obszaru roboczego, których ta persona jeszcze nie używa.</translation>
    </message>
</context>
<context>
    <name>b2x::ChartExport</name>
    <message>
        <source>cannot render the chart %1</source>
        <translation>nie można wyrenderować wykresu %1</translation>
    </message>
    <message>
        <source>Exported from B2X Workbench</source>
        <translation>Wyeksportowano z B2X Workbench</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CheckInPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-iny</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Data check-inu</translation>
    </message>
    <message>
        <source>The day the value was measured (today unless changed).</source>
        <translation>Dzień pomiaru wartości (dzisiaj, jeśli go nie zmienisz).</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Check-in value</source>
        <translation>Wartość check-inu</translation>
    </message>
    <message>
        <source>The key result&apos;s value on that day; it becomes its current value.</source>
        <translation>Wartość kluczowego rezultatu w tym dniu; staje się jego wartością bieżącą.</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>&amp;Wartość</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>How sure the owner is that the target will be met: 0 not at all, 10 certain.</source>
        <translation>Na ile właściciel jest pewny, że wartość docelowa zostanie osiągnięta: 0 – wcale, 10 – na pewno.</translation>
    </message>
    <message>
        <source>Co&amp;nfidence</source>
        <translation>Wia&amp;rygodność</translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation>Komentarz do check-inu</translation>
    </message>
    <message>
        <source>What moved the value, in a sentence.</source>
        <translation>Co zmieniło wartość – w jednym zdaniu.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Ko&amp;mentarz</translation>
    </message>
    <message>
        <source>&amp;Add check-in</source>
        <translation>Dodaj c&amp;heck-in</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Dodaj check-in</translation>
    </message>
    <message>
        <source>Records the check-in and sets the key result&apos;s current value (one undo step).</source>
        <translation>Zapisuje check-in i ustawia bieżącą wartość kluczowego rezultatu (jeden krok cofania).</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Historia check-inów</translation>
    </message>
    <message>
        <source>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</source>
        <translation>Check-iny kluczowego rezultatu, od najnowszego. Klawisz Delete usuwa zaznaczony check-in (cofnięcie go przywraca).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Delete c&amp;heck-in</source>
        <translation>Usuń check-&amp;in</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Usuń check-in</translation>
    </message>
    <message>
        <source>Deletes the selected check-in (one undo step).</source>
        <translation>Usuwa zaznaczony check-in (jeden krok cofania).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidence %1 of %2</source>
        <translation>Wiarygodność %1 z %2</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>Check-iny dla „%1”</translation>
    </message>
    <message>
        <source>Check-ins (select a key result)</source>
        <translation>Check-iny (zaznacz kluczowy rezultat)</translation>
    </message>
</context>
<context>
    <name>b2x::ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Kolor persony</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonFullView</name>
    <message>
        <source>Comparison &amp;Full View</source>
        <translation>Pełny &amp;widok porównania</translation>
    </message>
    <message>
        <source>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</source>
        <translation>Pokaż wykresy porównania obok siebie w całym głównym obszarze okna (%1 lub Esc, aby wrócić)</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Pełny widok</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonPanel</name>
    <message>
        <source>Selected personas</source>
        <translation>Wybrane persony</translation>
    </message>
    <message>
        <source>Groups by label (B2B, hybrid, B2C)</source>
        <translation>Grupy według etykiety (B2B, hybryda, B2C)</translation>
    </message>
    <message>
        <source>Groups by behaviour (B2B, mixed, B2C)</source>
        <translation>Grupy według zachowania (B2B, mieszane, B2C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Porównaj:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kluczowe wskaźniki</translation>
    </message>
    <message>
        <source>Key figures of the compared personas</source>
        <translation>Kluczowe wskaźniki porównywanych person</translation>
    </message>
    <message>
        <source>The workspace has no personas yet.</source>
        <translation>Obszar roboczy nie ma jeszcze person.</translation>
    </message>
    <message>
        <source>Comparing the first six of the %1 selected personas.</source>
        <translation>Porównanie pierwszych sześciu z %1 zaznaczonych person.</translation>
    </message>
    <message>
        <source>Groups of the workspace&apos;s personas (%1); each number is a group mean.</source>
        <translation>Grupy person obszaru roboczego (%1); każda liczba to średnia grupy.</translation>
    </message>
    <message>
        <source>Comparing one persona: select more with Ctrl+click.</source>
        <translation>Porównanie jednej persony: zaznacz więcej przez Ctrl+klik.</translation>
    </message>
    <message>
        <source>Comparing %1 personas.</source>
        <translation>Porównanie person: %1.</translation>
    </message>
    <message>
        <source>Compare the personas selected in the list, or groups of personas</source>
        <translation>Porównaj persony zaznaczone na liście albo grupy person</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Wszystkie persony</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupuj</translation>
    </message>
    <message>
        <source>Group every persona of the workspace, or only the personas selected in the list</source>
        <translation>Grupuj wszystkie persony obszaru roboczego albo tylko persony zaznaczone na liście</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupuj:</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Skład grup</translation>
    </message>
    <message numerus="yes">
        <source>Groups of the %n selected persona(s); each number is a group mean.</source>
        <translation>
            <numerusform>Grupy utworzone z %Ln zaznaczonej persony; każda liczba to średnia grupy.</numerusform>
            <numerusform>Grupy utworzone z %Ln zaznaczonych person; każda liczba to średnia grupy.</numerusform>
            <numerusform>Grupy utworzone z %Ln zaznaczonych person; każda liczba to średnia grupy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Zakresy</translation>
    </message>
    <message>
        <source>Show or hide the p10–p90 whiskers of CAC and CLV</source>
        <translation>Pokaż lub ukryj wąsy p10–p90 CAC i CLV</translation>
    </message>
    <message>
        <source>Show the p10–p90 ranges</source>
        <translation>Pokaż zakresy p10–p90</translation>
    </message>
</context>
<context>
    <name>b2x::ContentItemDialog</name>
    <message>
        <source>Add content item</source>
        <translation>Dodaj treść</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>Edytuj treść</translation>
    </message>
    <message>
        <source>What the content item is called on the board and in the report.</source>
        <translation>Nazwa treści na tablicy i w raporcie.</translation>
    </message>
    <message>
        <source>e.g. Total cost of ownership guide</source>
        <translation>np. Przewodnik po całkowitym koszcie posiadania (TCO)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>The content&apos;s format: pick one or type your own.</source>
        <translation>Format treści: wybierz z listy lub wpisz własny.</translation>
    </message>
    <message>
        <source>whitepaper</source>
        <translation>whitepaper</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>studium przypadku</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>short video</source>
        <translation>krótkie wideo</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>blog post</source>
        <translation>wpis na blogu</translation>
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
        <translation>infografika</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>kalkulator</translation>
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
        <translation>&amp;Etap RACE</translation>
    </message>
    <message>
        <source>What the reader is asked to do next.</source>
        <translation>Do czego zachęcamy czytelnika w następnym kroku.</translation>
    </message>
    <message>
        <source>e.g. Download the guide</source>
        <translation>np. Pobierz przewodnik</translation>
    </message>
    <message>
        <source>C&amp;all to action</source>
        <translation>&amp;Wezwanie do działania</translation>
    </message>
    <message>
        <source>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>Gdzie treść jest publikowana: najpierw kanały persony, potem reszta katalogu.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>K&amp;anał</translation>
    </message>
    <message>
        <source>Where the item stands; the board shows it as a coloured word.</source>
        <translation>Stan prac nad treścią; tablica pokazuje go jako kolorowe słowo.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>The day the item goes live; the earliest date: not set.</source>
        <translation>Dzień publikacji treści; najwcześniejsza możliwa data oznacza „nie ustawiono”.</translation>
    </message>
    <message>
        <source>Publish &amp;date</source>
        <translation>&amp;Data publikacji</translation>
    </message>
    <message>
        <source>Where the item lives, e.g. its web address.</source>
        <translation>Gdzie można znaleźć treść, np. jej adres internetowy.</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Ad&amp;res</translation>
    </message>
    <message>
        <source>Give the content item a title.</source>
        <translation>Nadaj treści tytuł.</translation>
    </message>
</context>
<context>
    <name>b2x::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CustomChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>Nowy kanał</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Edytuj kanał</translation>
    </message>
    <message>
        <source>e.g. Software review sites</source>
        <translation>np. serwisy z recenzjami oprogramowania</translation>
    </message>
    <message>
        <source>e.g. review sites, events, referrals</source>
        <translation>np. serwisy z recenzjami, wydarzenia, polecenia</translation>
    </message>
    <message>
        <source>0: a consumer platform; 100: a business platform.</source>
        <translation>0: platforma konsumencka; 100: platforma biznesowa.</translation>
    </message>
    <message>
        <source>0: a few named accounts; 100: a mass audience.</source>
        <translation>0: kilka konkretnych, wskazanych firm; 100: masowa grupa odbiorców.</translation>
    </message>
    <message>
        <source>How well the channel reaches specific roles or accounts.</source>
        <translation>Jak dobrze kanał dociera do konkretnych ról lub firm.</translation>
    </message>
    <message>
        <source>0: in-depth, rational content; 100: visual, emotional content.</source>
        <translation>0: pogłębione, racjonalne treści; 100: wizualne, emocjonalne treści.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>per lead</source>
        <translation>za lead</translation>
    </message>
    <message>
        <source>per thousand impressions</source>
        <translation>za tysiąc wyświetleń</translation>
    </message>
    <message>
        <source>none (not attributed by clicks)</source>
        <translation>brak (bez atrybucji na podstawie kliknięć)</translation>
    </message>
    <message>
        <source>%1: %2 days by default, at most %3</source>
        <translation>%1: domyślnie %2 dni, maks. %3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <source>&amp;B2B affinity (0–100):</source>
        <translation>Powinowactwo &amp;B2B (0–100):</translation>
    </message>
    <message>
        <source>&amp;Reach (0–100):</source>
        <translation>&amp;Zasięg (0–100):</translation>
    </message>
    <message>
        <source>&amp;Precision (0–100):</source>
        <translation>&amp;Precyzja (0–100):</translation>
    </message>
    <message>
        <source>&amp;Emotional fit (0–100):</source>
        <translation>Dopasowanie &amp;emocjonalne (0–100):</translation>
    </message>
    <message>
        <source>Best &amp;price band:</source>
        <translation>Najlepszy przedział &amp;cen:</translation>
    </message>
    <message>
        <source>Best &amp;decision time:</source>
        <translation>Najlepszy czas &amp;decyzji:</translation>
    </message>
    <message>
        <source>Typical &amp;cost:</source>
        <translation>&amp;Typowy koszt:</translation>
    </message>
    <message>
        <source>&amp;Attribution platform:</source>
        <translation>Platforma &amp;atrybucji:</translation>
    </message>
    <message>
        <source>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</source>
        <translation>Dopasowanie kanału porównuje te czynniki z zachowaniem, ceną i czasem decyzji każdej persony, tak samo jak w przypadku kanałów wbudowanych. Platforma atrybucji wyznacza domyślne i najdłuższe okno kliknięcia kanału.</translation>
    </message>
</context>
<context>
    <name>b2x::DecisionUnitSection</name>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</source>
        <translation>Wszyscy, którzy biorą udział w zakupie. Konsument często decyduje sam lub z partnerem; w zakup B2B zaangażowana jest grupa z kilku działów. CEB zmierzył 5,4 osoby na zakup B2B w 2014 r. i 6,8 w 2016 r.; Gartner liczy od 6 do 10 przy złożonym rozwiązaniu.</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Członkowie grupy zakupowej</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Dodaj członka</translation>
    </message>
    <message>
        <source>Add a person to the decision unit.</source>
        <translation>Dodaj osobę do grupy zakupowej.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Usuń członka</translation>
    </message>
    <message>
        <source>Remove the selected person.</source>
        <translation>Usuń zaznaczoną osobę.</translation>
    </message>
    <message>
        <source>How the group buys</source>
        <translation>Jak kupuje grupa</translation>
    </message>
    <message>
        <source>Buy class</source>
        <translation>Rodzaj zakupu</translation>
    </message>
    <message>
        <source>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</source>
        <translation>Na ile zakup jest nowy dla kupującego (Robinson, Faris i Wind). Im nowszy i bardziej ryzykowny, tym więcej osób bierze udział i tym dłużej to trwa.</translation>
    </message>
    <message>
        <source>Bought through a formal tender</source>
        <translation>Kupowane w formalnym przetargu</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Formalny przetarg</translation>
    </message>
    <message>
        <source>Offers are requested formally and scored against written criteria.</source>
        <translation>Oferty są formalnie zbierane i oceniane według spisanych kryteriów.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Przetarg</translation>
    </message>
    <message>
        <source>Approval levels</source>
        <translation>Poziomy akceptacji</translation>
    </message>
    <message>
        <source>How many levels must sign off, e.g. department head, finance, board (0–%1).</source>
        <translation>Ile szczebli musi zatwierdzić zakup, np. kierownik działu, finanse, zarząd (0–%1).</translation>
    </message>
    <message>
        <source>Use my own estimate</source>
        <translation>Użyj mojego szacunku</translation>
    </message>
    <message>
        <source>Use my own decision probability</source>
        <translation>Użyj mojego prawdopodobieństwa decyzji</translation>
    </message>
    <message>
        <source>When off, the models estimate from the group size using CEB&apos;s measurements.</source>
        <translation>Gdy wyłączone, modele szacują je na podstawie wielkości grupy, korzystając z pomiarów CEB.</translation>
    </message>
    <message>
        <source>Decision probability</source>
        <translation>Prawdopodobieństwo decyzji</translation>
    </message>
    <message>
        <source>Your estimate of the probability that the group decides to buy at all, 0–100%.</source>
        <translation>Twój szacunek prawdopodobieństwa, że grupa w ogóle zdecyduje się na zakup, 0–100%.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</source>
        <translation>Im więcej osób bierze udział, tym mniej prawdopodobne, że grupa w ogóle kupi: CEB/Challenger zmierzył 81% dla jednej osoby, 55% dla dwóch i 31% dla sześciu; do 38% prób zakupu kończy się brakiem decyzji.</translation>
    </message>
    <message>
        <source>Change buy class</source>
        <translation>Zmień rodzaj zakupu</translation>
    </message>
    <message>
        <source>Change formal tender</source>
        <translation>Zmień formalny przetarg</translation>
    </message>
    <message>
        <source>A decision unit can have at most %1 members.</source>
        <translation>Grupa zakupowa może liczyć najwyżej %1 członków.</translation>
    </message>
    <message>
        <source>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</source>
        <translation>%1 członków oznaczono jako uwalniających środki. Zwykle dokładnie jedna osoba jest kupującym ekonomicznym (Miller Heiman); sprawdź, kto zatwierdza budżet.</translation>
    </message>
    <message>
        <source>Change approval levels</source>
        <translation>Zmień poziomy akceptacji</translation>
    </message>
    <message>
        <source>Change decision probability</source>
        <translation>Zmień prawdopodobieństwo decyzji</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Grupa zakupowa</translation>
    </message>
    <message>
        <source>Every key role is covered: decider, user, specifier and buyer.</source>
        <translation>Każda kluczowa rola jest obsadzona: decydent, użytkownik, autor specyfikacji i nabywca.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</source>
        <translation>
            <numerusform>Nikt nie pełni kluczowej roli: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman). Jeśli któryś członek już ją pełni, zaznacz ją w jego rolach; jedna osoba może pełnić kilka ról.</numerusform>
            <numerusform>Nikt nie pełni kluczowych ról: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman). Jeśli któryś członek już pełni jedną z nich, zaznacz ją w jego rolach; jedna osoba może pełnić kilka ról.</numerusform>
            <numerusform>Nikt nie pełni kluczowych ról: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman). Jeśli któryś członek już pełni jedną z nich, zaznacz ją w jego rolach; jedna osoba może pełnić kilka ról.</numerusform>
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
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
</context>
<context>
    <name>b2x::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1” ma niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Zapisać je przed kontynuowaniem?</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Zapisz obszar roboczy</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Pó&amp;źniej</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSection</name>
    <message>
        <source>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</source>
        <translation>Liczby stojące za lejkiem sprzedażowym, wartością klienta w czasie (CLV) i kosztem pozyskania (CAC). Kwoty są w walucie obszaru roboczego.</translation>
    </message>
    <message>
        <source>Volume and spend</source>
        <translation>Wolumen i wydatki</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Wolumen miesięczny</translation>
    </message>
    <message>
        <source>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</source>
        <translation>Ile osób lub firm wchodzi co miesiąc na pierwszy etap lejka, np. odwiedzający stronę.</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> miesięcznie</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Wydatki miesięczne</translation>
    </message>
    <message>
        <source>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</source>
        <translation>Miesięczne wydatki na marketing i sprzedaż dla tej grupy odbiorców. Podzielone przez liczbę nowych klientów dają koszt pozyskania klienta (CAC).</translation>
    </message>
    <message>
        <source> %1 per month</source>
        <translation> %1 miesięcznie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Order or contract value of one purchase.</source>
        <translation>Wartość zamówienia lub umowy za jeden zakup.</translation>
    </message>
    <message>
        <source> %1 per purchase</source>
        <translation> %1 za zakup</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <source>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</source>
        <translation>Część ceny pozostająca po kosztach bezpośrednich. Próg rentowności ROAS to 1 ÷ marża brutto.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Zakupy w roku</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> rocznie</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Czas życia klienta</translation>
    </message>
    <message>
        <source>How many years a customer keeps buying from you.</source>
        <translation>Ile lat klient kupuje u Ciebie.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Ekonomia</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>Zakupy jednorazowe</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Zamówienia powtarzalne</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subskrypcja</translation>
    </message>
    <message>
        <source>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</source>
        <translation>Klienci płacą cenę za każdy zakup, określoną liczbę razy w roku, przez cały czas życia klienta.</translation>
    </message>
    <message>
        <source>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</source>
        <translation>Lejek sprzedażowy pozyskuje nowych klientów, którzy potem ponawiają zamówienia, dopóki z Tobą zostają; roczna retencja decyduje, jak długo to trwa.</translation>
    </message>
    <message>
        <source>Customers pay every billing period until they cancel; the churn decides how long they stay.</source>
        <translation>Klienci płacą w każdym okresie rozliczeniowym, dopóki nie zrezygnują; churn decyduje, jak długo zostają.</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>Jak płacą klienci</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Model przychodów</translation>
    </message>
    <message>
        <source>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</source>
        <translation>Jak płaci klient: jednorazowo za każdy zakup, w powtarzalnych zamówieniach, dopóki zostaje, lub w subskrypcji, dopóki nie zrezygnuje. Każdy model pokazuje własne pola; pozostałe zachowują swoje wartości na wypadek powrotu do nich.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rozliczanie</translation>
    </message>
    <message>
        <source>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</source>
        <translation>Jak często klient jest obciążany ceną. Zmiana nie przelicza ceny: wpisz cenę za nowy okres.</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Miesięcznie</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Rocznie</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Roczna retencja</translation>
    </message>
    <message>
        <source>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</source>
        <translation>Odsetek klientów, którzy nadal zamawiają po roku: 79% oznacza, że 21% co roku przestaje zamawiać. Określa, jak długo klient składa zamówienia.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</source>
        <translation>Odsetek klientów, którzy rezygnują w każdym okresie (miesięcznie lub rocznie, do wyboru obok). 2% miesięcznie to czas życia klienta wynoszący 50 miesięcy.</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Okres churnu</translation>
    </message>
    <message>
        <source>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</source>
        <translation>Czy churn jest wskaźnikiem miesięcznym, czy rocznym. 20% rocznie to 1,84% miesięcznie.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>miesięcznie</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>rocznie</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Ekspansja</translation>
    </message>
    <message>
        <source>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</source>
        <translation>Opcjonalnie: roczny wzrost przychodu od utrzymanego klienta (wyższe plany, więcej licencji, podwyżki cen). Zostaw 0, jeśli go nie ma.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% rocznie</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Bezpłatny okres próbny</translation>
    </message>
    <message>
        <source>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</source>
        <translation>Opcjonalnie: bezpłatne dni między wygraną transakcją a pierwszą płatnością. Zostaw 0, jeśli lejek ma już etap okresu próbnego.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>In the market</source>
        <translation>Obecność na rynku</translation>
    </message>
    <message>
        <source>Category buying cycle</source>
        <translation>Cykl zakupowy kategorii</translation>
    </message>
    <message>
        <source>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</source>
        <translation>Liczba lat między decyzjami zakupowymi w kategorii: jak długo kupujący zwykle czekają, zanim ponownie wybiorą dostawcę (nowy zakup, przegląd przy odnowieniu umowy, zmiana dostawcy), u dowolnego dostawcy; nie to, jak często zamawiają Twoi klienci. W ciągu roku na rynku jest około 1 ÷ ta liczba z nich: decyzja co 5 lat oznacza około 20% (Ehrenberg-Bass Institute, „95:5”).</translation>
    </message>
    <message>
        <source>Change revenue model</source>
        <translation>Zmień model przychodów</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>Zmień rozliczanie</translation>
    </message>
    <message>
        <source>Change churn period</source>
        <translation>Zmień okres churnu</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Cena za rok</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Cena za miesiąc</translation>
    </message>
    <message>
        <source>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</source>
        <translation>Ile klient płaci za rok subskrypcji. Modele liczą jedną dwunastą tej kwoty na miesiąc, tak jak raportuje się przychody powtarzalne.</translation>
    </message>
    <message>
        <source>What a customer pays for a month of the subscription.</source>
        <translation>Ile klient płaci za miesiąc subskrypcji.</translation>
    </message>
    <message>
        <source> %1 per year</source>
        <translation> %1 rocznie</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Wartość zamówienia</translation>
    </message>
    <message>
        <source>Value of one order of a retained customer.</source>
        <translation>Wartość jednego zamówienia utrzymanego klienta.</translation>
    </message>
    <message>
        <source> %1 per order</source>
        <translation> %1 za zamówienie</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Zamówienia w roku</translation>
    </message>
    <message>
        <source>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</source>
        <translation>Ile zamówień utrzymany klient składa w ciągu roku, np. 12 przy comiesięcznym zamawianiu.</translation>
    </message>
    <message>
        <source>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</source>
        <translation>Ile razy w roku klient kupuje, np. 0,2 przy zakupie co pięć lat.</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Horyzont (lata)</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</source>
        <translation>Najdłuższy okres, przez jaki liczony jest klient. Ogranicza czas życia klienta wynikający z churnu (1 ÷ miesięczny churn), aby bardzo niski churn nie obiecywał przychodów za kilkadziesiąt lat.</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</source>
        <translation>Najdłuższy okres, przez jaki liczony jest klient. Ogranicza czas życia klienta wynikający z retencji, aby bardzo wysoka retencja nie obiecywała zamówień za kilkadziesiąt lat.</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSummary</name>
    <message>
        <source>A customer brings about %1 of revenue a year.</source>
        <translation>Klient przynosi około %1 przychodu rocznie.</translation>
    </message>
    <message>
        <source>A customer pays about %1 a month while they stay.</source>
        <translation>Klient płaci około %1 miesięcznie, dopóki zostaje.</translation>
    </message>
    <message>
        <source>Churn of %1 a month is %2 a year.</source>
        <translation>Churn %1 miesięcznie to %2 rocznie.</translation>
    </message>
    <message>
        <source>Churn of %1 a year is %2 a month.</source>
        <translation>Churn %1 rocznie to %2 miesięcznie.</translation>
    </message>
    <message>
        <source>Keeping %1 of customers a year is losing %2 of them a month.</source>
        <translation>Utrzymanie %1 klientów rocznie oznacza utratę %2 z nich miesięcznie.</translation>
    </message>
    <message numerus="yes">
        <source>Without net churn the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Bez churnu netto czas życia klienta wyznacza horyzont: %Ln miesiąc.</numerusform>
            <numerusform>Bez churnu netto czas życia klienta wyznacza horyzont: %Ln miesiące.</numerusform>
            <numerusform>Bez churnu netto czas życia klienta wyznacza horyzont: %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without customers lost the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Bez utraty klientów czas życia klienta wyznacza horyzont: %Ln miesiąc.</numerusform>
            <numerusform>Bez utraty klientów czas życia klienta wyznacza horyzont: %Ln miesiące.</numerusform>
            <numerusform>Bez utraty klientów czas życia klienta wyznacza horyzont: %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Czas życia klienta wynikający z churnu: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesiąc.</numerusform>
            <numerusform>Czas życia klienta wynikający z churnu: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesiące.</numerusform>
            <numerusform>Czas życia klienta wynikający z churnu: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Czas życia klienta wynikający z retencji: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesiąc.</numerusform>
            <numerusform>Czas życia klienta wynikający z retencji: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesiące.</numerusform>
            <numerusform>Czas życia klienta wynikający z retencji: %1 mies., ograniczony do horyzontu wynoszącego %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %Ln month(s).</source>
        <translation>
            <numerusform>Czas życia klienta wynikający z churnu: %Ln miesiąc.</numerusform>
            <numerusform>Czas życia klienta wynikający z churnu: %Ln miesiące.</numerusform>
            <numerusform>Czas życia klienta wynikający z churnu: %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %Ln month(s).</source>
        <translation>
            <numerusform>Czas życia klienta wynikający z retencji: %Ln miesiąc.</numerusform>
            <numerusform>Czas życia klienta wynikający z retencji: %Ln miesiące.</numerusform>
            <numerusform>Czas życia klienta wynikający z retencji: %Ln miesięcy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV): %1 of gross margin.</source>
        <translation>Wartość klienta w czasie (CLV): %1 marży brutto.</translation>
    </message>
    <message>
        <source>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</source>
        <translation>Przy cyklu zakupowym wynoszącym %1 (w latach) w każdym roku na rynku jest około %2% grupy odbiorców.</translation>
    </message>
</context>
<context>
    <name>b2x::EmptyStatePage</name>
    <message>
        <source>Nothing to edit</source>
        <translation>Nic do edycji</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Otwórz przykładowy obszar roboczy</translation>
    </message>
    <message>
        <source>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</source>
        <translation>Siedem grup odbiorców, od korporacyjnego komitetu zakupowego po impulsowy zakup przekąski.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Ostatnie pliki</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>Nie ma jeszcze person</translation>
    </message>
    <message>
        <source>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</source>
        <translation>Dodaj personę do tego obszaru roboczego, utwórz nowy obszar, otwórz plik obszaru roboczego albo przejrzyj przykładowy obszar roboczy.</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>Nie wybrano persony</translation>
    </message>
    <message>
        <source>Choose a persona in the list to edit it, or open another workspace.</source>
        <translation>Wybierz personę na liście, aby ją edytować, albo otwórz inny obszar roboczy.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Otwórz %1</translation>
    </message>
</context>
<context>
    <name>b2x::EvidenceSection</name>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Wiarygodność</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</source>
        <translation>Skąd pochodzi wartość dla „%1”: raport, badanie, eksport z CRM, osoba.</translation>
    </message>
    <message>
        <source>e.g. CRM report, Q3; industry benchmark; interview</source>
        <translation>np. raport CRM, III kw.; benchmark branżowy; wywiad</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>Wiarygodność: %1</translation>
    </message>
    <message>
        <source>How far the figure for %1 can be trusted.</source>
        <translation>Na ile można ufać wartości dla „%1”.</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>Edytuj źródło danych: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Źródła danych</translation>
    </message>
    <message>
        <source>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</source>
        <translation>Zapisz, skąd pochodzi każda kluczowa liczba i na ile można jej ufać. Założenie: świadome przypuszczenie. Benchmark: opublikowana wartość dla podobnych firm. Zmierzone: Twoje własne dane. Raporty pokazują tę informację obok liczb, aby czytelnicy wiedzieli, które wyniki opierają się na przypuszczeniach. Źródło należy do wartości, dla której zostało zapisane: gdy liczba się zmieni, źródło zostaje oznaczone jako nieaktualne i raporty przestają pokazywać je jako uzasadnienie, dopóki nie potwierdzisz go dla nowej wartości.</translation>
    </message>
    <message>
        <source>Confirm for current value</source>
        <translation>Potwierdź dla bieżącej wartości</translation>
    </message>
    <message>
        <source>Confirm the source of %1 for the current value</source>
        <translation>Potwierdź źródło dla bieżącej wartości: %1</translation>
    </message>
    <message>
        <source>The source also backs the number %1 has now. Undo takes it back.</source>
        <translation>Źródło będzie uzasadniać także obecną wartość „%1”. Cofnięcie to odwraca.</translation>
    </message>
    <message>
        <source>Evidence ⚠</source>
        <translation>Źródła danych ⚠</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Until you confirm it, this source does not back the number.</source>
        <translation>⚠ Nieaktualne: %1 Dopóki go nie potwierdzisz, to źródło nie uzasadnia tej liczby.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Confirm evidence for %1</source>
        <translation>Potwierdź źródło danych: %1</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <source>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</source>
        <translation>Jak daleko prawdziwa wartość może odbiegać od liczby, w procentach w każdą stronę; niepewność w widoku budżetu losuje każde wejście w tym zakresie.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Zakres: %1</translation>
    </message>
    <message>
        <source>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</source>
        <translation>Jak daleko prawdziwa wartość %1 może odbiegać od liczby, w procentach w każdą stronę. Domyślnie: rozrzut wynikający z wiarygodności (założenie ±50%, benchmark ±25%, zmierzone ±10%). 0: pewna.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
</context>
<context>
    <name>b2x::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Raport (PDF)…</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG…</source>
        <translation>Wykresy jako &amp;PNG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG…</source>
        <translation>Wykresy jako &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Metrics (CSV)…</source>
        <translation>&amp;Wskaźniki (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Podgląd wy&amp;druku…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Zapisywanie raportu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Export charts as SVG into</source>
        <translation>Eksportuj wykresy jako SVG do</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>Eksportuj wykresy jako PNG do</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Eksportuj wskaźniki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Edit report details</source>
        <translation>Edytuj szczegóły raportu</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Raport wyeksportowany</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Raport zapisano jako %1.</translation>
    </message>
    <message>
        <source>Charts exported</source>
        <translation>Wykresy wyeksportowane</translation>
    </message>
    <message>
        <source>The charts were saved in %1.</source>
        <translation>Wykresy zapisano w folderze %1.</translation>
    </message>
    <message>
        <source>Metrics exported</source>
        <translation>Wskaźniki wyeksportowane</translation>
    </message>
    <message>
        <source>The metrics were saved as %1.</source>
        <translation>Wskaźniki zapisano jako %1.</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>Skoroszyt (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Eksportuj skoroszyt</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Skoroszyt wyeksportowany</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>Skoroszyt zapisano jako %1.</translation>
    </message>
</context>
<context>
    <name>b2x::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Eksport raportu</translation>
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
        <translation>Rozmiar strony:</translation>
    </message>
    <message>
        <source>Personas (one or more pages each):</source>
        <translation>Persony (każda na jednej lub kilku stronach):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>The day of the export</source>
        <translation>Dzień eksportu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Podtytuł:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:</translation>
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
        <translation>Wykresy (po dwa na stronę; porównują persony wybrane do raportu, a gdy wybrano więcej – pierwsze sześć):</translation>
    </message>
</context>
<context>
    <name>b2x::FileController</name>
    <message>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Obszar roboczy bez nazwy</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Your current workspace is unchanged.</source>
        <translation>Nie udało się otworzyć „%1”. Bieżący obszar roboczy pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>the previous version could not be read for the backup: %1</source>
        <translation>nie udało się odczytać poprzedniej wersji do kopii zapasowej: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>nie udało się zapisać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Nie można zapisać obszaru roboczego</translation>
    </message>
    <message>
        <source>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</source>
        <translation>Nie zapisano „%1”, więc poprzednia wersja pozostaje bez zmian. Twoje zmiany są nadal otwarte.</translation>
    </message>
    <message>
        <source>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</source>
        <translation>Nie zapisano „%1”. Twoje zmiany są nadal otwarte; spróbuj innego folderu przez Plik → Zapisz jako.</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>obszaru roboczego bez nazwy</translation>
    </message>
    <message>
        <source>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</source>
        <translation>B2X Workbench nie zakończył się normalnie. Zachowano kopię odzyskiwania %1 z niezapisanymi zmianami (%2). Przywrócić ją?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Nie można przywrócić</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.</source>
        <translation>Nie udało się odczytać kopii odzyskiwania.</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>Przywróć odzyskane zmiany</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Nie można otworzyć szablonu</translation>
    </message>
    <message>
        <source>The template “%1” could not be read. Your current workspace is unchanged.</source>
        <translation>Nie udało się odczytać szablonu „%1”. Bieżący obszar roboczy pozostaje bez zmian.</translation>
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
        <translation>%1 dni</translation>
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
            <numerusform>%1 i jeszcze %Ln</numerusform>
            <numerusform>%1 i jeszcze %Ln</numerusform>
            <numerusform>%1 i jeszcze %Ln</numerusform>
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
        <translation>Import danych rzeczywistych</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Trwa import</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop reading or measuring; nothing is changed</source>
        <translation>Zatrzymaj odczyt lub pomiar; nic nie zostanie zmienione</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply to Persona</source>
        <translation>Zastos&amp;uj do persony</translation>
    </message>
    <message>
        <source>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</source>
        <translation>Zapisuje w personie zmierzone konwersje i czasy trwania oraz użyte przypisanie etapów jako jeden krok (Edycja → Cofnij go odwraca)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;Importuj dane rzeczywiste…</translation>
    </message>
    <message>
        <source>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</source>
        <translation>Zmierz lejek persony na podstawie eksportu transakcji z CRM i zastosuj wyniki</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Wybierz pliki</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Sprawdź odczytane dane</translation>
    </message>
    <message>
        <source>Map the CRM&apos;s stages</source>
        <translation>Przypisz etapy CRM</translation>
    </message>
    <message>
        <source>Modelled against measured</source>
        <translation>Wartości z modelu a zmierzone</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Krok %1 z 4: %2</translation>
    </message>
    <message>
        <source>Choose the deals file first.</source>
        <translation>Najpierw wybierz plik transakcji.</translation>
    </message>
    <message>
        <source>The workspace has no persona to measure: add one first.</source>
        <translation>Obszar roboczy nie ma persony do zmierzenia: najpierw ją dodaj.</translation>
    </message>
    <message>
        <source>The files are too large to read on this computer.</source>
        <translation>Pliki są zbyt duże, aby odczytać je na tym komputerze.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Odczytywanie %1…</translation>
    </message>
    <message>
        <source>The deals are too many to measure on this computer: nothing was changed.</source>
        <translation>Transakcji jest zbyt wiele, aby zmierzyć je na tym komputerze: nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Measuring %1&apos;s stages…</source>
        <translation>Pomiar etapów persony %1…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Zatrzymano: nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>The persona is no longer in the workspace: nothing was changed.</source>
        <translation>Persony nie ma już w obszarze roboczym: nic nie zostało zmienione.</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>Eksport transakcji z CRM %1: %n transakcja, stan na %2</numerusform>
            <numerusform>Eksport transakcji z CRM %1: %n transakcje, stan na %2</numerusform>
            <numerusform>Eksport transakcji z CRM %1: %n transakcji, stan na %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ImportCheckPage</name>
    <message>
        <source>Preview of the files</source>
        <translation>Podgląd plików</translation>
    </message>
    <message>
        <source>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</source>
        <translation>Pierwsze wiersze (%1) w odczytanej postaci; wiersze są numerowane jak w arkuszu kalkulacyjnym (nagłówek to wiersz 1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <source>Stage events</source>
        <translation>Zdarzenia etapów</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemy:</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Problemy znalezione w plikach</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Przypisanie kolumn</translation>
    </message>
    <message>
        <source>The headers are not those of a known export: say which of the file&apos;s columns holds each field</source>
        <translation>Nagłówki nie odpowiadają żadnemu znanemu eksportowi: wskaż, która kolumna pliku zawiera każde z pól</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Kolumna dla pola %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalne</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (wymagane):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026</source>
        <translation>Daty takie jak 03/04/2026</translation>
    </message>
    <message>
        <source>Every date in the files fits both orders. Which comes first in them?</source>
        <translation>Każdą datę w plikach można odczytać w obu kolejnościach. Co występuje w nich najpierw?</translation>
    </message>
    <message>
        <source>Day first (3 April)</source>
        <translation>Najpierw dzień (3 kwietnia)</translation>
    </message>
    <message>
        <source>Month first (March 4)</source>
        <translation>Najpierw miesiąc (4 marca)</translation>
    </message>
    <message>
        <source>Read A&amp;gain with These Answers</source>
        <translation>Odczytaj &amp;ponownie z tymi odpowiedziami</translation>
    </message>
    <message>
        <source>Import the files again with the columns and date order above</source>
        <translation>Zaimportuj pliki ponownie z powyższym przypisaniem kolumn i kolejnością dat</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) read: %1 won, %2 lost, %3 open.</source>
        <translation>
            <numerusform>Odczytano %n transakcję: wygrane: %1, przegrane: %2, otwarte: %3.</numerusform>
            <numerusform>Odczytano %n transakcje: wygrane: %1, przegrane: %2, otwarte: %3.</numerusform>
            <numerusform>Odczytano %n transakcji: wygrane: %1, przegrane: %2, otwarte: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They pass through %n CRM stage(s). Check the rows below, then go on to the stages.</source>
        <translation>
            <numerusform>Przechodzą przez %n etap CRM. Sprawdź poniższe wiersze, a następnie przejdź do etapów.</numerusform>
            <numerusform>Przechodzą przez %n etapy CRM. Sprawdź poniższe wiersze, a następnie przejdź do etapów.</numerusform>
            <numerusform>Przechodzą przez %n etapów CRM. Sprawdź poniższe wiersze, a następnie przejdź do etapów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files need answers before they can be imported: choose below, then read them again.</source>
        <translation>Przed importem plików potrzebne są odpowiedzi: wybierz je poniżej, a następnie odczytaj pliki ponownie.</translation>
    </message>
    <message>
        <source>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</source>
        <translation>Nie udało się zaimportować plików; nic nie zostało zmienione. Lista problemów wskazuje, gdzie one występują; popraw eksport lub wróć i wybierz inne pliki.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportFilesPage</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</source>
        <translation>Wybierz transakcje wyeksportowane z CRM oraz – w przypadku eksportów, które przechowują historię etapów osobno – zdarzenia etapów. Import mierzy na ich podstawie każdy etap persony; nic się nie zmieni, dopóki nie zastosujesz wyników.</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Plik transakcji</translation>
    </message>
    <message>
        <source>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</source>
        <translation>Plik CSV z transakcjami: eksport transakcji z HubSpot lub Pipedrive, szanse sprzedaży z Salesforce lub ich historia albo ogólny plik transakcji</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagany</translation>
    </message>
    <message>
        <source>&amp;Deals file:</source>
        <translation>Plik &amp;transakcji:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Choose the deals file</source>
        <translation>Wybierz plik transakcji</translation>
    </message>
    <message>
        <source>Stage events file</source>
        <translation>Plik zdarzeń etapów</translation>
    </message>
    <message>
        <source>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</source>
        <translation>Opcjonalnie: historia etapów (ogólny plik stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History), gdy plik transakcji jej nie zawiera</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcjonalny</translation>
    </message>
    <message>
        <source>&amp;Stage events file:</source>
        <translation>Plik zdarzeń &amp;etapów:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>Choose the stage events file</source>
        <translation>Wybierz plik zdarzeń etapów</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format eksportu</translation>
    </message>
    <message>
        <source>Which CRM wrote the files; Recognise from the headers reads the columns to tell</source>
        <translation>Który CRM utworzył pliki; opcja „Rozpoznaj po nagłówkach” ustala to na podstawie kolumn</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>Rozpoznaj po nagłówkach</translation>
    </message>
    <message>
        <source>Generic (deals.csv and stage_events.csv)</source>
        <translation>Ogólny (deals.csv i stage_events.csv)</translation>
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
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Persona to calibrate</source>
        <translation>Persona do kalibracji</translation>
    </message>
    <message>
        <source>The persona whose pipeline stages the deals are measured against</source>
        <translation>Persona, do której etapów lejka odnoszone są pomiary transakcji</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Data odniesienia</translation>
    </message>
    <message>
        <source>The day the export was taken: deals still open then count as open, not lost; later events are left out</source>
        <translation>Dzień wykonania eksportu: transakcje otwarte w tym dniu liczą się jako otwarte, a nie przegrane; późniejsze zdarzenia są pomijane</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stan na:</translation>
    </message>
</context>
<context>
    <name>b2x::ImportResultsView</name>
    <message>
        <source>Modelled against measured, per stage</source>
        <translation>Wartości z modelu a zmierzone, według etapów</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>W modelu</translation>
    </message>
    <message>
        <source>Measured (95% interval)</source>
        <translation>Zmierzone (przedział 95%)</translation>
    </message>
    <message>
        <source>Moved on ÷ entered</source>
        <translation>Przeszły dalej ÷ weszły</translation>
    </message>
    <message>
        <source>Days p50
modelled / measured</source>
        <translation>Dni p50
w modelu / zmierzone</translation>
    </message>
    <message>
        <source>Days p90
modelled / measured</source>
        <translation>Dni p90
w modelu / zmierzone</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Weszły</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Przeszły dalej</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>The persona&apos;s pipeline stage</source>
        <translation>Etap lejka persony</translation>
    </message>
    <message>
        <source>The conversion the persona has today</source>
        <translation>Obecna konwersja persony</translation>
    </message>
    <message>
        <source>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</source>
        <translation>Estymator Aalena–Johansena: otwarte transakcje liczą się jako wciąż w trakcie decyzji, a nie jako przegrane; „dolne oszacowanie”, gdy wciąż otwarte transakcje mogą jeszcze przejść dalej</translation>
    </message>
    <message>
        <source>The naive figure, which counts every open deal as lost</source>
        <translation>Wartość naiwna, w której każda otwarta transakcja liczy się jako przegrana</translation>
    </message>
    <message>
        <source>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</source>
        <translation>Mediana dni na etapie: trójkątny rozkład czasu trwania z persony a transakcje, które przeszły dalej</translation>
    </message>
    <message>
        <source>90th percentile of days in the stage, modelled against measured</source>
        <translation>90. percentyl dni na etapie: wartość z modelu a zmierzona</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>Transakcje, które weszły na etap</translation>
    </message>
    <message>
        <source>Deals that moved on (or skipped it)</source>
        <translation>Transakcje, które przeszły dalej (lub pominęły etap)</translation>
    </message>
    <message>
        <source>Deals lost from the stage</source>
        <translation>Transakcje przegrane na tym etapie</translation>
    </message>
    <message>
        <source>Deals still in the stage on the as-of date</source>
        <translation>Transakcje, które w dacie odniesienia nadal były na tym etapie</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Ostrzeżenia:</translation>
    </message>
    <message>
        <source>Warnings about the measurement</source>
        <translation>Ostrzeżenia dotyczące pomiaru</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</source>
        <translation>
            <numerusform>%1 w porównaniu z %n transakcją (wygrane: %2, przegrane: %3, otwarte: %4). Przycisk „Zastosuj do persony” zapisuje w personie zmierzone konwersje i czasy trwania jako jeden krok, który można cofnąć.</numerusform>
            <numerusform>%1 w porównaniu z %n transakcjami (wygrane: %2, przegrane: %3, otwarte: %4). Przycisk „Zastosuj do persony” zapisuje w personie zmierzone konwersje i czasy trwania jako jeden krok, który można cofnąć.</numerusform>
            <numerusform>%1 w porównaniu z %n transakcjami (wygrane: %2, przegrane: %3, otwarte: %4). Przycisk „Zastosuj do persony” zapisuje w personie zmierzone konwersje i czasy trwania jako jeden krok, który można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, lower bound</source>
        <translation>%1, dolne oszacowanie</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</source>
        <translation>Krzywa na końcu wciąż rosła: wciąż otwarte transakcje mogą jeszcze przejść dalej, więc konwersja wynosi co najmniej tyle</translation>
    </message>
    <message>
        <source>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</source>
        <translation>Cały cykl, od utworzenia do wygranej: zmierzone p50 %1 dni i p90 %2, w modelu %3 i %4; wygranych jest %5 transakcji.</translation>
    </message>
    <message>
        <source>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</source>
        <translation>Wykres: konwersja na każdym etapie, wartości z modelu a zmierzone (tabela powyżej zawiera te same liczby)</translation>
    </message>
    <message>
        <source>Chart: share of won deals closed by day, measured against modelled</source>
        <translation>Wykres: odsetek wygranych transakcji zamkniętych do danego dnia, wartości zmierzone a z modelu</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportStagesPage</name>
    <message>
        <source>CRM stages and the persona stages they count as</source>
        <translation>Etapy CRM i odpowiadające im etapy persony</translation>
    </message>
    <message>
        <source>CRM stage</source>
        <translation>Etap CRM</translation>
    </message>
    <message>
        <source>Deals that entered it</source>
        <translation>Transakcje, które na niego weszły</translation>
    </message>
    <message>
        <source>Counts as the persona&apos;s stage</source>
        <translation>Odpowiada etapowi persony</translation>
    </message>
    <message>
        <source>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</source>
        <translation>Wskaż, któremu etapowi lejka persony %1 odpowiada każdy etap CRM. Etap CRM, który nie jest krokiem lejka persony (np. zamknięta wygrana, wstrzymana), najlepiej pominąć.</translation>
    </message>
    <message>
        <source>Persona stage for the CRM stage %1</source>
        <translation>Etap persony dla etapu CRM %1</translation>
    </message>
    <message>
        <source>The persona&apos;s stage that deals in “%1” are in</source>
        <translation>Etap persony, na którym są transakcje z etapu „%1”</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Pomiń</translation>
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
        <translation>tekst</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>nieobsługiwana wartość</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brakuje</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>musi być liczbą od %1 do %2, a nie %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>musi być liczbą skończoną</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2; found %3</source>
        <translation>musi być liczbą od %1 do %2; znaleziono %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; found %3</source>
        <translation>musi być liczbą całkowitą od %1 do %2; znaleziono %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>musi być liczbą całkowitą od %1 do %2, a nie %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>musi mieć wartość true lub false, a nie %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>musi być tekstem, a nie: %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>ma %1 bajtów; dozwolone jest najwyżej %2</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>musi być listą, a nie: %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>ma %1 elementów; dozwolone jest najwyżej %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>musi być obiektem, a nie: %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>musi być jedną z wartości %1, a nie %2</translation>
    </message>
    <message>
        <source>must be one of %1; found &quot;%2&quot;</source>
        <translation>musi być jedną z wartości %1; znaleziono &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>b2x::KeyResultDialog</name>
    <message>
        <source>Add key result</source>
        <translation>Dodaj kluczowy rezultat</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Edytuj kluczowy rezultat</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>What is measured, e.g. sales-qualified leads this quarter.</source>
        <translation>Co jest mierzone, np. leady zakwalifikowane przez sprzedaż (SQL) w tym kwartale.</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Wskaźnik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>e.g. SQLs, %, USD.</source>
        <translation>np. SQL, %, PLN.</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Wartość początkowa</translation>
    </message>
    <message>
        <source>The value when the period began.</source>
        <translation>Wartość na początku okresu.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Wartość &amp;początkowa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Wartość bieżąca</translation>
    </message>
    <message>
        <source>The value now; a check-in sets it too.</source>
        <translation>Obecna wartość; ustawia ją również check-in.</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>Wartość &amp;bieżąca</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>The value to reach; below the start for a &quot;decrease to&quot; target.</source>
        <translation>Wartość do osiągnięcia; niższa od początkowej, gdy celem jest spadek („zmniejsz do”).</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Wartość &amp;docelowa</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Its share in the objective&apos;s progress (1: equal; 0: left out).</source>
        <translation>Udział w postępie celu (1: równy; 0: pominięty).</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>Wa&amp;ga</translation>
    </message>
    <message>
        <source>&amp;Derived: the target follows a persona&apos;s reverse funnel</source>
        <translation>Wy&amp;liczana: wartość docelowa wynika z odwróconego lejka persony</translation>
    </message>
    <message>
        <source>Derived target</source>
        <translation>Wyliczana wartość docelowa</translation>
    </message>
    <message>
        <source>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</source>
        <translation>Wartość docelowa jest wyliczana z celu, lejka i cyklu sprzedaży persony i zmienia się wraz z nimi.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona whose reverse funnel gives the target.</source>
        <translation>Persona, której odwrócony lejek wyznacza wartość docelową.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <source>Which figure of the reverse funnel becomes the target.</source>
        <translation>Która wielkość z odwróconego lejka staje się wartością docelową.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Etap lejka</translation>
    </message>
    <message>
        <source>The pipeline stage whose entries are counted.</source>
        <translation>Etap lejka, dla którego liczone są wejścia.</translation>
    </message>
    <message>
        <source>Stage %1 (not in the pipeline)</source>
        <translation>Etap %1 (nie ma go w lejku)</translation>
    </message>
    <message>
        <source>Follows the reverse funnel; the value here is the target kept at the last check-in.</source>
        <translation>Wynika z odwróconego lejka; tutaj widać wartość docelową zachowaną przy ostatnim check-inie.</translation>
    </message>
    <message>
        <source>The workspace has no persona to derive a target from.</source>
        <translation>Obszar roboczy nie ma persony, z której można wyliczyć wartość docelową.</translation>
    </message>
    <message>
        <source>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</source>
        <translation>Aktualna wartość docelowa pojawi się w drzewie po zastosowaniu zmian; każdy check-in zachowuje wartość docelową ze swojego dnia, dzięki czemu zmiana wartości docelowej zostaje zgłoszona.</translation>
    </message>
</context>
<context>
    <name>b2x::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Dodaj personę</translation>
    </message>
    <message>
        <source>Add a blank persona (the arrow offers templates)</source>
        <translation>Dodaj pustą personę (strzałka oferuje szablony)</translation>
    </message>
    <message>
        <source>Add from &amp;Template</source>
        <translation>Dodaj z &amp;szablonu</translation>
    </message>
    <message>
        <source>D&amp;uplicate Persona</source>
        <translation>&amp;Duplikuj personę</translation>
    </message>
    <message>
        <source>&amp;Delete Persona</source>
        <translation>&amp;Usuń personę</translation>
    </message>
    <message>
        <source>&amp;Workspace Details…</source>
        <translation>&amp;Szczegóły obszaru roboczego…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Przywróć układ</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;otwarto&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historia cofania</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nowy z &amp;szablonu</translation>
    </message>
    <message>
        <source>B2B vs B2C sample (seven audiences)</source>
        <translation>Przykład B2B kontra B2C (siedem grup odbiorców)</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Pusty obszar roboczy</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;Przewodnik po modelach</translation>
    </message>
    <message>
        <source>&amp;About B2X Workbench</source>
        <translation>&amp;O programie B2X Workbench</translation>
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
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Dodaj „%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplikuj „%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persona(s). Undo with %1.</source>
        <translation>
            <numerusform>Usunięto %Ln personę. Cofnij: %1.</numerusform>
            <numerusform>Usunięto %Ln persony. Cofnij: %1.</numerusform>
            <numerusform>Usunięto %Ln person. Cofnij: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About B2X Workbench</source>
        <translation>O programie B2X Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Modeluj grupy odbiorców B2B i B2C jako persony i porównuj, jak kupują: grupy zakupowe, cykle sprzedaży, lejki sprzedażowe, ekonomikę jednostkową, kanały i atrybucję.&lt;/p&gt;&lt;p&gt;Ten program jest wolnym oprogramowaniem: możesz go rozpowszechniać i/lub modyfikować na warunkach Powszechnej Licencji Publicznej GNU opublikowanej przez Free Software Foundation, w wersji 3 tej Licencji lub (według Twojego wyboru) dowolnej późniejszej. Jest rozpowszechniany BEZ JAKIEJKOLWIEK GWARANCJI.&lt;/p&gt;&lt;p&gt;Zbudowano z użyciem Qt %2 i nlohmann/json.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>Przewodnik po modelach</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>Nie udało się wczytać przewodnika.</translation>
    </message>
    <message>
        <source>Workspace &amp;Channels…</source>
        <translation>&amp;Kanały obszaru roboczego…</translation>
    </message>
    <message>
        <source>B2B vs B2C sample</source>
        <translation>Przykład B2B kontra B2C</translation>
    </message>
    <message>
        <source>&amp;Go to Plan</source>
        <translation>Przejdź &amp;do planu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Go to &amp;Budget</source>
        <translation>Przejdź do &amp;budżetu</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
</context>
<context>
    <name>b2x::MemberTableModel</name>
    <message>
        <source>Economic buyer</source>
        <translation>Kupujący ekonomiczny</translation>
    </message>
    <message>
        <source>Not the economic buyer</source>
        <translation>Nie jest kupującym ekonomicznym</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Nastawienie</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Uwalnia środki</translation>
    </message>
    <message>
        <source>Job title or description of the person, e.g. “IT security lead”.</source>
        <translation>Stanowisko lub opis osoby, np. „kierownik ds. bezpieczeństwa IT”.</translation>
    </message>
    <message>
        <source>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</source>
        <translation>Jaką wagę ma opinia tej osoby, od 0 (żadnej) do 100 (decydującej).</translation>
    </message>
    <message>
        <source>Whether this person is for the purchase, neutral or against it.</source>
        <translation>Czy ta osoba jest za zakupem, neutralna czy przeciw.</translation>
    </message>
    <message>
        <source>The economic buyer releases the funds. Usually exactly one member does.</source>
        <translation>Kupujący ekonomiczny uwalnia środki. Zwykle robi to dokładnie jeden członek.</translation>
    </message>
    <message>
        <source>Edit decision-unit member %1</source>
        <translation>Edytuj członka grupy zakupowej %1</translation>
    </message>
    <message>
        <source>That is not a known role; nothing was saved.</source>
        <translation>To nie jest znana rola; nic nie zapisano.</translation>
    </message>
    <message>
        <source>A job title can be at most %1 bytes long; it was not saved.</source>
        <translation>Stanowisko może mieć najwyżej %1 bajtów; nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Influence must lie between 0 and 100; %1 was not saved.</source>
        <translation>Wpływ musi wynosić od 0 do 100; wartość %1 nie została zapisana.</translation>
    </message>
    <message>
        <source>That is not a known stance; nothing was saved.</source>
        <translation>To nie jest znane nastawienie; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Add decision-unit member</source>
        <translation>Dodaj członka grupy zakupowej</translation>
    </message>
    <message>
        <source>Remove decision-unit member</source>
        <translation>Usuń członka grupy zakupowej</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <source>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</source>
        <translation>Role, które ta osoba pełni w zakupie: jedna lub kilka (w małym gospodarstwie domowym jedna osoba jest często jednocześnie użytkownikiem, decydentem i nabywcą).</translation>
    </message>
    <message>
        <source>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</source>
        <translation>Każdy członek pełni co najmniej jedną rolę, więc rola %1 pozostaje zaznaczona. Najpierw zaznacz rolę, którą ta osoba faktycznie pełni, a potem odznacz tę.</translation>
    </message>
</context>
<context>
    <name>b2x::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>b2x::Migrations</name>
    <message>
        <source>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</source>
        <translation>wersji formatu %1 nie można zaktualizować: ta wersja B2X Workbench nie ma dla niej konwersji</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</source>
        <translation>wersji formatu %1 nie można zaktualizować: plik nie ma układu tej wersji, więc jest uszkodzony</translation>
    </message>
</context>
<context>
    <name>b2x::MotivesSection</name>
    <message>
        <source>Rational versus emotional</source>
        <translation>Racjonalne czy emocjonalne</translation>
    </message>
    <message>
        <source>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</source>
        <translation>0 = decyduje uczuciami, zaufaniem i poczuciem bezpieczeństwa; 100 = decyduje na podstawie analizy, specyfikacji i kosztów.</translation>
    </message>
    <message>
        <source>Business versus personal value</source>
        <translation>Wartość biznesowa czy osobista</translation>
    </message>
    <message>
        <source>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</source>
        <translation>0 = co zakup daje kupującemu osobiście (pewność siebie, reputację, mniej kłopotu); 100 = co daje organizacji lub budżetowi domowemu.</translation>
    </message>
    <message>
        <source>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</source>
        <translation>Jak decyduje ta grupa odbiorców, niezależnie od etykiety B2B lub B2C. Motywy racjonalne i emocjonalne występują w obu: w badaniu CEB i Google wśród 3000 kupujących B2B wartość osobista miała dwukrotnie większy wpływ na zakup niż wartość biznesowa, a tylko 14% kupujących widziało realną różnicę w wartości biznesowej dostawców. Ustaw suwaki według tego, co wiesz o odbiorcach, a nie według etykiety.</translation>
    </message>
    <message>
        <source>Rational or emotional</source>
        <translation>Racjonalne czy emocjonalne</translation>
    </message>
    <message>
        <source>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</source>
        <translation>Czy odbiorcy decydują, analizując potrzeby, koszty i długoterminowe korzyści, czy kierując się uczuciami, marką, wygodą i opiniami?</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emocjonalne</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Racjonalne</translation>
    </message>
    <message>
        <source>Business or personal value</source>
        <translation>Wartość biznesowa czy osobista</translation>
    </message>
    <message>
        <source>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</source>
        <translation>Czy zakup wygrywa tym, co daje organizacji (przychód, koszty, ryzyko), czy tym, co daje osobie kupującej (pewność, uznanie, łatwiejszą pracę)?</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Wartość osobista</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Wartość biznesowa</translation>
    </message>
    <message>
        <source>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</source>
        <translation>Źródło: CEB (obecnie Gartner) i Google, ankieta wśród 3000 kupujących B2B; zob. uwagi o benchmarkach w dokumentacji.</translation>
    </message>
    <message>
        <source>Change rational or emotional motives</source>
        <translation>Zmień motywy racjonalne lub emocjonalne</translation>
    </message>
    <message>
        <source>Change business or personal value</source>
        <translation>Zmień wartość biznesową lub osobistą</translation>
    </message>
    <message>
        <source>%1% rational, %2% emotional</source>
        <translation>%1% racjonalnie, %2% emocjonalnie</translation>
    </message>
    <message>
        <source>%1% business value, %2% personal value</source>
        <translation>%1% wartość biznesowa, %2% wartość osobista</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>Motywy</translation>
    </message>
</context>
<context>
    <name>b2x::NotesSection</name>
    <message>
        <source>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</source>
        <translation>Wszystko inne, co warto zachować o tej grupie odbiorców: wnioski z wywiadów, otwarte pytania, pomysły do przetestowania.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Free text; it is saved with the workspace but not used by the models.</source>
        <translation>Dowolny tekst; jest zapisywany z obszarem roboczym, ale modele go nie używają.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</source>
        <translation>Notatki mogą mieć najwyżej %1 bajtów; ostatnia zmiana nie została zapisana. Skróć tekst, aby go zapisać.</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Edytuj notatki</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectiveDialog</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Missing persona (%1)</source>
        <translation>Brakująca persona (%1)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>What the objective wants to achieve, in words.</source>
        <translation>Co cel ma osiągnąć – opisane słowami.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Kto za niego odpowiada.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <source>RACE stage</source>
        <translation>Etap RACE</translation>
    </message>
    <message>
        <source>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</source>
        <translation>Etap RACE, któremu służy cel: Planowanie, Zasięg, Interakcja, Konwersja, Zaangażowanie.</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;Etap RACE</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona the objective concerns, or none.</source>
        <translation>Persona, której dotyczy cel, lub brak.</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zobowiązanie</translation>
    </message>
    <message>
        <source>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Cele zobowiązujące powinny zostać osiągnięte w całości; cele aspiracyjne to cele ambitne (stretch goals).</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>&amp;Zobowiązanie</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesModel</name>
    <message>
        <source>missing persona</source>
        <translation>brakująca persona</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(cel bez tytułu)</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>%n kluczowy rezultat</numerusform>
            <numerusform>%n kluczowe rezultaty</numerusform>
            <numerusform>%n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective “%1”.</source>
        <translation>Cel „%1”.</translation>
    </message>
    <message>
        <source>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</source>
        <translation>Postęp %1 (%2): średnia postępu jego kluczowych rezultatów ważona ich wagami.</translation>
    </message>
    <message>
        <source>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</source>
        <translation>Brak postępu: żaden z jego kluczowych rezultatów nie ma różnych wartości początkowej i docelowej albo wszystkie wagi wynoszą 0.</translation>
    </message>
    <message>
        <source>RACE stage: %1.</source>
        <translation>Etap RACE: %1.</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona: %1.</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>Właściciel: %1.</translation>
    </message>
    <message>
        <source>Committed: expected to be met in full.</source>
        <translation>Zobowiązujący: powinien zostać osiągnięty w całości.</translation>
    </message>
    <message>
        <source>Aspirational: a stretch goal; about 70% is a good result.</source>
        <translation>Aspiracyjny: cel ambitny; około 70% to dobry wynik.</translation>
    </message>
    <message>
        <source>(unnamed key result)</source>
        <translation>(kluczowy rezultat bez nazwy)</translation>
    </message>
    <message>
        <source>↻ %1</source>
        <comment>a derived target, following the reverse funnel</comment>
        <translation>↻ %1</translation>
    </message>
    <message>
        <source>↻ derived, moved since the last check-in</source>
        <translation>↻ wyliczana, zmieniła się od ostatniego check-inu</translation>
    </message>
    <message>
        <source>↻ derived</source>
        <translation>↻ wyliczana</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>waga %1</translation>
    </message>
    <message>
        <source>confidence %1/%2</source>
        <translation>wiarygodność %1/%2</translation>
    </message>
    <message>
        <source>Key result “%1”: %2.</source>
        <translation>Kluczowy rezultat „%1”: %2.</translation>
    </message>
    <message>
        <source>start %1, current %2, target %3</source>
        <translation>wartość początkowa %1, bieżąca %2, docelowa %3</translation>
    </message>
    <message>
        <source>Progress %1 (%2): (current − start) ÷ (target − start).</source>
        <translation>Postęp %1 (%2): (bieżąca − początkowa) ÷ (docelowa − początkowa).</translation>
    </message>
    <message>
        <source>No progress yet: the target equals the start.</source>
        <translation>Brak postępu: wartość docelowa jest równa początkowej.</translation>
    </message>
    <message>
        <source>The target moved from %1 at the last check-in to %2.</source>
        <translation>Wartość docelowa zmieniła się z %1 przy ostatnim check-inie na %2.</translation>
    </message>
    <message>
        <source>Weight %1 in the objective.</source>
        <translation>Waga w celu: %1.</translation>
    </message>
    <message>
        <source>Confidence at the latest check-in: %1 of %2.</source>
        <translation>Wiarygodność przy ostatnim check-inie: %1 z %2.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Nie ma jeszcze check-inu.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Cel / kluczowy rezultat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Początkowa → bieżąca → docelowa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesView</name>
    <message>
        <source>Objectives and key results</source>
        <translation>Cele i kluczowe rezultaty</translation>
    </message>
    <message>
        <source>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</source>
        <translation>Każdy cel z jego kluczowymi rezultatami. Kolor postępu odpowiada przedziałom oceny stosowanym w Google, a nazwa przedziału jest podana obok paska. Enter edytuje zaznaczony wiersz, Delete go usuwa.</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Dodaj &amp;cel</translation>
    </message>
    <message>
        <source>Adds an objective to the plan.</source>
        <translation>Dodaje cel do planu.</translation>
    </message>
    <message>
        <source>Add &amp;key result</source>
        <translation>Dodaj &amp;kluczowy rezultat</translation>
    </message>
    <message>
        <source>Adds a key result to the selected objective.</source>
        <translation>Dodaje kluczowy rezultat do zaznaczonego celu.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edits the selected objective or key result.</source>
        <translation>Edytuje zaznaczony cel lub kluczowy rezultat.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Deletes the selected objective (with its key results) or key result. Undo brings it back.</source>
        <translation>Usuwa zaznaczony cel (wraz z jego kluczowymi rezultatami) lub kluczowy rezultat. Cofnięcie go przywraca.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one, then its key results.</source>
        <translation>Plan nie ma jeszcze celów: dodaj cel, a potem jego kluczowe rezultaty.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to see how its progress and target are worked out.</source>
        <translation>Zaznacz cel lub kluczowy rezultat, aby zobaczyć, jak wyliczane są jego postęp i wartość docelowa.</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>Dodaj cel „%1”</translation>
    </message>
    <message>
        <source>Edit objective “%1”</source>
        <translation>Edytuj cel „%1”</translation>
    </message>
    <message>
        <source>Add key result “%1”</source>
        <translation>Dodaj kluczowy rezultat „%1”</translation>
    </message>
    <message>
        <source>Edit key result “%1”</source>
        <translation>Edytuj kluczowy rezultat „%1”</translation>
    </message>
    <message>
        <source>Delete key result “%1”</source>
        <translation>Usuń kluczowy rezultat „%1”</translation>
    </message>
    <message>
        <source>Delete objective “%1”</source>
        <translation>Usuń cel „%1”</translation>
    </message>
    <message>
        <source>Add a check-in to “%1”</source>
        <translation>Dodaj check-in do „%1”</translation>
    </message>
    <message>
        <source>Delete a check-in of “%1”</source>
        <translation>Usuń check-in z „%1”</translation>
    </message>
</context>
<context>
    <name>b2x::PdfReport</name>
    <message>
        <source>B2B vs B2C comparison</source>
        <translation>Porównanie B2B i B2C</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksport został anulowany</translation>
    </message>
    <message>
        <source>B2B vs B2C comparison report</source>
        <translation>Raport porównawczy B2B i B2C</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Przygotowano dla: %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Opracowanie: %1</translation>
    </message>
    <message>
        <source>This report covers one persona:</source>
        <translation>Raport obejmuje jedną personę:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas:</source>
        <translation>
            <numerusform>Raport obejmuje %Ln personę:</numerusform>
            <numerusform>Raport obejmuje %Ln persony:</numerusform>
            <numerusform>Raport obejmuje %Ln person:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaEditor</name>
    <message>
        <source>Persona editor</source>
        <translation>Edytor persony</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written for another value than the persona has now</source>
        <translation>
            <numerusform>%Ln źródło zapisane dla innej wartości, niż persona ma teraz</numerusform>
            <numerusform>%Ln źródła zapisane dla innej wartości, niż persona ma teraz</numerusform>
            <numerusform>%Ln źródeł zapisanych dla innej wartości, niż persona ma teraz</numerusform>
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
        <translation>Nowa persona</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListDelegate</name>
    <message>
        <source>B2B index %1 · behaves %2</source>
        <translation>Indeks B2B %1 · zachowanie: %2</translation>
    </message>
    <message>
        <source>⚠ %1 · label and behaviour differ</source>
        <translation>⚠ %1 · etykieta i zachowanie się różnią</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListModel</name>
    <message>
        <source>%1, labelled %2</source>
        <translation>%1, etykieta: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListPanel</name>
    <message>
        <source>Filter personas</source>
        <translation>Filtruj persony</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <source>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</source>
        <translation>Zaznacz do sześciu person (Ctrl+klik), aby porównać je na wykresach. Przeciągnij personę, aby zmienić kolejność listy.</translation>
    </message>
</context>
<context>
    <name>b2x::PipelineSection</name>
    <message>
        <source>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</source>
        <translation>Etapy od pierwszego kontaktu do zakupu, po kolei. Dla każdego etapu: odsetek przechodzący do następnego oraz najkrótszy, najczęstszy i najdłuższy czas na tym etapie. Cykle B2B często trwają miesiącami; decyzje konsumenckie zajmują od godzin do tygodni. Kliknij dwukrotnie komórkę lub zacznij pisać, aby ją edytować.</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Etapy lejka</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Dodaj etap</translation>
    </message>
    <message>
        <source>Insert a new stage after the selected one.</source>
        <translation>Wstaw nowy etap po zaznaczonym.</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Usuń etap</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>Usuń zaznaczony etap.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier.</source>
        <translation>Przesuń zaznaczony etap o jedno miejsce wcześniej.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W d&amp;ół</translation>
    </message>
    <message>
        <source>Move the selected stage one place later.</source>
        <translation>Przesuń zaznaczony etap o jedno miejsce później.</translation>
    </message>
    <message>
        <source>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</source>
        <translation>Średni czas przejścia przez wszystkie etapy (%1): %2 dni (każdy etap liczy się jako (min + najbardziej prawdopodobny + maks) ÷ 3).</translation>
    </message>
    <message>
        <source>A pipeline can have at most %1 stages.</source>
        <translation>Lejek może mieć najwyżej %1 etapów.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Etapy</translation>
    </message>
</context>
<context>
    <name>b2x::PlanCsvExport</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PlanPanel</name>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>e.g. Q1 2027</source>
        <translation>np. I kw. 2027</translation>
    </message>
    <message>
        <source>The name the plan and the report give this period.</source>
        <translation>Nazwa, pod którą plan i raport podają ten okres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>Pierwszy dzień okresu.</translation>
    </message>
    <message>
        <source>The last day of the period (it belongs to it).</source>
        <translation>Ostatni dzień okresu (należy do niego).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>Przychód od nowych klientów</translation>
    </message>
    <message>
        <source>Whether the target counts new customers or their revenue (customers × price).</source>
        <translation>Czy cel jest wyrażony w nowych klientach, czy w przychodzie od nich (klienci × cena).</translation>
    </message>
    <message>
        <source>Target as</source>
        <translation>Rodzaj celu</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>What the period should bring from this persona. 0: no target.</source>
        <translation>Ile ta persona ma przynieść w tym okresie. 0: brak celu.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <source>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</source>
        <translation>Ile firm (B2B) lub osób (B2C) liczy segment. Plan porównuje z tą liczbą wolumen wymagany przez cel. 0: nieznana.</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Wielkość grupy odbiorców</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Odwrócony lejek</translation>
    </message>
    <message>
        <source>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</source>
        <translation>Cel przeliczony wstecz przez lejek i cykl sprzedaży persony przy założeniu, że leady napływają równomiernie od początku okresu.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Miara</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Kontrole planu</translation>
    </message>
    <message>
        <source>Rename the plan period</source>
        <translation>Zmień nazwę okresu planu</translation>
    </message>
    <message>
        <source>Change what the target counts</source>
        <translation>Zmień rodzaj celu</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Zmień cel</translation>
    </message>
    <message>
        <source>Change the audience size</source>
        <translation>Zmień wielkość grupy odbiorców</translation>
    </message>
    <message>
        <source>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</source>
        <translation>Nie ustawiono okresu: plan jest liczony dla bieżącego kwartału. Zmień datę, aby ustawić okres.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n dzień.</numerusform>
            <numerusform>%n dni.</numerusform>
            <numerusform>%n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target for “%1”</source>
        <translation>Cel dla „%1”</translation>
    </message>
    <message>
        <source>Target (select a persona)</source>
        <translation>Cel (zaznacz personę)</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs.</source>
        <translation>Zaznacz personę, aby zobaczyć, czego wymaga jej cel.</translation>
    </message>
    <message>
        <source>Target: new customers</source>
        <translation>Cel: nowi klienci</translation>
    </message>
    <message>
        <source>Target: new-customer revenue</source>
        <translation>Cel: przychód od nowych klientów</translation>
    </message>
    <message>
        <source>Customers expected in the period at today&apos;s volume</source>
        <translation>Oczekiwani klienci w okresie przy obecnym wolumenie</translation>
    </message>
    <message>
        <source>Shortfall if volume and spend stay as today</source>
        <translation>Niedobór przy obecnym wolumenie i wydatkach</translation>
    </message>
    <message>
        <source>Monthly volume the target needs (today %1)</source>
        <translation>Wolumen miesięczny wymagany przez cel (obecnie %1)</translation>
    </message>
    <message>
        <source>Monthly spend the target needs (today %1)</source>
        <translation>Wydatki miesięczne wymagane przez cel (obecnie %1)</translation>
    </message>
    <message>
        <source>Entries into “%1” over the period</source>
        <translation>Wejścia na etap „%1” w okresie</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, half of the deals</source>
        <translation>Najpóźniejsze wejście z zamknięciem do końca okresu, połowa transakcji</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, nine deals in ten</source>
        <translation>Najpóźniejsze wejście z zamknięciem do końca okresu, dziewięć na dziesięć transakcji</translation>
    </message>
    <message>
        <source>Planned budget of its tactics</source>
        <translation>Zaplanowany budżet jej taktyk</translation>
    </message>
    <message>
        <source>No target for this persona: set one above to see the volume, spend and entries it needs.</source>
        <translation>Ta persona nie ma celu: ustaw go powyżej, aby zobaczyć potrzebny wolumen, wydatki i wejścia.</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>Brak uwag: plan przechodzi wszystkie kontrole.</translation>
    </message>
    <message>
        <source>Change the period&apos;s start</source>
        <translation>Zmień początek okresu</translation>
    </message>
    <message>
        <source>Change the period&apos;s end</source>
        <translation>Zmień koniec okresu</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 („%2”)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele person</translation>
    </message>
    <message>
        <source>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</source>
        <translation>Okres, cel każdej persony i jej odwrócony lejek oraz kontrole planu.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</source>
        <translation>Kliknij uwagę dotyczącą persony, aby zaznaczyć tę personę; uwaga dotycząca kluczowego rezultatu otwiera go na karcie „Cele OKR”.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Cele OKR</translation>
    </message>
</context>
<context>
    <name>b2x::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</source>
        <translation>Gdy obszar roboczy ma niezapisane zmiany, kopia odzyskiwania jest zapisywana z taką częstotliwością w folderze danych aplikacji (nigdy w miejsce Twojego pliku). Po awarii przy następnym uruchomieniu program zaproponuje jej przywrócenie.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Domyślny systemowy</translation>
    </message>
    <message>
        <source>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</source>
        <translation>Język menu, formularzy, komunikatów i raportów oraz sposób zapisu liczb, kwot i dat. Zmiana zacznie obowiązywać przy następnym uruchomieniu B2X Workbench.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Kopia odzyskiwania co:</translation>
    </message>
</context>
<context>
    <name>b2x::Presets</name>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</source>
        <translation>b2blead.io, First Page Sage (za altiorco), getfairview: odwiedzający → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → szansa sprzedaży 30–80%, szansa → wygrana 10–35% (duże przedsiębiorstwa 10–20%, średnie firmy 20–30%)</translation>
    </message>
    <message>
        <source>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</source>
        <translation>Ustawione tak, by CLV:CAC wynosiło ok. 3:1, czyli zdrowy stosunek (pug.sh, knowmba, metrictoolbox); zastąp własnym budżetem</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no gross-margin figure; use your finance figure</source>
        <translation>Założenie: lista źródeł nie podaje marży brutto; użyj danych z działu finansów</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no customer-lifetime figure; use your retention data</source>
        <translation>Założenie: lista źródeł nie podaje czasu życia klienta; użyj swoich danych o retencji</translation>
    </message>
    <message>
        <source>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</source>
        <translation>Założenie w skali przykładu b2blead.io (10 000 odwiedzających → 300 leadów → 90 MQL → 36 SQL → 27 szans sprzedaży → 6 klientów); użyj swojej analityki</translation>
    </message>
    <message>
        <source>Owner or marketing lead of a small business</source>
        <translation>Właściciel lub szef marketingu małej firmy</translation>
    </message>
    <message>
        <source>Chooses the tool; a manager approves the card payment</source>
        <translation>Wybiera narzędzie; kierownik zatwierdza płatność kartą</translation>
    </message>
    <message>
        <source>Get results within weeks, without an implementation project</source>
        <translation>Wyniki w ciągu tygodni, bez projektu wdrożeniowego</translation>
    </message>
    <message>
        <source>No time to evaluate many tools; budget needs a quick yes</source>
        <translation>Brak czasu na ocenę wielu narzędzi; budżet wymaga szybkiej zgody</translation>
    </message>
    <message>
        <source>Marketing lead (picks the tool)</source>
        <translation>Szef marketingu (wybiera narzędzie)</translation>
    </message>
    <message>
        <source>Owner or manager (approves the payment)</source>
        <translation>Właściciel lub kierownik (zatwierdza płatność)</translation>
    </message>
    <message>
        <source>Website visitor → free-trial sign-up</source>
        <translation>Odwiedzający stronę → rejestracja na okres próbny</translation>
    </message>
    <message>
        <source>Free trial → paid plan</source>
        <translation>Okres próbny → płatny plan</translation>
    </message>
    <message>
        <source>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</source>
        <translation>Plan za 200 $ miesięcznie rozliczany rocznie, w przedziale firstsales.io „poniżej 10 tys. $: 1–2 miesiące, skuteczność zamknięć 25–35%”</translation>
    </message>
    <message>
        <source>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</source>
        <translation>Odwiedzający → okres próbny 3% w przedziale odwiedzający → lead 1–5% (b2blead.io); okres próbny → płatny 30% w przedziale skuteczności 25–35% dla transakcji poniżej 10 tys. $ (firstsales.io)</translation>
    </message>
    <message>
        <source>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</source>
        <translation>Łącznie ok. 3 tygodni: cykle w małych firmach trwają 14–30 dni (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</source>
        <translation>Dwie osoby: niski koszt i ryzyko oznaczają niewielu uczestników (Robinson, Faris i Wind 1967)</translation>
    </message>
    <message>
        <source>One yearly renewal</source>
        <translation>Jedno roczne odnowienie</translation>
    </message>
    <message>
        <source>Head of operations (project sponsor)</source>
        <translation>Dyrektor operacyjny działu (sponsor projektu)</translation>
    </message>
    <message>
        <source>Replace spreadsheets with one system the whole department uses</source>
        <translation>Zastąpić arkusze kalkulacyjne jednym systemem używanym przez cały dział</translation>
    </message>
    <message>
        <source>IT capacity is scarce; the last rollout stalled</source>
        <translation>Zasoby IT są ograniczone; ostatnie wdrożenie utknęło</translation>
    </message>
    <message>
        <source>Chief operating officer (releases the budget)</source>
        <translation>Dyrektor operacyjny (COO, uwalnia budżet)</translation>
    </message>
    <message>
        <source>Head of operations (sponsor)</source>
        <translation>Kierownik operacji (sponsor)</translation>
    </message>
    <message>
        <source>Team lead who will use it daily</source>
        <translation>Kierownik zespołu, który będzie z niego korzystał codziennie</translation>
    </message>
    <message>
        <source>IT manager (technical evaluation)</source>
        <translation>Kierownik IT (ocena techniczna)</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Kierownik ds. zakupów</translation>
    </message>
    <message>
        <source>Website visitor → lead</source>
        <translation>Odwiedzający stronę → lead</translation>
    </message>
    <message>
        <source>Lead → marketing-qualified lead</source>
        <translation>Lead → lead kwalifikowany marketingowo</translation>
    </message>
    <message>
        <source>MQL → sales-qualified lead</source>
        <translation>MQL → lead kwalifikowany sprzedażowo</translation>
    </message>
    <message>
        <source>SQL → opportunity</source>
        <translation>SQL → szansa sprzedaży</translation>
    </message>
    <message>
        <source>Opportunity → won</source>
        <translation>Szansa sprzedaży → wygrana</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</source>
        <translation>W przedziale firstsales.io „25–50 tys. $: 3–4 miesiące, skuteczność zamknięć 18–25%”</translation>
    </message>
    <message>
        <source>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</source>
        <translation>Współczynniki z przykładu b2blead.io (3%, 30%, 40%, 75%, 22%), w opublikowanych przedziałach; średnie firmy: szansa → wygrana 20–30%</translation>
    </message>
    <message>
        <source>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</source>
        <translation>Łącznie ok. 3 miesięcy: transakcje za 25–50 tys. $ trwają 3–4 miesiące (firstsales.io); średnie firmy 30–90 dni (thecroreport.com)</translation>
    </message>
    <message>
        <source>Five people: CEB measured 5.4 people per B2B purchase (2014)</source>
        <translation>Pięć osób: CEB zmierzył 5,4 osoby na zakup B2B (2014)</translation>
    </message>
    <message>
        <source>One yearly contract</source>
        <translation>Jedna umowa roczna</translation>
    </message>
    <message>
        <source>VP of a business unit (sponsor and champion)</source>
        <translation>Wiceprezes jednostki biznesowej (sponsor i zwolennik)</translation>
    </message>
    <message>
        <source>A platform decision that survives audit and scales for five years</source>
        <translation>Decyzja o platformie, która przetrwa audyt i będzie się skalować przez pięć lat</translation>
    </message>
    <message>
        <source>Every department has its own tool; integration costs keep rising</source>
        <translation>Każdy dział ma własne narzędzie; koszty integracji stale rosną</translation>
    </message>
    <message>
        <source>Chief financial officer (economic buyer)</source>
        <translation>Dyrektor finansowy (kupujący ekonomiczny)</translation>
    </message>
    <message>
        <source>Business-unit VP (sponsor)</source>
        <translation>Wiceprezes jednostki biznesowej (sponsor)</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>Kierownik operacyjny</translation>
    </message>
    <message>
        <source>Enterprise architect (technical evaluator)</source>
        <translation>Architekt korporacyjny (ocena techniczna)</translation>
    </message>
    <message>
        <source>IT security lead</source>
        <translation>Kierownik ds. bezpieczeństwa IT</translation>
    </message>
    <message>
        <source>Procurement (runs the tender)</source>
        <translation>Dział zakupów (prowadzi przetarg)</translation>
    </message>
    <message>
        <source>Legal counsel (contract approval)</source>
        <translation>Radca prawny (akceptacja umowy)</translation>
    </message>
    <message>
        <source>Opportunity: demo, business case, tender → won</source>
        <translation>Szansa sprzedaży: demo, uzasadnienie biznesowe, przetarg → wygrana</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</source>
        <translation>W przedziale firstsales.io „100–250 tys. $: 6–9 miesięcy, skuteczność zamknięć 12–18%”</translation>
    </message>
    <message>
        <source>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</source>
        <translation>Łącznie ok. 7,5 miesiąca: transakcje za 100–250 tys. $ trwają 6–9 miesięcy (firstsales.io); duże przedsiębiorstwa 90–180+ dni (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</source>
        <translation>Siedem osób: CEB zmierzył 6,8 na zakup B2B (2016); Gartner (2019) 6–10 przy złożonym rozwiązaniu</translation>
    </message>
    <message>
        <source>Manufacturing and construction</source>
        <translation>Produkcja i budownictwo</translation>
    </message>
    <message>
        <source>Purchasing agent</source>
        <translation>Zaopatrzeniowiec</translation>
    </message>
    <message>
        <source>No stock-outs on site; the agreed price on every order</source>
        <translation>Żadnych braków na budowie; uzgodniona cena przy każdym zamówieniu</translation>
    </message>
    <message>
        <source>Late deliveries stop work; re-quoting wastes time</source>
        <translation>Opóźnione dostawy wstrzymują pracę; ponowne wyceny marnują czas</translation>
    </message>
    <message>
        <source>Purchasing agent (places the order)</source>
        <translation>Zaopatrzeniowiec (składa zamówienie)</translation>
    </message>
    <message>
        <source>Site or maintenance lead (raises the need)</source>
        <translation>Kierownik budowy lub utrzymania ruchu (zgłasza potrzebę)</translation>
    </message>
    <message>
        <source>Plant manager (approves the purchase order)</source>
        <translation>Kierownik zakładu (zatwierdza zamówienie)</translation>
    </message>
    <message>
        <source>Reorder trigger → quote requested</source>
        <translation>Sygnał do ponownego zamówienia → zapytanie ofertowe</translation>
    </message>
    <message>
        <source>Quote → purchase order</source>
        <translation>Oferta → zamówienie</translation>
    </message>
    <message>
        <source>Purchase-order approval → order placed</source>
        <translation>Akceptacja zamówienia → złożenie zamówienia</translation>
    </message>
    <message>
        <source>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</source>
        <translation>Proste zakupy ponowne wymagają mniej osób i szybszej decyzji (Robinson, Faris i Wind 1967); lista źródeł nie podaje dla nich liczb, więc to założenie: użyj historii swoich zamówień</translation>
    </message>
    <message>
        <source>Assumption: a typical replenishment order; use your order history</source>
        <translation>Założenie: typowe zamówienie uzupełniające; użyj historii swoich zamówień</translation>
    </message>
    <message>
        <source>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</source>
        <translation>Założenie: zapytania o ponowne zamówienie w miesiącu od klientów, którzy mogliby przejść do Ciebie (opóźniona dostawa, przegląd cen)</translation>
    </message>
    <message>
        <source>Assumption: monthly replenishment</source>
        <translation>Założenie: comiesięczne uzupełnianie zapasów</translation>
    </message>
    <message>
        <source>Young adults, single or couples</source>
        <translation>Młodzi dorośli, single lub pary</translation>
    </message>
    <message>
        <source>Trends, short video, creators they follow</source>
        <translation>Trendy, krótkie wideo, twórcy, których obserwują</translation>
    </message>
    <message>
        <source>Several small purchases a year</source>
        <translation>Kilka drobnych zakupów w roku</translation>
    </message>
    <message>
        <source>Something that looks good now, at a price that needs no thought</source>
        <translation>Coś, co dobrze wygląda teraz, w cenie, nad którą nie trzeba się zastanawiać</translation>
    </message>
    <message>
        <source>Slow delivery and fiddly checkouts</source>
        <translation>Powolna dostawa i skomplikowane płatności</translation>
    </message>
    <message>
        <source>The shopper</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Visitor → adds to cart</source>
        <translation>Odwiedzający → dodaje do koszyka</translation>
    </message>
    <message>
        <source>Cart → order</source>
        <translation>Koszyk → zamówienie</translation>
    </message>
    <message>
        <source>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</source>
        <translation>Poniżej 50 $ i decyzje w mniej niż dzień: przedział płatnych social mediów z reguły kciuka polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: site sessions a month</source>
        <translation>Założenie: sesje w sklepie w miesiącu</translation>
    </message>
    <message>
        <source>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</source>
        <translation>Koszyk → zamówienie 30%: ok. 70% koszyków jest porzucanych (Baymard); odwiedzający → koszyk 7,3%, aby sklep konwertował 2,2%, w przedziale od 1,9% (Wolfgang Digital) do 2,6% (Monetate)</translation>
    </message>
    <message>
        <source>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</source>
        <translation>Godziny, w ciągu dnia lub dwóch: decyzje B2C zajmują od godzin do tygodni; płatne social media pasują do decyzji krótszych niż dzień (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: a purchase a quarter</source>
        <translation>Założenie: jeden zakup na kwartał</translation>
    </message>
    <message>
        <source>Couples and families</source>
        <translation>Pary i rodziny</translation>
    </message>
    <message>
        <source>Home, travel and technology; reads reviews before buying</source>
        <translation>Dom, podróże i technologia; czyta opinie przed zakupem</translation>
    </message>
    <message>
        <source>Once every few years</source>
        <translation>Raz na kilka lat</translation>
    </message>
    <message>
        <source>The right choice for the household, with no regrets</source>
        <translation>Właściwy wybór dla gospodarstwa domowego, bez żalu</translation>
    </message>
    <message>
        <source>Too many options and contradictory reviews</source>
        <translation>Zbyt wiele opcji i sprzeczne opinie</translation>
    </message>
    <message>
        <source>Partner who leads the purchase</source>
        <translation>Partner, który prowadzi zakup</translation>
    </message>
    <message>
        <source>Partner with a say on price and taste</source>
        <translation>Partner mający głos w sprawie ceny i gustu</translation>
    </message>
    <message>
        <source>Search-ad click → enquiry, quote or showroom visit</source>
        <translation>Kliknięcie reklamy w wyszukiwarce → zapytanie, wycena lub wizyta w salonie</translation>
    </message>
    <message>
        <source>Enquiry → purchase</source>
        <translation>Zapytanie → zakup</translation>
    </message>
    <message>
        <source>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</source>
        <translation>W przedziale „200–2000 $ i 7–30 dni: wyszukiwarka, e-mail, YouTube” z reguły kciuka polytraffic.com</translation>
    </message>
    <message>
        <source>Assumption: search-ad clicks a month</source>
        <translation>Założenie: kliknięcia reklam w wyszukiwarce w miesiącu</translation>
    </message>
    <message>
        <source>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</source>
        <translation>Kliknięcie → zapytanie 6,96%, współczynnik konwersji reklam w wyszukiwarce w 2024 r. (LocaliQ/WordStream); zapytanie → zakup 25% to założenie</translation>
    </message>
    <message>
        <source>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</source>
        <translation>Łącznie ok. 2,5 tygodnia, w przedziale 7–30 dni (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: once every five years</source>
        <translation>Założenie: raz na pięć lat</translation>
    </message>
    <message>
        <source>Working professionals</source>
        <translation>Aktywni zawodowo profesjonaliści</translation>
    </message>
    <message>
        <source>Career progression, certifications</source>
        <translation>Rozwój kariery, certyfikaty</translation>
    </message>
    <message>
        <source>One course every few years</source>
        <translation>Jeden kurs na kilka lat</translation>
    </message>
    <message>
        <source>Employee whose manager may sponsor the course</source>
        <translation>Pracownik, któremu przełożony może sfinansować kurs</translation>
    </message>
    <message>
        <source>A recognised qualification that fits around work</source>
        <translation>Uznane kwalifikacje, które da się pogodzić z pracą</translation>
    </message>
    <message>
        <source>Unclear whether the employer will pay; little time to study</source>
        <translation>Nie wiadomo, czy zapłaci pracodawca; mało czasu na naukę</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>Uczestnik kursu</translation>
    </message>
    <message>
        <source>Line manager (sponsors the fee when the employer pays)</source>
        <translation>Bezpośredni przełożony (finansuje opłatę, gdy płaci pracodawca)</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Partner lub rodzina</translation>
    </message>
    <message>
        <source>Website visitor → enquiry</source>
        <translation>Odwiedzający stronę → zapytanie</translation>
    </message>
    <message>
        <source>Enquiry → information session</source>
        <translation>Zapytanie → spotkanie informacyjne</translation>
    </message>
    <message>
        <source>Information session → enrolment</source>
        <translation>Spotkanie informacyjne → zapis</translation>
    </message>
    <message>
        <source>Assumption: a professional certificate&apos;s fee</source>
        <translation>Założenie: opłata za certyfikat zawodowy</translation>
    </message>
    <message>
        <source>Assumption: website users a month</source>
        <translation>Założenie: użytkownicy strony w miesiącu</translation>
    </message>
    <message>
        <source>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</source>
        <translation>Odwiedzający → zapytanie 2% w przedziale odwiedzający → lead 1–5% (b2blead.io); dalsze współczynniki to założenia</translation>
    </message>
    <message>
        <source>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</source>
        <translation>Założenie: ok. sześciu tygodni, między decyzjami konsumenckimi (od godzin do tygodni) a cyklami małych firm (14–30 dni) plus zgoda pracodawcy</translation>
    </message>
    <message>
        <source>Assumption: a course every two years</source>
        <translation>Założenie: kurs co dwa lata</translation>
    </message>
    <message>
        <source>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</source>
        <translation>Churn 3% miesięcznie: dobry wskaźnik dla SaaS sprzedawanego małym firmom to 3–5% miesięcznie (statsforstartups.com, „Gross churn rate”, za Recurly: średnia B2B 5%); horyzont trzyletni</translation>
    </message>
    <message>
        <source>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</source>
        <translation>Churn 10% rocznie: SaaS dla średnich firm traci zwykle 7–12% klientów rocznie (joysubscription.com, „Average churn rate for SaaS”); czteroletni horyzont ogranicza czas życia klienta</translation>
    </message>
    <message>
        <source>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</source>
        <translation>Churn 6% rocznie: 5–7% to zdrowy poziom dla SaaS dla dużych przedsiębiorstw z umowami rocznymi (joysubscription.com, „Average churn rate for SaaS”); horyzont pięcioletni, czyli okres zmiany dostawcy z przykładu B2B Institute dotyczącego obecności na rynku</translation>
    </message>
    <message>
        <source>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</source>
        <translation>79% klientów nadal zamawia po roku: średni wskaźnik utrzymania klientów w budownictwie (First Page Sage, „Customer retention rates by industry”, 2025); horyzont pięcioletni</translation>
    </message>
    <message>
        <source>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</source>
        <translation>Decyduje jedna osoba: tani zakup o niskim ryzyku angażuje niewiele osób (Robinson, Faris i Wind 1967)</translation>
    </message>
    <message>
        <source>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</source>
        <translation>Dwuosobowe gospodarstwo domowe: kosztowny zakup do domu partnerzy często rozważają wspólnie (Kotler i Keller, Marketing Management: role w zakupach rodzinnych)</translation>
    </message>
    <message>
        <source>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</source>
        <translation>Założenie (wartość domyślna Workbench): uczestnik kursu, sponsorujący przełożony i rodzina rozważają kurs wspólnie</translation>
    </message>
</context>
<context>
    <name>b2x::Problem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
</context>
<context>
    <name>b2x::ProfileSection</name>
    <message>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <source>Consumer segment</source>
        <translation>Segment konsumencki</translation>
    </message>
    <message>
        <source>Organisation segment</source>
        <translation>Segment organizacji</translation>
    </message>
    <message>
        <source>Goals, pains and content</source>
        <translation>Cele, problemy i treści</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</source>
        <translation>Krótka, konkretna nazwa, którą zespół rozpozna, np. „Komitet zakupowy dużej firmy”.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</source>
        <translation>Komu sprzedawana jest oferta. Modele osobno mierzą, na ile odbiorcy zachowują się jak B2B, bo etykieta i zachowanie często się różnią.</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Zmień etykietę</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>One line that says who this is and how they buy.</source>
        <translation>Jedno zdanie o tym, kim są i jak kupują.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>The story of this audience: situation, needs, how a purchase happens.</source>
        <translation>Historia tej grupy odbiorców: sytuacja, potrzeby, jak przebiega zakup.</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Wybierz kolor</translation>
    </message>
    <message>
        <source>Choose the colour of this persona in every chart.</source>
        <translation>Wybierz kolor tej persony na wszystkich wykresach.</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Kod koloru</translation>
    </message>
    <message>
        <source>The colour as # and six hexadecimal digits, e.g. #4e79a7.</source>
        <translation>Kolor jako # i sześć cyfr szesnastkowych, np. #4e79a7.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</source>
        <translation>Kolor zapisuje się jako # i sześć cyfr szesnastkowych, np. #4e79a7; „%1” nie został zapisany.</translation>
    </message>
    <message>
        <source>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</source>
        <translation>Demografia i badania konsumenckie: kim jest ta osoba i jak żyje. Wyświetlane dla odbiorców B2C i hybrydowych.</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Wiek minimalny</translation>
    </message>
    <message>
        <source>Youngest age in the segment.</source>
        <translation>Najmłodszy wiek w segmencie.</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Wiek maksymalny</translation>
    </message>
    <message>
        <source>Oldest age in the segment.</source>
        <translation>Najstarszy wiek w segmencie.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>Etap życia</translation>
    </message>
    <message>
        <source>Household and stage of life, e.g. “couple with young children”.</source>
        <translation>Gospodarstwo domowe i etap życia, np. „para z małymi dziećmi”.</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Przedział dochodu</translation>
    </message>
    <message>
        <source>Household or personal income range.</source>
        <translation>Przedział dochodu gospodarstwa domowego lub osobistego.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Where they live: country, region, city type.</source>
        <translation>Gdzie mieszkają: kraj, region, typ miejscowości.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Highest education or field of study.</source>
        <translation>Najwyższe wykształcenie lub kierunek studiów.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Zainteresowania</translation>
    </message>
    <message>
        <source>Interests, values and lifestyle.</source>
        <translation>Zainteresowania, wartości i styl życia.</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Częstotliwość zakupów</translation>
    </message>
    <message>
        <source>How often they buy in this category, in words, e.g. “weekly”.</source>
        <translation>Jak często kupują w tej kategorii, słownie, np. „co tydzień”.</translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation>Wrażliwość cenowa</translation>
    </message>
    <message>
        <source>0 = price hardly matters; 100 = decides on price alone.</source>
        <translation>0 = cena prawie nie ma znaczenia; 100 = decyduje wyłącznie cena.</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> na 100</translation>
    </message>
    <message>
        <source>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</source>
        <translation>Firmografia i technografia organizacji kupującej oraz miejsce tej osoby w niej. Wyświetlane dla odbiorców B2B i hybrydowych.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>The organisation&apos;s industry; it often explains more than the B2B label does.</source>
        <translation>Branża organizacji; często wyjaśnia więcej niż etykieta B2B.</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Wielkość firmy</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>Liczba pracowników.</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> pracowników</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Roczny przychód</translation>
    </message>
    <message>
        <source>The organisation&apos;s yearly revenue, in the workspace currency.</source>
        <translation>Roczny przychód organizacji w walucie obszaru roboczego.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where the organisation operates or buys.</source>
        <translation>Gdzie organizacja działa lub kupuje.</translation>
    </message>
    <message>
        <source>Technology stack</source>
        <translation>Stos technologiczny</translation>
    </message>
    <message>
        <source>Systems the organisation runs that the offer must fit with, one per line.</source>
        <translation>Systemy używane przez organizację, z którymi oferta musi współpracować, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>This person&apos;s job.</source>
        <translation>Praca tej osoby.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Where this person works.</source>
        <translation>Gdzie ta osoba pracuje.</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Szczebel</translation>
    </message>
    <message>
        <source>Level in the hierarchy.</source>
        <translation>Poziom w hierarchii.</translation>
    </message>
    <message>
        <source>Buying authority</source>
        <translation>Uprawnienia zakupowe</translation>
    </message>
    <message>
        <source>What this person may decide or sign, e.g. “approves up to 50,000”.</source>
        <translation>O czym ta osoba może decydować lub co podpisywać, np. „zatwierdza do 50 000”.</translation>
    </message>
    <message>
        <source>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</source>
        <translation>Jedna pozycja w wierszu. To treści dopasowane do tych pozycji czynią personę przydatną dla autorów i sprzedaży.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>What they want to achieve, one per line.</source>
        <translation>Co chcą osiągnąć, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>What hurts today, one per line.</source>
        <translation>Co dziś doskwiera, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Obiekcje</translation>
    </message>
    <message>
        <source>What they say against buying, one per line.</source>
        <translation>Co mówią przeciw zakupowi, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>Źródła informacji</translation>
    </message>
    <message>
        <source>Where they look for advice and research: sites, peers, events. One per line.</source>
        <translation>Gdzie szukają porad i informacji: strony, znajomi z branży, wydarzenia. Po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Content preferences</source>
        <translation>Preferowane treści</translation>
    </message>
    <message>
        <source>Formats and tone that work for them, one per line.</source>
        <translation>Formaty i ton, które do nich trafiają, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edytuj: %1</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1 może mieć najwyżej %2 bajtów; ostatnia zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Jedna pozycja w wierszu</translation>
    </message>
    <message>
        <source>%1: at most %2 lines; the last change was not saved.</source>
        <translation>%1: najwyżej %2 wierszy; ostatnia zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>%1: a line can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1: wiersz może mieć najwyżej %2 bajtów; ostatnia zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <source>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</source>
        <translation>Wiek minimalny (%1) nie może być wyższy niż maksymalny (%2); wiek nie został zapisany.</translation>
    </message>
    <message>
        <source>Change age range</source>
        <translation>Zmień przedział wieku</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Zmień kolor</translation>
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
        <translation>Dodaj taktykę…</translation>
    </message>
    <message>
        <source>Add a tactic (campaign) in the selected cell: its persona and stage.</source>
        <translation>Dodaj taktykę (kampanię) w zaznaczonej komórce – dla jej persony i etapu.</translation>
    </message>
    <message>
        <source>Add content…</source>
        <translation>Dodaj treść…</translation>
    </message>
    <message>
        <source>Add a content item in the selected cell: its persona and stage.</source>
        <translation>Dodaj treść w zaznaczonej komórce – dla jej persony i etapu.</translation>
    </message>
    <message>
        <source>Stage plan…</source>
        <translation>Plan etapu…</translation>
    </message>
    <message>
        <source>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</source>
        <translation>Opisz szansę, strategię i działania dla etapu zaznaczonej komórki (lub kliknij nagłówek etapu).</translation>
    </message>
    <message>
        <source>RACE board</source>
        <translation>Tablica RACE</translation>
    </message>
    <message>
        <source>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</source>
        <translation>Wiersze to persony, kolumny to etapy RACE: Planowanie, Zasięg, Interakcja, Konwersja i Zaangażowanie; każda komórka zawiera swoje taktyki i treści. Klawisze strzałek przenoszą między kartami i komórkami, Enter edytuje lub dodaje, Delete usuwa, a klawisz menu wyświetla pozostałe polecenia.</translation>
    </message>
    <message>
        <source>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</source>
        <translation>Kliknij dwukrotnie kartę, aby ją edytować, lub puste miejsce, aby dodać taktykę; przeciągnij kartę do innej komórki, aby ją przenieść.</translation>
    </message>
    <message>
        <source>Add tactic “%1”</source>
        <translation>Dodaj taktykę „%1”</translation>
    </message>
    <message>
        <source>Add content item “%1”</source>
        <translation>Dodaj treść „%1”</translation>
    </message>
    <message>
        <source>Edit tactic “%1”</source>
        <translation>Edytuj taktykę „%1”</translation>
    </message>
    <message>
        <source>Edit content item “%1”</source>
        <translation>Edytuj treść „%1”</translation>
    </message>
    <message>
        <source>Delete tactic “%1”</source>
        <translation>Usuń taktykę „%1”</translation>
    </message>
    <message>
        <source>Delete content item “%1”</source>
        <translation>Usuń treść „%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move tactic “%1” to %2</source>
        <translation>Przenieś taktykę „%1” do: %2</translation>
    </message>
    <message>
        <source>Move content item “%1” to %2</source>
        <translation>Przenieś treść „%1” do: %2</translation>
    </message>
    <message>
        <source>Edit the plan of the %1 stage</source>
        <translation>Edytuj plan etapu %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Przenieś do etapu</translation>
    </message>
    <message>
        <source>Add tactic here…</source>
        <translation>Dodaj tutaj taktykę…</translation>
    </message>
    <message>
        <source>Add content item here…</source>
        <translation>Dodaj tutaj treść…</translation>
    </message>
    <message>
        <source>Edit the %1 stage&apos;s plan…</source>
        <translation>Edytuj plan etapu %1…</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoardModel</name>
    <message>
        <source>No channel</source>
        <translation>Brak kanału</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (brak w katalogu tej wersji)</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>a date</comment>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Taktyka</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>Brak dat</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a tactic&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>zaplanowano %1, wydano %2</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>zaplanowano %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Content · %1</source>
        <comment>content item and its format</comment>
        <translation>Treść · %1</translation>
    </message>
    <message>
        <source>No publish date</source>
        <translation>Brak daty publikacji</translation>
    </message>
    <message>
        <source>Publishes %1</source>
        <translation>Publikacja: %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: gap, no tactic and no content item for this stage</source>
        <translation>%1: luka, brak taktyk i treści dla tego etapu</translation>
    </message>
    <message>
        <source>%1: no tactic and no content item</source>
        <translation>%1: brak taktyk i treści</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: %n karta</numerusform>
            <numerusform>%1: %n karty</numerusform>
            <numerusform>%1: %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</source>
        <translation>Enter edytuje zaznaczoną kartę lub dodaje taktykę, Delete ją usuwa, a klawisz menu wyświetla pozostałe polecenia.</translation>
    </message>
    <message>
        <source>No opportunity, strategy or actions written yet.</source>
        <translation>Nie opisano jeszcze szansy, strategii ani działań.</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Szansa: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategia: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Działania: %1</translation>
    </message>
    <message>
        <source>Click to edit the stage&apos;s opportunity, strategy and actions.</source>
        <translation>Kliknij, aby edytować szansę, strategię i działania etapu.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona, której nie ma już w obszarze roboczym</translation>
    </message>
    <message>
        <source>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</source>
        <translation>Taktyki i treści, których persona została usunięta. Edytuj element, aby przypisać mu personę, lub przeciągnij go do wiersza persony.</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>RACE stage</comment>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>RACE stage</comment>
        <translation>Zasięg</translation>
    </message>
    <message>
        <source>Act</source>
        <comment>RACE stage</comment>
        <translation>Interakcja</translation>
    </message>
    <message>
        <source>Convert</source>
        <comment>RACE stage</comment>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Engage</source>
        <comment>RACE stage</comment>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <source>Plan: the strategy, objectives and resources of the period.</source>
        <translation>Planowanie: strategia, cele i zasoby na dany okres.</translation>
    </message>
    <message>
        <source>Reach: build awareness and bring visitors from other sites and media.</source>
        <translation>Zasięg: budowanie świadomości i pozyskiwanie odwiedzających z innych witryn i mediów.</translation>
    </message>
    <message>
        <source>Act: get interactions and leads (subscriptions, downloads, trials).</source>
        <translation>Interakcja: zdobywanie interakcji i leadów (zapisy, pobrania, wersje próbne).</translation>
    </message>
    <message>
        <source>Convert: turn leads into customers and sales.</source>
        <translation>Konwersja: przekształcanie leadów w klientów i sprzedaż.</translation>
    </message>
    <message>
        <source>Engage: keep customers, bring repeat purchases and referrals.</source>
        <translation>Zaangażowanie: utrzymanie klientów, ponowne zakupy i polecenia.</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>tactic status</comment>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>tactic status</comment>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tactic status</comment>
        <translation>Zakończona</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>tactic status</comment>
        <translation>Przerwana</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>content status</comment>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>content status</comment>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>content status</comment>
        <translation>Recenzja</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>content status</comment>
        <translation>Opublikowana</translation>
    </message>
    <message>
        <source>Double-click or Enter to edit; drag to another cell to move it.</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby edytować; przeciągnij do innej komórki, aby przenieść.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Brak kart</translation>
    </message>
</context>
<context>
    <name>b2x::RangeSpinBox</name>
    <message>
        <source>%1 must lie between %2 and %3; %4 was not saved.</source>
        <translation>%1 musi wynosić od %2 do %3; wartość %4 nie została zapisana.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Nieprawidłowa wartość</translation>
    </message>
    <message>
        <source>Incomplete number; not saved yet</source>
        <translation>Niepełna liczba; jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>%1
Allowed: %2 to %3.</source>
        <translation>%1
Dozwolone: od %2 do %3.</translation>
    </message>
</context>
<context>
    <name>b2x::RelationshipSection</name>
    <message>
        <source>Change %1</source>
        <translation>Zmień: %1</translation>
    </message>
    <message>
        <source>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</source>
        <translation>Jak relacja trwa po sprzedaży. Organizacje zwykle oczekują formalnej, długoterminowej relacji z opiekunami klienta, szkoleniami, wsparciem technicznym i umownym poziomem usług; konsumenci oczekują łatwego kontaktu, uczciwych zwrotów i nagród za lojalność. Najedź na opcję, aby zobaczyć, co oznacza.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <source>Who looks after the customer once they have bought.</source>
        <translation>Kto opiekuje się klientem po zakupie.</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalizacja</translation>
    </message>
    <message>
        <source>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</source>
        <translation>Na ile komunikaty i oferty są dopasowane: takie same dla wszystkich, dla segmentu lub dla klienta (account-based marketing).</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>Obsługa posprzedażowa</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <source>How customers learn to use the product.</source>
        <translation>Jak klienci uczą się korzystać z produktu.</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Wsparcie techniczne</translation>
    </message>
    <message>
        <source>Help with installing, integrating and running it.</source>
        <translation>Pomoc przy instalacji, integracji i eksploatacji.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Poziom usług</translation>
    </message>
    <message>
        <source>What response times and availability are promised.</source>
        <translation>Jakie czasy reakcji i dostępność są obiecane.</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>Zasady zwrotów</translation>
    </message>
    <message>
        <source>How easily a purchase can be returned.</source>
        <translation>Jak łatwo można zwrócić zakup.</translation>
    </message>
    <message>
        <source>Customers can join a loyalty programme</source>
        <translation>Klienci mogą dołączyć do programu lojalnościowego</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Program lojalnościowy</translation>
    </message>
    <message>
        <source>Points, member prices or other rewards for buying again.</source>
        <translation>Punkty, ceny dla członków lub inne nagrody za ponowne zakupy.</translation>
    </message>
    <message>
        <source>Change loyalty programme</source>
        <translation>Zmień program lojalnościowy</translation>
    </message>
</context>
<context>
    <name>b2x::ReportBudget</name>
    <message>
        <source>Response curves: %1</source>
        <translation>Krzywe odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC: %1</source>
        <translation>Wykres tornado CLV:CAC: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</source>
        <translation>Dla każdej persony, której kanałom przypisano krzywą odpowiedzi lub limity wydatków: gdzie obecny miesięczny budżet przyniósłby najwięcej oraz na ile pewne są dane persony. Wejścia każdego kanału przebiegają zgodnie z krzywą nasycenia Hilla, tak jak w Robyn firmy Meta i Meridian firmy Google; budżet trafia krok po kroku do kanału, którego kolejny krok dodaje najwięcej wartości klientów, w granicach limitów ustalonych dla tego kanału.</translation>
    </message>
    <message>
        <source>locked at today&apos;s spend</source>
        <translation>zablokowany na poziomie obecnych wydatków</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>co najmniej %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>najwyżej %1</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>na poziomie minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>na poziomie maksimum</translation>
    </message>
    <message>
        <source>Budget allocation: %1</source>
        <translation>Alokacja budżetu: %1</translation>
    </message>
    <message>
        <source>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</source>
        <comment>today → proposed</comment>
        <translation>Wydatki: %1 → %2 miesięcznie; klienci: %3 → %4 miesięcznie; ich wartość: %5 → %6; ROAS: %7 → %8.</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</source>
        <translation>Same minimalne wydatki kanałów przekraczają obecny budżet: każdy kanał pozostaje na poziomie minimum.</translation>
    </message>
    <message>
        <source>%1 a month stays unspent: every channel is at its maximum.</source>
        <translation>Niewydane pozostaje %1 miesięcznie: każdy kanał osiągnął maksimum.</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>Dla persony nie wskazano żadnych kanałów.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Spend today</source>
        <translation>Obecne wydatki</translation>
    </message>
    <message>
        <source>Proposed spend</source>
        <translation>Proponowane wydatki</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wejścia</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>Krańcowy ROAS</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</source>
        <translation>Wejścia i klienci w miesiącu oraz CAC przy proponowanych wydatkach. Krańcowy ROAS: wartość, jaką zwraca kolejna jednostka wydatków na kanał; przy dobrym podziale budżetu jest on jednakowy we wszystkich kanałach nieograniczonych limitem.</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Klienci w miesiącu</translation>
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
        <translation>Okres zwrotu (miesiące)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>Stopień pewności: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Monte Carlo run(s) through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</source>
        <translation>
            <numerusform>%Ln przebieg Monte Carlo na modelach persony, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych (ten sam obszar roboczy daje te same zakresy). Cztery przebiegi na pięć dają wyniki między p10 a p90.</numerusform>
            <numerusform>%Ln przebiegi Monte Carlo na modelach persony, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych (ten sam obszar roboczy daje te same zakresy). Cztery przebiegi na pięć dają wyniki między p10 a p90.</numerusform>
            <numerusform>%Ln przebiegów Monte Carlo na modelach persony, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych (ten sam obszar roboczy daje te same zakresy). Cztery przebiegi na pięć dają wyniki między p10 a p90.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wielkość</translation>
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
        <translation>Prawdopodobieństwo, że CLV:CAC wynosi co najmniej 3: %1.</translation>
    </message>
    <message>
        <source>What moves CLV:CAC: %1</source>
        <translation>Co wpływa na CLV:CAC: %1</translation>
    </message>
    <message>
        <source>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</source>
        <translation>Dane wejściowe, które najsilniej wpływają na CLV:CAC (%1 przy podanych wartościach wszystkich danych wejściowych), każda osobno na dolnej i górnej granicy swojego rozrzutu:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Dana wejściowa</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Rozrzut</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC przy dolnej granicy</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC przy górnej granicy</translation>
    </message>
</context>
<context>
    <name>b2x::ReportDecoder</name>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</source>
        <translation>musi być datą w formacie YYYY-MM-DD, np. 2026-12-03, albo pozostać puste, aby użyć dnia eksportu</translation>
    </message>
</context>
<context>
    <name>b2x::ReportEconomics</name>
    <message>
        <source>%1 years</source>
        <translation>%1 roku</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>jeden rok</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln rok</numerusform>
            <numerusform>%Ln lata</numerusform>
            <numerusform>%Ln lat</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 purchases a year</source>
        <translation>%1 zakupu rocznie</translation>
    </message>
    <message>
        <source>one purchase a year</source>
        <translation>jeden zakup rocznie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases a year</source>
        <translation>
            <numerusform>%Ln zakup rocznie</numerusform>
            <numerusform>%Ln zakupy rocznie</numerusform>
            <numerusform>%Ln zakupów rocznie</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off purchases: %1 each, %2, over a customer lifetime of %3.</source>
        <translation>Zakupy jednorazowe: %1 za zakup, %2, przez czas życia klienta wynoszący %3.</translation>
    </message>
    <message>
        <source>Subscription billed yearly at %1</source>
        <translation>Subskrypcja rozliczana rocznie w cenie %1</translation>
    </message>
    <message>
        <source>Subscription billed monthly at %1</source>
        <translation>Subskrypcja rozliczana miesięcznie w cenie %1</translation>
    </message>
    <message>
        <source>%1 churn a year</source>
        <translation>churn %1 rocznie</translation>
    </message>
    <message>
        <source>%1 churn a month</source>
        <translation>churn %1 miesięcznie</translation>
    </message>
    <message>
        <source>no churn</source>
        <translation>brak churnu</translation>
    </message>
    <message>
        <source>revenue of retained customers grows %1 a year</source>
        <translation>przychód od utrzymanych klientów rośnie o %1 rocznie</translation>
    </message>
    <message>
        <source>a one-day free trial</source>
        <translation>jednodniowy bezpłatny okres próbny</translation>
    </message>
    <message numerus="yes">
        <source>a %Ln-day free trial</source>
        <translation>
            <numerusform>%Ln-dniowy bezpłatny okres próbny</numerusform>
            <numerusform>%Ln-dniowy bezpłatny okres próbny</numerusform>
            <numerusform>%Ln-dniowy bezpłatny okres próbny</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over the lifetime churn implies (capped at %1)</source>
        <translation>CLV za czas życia klienta wynikający z churnu (maksymalnie %1)</translation>
    </message>
    <message>
        <source>CLV over the horizon of %1</source>
        <translation>CLV w horyzoncie wynoszącym %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 razy w roku</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>raz w roku</translation>
    </message>
    <message numerus="yes">
        <source>%Ln a year</source>
        <translation>
            <numerusform>%Ln raz w roku</numerusform>
            <numerusform>%Ln razy w roku</numerusform>
            <numerusform>%Ln razy w roku</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</source>
        <translation>Zamówienia powtarzalne: %1 za zamówienie, %2, %3 klientów nadal zamawia po roku; %4.</translation>
    </message>
    <message>
        <source>Revenue per customer a month</source>
        <translation>Przychód na klienta miesięcznie</translation>
    </message>
    <message>
        <source>Customer lifetime counted in the CLV</source>
        <translation>Czas życia klienta uwzględniony w CLV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln miesiąc</numerusform>
            <numerusform>%Ln miesiące</numerusform>
            <numerusform>%Ln miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 miesiąca</translation>
    </message>
    <message>
        <source>Churn a month</source>
        <translation>Churn miesięczny</translation>
    </message>
    <message>
        <source>Paying customers at the steady state</source>
        <translation>Płacący klienci w stanie ustalonym</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR) at the steady state</source>
        <translation>Miesięczny przychód powtarzalny (MRR) w stanie ustalonym</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR) at the steady state</source>
        <translation>Roczny przychód powtarzalny (ARR) w stanie ustalonym</translation>
    </message>
    <message>
        <source>Revenue a month at the steady state</source>
        <translation>Przychód miesięczny w stanie ustalonym</translation>
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
        <translation>Podsumowanie dla zarządu</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mies.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</source>
        <translation>&lt;b&gt;Etykieta i zachowanie się różnią&lt;/b&gt; w przypadku: %1. O kanałach, treściach i ustawieniach atrybucji powinno decydować ich zachowanie, a nie etykieta.</translation>
    </message>
    <message>
        <source>Labelled %1 · B2B index %2 · behaves as %3</source>
        <translation>Etykieta %1 · indeks B2B %2 · zachowuje się jak %3</translation>
    </message>
    <message>
        <source>Behaviour profile</source>
        <translation>Profil zachowań</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Wymiar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Grupa zakupowa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Nastawienie</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Uwalnia środki</translation>
    </message>
    <message>
        <source>Pipeline and sales cycle</source>
        <translation>Etapy i cykl sprzedaży</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Entries / month</source>
        <translation>Wejścia / miesiąc</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Min. dni</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Prawdop. dni</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Maks. dni</translation>
    </message>
    <message>
        <source>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</source>
        <translation>Średni cykl %1; połowa transakcji zamyka się w ciągu %2, dziewięć na dziesięć w ciągu %3.</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kluczowe wskaźniki</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Nowi klienci w miesiącu</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Koszt pozyskania klienta (CAC)</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Wartość klienta w czasie (CLV)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Okres zwrotu</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Zwrot z wydatków na reklamę (ROAS)</translation>
    </message>
    <message>
        <source>Share of the audience in market per quarter</source>
        <translation>Odsetek odbiorców obecnych na rynku w kwartale</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nieokreślone</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Źródła danych</translation>
    </message>
    <message>
        <source>No sources recorded: every number is an assumption.</source>
        <translation>Nie zapisano źródeł: każda liczba jest założeniem.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Wiarygodność</translation>
    </message>
    <message>
        <source>Appendix: models and sources</source>
        <translation>Załącznik: modele i źródła</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indeks B2B</translation>
    </message>
    <message>
        <source>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</source>
        <translation>Średnia ważona ośmiu wymiarów zachowania ocenianych od 0 (jak konsument) do 100 (jak firma): wielkość grupy zakupowej 20, formalność decyzji 15, długość cyklu sprzedaży 20, poziom ceny 10, motyw racjonalny 5, głębokość relacji 10, personalizacja 10, miks kanałów 10. Zachowanie B2B od 60, B2C do 40.</translation>
    </message>
    <message>
        <source>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</source>
        <translation>Prawdopodobieństwo, że grupa zakupowa w ogóle podejmie decyzję: 81% dla jednej osoby, 55% dla dwóch, 60% dla trzech, 31% dla sześciu, liniowo pomiędzy i dalej w dół do 10% powyżej sześciu.</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <source>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</source>
        <translation>Czas każdego etapu ma rozkład trójkątny (min, najbardziej prawdopodobny, maks); średnia jest dokładna, a p50 i p90 wynikają z rozkładu sumy.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</source>
        <translation>Wejścia na każdy etap z miesięcznego wolumenu i konwersji każdego etapu; klienci w miesiącu = wolumen × iloczyn współczynników.</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Ekonomika jednostkowa</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Czas do przychodu</translation>
    </message>
    <message>
        <source>In-market share</source>
        <translation>Udział obecnych na rynku</translation>
    </message>
    <message>
        <source>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</source>
        <translation>Odsetek kupujących obecnych na rynku w kwartale ≈ 0,25 ÷ odstęp między zakupami w latach.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atrybucja</translation>
    </message>
    <message>
        <source>Each channel&apos;s window is compared with the p50 and p90 cycle.</source>
        <translation>Okno każdego kanału jest porównywane z cyklem p50 i p90.</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Dopasowanie kanału</translation>
    </message>
    <message>
        <source>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</source>
        <translation>0–100 na podstawie odbiorców kanału, przedziału cen, przedziału cyklu, dopasowania emocjonalnego, precyzji i zasięgu w porównaniu z personą (wagi 30, 20, 15, 15, 10, 10).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definicja</translation>
    </message>
    <message>
        <source>Sources of benchmark figures</source>
        <translation>Źródła danych porównawczych</translation>
    </message>
    <message>
        <source>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</source>
        <translation>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): wielkość grup zakupowych.</translation>
    </message>
    <message>
        <source>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</source>
        <translation>CEB / Challenger: prawdopodobieństwo, że grupa 1, 2, 3 lub 6 osób kupi (81%, 55%, 60%, 31%); do 38% zakupów kończy się brakiem decyzji (Challenger 2022).</translation>
    </message>
    <message>
        <source>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</source>
        <translation>firstsales.io, thecroreport.com, revopsdictionary.com: długość cyklu sprzedaży i skuteczność zamknięć według wielkości transakcji.</translation>
    </message>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</source>
        <translation>b2blead.io, First Page Sage (za altiorco), getfairview: konwersja między etapami lejka B2B.</translation>
    </message>
    <message>
        <source>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</source>
        <translation>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: konwersja w e-commerce, wartość zamówienia, porzucanie koszyka, benchmarki reklam w wyszukiwarce.</translation>
    </message>
    <message>
        <source>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</source>
        <translation>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, okres zwrotu, ROAS progu rentowności.</translation>
    </message>
    <message>
        <source>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</source>
        <translation>Dokumentacja Meta, Google Ads, GA4, LinkedIn: domyślne i maksymalne okna atrybucji.</translation>
    </message>
    <message>
        <source>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</source>
        <translation>Ehrenberg-Bass / B2B Institute: udział obecnych na rynku (95:5).</translation>
    </message>
    <message>
        <source>Binet &amp; Field: brand versus activation budgets, excess share of voice.</source>
        <translation>Binet i Field: budżety marki a aktywacji, nadwyżka udziału w głosie (ESOV).</translation>
    </message>
    <message>
        <source>McKinsey B2B Pulse 2024: channel use in thirds.</source>
        <translation>McKinsey B2B Pulse 2024: wykorzystanie kanałów w tercjach.</translation>
    </message>
    <message>
        <source>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</source>
        <translation>polytraffic.com, Smart Insights: reguły kciuka dotyczące kanałów według ceny i cyklu.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%Ln miesiąc</numerusform>
            <numerusform>%Ln miesiące</numerusform>
            <numerusform>%Ln miesięcy</numerusform>
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
            <numerusform>%Ln persona z etykietą %1</numerusform>
            <numerusform>%Ln persony z etykietą %1</numerusform>
            <numerusform>%Ln person z etykietą %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas that behave as %1</source>
        <translation>
            <numerusform>%Ln persona, która zachowuje się jak %1</numerusform>
            <numerusform>%Ln persony, które zachowują się jak %1</numerusform>
            <numerusform>%Ln person, które zachowują się jak %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (labelled %2)</source>
        <translation>%1 (etykieta %2)</translation>
    </message>
    <message>
        <source>This report covers one persona: %1.</source>
        <translation>Raport obejmuje jedną personę: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas: %1.</source>
        <translation>
            <numerusform>Raport obejmuje %Ln personę: %1.</numerusform>
            <numerusform>Raport obejmuje %Ln persony: %1.</numerusform>
            <numerusform>Raport obejmuje %Ln person: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</source>
        <translation>&lt;b&gt;Cykl sprzedaży.&lt;/b&gt; %1: połowa transakcji zamyka się w ciągu %2, a dziewięć na dziesięć w ciągu %3; %4: odpowiednio w ciągu %5 i %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</source>
        <translation>&lt;b&gt;Kto decyduje.&lt;/b&gt; %1: grupa zakupowa – %2, prawdopodobieństwo, że w ogóle podejmie decyzję – %3 (CEB); %4: %5, prawdopodobieństwo – %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</source>
        <translation>&lt;b&gt;Pozyskanie klientów.&lt;/b&gt; Koszt pozyskania klienta wynosi %1 (%2) i %3 (%4); stosunek wartości klienta w czasie do tego kosztu wynosi %5 (%2) i %6 (%4) – za zdrowy uznaje się zwykle stosunek 3:1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</source>
        <translation>&lt;b&gt;Czas do przychodu.&lt;/b&gt; Gdy co miesiąc wchodzi nowa kohorta, czas, po którym przychód od nowych klientów osiąga połowę stałego poziomu, wynosi %1 (%2) i %3 (%4).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</source>
        <translation>&lt;b&gt;Kanały.&lt;/b&gt; Najlepiej dopasowane kanały to %1 (%2) oraz %3 (%4).</translation>
    </message>
    <message>
        <source>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</source>
        <translation>Persony w tym raporcie nie obejmują jednocześnie B2B i B2C, więc podsumowanie niczego między nimi nie porównuje; wskaźniki każdej persony podano na jej stronach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</source>
        <translation>&lt;b&gt;W grupach według sposobu kupowania zamiast etykiety:&lt;/b&gt; %1: połowa transakcji zamyka się w ciągu %2, %4: w ciągu %3; wielkość grup zakupowych: odpowiednio %5 i %6.</translation>
    </message>
    <message>
        <source>Where a group holds several personas, its figure is the median of theirs.</source>
        <translation>Gdy grupa obejmuje kilka person, jej wartość to mediana ich wartości.</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>Rekomendacje i kolejne kroki</translation>
    </message>
    <message>
        <source>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</source>
        <translation>Etykieta i zachowanie się różnią: planuj kanały, treści i sprzedaż pod kątem tego, jak ta persona kupuje, a nie jej etykiety.</translation>
    </message>
    <message>
        <source>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Hybryda oznacza sprzedawcę, który sprzedaje w obu modelach, więc nigdy nie kłóci się z zachowaniem jednej grupy odbiorców.</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</source>
        <translation>Prawdopodobieństwo, że grupa w ogóle podejmie decyzję: %1 (szacunek marketera).</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (CEB).</source>
        <translation>Prawdopodobieństwo, że grupa w ogóle podejmie decyzję: %1 (CEB).</translation>
    </message>
    <message>
        <source>The decision unit has %1.</source>
        <translation>Grupa zakupowa: %1.</translation>
    </message>
    <message>
        <source>Every key role is covered.</source>
        <translation>Każda kluczowa rola jest obsadzona.</translation>
    </message>
    <message>
        <source>Key roles nobody covers: %1.</source>
        <translation>Nieobsadzone kluczowe role: %1.</translation>
    </message>
    <message>
        <source>Stale: not supported</source>
        <translation>Nieaktualne: brak uzasadnienia</translation>
    </message>
    <message>
        <source>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</source>
        <translation>Webster i Wind (1972), Robinson, Faris i Wind (1967), Miller Heiman, MEDDIC: role zakupowe, rodzaje zakupów, kluczowe role, zwolennicy i przeciwnicy.</translation>
    </message>
    <message>
        <source>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</source>
        <translation>Wartość domyślna Workbench: ocena przyjęta tam, gdzie brak opublikowanych danych; źródła danych każdej persony wskazują, które jej wartości są założeniami.</translation>
    </message>
    <message>
        <source>Sources of the channel catalogue</source>
        <translation>Źródła katalogu kanałów</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels</source>
        <translation>Własne kanały tego obszaru roboczego</translation>
    </message>
    <message>
        <source>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</source>
        <translation>%1: czynniki oraz przedziały cen i cyklu ustalone przez autora tego obszaru roboczego, a nie opublikowane dane.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Months until revenue reaches half its steady level</source>
        <translation>Miesiące, po których przychód osiąga połowę stałego poziomu</translation>
    </message>
    <message>
        <source>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</source>
        <translation>CAC = wydatki miesięczne ÷ klienci w miesiącu; CLV = miesięczny przychód na klienta × marża brutto × czas życia w miesiącach (zakupy jednorazowe: czas życia klienta; subskrypcje i zamówienia powtarzalne: 1 ÷ miesięczny churn, maksymalnie do horyzontu); okres zwrotu = CAC ÷ (miesięczny przychód na klienta × marża); ROAS = klienci × cena ÷ wydatki. Nieokreślone, gdy dzielnik wynosi zero.</translation>
    </message>
    <message>
        <source>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</source>
        <translation>Co miesiąc wchodzi kohorta i zamyka się zgodnie z rozkładem cyklu. Klienci jednorazowi płacą raz; subskrybenci i klienci powracający płacą, dopóki zostają, więc przychód rośnie do stanu ustalonego, w którym churn równoważy nowych klientów (MRR i ARR w przypadku subskrypcji), albo rośnie dalej, jeśli churnu nie ma.</translation>
    </message>
    <message>
        <source>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</source>
        <translation>David Skok, „SaaS Metrics 2.0”: churn, czas życia klienta, MRR i ARR przychodów powtarzalnych.</translation>
    </message>
</context>
<context>
    <name>b2x::ReportPhrases</name>
    <message>
        <source>%1 people</source>
        <translation>%1 osoby</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>jedna osoba</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <source>no approval levels</source>
        <translation>brak poziomów akceptacji</translation>
    </message>
    <message>
        <source>one approval level</source>
        <translation>jeden poziom akceptacji</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval levels</source>
        <translation>
            <numerusform>%Ln poziom akceptacji</numerusform>
            <numerusform>%Ln poziomy akceptacji</numerusform>
            <numerusform>%Ln poziomów akceptacji</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>Grupa zakupowa: %1. W skali logarytmicznej jedna osoba daje 0, a dziesięć lub więcej 100 (CEB naliczył od 5,4 do 10,2 osoby na zakup B2B; Gartner 6–10 przy złożonym rozwiązaniu).</translation>
    </message>
    <message>
        <source>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</source>
        <translation>%1, %2, %3. Nowy zakup daje 20 pkt, zmodyfikowany zakup ponowny 10, a prosty zakup ponowny 0 (Robinson, Faris i Wind: przy nowych zakupach uczestniczy więcej osób niż przy zakupach ponownych); formalny przetarg dodaje 40, a poziomy akceptacji do 40 – trzy lub więcej dają pełne 40.</translation>
    </message>
    <message>
        <source>formal tender</source>
        <translation>formalny przetarg</translation>
    </message>
    <message>
        <source>no formal tender</source>
        <translation>bez formalnego przetargu</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Średni cykl sprzedaży: %1. W skali logarytmicznej 1 + dni 0 dni daje 0, ok. 12 dni 50, a 180 dni lub więcej 100 (cykle w dużych przedsiębiorstwach trwają 90–180+ dni; decyzje konsumenckie od godzin do tygodni).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Cena %1 za zakup. W skali logarytmicznej 5 daje 0, a 50 000 lub więcej 100 (produkt za 5 $ wobec produktu za 50 000 $); każdy dziesięciokrotny wzrost dodaje 25 pkt. Ceny są odczytywane w walucie obszaru roboczego, bez przeliczania.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>Suwak motywu racjonalnego jest ustawiony na %1 i jest używany bez zmian. Ma niewielką wagę: racjonalne kontra emocjonalne to nie to samo co B2B kontra B2C (CEB/Google: dla kupujących B2B wartość osobista miała dwa razy większy wpływ niż wartość biznesowa).</translation>
    </message>
    <message>
        <source>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Średnia z obsługi klienta (%1), szkoleń (%2), wsparcia technicznego (%3) i poziomu usług (%4). Poziomy standardowe mają niski wynik, bo dostają je też konsumenci; poziomy dedykowane, z przewodnikiem i umowne wyróżniają relacje B2B.</translation>
    </message>
    <message>
        <source>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalizacja: %1. Masowa daje 0, segmentowa 30 (norma w B2C), indywidualna 100 (account-based marketing, norma w B2B).</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>Brak kanałów z katalogu: ten wymiar jest pomijany w indeksie, a jego waga jest rozdzielana na pozostałe.</translation>
    </message>
    <message>
        <source>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</source>
        <translation>Powinowactwo każdego kanału (0 — platforma konsumencka, 100 — platforma biznesowa) pochodzi z katalogu kanałów; jego źródła są w załączniku.</translation>
    </message>
    <message>
        <source>B2B affinity of the persona&apos;s one catalogue channel: %1.</source>
        <translation>Powinowactwo B2B jedynego kanału z katalogu tej persony: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</source>
        <translation>
            <numerusform>Ważone budżetem powinowactwo B2B %Ln kanału z katalogu tej persony: %1.</numerusform>
            <numerusform>Ważone budżetem powinowactwo B2B %Ln kanałów z katalogu tej persony: %1.</numerusform>
            <numerusform>Ważone budżetem powinowactwo B2B %Ln kanałów z katalogu tej persony: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>jeden dzień</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend to at least %1.</source>
        <translation>Wydłuż je; wymagana długość to co najmniej %1.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>Okno %1-dniowe kanału %2 jest dłuższe, niż pozwala %3 (%4 dni); raporty użyją krótszego okna.</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>
            <numerusform>Okno %1-dniowe kanału %2 jest dłuższe, niż pozwala %3 (%4 dni); raporty użyją krótszego okna.</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 są dłuższe, niż pozwala %3 (%4 dni); raporty użyją krótszych okien.</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 są dłuższe, niż pozwala %3 (%4 dni); raporty użyją krótszych okien.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>Okno %1-dniowe kanału %2 pomija ponad połowę transakcji (mediana cyklu %3, 90% w ciągu %4).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>
            <numerusform>Okno %1-dniowe kanału %2 pomija ponad połowę transakcji (mediana cyklu %3, 90% w ciągu %4).</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 pomijają ponad połowę transakcji (mediana cyklu %3, 90% w ciągu %4).</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 pomijają ponad połowę transakcji (mediana cyklu %3, 90% w ciągu %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover the cycle: attribute in the CRM.</source>
        <translation>Platforma nie obejmuje całego cyklu: przypisuj w CRM.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</source>
        <translation>Okno %1-dniowe kanału %2 pomija najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</source>
        <translation>
            <numerusform>Okno %1-dniowe kanału %2 pomija najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3).</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 pomijają najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3).</numerusform>
            <numerusform>Okna %1-dniowe kanałów %2 pomijają najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover them: attribute in the CRM.</source>
        <translation>Platforma ich nie obejmuje: przypisuj w CRM.</translation>
    </message>
    <message>
        <source>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Kluczowa rola, której nikt w grupie zakupowej nie pełni: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman).</translation>
    </message>
    <message>
        <source>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Kluczowe role, których nikt w grupie zakupowej nie pełni: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman).</translation>
    </message>
    <message>
        <source>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>Jeden przeciwnik i brak zwolennika: nikt wewnątrz nie przekonuje do zakupu (MEDDIC).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>
            <numerusform>%Ln przeciwnik i brak zwolennika: nikt wewnątrz nie przekonuje do zakupu (MEDDIC).</numerusform>
            <numerusform>%Ln przeciwników i brak zwolennika: nikt wewnątrz nie przekonuje do zakupu (MEDDIC).</numerusform>
            <numerusform>%Ln przeciwników i brak zwolennika: nikt wewnątrz nie przekonuje do zakupu (MEDDIC).</numerusform>
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
            <numerusform>Od %1 do %2, %Ln dzień.</numerusform>
            <numerusform>Od %1 do %2, %Ln dni.</numerusform>
            <numerusform>Od %1 do %2, %Ln dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</source>
        <translation>Plan nie określa jeszcze okresu, więc ta część obejmuje kwartał kalendarzowy, w którym utworzono raport. %1</translation>
    </message>
    <message>
        <source>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</source>
        <translation>Plan opiera się na modelu RACE Smart Insights: Planowanie, Zasięg, Interakcja, Konwersja, Zaangażowanie.</translation>
    </message>
    <message>
        <source>RACE plan</source>
        <translation>Plan RACE</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Zielony</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Żółty</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Czerwony</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nieokreślone</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zobowiązujący</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>Aspiracyjny</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of a persona outside this report.</source>
        <translation>Wartość docelowa z odwróconego lejka persony spoza tego raportu.</translation>
    </message>
    <message>
        <source>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</source>
        <translation>Wartość docelowa wynikałaby z odwróconego lejka persony %1, który nie daje liczby, więc użyto wartości docelowej ustawionej ręcznie.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 a month.</source>
        <translation>Wartość docelowa z odwróconego lejka persony %1: %2 miesięcznie.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 %3.</source>
        <translation>Wartość docelowa z odwróconego lejka persony %1: %2 %3.</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 %4</source>
        <comment>start, current, target, unit</comment>
        <translation>%1 → %2 → %3 %4</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>Cele i kluczowe rezultaty</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Postęp to część drogi od wartości początkowej do docelowej, jaką pokonała wartość bieżąca; postęp celu to średnia ważona postępu jego kluczowych rezultatów. Przedziały odpowiadają ocenie OKR stosowanej w Google (re:Work): zielony od 70%, żółty od 40%, czerwony poniżej. Cele zobowiązujące powinny zostać osiągnięte w całości; cele aspiracyjne to cele ambitne (stretch goals).</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>Cel i kluczowe rezultaty</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Przedział</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Początkowa → bieżąca → docelowa</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 nowych klientów</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>Cel na okres</translation>
    </message>
    <message>
        <source>%1 of new-customer revenue: %2 at the price of %3</source>
        <translation>%1 przychodu od nowych klientów: %2 przy cenie %3</translation>
    </message>
    <message>
        <source>Expected at today&apos;s volume</source>
        <translation>Oczekiwane przy obecnym wolumenie</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Niedobór</translation>
    </message>
    <message>
        <source>none: today&apos;s volume meets the target</source>
        <translation>brak: obecny wolumen pozwala osiągnąć cel</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Potrzebny wolumen miesięczny</translation>
    </message>
    <message>
        <source>%1 (today %2)</source>
        <translation>%1 (obecnie %2)</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Potrzebne wydatki miesięczne</translation>
    </message>
    <message>
        <source>Latest lead entry for half of the deals to close in the period (p50)</source>
        <translation>Najpóźniejsze wejście leada, przy którym połowa transakcji zamknie się w okresie (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry for nine deals in ten to close in the period (p90)</source>
        <translation>Najpóźniejsze wejście leada, przy którym dziewięć na dziesięć transakcji zamknie się w okresie (p90)</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Odwrócony lejek: %1</translation>
    </message>
    <message>
        <source>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</source>
        <translation>Cel przeliczony wstecz przez lejek i cykl sprzedaży tej persony: leady wchodzą równomiernie w ciągu okresu i zamykają się zgodnie z cyklem, więc tylko część z nich staje się klientami przed jego końcem.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wielkość</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Entries per stage over the period:</source>
        <translation>Wejścia na każdy etap w okresie:</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Potrzebne</translation>
    </message>
    <message>
        <source>At today&apos;s volume</source>
        <translation>Przy obecnym wolumenie</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Content map</source>
        <translation>Mapa treści</translation>
    </message>
    <message>
        <source>Tactics and content items per persona and RACE stage.</source>
        <translation>Taktyki i treści według person i etapów RACE.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</source>
        <translation>&lt;b&gt;Luka&lt;/b&gt;: etap od Zasięgu do Zaangażowania, dla którego plan wyznacza personie cel lub wielkość grupy odbiorców, ale nie ma na nim żadnej taktyki ani treści.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kontrole</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tactic(s)</source>
        <translation>
            <numerusform>%Ln taktyka</numerusform>
            <numerusform>%Ln taktyki</numerusform>
            <numerusform>%Ln taktyk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln content item(s)</source>
        <translation>
            <numerusform>%Ln treść</numerusform>
            <numerusform>%Ln treści</numerusform>
            <numerusform>%Ln treści</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</source>
        <translation>
            <numerusform>%Ln odwołanie w planie wskazuje kanał, kluczowy rezultat lub etap, który już nie istnieje; kontrole planu w B2X Workbench je wymieniają.</numerusform>
            <numerusform>%Ln odwołania w planie wskazują kanał, kluczowy rezultat lub etap, który już nie istnieje; kontrole planu w B2X Workbench je wymieniają.</numerusform>
            <numerusform>%Ln odwołań w planie wskazuje kanał, kluczowy rezultat lub etap, który już nie istnieje; kontrole planu w B2X Workbench je wymieniają.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::RoleListEditor</name>
    <message>
        <source>Roles of this member</source>
        <translation>Role tego członka</translation>
    </message>
    <message>
        <source>Tick every role this person holds: at least one.</source>
        <translation>Zaznacz każdą rolę, którą pełni ta osoba: co najmniej jedną.</translation>
    </message>
</context>
<context>
    <name>b2x::StagePlanDialog</name>
    <message>
        <source>Plan for the %1 stage</source>
        <translation>Plan etapu %1</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>What this stage can bring: the audience, demand or gap to win.</source>
        <translation>Co może przynieść ten etap: odbiorców, popyt lub lukę do zagospodarowania.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>How the plan means to take the opportunity.</source>
        <translation>Jak plan zamierza wykorzystać szansę.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>The main actions; the tactics on the board detail them.</source>
        <translation>Główne działania; taktyki na tablicy opisują je szczegółowo.</translation>
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
        <translation>Etap</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Min. dni</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Prawdop. dni</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Maks. dni</translation>
    </message>
    <message>
        <source>What happens in this stage, e.g. “Lead → qualified lead”.</source>
        <translation>Co dzieje się na tym etapie, np. „Lead → lead kwalifikowany”.</translation>
    </message>
    <message>
        <source>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</source>
        <translation>Odsetek osób lub firm na tym etapie, które przechodzą do następnego (0–100%). Dla ostatniego etapu: odsetek, który kupuje.</translation>
    </message>
    <message>
        <source>Shortest time spent in this stage, in days (0–3,650).</source>
        <translation>Najkrótszy czas na tym etapie, w dniach (0–3650).</translation>
    </message>
    <message>
        <source>Most common time spent in this stage, in days; between min and max.</source>
        <translation>Najczęstszy czas na tym etapie, w dniach; między min. a maks.</translation>
    </message>
    <message>
        <source>Longest time spent in this stage, in days (0–3,650).</source>
        <translation>Najdłuższy czas na tym etapie, w dniach (0–3650).</translation>
    </message>
    <message>
        <source>The share that moves on must lie between 0 and 100%; %1% was not saved.</source>
        <translation>Odsetek przechodzących dalej musi wynosić od 0 do 100%; wartość %1% nie została zapisana.</translation>
    </message>
    <message>
        <source>Days must lie between 0 and %1; %2 was not saved.</source>
        <translation>Liczba dni musi wynosić od 0 do %1; wartość %2 nie została zapisana.</translation>
    </message>
    <message>
        <source>Edit pipeline stage %1</source>
        <translation>Edytuj etap lejka %1</translation>
    </message>
    <message>
        <source>A stage needs a name; the empty name was not saved.</source>
        <translation>Etap musi mieć nazwę; pusta nazwa nie została zapisana.</translation>
    </message>
    <message>
        <source>A stage name can be at most %1 bytes long; it was not saved.</source>
        <translation>Nazwa etapu może mieć najwyżej %1 bajtów; nie została zapisana.</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was not saved.</source>
        <translation>„%1” nie jest liczbą; nie zostało zapisane.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>Dodaj etap lejka</translation>
    </message>
    <message>
        <source>Remove pipeline stage “%1”</source>
        <translation>Usuń etap lejka „%1”</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>Zmień kolejność etapów lejka</translation>
    </message>
    <message>
        <source>min days moved from %1 to %2</source>
        <translation>min. dni przesunięto z %1 na %2</translation>
    </message>
    <message>
        <source>likely days moved from %1 to %2</source>
        <translation>prawdop. dni przesunięto z %1 na %2</translation>
    </message>
    <message>
        <source>max days moved from %1 to %2</source>
        <translation>maks. dni przesunięto z %1 na %2</translation>
    </message>
    <message>
        <source>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</source>
        <translation>Etap %1: %2, aby zachować min ≤ prawdop. ≤ maks. Cofnięcie przywraca poprzednie wartości.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins the bounds that moved</comment>
        <translation> i </translation>
    </message>
</context>
<context>
    <name>b2x::TacticDialog</name>
    <message>
        <source>Add tactic</source>
        <translation>Dodaj taktykę</translation>
    </message>
    <message>
        <source>Edit tactic</source>
        <translation>Edytuj taktykę</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>What the tactic (campaign) is called on the board and in the report.</source>
        <translation>Nazwa taktyki (kampanii) na tablicy i w raporcie.</translation>
    </message>
    <message>
        <source>e.g. ABM programme for 60 named accounts</source>
        <translation>np. program ABM dla 60 wskazanych firm</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>&amp;Etap RACE</translation>
    </message>
    <message>
        <source>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>Kanał, w którym prowadzona jest taktyka: najpierw kanały persony, potem reszta katalogu.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>K&amp;anał</translation>
    </message>
    <message>
        <source>The tactic&apos;s first day; the earliest date: not set.</source>
        <translation>Pierwszy dzień taktyki; najwcześniejsza możliwa data oznacza „nie ustawiono”.</translation>
    </message>
    <message>
        <source>The tactic&apos;s last day; the earliest date: not set.</source>
        <translation>Ostatni dzień taktyki; najwcześniejsza możliwa data oznacza „nie ustawiono”.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>What the plan sets aside for the tactic.</source>
        <translation>Kwota, którą plan przeznacza na taktykę.</translation>
    </message>
    <message>
        <source>P&amp;lanned budget</source>
        <translation>Zaplanowany &amp;budżet</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Dotychczas wydano</translation>
    </message>
    <message>
        <source>Tick once money was spent, and give the amount.</source>
        <translation>Zaznacz, gdy pieniądze zostały już wydane, i podaj kwotę.</translation>
    </message>
    <message>
        <source>What the tactic has cost so far.</source>
        <translation>Ile taktyka kosztowała do tej pory.</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>Rzeczywisty budżet</translation>
    </message>
    <message>
        <source>Where the tactic stands; the board shows it as a coloured word.</source>
        <translation>Stan realizacji taktyki; tablica pokazuje go jako kolorowe słowo.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Who runs the tactic.</source>
        <translation>Kto prowadzi taktykę.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Właściciel</translation>
    </message>
    <message>
        <source>The key result the tactic serves.</source>
        <translation>Kluczowy rezultat, któremu służy taktyka.</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>Brak kluczowego rezultatu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>objective, then key result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (nie ma go już w planie)</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>&amp;Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Give the tactic a name.</source>
        <translation>Nadaj taktyce nazwę.</translation>
    </message>
    <message>
        <source>The tactic ends before it starts.</source>
        <translation>Taktyka kończy się przed rozpoczęciem.</translation>
    </message>
</context>
<context>
    <name>b2x::UncertaintyView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wielkość</translation>
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
        <translation>Średnia</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Dana wejściowa</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Rozrzut</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC przy wartości niskiej</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC przy wartości wysokiej</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Rozpiętość</translation>
    </message>
    <message>
        <source>Monte Carlo runs; the same number gives the same result every time</source>
        <translation>Przebiegi Monte Carlo; ta sama liczba za każdym razem daje ten sam wynik</translation>
    </message>
    <message>
        <source>Ranges of the figures</source>
        <translation>Zakresy wielkości</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC</source>
        <translation>Wykres tornado CLV:CAC</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Przebiegi:</translation>
    </message>
    <message>
        <source>Cancelled. Press Run to start again.</source>
        <translation>Anulowano. Naciśnij Uruchom, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Klienci w miesiącu</translation>
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
        <translation>Okres zwrotu (miesiące)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Miesiące do 50% przychodu</translation>
    </message>
    <message>
        <source>Select a persona to see how sure its figures are.</source>
        <translation>Zaznacz personę, aby zobaczyć, jak pewne są jej wartości.</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln time(s) through the models…</source>
        <translation>
            <numerusform>Uruchamianie modeli: %Ln raz…</numerusform>
            <numerusform>Uruchamianie modeli: %Ln razy…</numerusform>
            <numerusform>Uruchamianie modeli: %Ln razy…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</source>
        <translation>
            <numerusform>%Ln przebieg, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych. Prawdopodobieństwo, że CLV:CAC wynosi co najmniej 3: %1.</numerusform>
            <numerusform>%Ln przebiegi, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych. Prawdopodobieństwo, że CLV:CAC wynosi co najmniej 3: %1.</numerusform>
            <numerusform>%Ln przebiegów, każda dana wejściowa losowana w granicach rozrzutu podanego w jej źródle danych. Prawdopodobieństwo, że CLV:CAC wynosi co najmniej 3: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to draw the ranges.</source>
        <translation>Naciśnij Uruchom, aby wyznaczyć zakresy.</translation>
    </message>
    <message>
        <source>Spread of CLV:CAC over the runs</source>
        <translation>Rozrzut CLV:CAC w przebiegach</translation>
    </message>
    <message>
        <source>3:1, the healthy CLV:CAC</source>
        <translation>3:1, zdrowy CLV:CAC</translation>
    </message>
    <message>
        <source>CLV:CAC (customer lifetime value to acquisition cost)</source>
        <translation>CLV:CAC (wartość klienta w czasie do kosztu pozyskania)</translation>
    </message>
    <message>
        <source>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</source>
        <translation>Jak CLV:CAC rozkłada się w przebiegach: każdy słupek to odsetek przebiegów, w których CLV:CAC wypadł w jego przedziale, od %1 do %2. Połowa przebiegów leży poniżej %3 (p50), jeden na dziesięć poniżej %4 (p10) i jeden na dziesięć powyżej %5 (p90); czerwona linia kreska-kropka oznacza 3:1, zdrowy stosunek.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) outside that range are left out of the bars.</source>
        <translation>
            <numerusform>%n przebieg poza tym przedziałem nie jest pokazany na słupkach.</numerusform>
            <numerusform>%n przebiegi poza tym przedziałem nie są pokazane na słupkach.</numerusform>
            <numerusform>%n przebiegów poza tym przedziałem nie jest pokazanych na słupkach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::UserPrompts</name>
    <message>
        <source>B2X workspaces (*.b2x);;All files (*)</source>
        <translation>Obszary robocze B2X (*.b2x);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>b2x::WorkbookExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>no workbook could be started</source>
        <translation>nie udało się utworzyć skoroszytu</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceChannelsDialog</name>
    <message>
        <source>Workspace Channels</source>
        <translation>Kanały obszaru roboczego</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</source>
        <translation>Własne kanały tego obszaru roboczego, obok wbudowanego katalogu: wydarzenie branżowe, marketplace z oprogramowaniem, serwisy z recenzjami, program poleceń. Persony mogą je wybierać, a dopasowanie kanałów, kontrole atrybucji, wykresy i raport traktują je jak kanały wbudowane.</translation>
    </message>
    <message>
        <source>Workspace channels</source>
        <translation>Kanały obszaru roboczego</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>B2B affinity</source>
        <translation>Powinowactwo B2B</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>Typowy koszt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Używany przez</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>Usuń kanał</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n persona(s): %2.</source>
        <translation>
            <numerusform>Kanał %1 jest używany przez %Ln personę: %2.</numerusform>
            <numerusform>Kanał %1 jest używany przez %Ln persony: %2.</numerusform>
            <numerusform>Kanał %1 jest używany przez %Ln person: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel and remove it from these personas too? Undo restores both.</source>
        <translation>Usunąć kanał i odłączyć go od tych person? Cofnięcie przywróci jedno i drugie.</translation>
    </message>
    <message>
        <source>Delete and &amp;Remove from Personas</source>
        <translation>Usuń i &amp;odłącz od person</translation>
    </message>
    <message>
        <source>&amp;Keep Channel</source>
        <translation>&amp;Zachowaj kanał</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Dodaj kanał %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Edytuj kanał %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>%1 %2 per lead</source>
        <translation>%1 %2 za lead</translation>
    </message>
    <message>
        <source>%1 %2 per thousand</source>
        <translation>%1 %2 za tysiąc wyświetleń</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln persony</numerusform>
            <numerusform>%Ln person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDetailsDialog</name>
    <message>
        <source>Workspace Details</source>
        <translation>Szczegóły obszaru roboczego</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (USD, EUR, PLN…)</source>
        <translation>Kod ISO 4217, trzy litery (USD, EUR, PLN…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>Obszar roboczy musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Waluta musi być trzyliterowym kodem, np. EUR.</translation>
    </message>
    <message>
        <source>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</source>
        <translation>Co klient powinien zrobić dalej. Raport drukuje ten tekst po podsumowaniu dla zarządu; zostaw pole puste, aby pominąć tę sekcję.</translation>
    </message>
    <message>
        <source>&amp;Recommendations and next steps:</source>
        <translation>&amp;Rekomendacje i kolejne kroki:</translation>
    </message>
    <message>
        <source>The recommendations are longer than a workspace can hold (100,000 bytes).</source>
        <translation>Rekomendacje są dłuższe, niż może pomieścić obszar roboczy (100 000 bajtów).</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Edytuj szczegóły obszaru roboczego</translation>
    </message>
    <message>
        <source>Edit recommendations</source>
        <translation>Edytuj rekomendacje</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDocument</name>
    <message numerus="yes">
        <source>Delete %n personas</source>
        <translation>
            <numerusform>Usuń %Ln personę</numerusform>
            <numerusform>Usuń %Ln persony</numerusform>
            <numerusform>Usuń %Ln person</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 („%2”)</translation>
    </message>
    <message>
        <source>Delete channel %1</source>
        <translation>Usuń kanał %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete channel %1 and remove it from %n persona(s)</source>
        <translation>
            <numerusform>Usuń kanał %1 i odłącz go od %Ln persony</numerusform>
            <numerusform>Usuń kanał %1 i odłącz go od %Ln person</numerusform>
            <numerusform>Usuń kanał %1 i odłącz go od %Ln person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>plik nie istnieje</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>to folder, a nie plik obszaru roboczego</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</source>
        <translation>to nie jest zwykły plik (to urządzenie, potok lub gniazdo), więc nie może być obszarem roboczym</translation>
    </message>
    <message>
        <source>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</source>
        <translation>plik ma %1 MB; pliki obszarów roboczych są ograniczone do %2 MB, więc to prawdopodobnie nie jest obszar roboczy</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; workspace files are limited to that</source>
        <translation>plik jest większy niż %1 MB; do tyle ograniczone są pliki obszarów roboczych</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>dokument jest większy niż %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; it may have been cut short while copying</source>
        <translation>plik jest pusty; mógł zostać ucięty podczas kopiowania</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: the file holds %1, not an object</source>
        <translation>to nie jest obszar roboczy B2X: plik zawiera %1, a nie obiekt</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</source>
        <translation>to nie jest obszar roboczy B2X: &quot;format&quot; musi mieć wartość &quot;b2x-workspace&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</source>
        <translation>plik został zapisany przez nowszą wersję B2X Workbench (wersja formatu %1; ta wersja odczytuje do %2). Zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>musi być trzyliterowym kodem ISO 4217, np. &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</source>
        <translation>musi być datą i godziną ISO 8601, np. 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</source>
        <translation>&quot;%1&quot; jest używany przez wcześniejszą personę; każda persona potrzebuje własnego identyfikatora</translation>
    </message>
    <message>
        <source>compared persona &quot;%1&quot; does not exist and was dropped</source>
        <translation>porównywana persona &quot;%1&quot; nie istnieje i została pominięta</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite number, so it cannot be saved</source>
        <translation>%1 nie jest liczbą skończoną, więc nie można go zapisać</translation>
    </message>
</context>
<context>
    <name>b2x::analytics</name>
    <message>
        <source>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>%1: okno %2-dniowe jest dłuższe, niż pozwala %3 (%4 dni); raporty użyją krótszego okna.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</source>
        <translation>%1: okno %2-dniowe pomija ponad połowę transakcji (mediana cyklu %3 dni, 90% w ciągu %4); wydłuż je do co najmniej %4 dni.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</source>
        <translation>%1: okno %2-dniowe pomija ponad połowę transakcji (mediana cyklu %3 dni, 90% w ciągu %4), a platforma nie obejmuje całego cyklu; przypisuj w CRM.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</source>
        <translation>%1: okno %2-dniowe pomija najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3 dni); wydłuż je do co najmniej %3 dni.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</source>
        <translation>%1: okno %2-dniowe pomija najwolniejszą dziesiątą część transakcji (90% zamyka się w ciągu %3 dni), a platforma ich nie obejmuje; przypisuj w CRM.</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>nowy zakup</translation>
    </message>
    <message>
        <source>modified rebuy</source>
        <translation>zmodyfikowany zakup ponowny</translation>
    </message>
    <message>
        <source>straight rebuy</source>
        <translation>prosty zakup ponowny</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>Brak kanału z katalogu: ten wymiar jest pomijany w indeksie, a jego waga rozkłada się na pozostałe.</translation>
    </message>
    <message>
        <source>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</source>
        <translation>Ważone budżetem powinowactwo B2B kanałów z katalogu tej persony (%1) wynosi %2; powinowactwo każdego kanału (0 — platforma konsumencka, 100 — platforma biznesowa) pochodzi z katalogu kanałów (docs/channels.md).</translation>
    </message>
    <message>
        <source>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>Liczba osób w grupie zakupowej: %1. W skali logarytmicznej jedna osoba daje 0, a dziesięć lub więcej 100 (CEB naliczył od 5,4 do 10,2 osoby na zakup B2B; Gartner 6–10 przy złożonym rozwiązaniu).</translation>
    </message>
    <message>
        <source>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</source>
        <translation>Rodzaj zakupu %1: %2 z 20 pkt (Robinson, Faris i Wind: przy nowych zakupach uczestniczy więcej osób niż przy zakupach ponownych). %3: %4 z 40. Poziomy akceptacji (%5): %6 z 40 (trzy lub więcej dają pełne 40).</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Formalny przetarg</translation>
    </message>
    <message>
        <source>No formal tender</source>
        <translation>Bez formalnego przetargu</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Średni cykl sprzedaży: %1 dni. W skali logarytmicznej 1 + dni 0 dni daje 0, ok. 12 dni 50, a 180 dni lub więcej 100 (cykle w dużych przedsiębiorstwach trwają 90–180+ dni; decyzje konsumenckie od godzin do tygodni).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Cena %1 za zakup. W skali logarytmicznej 5 daje 0, a 50 000 lub więcej 100 (źródła zestawiają produkt za 5 $ z produktem za 50 000 $); każdy dziesięciokrotny krok dodaje 25 pkt. Ceny są odczytywane w walucie obszaru roboczego, bez przeliczania.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>Suwak motywu racjonalnego stoi na %1 i jest używany bez zmian. Waży niewiele: racjonalność kontra emocje to nie to samo co B2B kontra B2C (CEB/Google: dla kupujących B2B wartość osobista miała dwukrotnie większy wpływ niż biznesowa).</translation>
    </message>
    <message>
        <source>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Średnia z obsługi klienta %1 (%2), szkoleń %3 (%4), wsparcia technicznego %5 (%6) i poziomu usług %7 (%8). Poziomy standardowe mają niski wynik, bo dostają je też konsumenci; poziomy dedykowane, z przewodnikiem i umowne wyróżniają relacje B2B.</translation>
    </message>
    <message>
        <source>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalizacja: %1. Masowa daje 0, segmentowa 30 (norma B2C), indywidualna 100 (account-based marketing, norma B2B).</translation>
    </message>
    <message>
        <source>behaves as B2B</source>
        <translation>zachowuje się jak B2B</translation>
    </message>
    <message>
        <source>behaves as B2C</source>
        <translation>zachowuje się jak B2C</translation>
    </message>
    <message>
        <source>behaves in a mixed way</source>
        <translation>zachowuje się w sposób mieszany</translation>
    </message>
    <message>
        <source>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</source>
        <translation>Etykieta %1, ale %2 (indeks B2B %3): planuj kanały, treści i sprzedaż według zachowania, a nie etykiety.</translation>
    </message>
    <message>
        <source>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Etykieta hybrydowa i %1 (indeks B2B %2). Hybryda opisuje sprzedawcę działającego w obu modelach, więc nigdy nie kłóci się z zachowaniem jednej grupy odbiorców.</translation>
    </message>
    <message>
        <source>Labelled %1 and %2 (B2B index %3).</source>
        <translation>Etykieta %1 i %2 (indeks B2B %3).</translation>
    </message>
    <message>
        <source>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</source>
        <translation>Powinowactwo B2B kanału %1 wynosi %2; ta grupa odbiorców jest na poziomie %3 (trzy części zachowania, jedna część etykiety): dopasowanie %4%.</translation>
    </message>
    <message>
        <source>No price is set: price neither raises nor lowers %1.</source>
        <translation>Nie ustawiono ceny: cena ani nie podnosi, ani nie obniża dopasowania %1.</translation>
    </message>
    <message>
        <source>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</source>
        <translation>Cena %1 jest o %2 rzędów wielkości od środka przedziału cen kanału %3 (%4–%5, środek %6): dopasowanie %7%.</translation>
    </message>
    <message>
        <source>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</source>
        <translation>Średni cykl %1 dni jest o %2 rzędów wielkości (z 1 + dni) od środka przedziału czasu decyzji kanału %3 (%4–%5 dni, środek %6): dopasowanie %7%.</translation>
    </message>
    <message>
        <source>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</source>
        <translation>Ta grupa odbiorców decyduje w %1% emocjonalnie (100 − racjonalność), a dopasowanie emocjonalne kanału %2 wynosi %3: zgadzają się w %4% przypadków.</translation>
    </message>
    <message>
        <source>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</source>
        <translation>Grupa zakupowa tej wielkości wymaga precyzji %1 (jej wynik za wielkość), aby dotrzeć do swoich ról; %2 oferuje %3: dopasowanie %4%.</translation>
    </message>
    <message>
        <source>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</source>
        <translation>%1 wejść na szczyt lejka miesięcznie wymaga zasięgu %2 (skala logarytmiczna: 10 → 0, 10 milionów → 100); %3 oferuje %4: zgadzają się w %5% przypadków.</translation>
    </message>
    <message>
        <source>decider or economic buyer</source>
        <translation>decydent lub kupujący ekonomiczny</translation>
    </message>
    <message>
        <source>user</source>
        <translation>użytkownik</translation>
    </message>
    <message>
        <source>technical evaluator (specifier)</source>
        <translation>oceniający technicznie (autor specyfikacji)</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>nabywca</translation>
    </message>
    <message>
        <source>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Nikt w grupie zakupowej nie pełni roli: %1. Nieobsadzona rola to w praktyce sprzedaży sygnał ostrzegawczy (Miller Heiman).</translation>
    </message>
    <message>
        <source>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>Przeciwnicy: %1 i brak zwolennika: nikt wewnątrz nie przekonuje do zakupu (MEDDIC).</translation>
    </message>
</context>
<context>
    <name>b2x::calibration</name>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>brakuje kolumny „%1”.</translation>
    </message>
    <message>
        <source>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</source>
        <translation>Każdą datę, np. 03/04/2026, można odczytać jako 3 kwietnia lub 4 marca: wskaż, czy najpierw jest dzień, czy miesiąc.</translation>
    </message>
    <message>
        <source>Some dates put the day first and others the month: export the file with one date format.</source>
        <translation>Niektóre daty zaczynają się od dnia, a inne od miesiąca: wyeksportuj plik z jednym formatem daty.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100.</source>
        <translation>„%1” nie jest datą z przedziału 1970–2100.</translation>
    </message>
    <message>
        <source>the channel is empty.</source>
        <translation>kanał jest pusty.</translation>
    </message>
    <message>
        <source>the spend must be a number of 0 or more.</source>
        <translation>wydatki muszą być liczbą równą 0 lub większą.</translation>
    </message>
    <message>
        <source>the count must be a number of 0 or more.</source>
        <translation>liczba musi być równa 0 lub większa.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import may be.</source>
        <translation>Plik ma %1 MB, czyli więcej niż dopuszczalne dla importu %2 MB.</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</source>
        <translation>plik zawiera bajt NUL: nie jest tekstowym plikiem CSV (to arkusz zapisany we własnym formacie lub plik UTF-16). Zapisz go lub wyeksportuj jako CSV UTF-8.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</source>
        <translation>tekst nie jest w kodowaniu UTF-8 (bajt 0x%1 nie może rozpoczynać ani kontynuować znaku). Wyeksportuj plik jako CSV UTF-8 lub zapisz go ponownie w tym kodowaniu.</translation>
    </message>
    <message>
        <source>The CSV parser could not start (out of memory).</source>
        <translation>Nie udało się uruchomić parsera CSV (brak pamięci).</translation>
    </message>
    <message>
        <source>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>cudzysłów występuje wewnątrz pola, które nie zaczyna się od cudzysłowu, albo po cudzysłowie zamykającym następuje tekst. Ujmij całe pole w cudzysłów i podwój cudzysłowy wewnątrz niego (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file. Check the quotes from this row on.</source>
        <translation>pole w cudzysłowie nie jest zamknięte przed końcem pliku. Sprawdź cudzysłowy od tego wiersza.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Plik jest pusty: nie ma wiersza nagłówka.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an import may be.</source>
        <translation>Plik %1 ma %2 MB, czyli więcej niż dopuszczalne dla importu %3 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>the event is for deal “%1”, which the deals file does not have.</source>
        <translation>zdarzenie dotyczy transakcji „%1”, której nie ma w pliku transakcji.</translation>
    </message>
    <message>
        <source>the status “%1” is not open, won or lost.</source>
        <translation>status „%1” nie jest żadną z wartości: open, won, lost.</translation>
    </message>
    <message>
        <source>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</source>
        <translation>kolumny nie odpowiadają eksportowi z HubSpot, Salesforce ani Pipedrive ani ogólnemu plikowi transakcji (deal_id, created_at, status). Wskaż format lub przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</source>
        <translation>Niektóre daty zaczynają się od dnia (25/03/2026), a inne od miesiąca (03/25/2026): wyeksportuj pliki z jednym formatem daty.</translation>
    </message>
    <message>
        <source>The opportunities need their stage history (an Opportunity History export).</source>
        <translation>Szanse sprzedaży wymagają historii etapów (eksportu Opportunity History).</translation>
    </message>
    <message>
        <source>No deal entered “%1”: it keeps its modelled values.</source>
        <translation>Żadna transakcja nie weszła na etap „%1”: zachowuje on wartości z modelu.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).</source>
        <translation>
            <numerusform>Tylko %n transakcja weszła na etap „%1”: jego konwersja jest niepewna (zob. przedział).</numerusform>
            <numerusform>Tylko %n transakcje weszły na etap „%1”: jego konwersja jest niepewna (zob. przedział).</numerusform>
            <numerusform>Tylko %n transakcji weszło na etap „%1”: jego konwersja jest niepewna (zob. przedział).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</source>
        <translation>Etap „%1” nadal konwertuje transakcje, które weszły na niego późno: jego konwersja jest dolnym oszacowaniem, dopóki nie będą miały czasu przejść dalej.</translation>
    </message>
    <message>
        <source>CRM stages not mapped to a stage of the persona, ignored: %1.</source>
        <translation>Etapy CRM nieprzypisane do żadnego etapu persony (pominięte): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n won or lost deal(s) have no close date: counted as open.</source>
        <translation>
            <numerusform>%n wygrana lub przegrana transakcja nie ma daty zamknięcia: liczona jest jako otwarta.</numerusform>
            <numerusform>%n wygrane lub przegrane transakcje nie mają daty zamknięcia: liczone są jako otwarte.</numerusform>
            <numerusform>%n wygranych lub przegranych transakcji nie ma daty zamknięcia: liczone są jako otwarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created after the as-of date are left out.</source>
        <translation>
            <numerusform>Pominięto %n transakcję utworzoną po dacie odniesienia.</numerusform>
            <numerusform>Pominięto %n transakcje utworzone po dacie odniesienia.</numerusform>
            <numerusform>Pominięto %n transakcji utworzonych po dacie odniesienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s) after the as-of date are ignored.</source>
        <translation>
            <numerusform>Pominięto %n zmianę etapu po dacie odniesienia.</numerusform>
            <numerusform>Pominięto %n zmiany etapu po dacie odniesienia.</numerusform>
            <numerusform>Pominięto %n zmian etapu po dacie odniesienia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a deal entered a stage again: its first entry counts.</source>
        <translation>
            <numerusform>%n ponowne wejście transakcji na etap: liczy się pierwsze wejście.</numerusform>
            <numerusform>%n ponowne wejścia transakcji na etap: liczy się pierwsze wejście.</numerusform>
            <numerusform>%n ponownych wejść transakcji na etap: liczy się pierwsze wejście.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) entered stages out of pipeline order: each stage ends at the first later stage entered after it.</source>
        <translation>
            <numerusform>%n transakcja weszła na etapy poza kolejnością lejka: każdy etap kończy się z chwilą wejścia na pierwszy późniejszy etap.</numerusform>
            <numerusform>%n transakcje weszły na etapy poza kolejnością lejka: każdy etap kończy się z chwilą wejścia na pierwszy późniejszy etap.</numerusform>
            <numerusform>%n transakcji weszło na etapy poza kolejnością lejka: każdy etap kończy się z chwilą wejścia na pierwszy późniejszy etap.</numerusform>
        </translation>
    </message>
    <message>
        <source>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</source>
        <translation>pole ma %1 KiB, czyli więcej niż dopuszczalne %2 KiB. Sprawdź, czy każdy cudzysłów w pliku jest zamknięty.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns. Export only the columns the import needs.</source>
        <translation>wiersz ma więcej niż %1 kolumn. Wyeksportuj tylko kolumny potrzebne do importu.</translation>
    </message>
    <message>
        <source>the header has an empty column name.</source>
        <translation>nagłówek zawiera pustą nazwę kolumny.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>nagłówek zawiera dwukrotnie kolumnę „%1”.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>liczba pól w wierszu: %1, w nagłówku: %2.</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows.</source>
        <translation>plik ma więcej niż %L1 wierszy.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>wiersz %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is missing. Export it, or map the columns by hand.</source>
        <translation>brakuje kolumny „%1”. Wyeksportuj ją lub przypisz kolumny ręcznie.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>data jest pusta.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</source>
        <translation>„%1” nie jest datą z przedziału 1970–2100 (użyj formatu 2026-03-31, 31/03/2026 lub 03/31/2026).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1” nie jest kwotą.</translation>
    </message>
    <message>
        <source>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</source>
        <translation>kwota jest ujemna. Kwota transakcji to jej wartość (0 lub więcej).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>„%1” nie jest wartością true ani false.</translation>
    </message>
    <message>
        <source>the deal has no id.</source>
        <translation>transakcja nie ma identyfikatora.</translation>
    </message>
    <message>
        <source>the deal id “%1” is already used on row %2: each deal must appear once.</source>
        <translation>identyfikator transakcji „%1” występuje już w wierszu %2: każda transakcja może wystąpić tylko raz.</translation>
    </message>
    <message>
        <source>no column is chosen for “%1”, which every deal needs.</source>
        <translation>nie wybrano kolumny dla pola „%1”, którego wymaga każda transakcja.</translation>
    </message>
    <message>
        <source>the column “%1” chosen for “%2” is not in the file.</source>
        <translation>kolumny „%1” wybranej dla pola „%2” nie ma w pliku.</translation>
    </message>
    <message>
        <source>the column “%1” is chosen for two columns; choose it once.</source>
        <translation>kolumna „%1” została wybrana dla dwóch pól; wybierz ją tylko raz.</translation>
    </message>
</context>
<context>
    <name>b2x::charts</name>
    <message>
        <source>Behaviour profile</source>
        <translation>Profil zachowań</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indeks B2B</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Grupa zakupowa</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek sprzedażowy</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Czas do przychodu</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Dopasowanie kanałów</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Ekonomika jednostkowa</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Okna atrybucji</translation>
    </message>
    <message>
        <source>On which dimensions does each audience behave like a business or a consumer?</source>
        <translation>W których wymiarach każda grupa odbiorców zachowuje się jak firma, a w których jak konsument?</translation>
    </message>
    <message>
        <source>How business-like is every persona, and where do label and behaviour disagree?</source>
        <translation>Na ile każda persona jest „biznesowa” i gdzie etykieta różni się od zachowania?</translation>
    </message>
    <message>
        <source>How many people decide, and how likely is such a group to decide at all?</source>
        <translation>Ile osób decyduje i na ile prawdopodobne jest, że taka grupa w ogóle podejmie decyzję?</translation>
    </message>
    <message>
        <source>How long does each stage take, and when do half and nine in ten deals close?</source>
        <translation>Ile trwa każdy etap i kiedy zamyka się połowa i dziewięć na dziesięć transakcji?</translation>
    </message>
    <message>
        <source>How many enter each stage per month, and how many become customers?</source>
        <translation>Ile osób wchodzi na każdy etap w miesiącu i ile zostaje klientami?</translation>
    </message>
    <message>
        <source>Which channels fit each audience best, and where does the budget go?</source>
        <translation>Które kanały najlepiej pasują do każdej grupy odbiorców i gdzie trafia budżet?</translation>
    </message>
    <message>
        <source>Is each customer worth three times what it costs to win, and how soon does it pay back?</source>
        <translation>Czy każdy klient jest wart trzy razy więcej, niż kosztuje jego pozyskanie, i jak szybko się zwraca?</translation>
    </message>
    <message>
        <source>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</source>
        <translation>Czy okna atrybucji platform reklamowych trwają tak długo jak cykl sprzedaży?</translation>
    </message>
    <message>
        <source>How fast does monthly revenue build up after the campaigns start?</source>
        <translation>Jak szybko rośnie miesięczny przychód po starcie kampanii?</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>Oś czasu planu</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Odwrócony lejek</translation>
    </message>
    <message>
        <source>When does each tactic run, and does it start early enough for its leads to close inside the period?</source>
        <translation>Kiedy trwa każda taktyka i czy zaczyna się wystarczająco wcześnie, aby jej leady zamknęły się w okresie?</translation>
    </message>
    <message>
        <source>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</source>
        <translation>Ile wejść potrzebuje każdy etap, aby osiągnąć cel, w porównaniu z tym, co obecny wolumen przyniesie w okresie?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Odwrócony lejek: %1</translation>
    </message>
    <message>
        <source>Conversion per stage</source>
        <translation>Konwersja na etapach</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>W modelu</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Zmierzone</translation>
    </message>
    <message>
        <source>Share that moves on</source>
        <translation>Odsetek przechodzących dalej</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Przedział 95%</translation>
    </message>
    <message>
        <source>Whole cycle: created to won</source>
        <translation>Cały cykl: od utworzenia do wygranej</translation>
    </message>
    <message>
        <source>Modelled (the persona&apos;s stages)</source>
        <translation>W modelu (etapy persony)</translation>
    </message>
    <message>
        <source>Measured (Kaplan–Meier)</source>
        <translation>Zmierzone (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Days since the deal was created</source>
        <translation>Dni od utworzenia transakcji</translation>
    </message>
    <message>
        <source>Won deals closed</source>
        <translation>Zamknięte wygrane transakcje</translation>
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
        <translation>Dni: okno atrybucji, potem brak do p90</translation>
    </message>
    <message>
        <source>p50 of the cycle</source>
        <translation>p50 cyklu</translation>
    </message>
    <message>
        <source>p90 of the cycle</source>
        <translation>p90 cyklu</translation>
    </message>
    <message>
        <source>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</source>
        <translation>Żadna z porównywanych grup odbiorców nie ma kanału z atrybucją: ustaw okno atrybucji dla kanału w sekcji Kanały.</translation>
    </message>
    <message>
        <source>Short of the p90</source>
        <translation>Brak do p90</translation>
    </message>
    <message>
        <source>%1
%2: %3 window · cycle p50 %4, p90 %5</source>
        <translation>%1
%2: okno %3 · cykl p50 %4, p90 %5</translation>
    </message>
    <message>
        <source>%1
Short of the p90 by %2</source>
        <translation>%1
Brakuje %2 do p90</translation>
    </message>
    <message>
        <source>%1
%2 of %3 personas with this channel miss their own p90</source>
        <translation>%1
%2 z %3 person z tym kanałem nie osiąga własnego p90</translation>
    </message>
    <message>
        <source>Every window lasts until nine in ten deals have closed.</source>
        <translation>Każde okno trwa, aż zamknie się dziewięć na dziesięć transakcji.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Cycle p50</source>
        <translation>Cykl p50</translation>
    </message>
    <message>
        <source>Cycle p90</source>
        <translation>Cykl p90</translation>
    </message>
    <message>
        <source>Covers p90</source>
        <translation>Obejmuje p90</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No, short by %1</source>
        <translation>Nie, brakuje %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 personas short)</source>
        <translation>%1 (%2 z %3 person nie osiąga)</translation>
    </message>
    <message>
        <source>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</source>
        <translation>Okna kończące się, zanim zamknie się dziewięć na dziesięć transakcji (na czerwono): %1 z %2. Konwersje po oknie nie są przypisywane kanałowi, który wtedy wygląda gorzej, niż jest.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::B2bIndexChart</name>
    <message>
        <source>B2B index (0 consumer-like, 100 business-like)</source>
        <translation>Indeks B2B (0 jak konsument, 100 jak firma)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Mixed behaviour (%1–%2)</source>
        <translation>Zachowanie mieszane (%1–%2)</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>Etykieta %1</translation>
    </message>
    <message>
        <source>Label and behaviour disagree</source>
        <translation>Etykieta i zachowanie się różnią</translation>
    </message>
    <message>
        <source>%1
B2B index %2 · label %3 · behaves %4</source>
        <translation>%1
Indeks B2B %2 · etykieta %3 · zachowanie: %4</translation>
    </message>
    <message>
        <source>%1
The label and the behaviour disagree.</source>
        <translation>%1
Etykieta i zachowanie się różnią.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to place them on the B2B index.</source>
        <translation>Dodaj persony do obszaru roboczego, aby umieścić je na indeksie B2B.</translation>
    </message>
    <message>
        <source>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</source>
        <translation>Persony w obszarze roboczym: %1. Otoczone obwódką, gdy etykieta i zachowanie się różnią: %2.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indeks B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>b2x::charts::BehaviourRadarChart</name>
    <message>
        <source>%1
%2: %3 of 100</source>
        <translation>%1
%2: %3 na 100</translation>
    </message>
    <message>
        <source>%1
%2: not applicable (no data)</source>
        <translation>%1
%2: nie dotyczy (brak danych)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>b.d.</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like); each ring is the mean of the group&apos;s personas.</source>
        <translation>Wyniki od 0 (jak konsument) do 100 (jak firma); każdy pierścień to średnia person w grupie.</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like).</source>
        <translation>Wyniki od 0 (jak konsument) do 100 (jak firma).</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChannelFitChart</name>
    <message>
        <source>Fit (0–100); diamonds: share of the budget (%)</source>
        <translation>Dopasowanie (0–100); romby: udział w budżecie (%)</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Udział w budżecie</translation>
    </message>
    <message>
        <source>%1
%2: fit %3 of 100 · %4 of the budget</source>
        <translation>%1
%2: dopasowanie %3 na 100 · %4 budżetu</translation>
    </message>
    <message>
        <source>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</source>
        <translation>Wiersze: trzy najlepiej dopasowane kanały każdej grupy odbiorców i kanał z największym budżetem. Tabela podaje dopasowanie każdego kanału z katalogu.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasowanie</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Pokaż liczby tego wykresu jako tabelę</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Pokaż „%1” jako tabelę</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Wykres: %1</translation>
    </message>
    <message>
        <source>The same numbers are in the table: press the Table button beside the title.</source>
        <translation>Te same liczby są w tabeli: naciśnij przycisk Tabela obok tytułu.</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 jako tabela</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>Pokaż ponownie wykres</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Show all the charts again (Esc)</source>
        <translation>Pokaż ponownie wszystkie wykresy (Esc)</translation>
    </message>
    <message>
        <source>Show this chart alone, as large as the panel allows</source>
        <translation>Pokaż tylko ten wykres, tak duży, jak pozwala panel</translation>
    </message>
    <message>
        <source>Show all the charts again</source>
        <translation>Pokaż ponownie wszystkie wykresy</translation>
    </message>
    <message>
        <source>Enlarge %1</source>
        <translation>Powiększ wykres „%1”</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartDataBuilder</name>
    <message>
        <source>Top of funnel</source>
        <translation>Szczyt lejka</translation>
    </message>
    <message>
        <source>Select personas to compare: click one in the list, Ctrl+click to add up to six.</source>
        <translation>Zaznacz persony do porównania: kliknij jedną na liście, Ctrl+klik dodaje kolejne, do sześciu.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to compare their groups.</source>
        <translation>Dodaj persony do obszaru roboczego, aby porównać ich grupy.</translation>
    </message>
    <message>
        <source>B2B label</source>
        <translation>Etykieta B2B</translation>
    </message>
    <message>
        <source>Hybrid label</source>
        <translation>Etykieta hybrydowa</translation>
    </message>
    <message>
        <source>B2C label</source>
        <translation>Etykieta B2C</translation>
    </message>
    <message>
        <source>Behaves as B2B</source>
        <translation>Zachowuje się jak B2B</translation>
    </message>
    <message>
        <source>Behaves mixed</source>
        <translation>Zachowanie mieszane</translation>
    </message>
    <message>
        <source>Behaves as B2C</source>
        <translation>Zachowuje się jak B2C</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 z %3)</translation>
    </message>
    <message>
        <source>Mean cycle</source>
        <translation>Średni cykl</translation>
    </message>
    <message>
        <source>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</source>
        <translation>Zaznacz persony do pogrupowania: kliknij jedną na liście, Ctrl+klik dodaje kolejne; albo grupuj wszystkie persony.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>mln %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>tys. %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 tys.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 mln</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 mld</translation>
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
        <translation>Osoby w grupie zakupowej</translation>
    </message>
    <message>
        <source>Probability of a decision</source>
        <translation>Prawdopodobieństwo decyzji</translation>
    </message>
    <message>
        <source>CEB consensus curve</source>
        <translation>Krzywa konsensusu CEB</translation>
    </message>
    <message>
        <source>CEB measurements</source>
        <translation>Pomiary CEB</translation>
    </message>
    <message>
        <source>CEB: a group of %1 decides in %2 of cases</source>
        <translation>CEB: grupa %1 osób podejmuje decyzję w %2 przypadków</translation>
    </message>
    <message>
        <source>%1
%2 people · %3 probability of a decision</source>
        <translation>%1
Liczba osób: %2 · prawdopodobieństwo decyzji: %3</translation>
    </message>
    <message>
        <source>%1 (your estimate)</source>
        <translation>%1 (Twój szacunek)</translation>
    </message>
    <message>
        <source>%1 — nobody covers: %2</source>
        <translation>%1 — nikt nie obsadza: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</source>
        <translation>Każda kluczowa rola (decydent, użytkownik, autor specyfikacji, nabywca) jest obsadzona. Kwadraty to Twoje własne szacunki.</translation>
    </message>
    <message>
        <source>Uncovered roles are a red flag (Miller Heiman):
%1</source>
        <translation>Nieobsadzone role to sygnał ostrzegawczy (Miller Heiman):
%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>CEB for this size</source>
        <translation>CEB dla tej wielkości</translation>
    </message>
    <message>
        <source>Uncovered roles</source>
        <translation>Nieobsadzone role</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>b2x::charts::FunnelChart</name>
    <message>
        <source>Funnel step (the last point of a line: customers)</source>
        <translation>Krok lejka (ostatni punkt linii: klienci)</translation>
    </message>
    <message>
        <source>Entries per month</source>
        <translation>Wejścia w miesiącu</translation>
    </message>
    <message>
        <source>Entries per month (log scale)</source>
        <translation>Wejścia w miesiącu (skala logarytmiczna)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>%1
%2: %3 per month</source>
        <translation>%1
%2: %3 miesięcznie</translation>
    </message>
    <message>
        <source>%1 · %2 move on</source>
        <translation>%1 · przechodzi dalej %2</translation>
    </message>
    <message>
        <source>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</source>
        <translation>Grupy: średnie wejścia na szczyt lejka i klienci w miesiącu; etapy person się różnią, więc porównywane są tylko oba końce.</translation>
    </message>
    <message>
        <source>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</source>
        <translation>Etapy różnią się między personami: tabela i podpowiedzi nazywają każdy krok. Zerowe wartości są rysowane na dole osi logarytmicznej.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Przechodzi dalej</translation>
    </message>
</context>
<context>
    <name>b2x::charts::OutcomeHistogramChart</name>
    <message>
        <source>Share of runs (%)</source>
        <translation>Odsetek przebiegów (%)</translation>
    </message>
    <message>
        <source>Runs in each range</source>
        <translation>Przebiegi w każdym przedziale</translation>
    </message>
    <message>
        <source>p50 (median): %1</source>
        <translation>p50 (mediana): %1</translation>
    </message>
    <message>
        <source>p10 and p90: %1 and %2</source>
        <translation>p10 i p90: %1 i %2</translation>
    </message>
</context>
<context>
    <name>b2x::charts::PlanTimelineChart</name>
    <message>
        <source>Period start and end</source>
        <translation>Początek i koniec okresu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowana</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w realizacji</translation>
    </message>
    <message>
        <source>done</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>przerwana</translation>
    </message>
    <message>
        <source>starts after %1: most of its leads close after the period</source>
        <translation>zaczyna się po %1: większość jej leadów zamknie się po okresie</translation>
    </message>
    <message>
        <source>starts after %1: some of its leads close after the period</source>
        <translation>zaczyna się po %1: część jej leadów zamknie się po okresie</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 to %4, %5
Planned budget: %6</source>
        <translation>%1 (%2)
%3 – %4, %5
Zaplanowany budżet: %6</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanał: %1</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Za późno: %1</translation>
    </message>
    <message>
        <source>Weeks (from Monday)</source>
        <translation>Tygodnie (od poniedziałku)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <source>Latest lead entry to close in the period, half of the deals (p50)</source>
        <translation>Najpóźniejsze wejście leada z zamknięciem w okresie, połowa transakcji (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry, nine deals in ten (p90)</source>
        <translation>Najpóźniejsze wejście leada, dziewięć na dziesięć transakcji (p90)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Dzisiaj (%1)</translation>
    </message>
    <message>
        <source>The plan has no tactics yet: add them to see them on the calendar.</source>
        <translation>Plan nie ma jeszcze taktyk: dodaj je, aby zobaczyć je w kalendarzu.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n tactic(s) has valid start and end dates, so none can be drawn: give them dates.</source>
        <translation>
            <numerusform>%n taktyka planu nie ma poprawnych dat rozpoczęcia i zakończenia, więc nie można jej narysować: nadaj jej daty.</numerusform>
            <numerusform>Żadna z %n taktyk planu nie ma poprawnych dat rozpoczęcia i zakończenia, więc nie można ich narysować: nadaj im daty.</numerusform>
            <numerusform>Żadna z %n taktyk planu nie ma poprawnych dat rozpoczęcia i zakończenia, więc nie można ich narysować: nadaj im daty.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</source>
        <translation>%1: leady muszą wejść do %2, aby połowa transakcji zamknęła się w okresie, i do %3, aby zamknęło się dziewięć na dziesięć.</translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) start too late to close inside the period.</source>
        <translation>
            <numerusform>%n taktyka zaczyna się zbyt późno, aby jej leady zamknęły się w okresie.</numerusform>
            <numerusform>%n taktyki zaczynają się zbyt późno, aby ich leady zamknęły się w okresie.</numerusform>
            <numerusform>%n taktyk zaczyna się zbyt późno, aby ich leady zamknęły się w okresie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tactic(s) not drawn (the chart shows the first %1 rows; the table lists all): %2.</source>
        <translation>
            <numerusform>Nie narysowano %n dalszej taktyki (wykres pokazuje tylko pierwsze wiersze w liczbie %1; tabela zawiera wszystkie): %2.</numerusform>
            <numerusform>Nie narysowano %n dalszych taktyk (wykres pokazuje tylko pierwsze wiersze w liczbie %1; tabela zawiera wszystkie): %2.</numerusform>
            <numerusform>Nie narysowano %n dalszych taktyk (wykres pokazuje tylko pierwsze wiersze w liczbie %1; tabela zawiera wszystkie): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i %n inna</numerusform>
            <numerusform>i %n inne</numerusform>
            <numerusform>i %n innych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) without valid dates, not drawn: %1.</source>
        <translation>
            <numerusform>%n taktyka bez poprawnych dat (nienarysowana): %1.</numerusform>
            <numerusform>%n taktyki bez poprawnych dat (nienarysowane): %1.</numerusform>
            <numerusform>%n taktyk bez poprawnych dat (nienarysowane): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no period: the current quarter is drawn.</source>
        <translation>Plan nie ma okresu: pokazano bieżący kwartał.</translation>
    </message>
    <message>
        <source>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</source>
        <translation>Paski: pełne – w realizacji, jasne – zaplanowane, z kropkowaną ramką – zakończone, wyblakłe z szarą przerywaną ramką – przerwane.</translation>
    </message>
    <message>
        <source>Time runs from right to left.</source>
        <translation>Czas biegnie od prawej do lewej.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Taktyka</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Zaplanowany budżet</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Terminowość</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nie narysowano</translation>
    </message>
    <message>
        <source>not drawn; %1</source>
        <translation>nie narysowano; %1</translation>
    </message>
    <message>
        <source>no valid dates: not drawn</source>
        <translation>brak poprawnych dat: nie narysowano</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ResponseCurveChart</name>
    <message>
        <source>Entries a month</source>
        <translation>Wejścia w miesiącu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Obecnie</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propozycja</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>Wydatki miesięczne (%1)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ReverseFunnelChart</name>
    <message>
        <source>Required by the target</source>
        <translation>Wymagane przez cel</translation>
    </message>
    <message>
        <source>Available at today&apos;s volume</source>
        <translation>Dostępne przy obecnym wolumenie</translation>
    </message>
    <message>
        <source>Pipeline stage (entries over the period), then customers</source>
        <translation>Etap lejka (wejścia w okresie), na końcu klienci</translation>
    </message>
    <message>
        <source>Entries over the period</source>
        <translation>Wejścia w okresie</translation>
    </message>
    <message>
        <source>Entries over the period (log scale)</source>
        <translation>Wejścia w okresie (skala logarytmiczna)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nieokreślone</translation>
    </message>
    <message>
        <source>%1
Required by the target: %2
Available at today&apos;s volume: %3</source>
        <translation>%1
Wymagane przez cel: %2
Dostępne przy obecnym wolumenie: %3</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs, stage by stage.</source>
        <translation>Zaznacz personę, aby zobaczyć, czego wymaga jej cel na kolejnych etapach.</translation>
    </message>
    <message>
        <source>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</source>
        <translation>%1: obecny wolumen pozwala osiągnąć cel – w okresie oczekiwanych jest ok. %2 klientów przy celu wynoszącym %3.</translation>
    </message>
    <message>
        <source>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</source>
        <translation>%1: przy obecnym wolumenie okres przyniesie ok. %2 klientów przy celu wynoszącym %3, czyli o %4 za mało.</translation>
    </message>
    <message>
        <source>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</source>
        <translation>Każdy etap potrzebuje %1 razy tyle wejść co obecnie: wolumenu miesięcznego %2 zamiast %3 i wydatków miesięcznych %4 zamiast %5.</translation>
    </message>
    <message>
        <source>%1 has no target: only today&apos;s entries are drawn.</source>
        <translation>%1 nie ma celu: pokazano tylko obecne wejścia.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <source>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</source>
        <translation>Przy obecnym wolumenie żaden klient nie zostanie pozyskany w okresie, więc wejścia potrzebne do osiągnięcia celu są nieokreślone: dla każdego etapu pokazano tylko obecne wejścia.</translation>
    </message>
    <message>
        <source>Log scale: the stages differ by orders of magnitude.</source>
        <translation>Skala logarytmiczna: etapy różnią się o rzędy wielkości.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::SalesCycleChart</name>
    <message>
        <source>Days (bars: expected time in each stage)</source>
        <translation>Dni (słupki: oczekiwany czas na każdym etapie)</translation>
    </message>
    <message>
        <source>%1
Half of the deals close within %2 (p50)</source>
        <translation>%1
Połowa transakcji zamyka się w ciągu %2 (p50)</translation>
    </message>
    <message>
        <source>%1
Nine in ten deals close within %2 (p90)</source>
        <translation>%1
Dziewięć na dziesięć transakcji zamyka się w ciągu %2 (p90)</translation>
    </message>
    <message>
        <source>p50: half of deals closed</source>
        <translation>p50: połowa transakcji zamknięta</translation>
    </message>
    <message>
        <source>p90: nine in ten closed</source>
        <translation>p90: dziewięć na dziesięć zamkniętych</translation>
    </message>
    <message>
        <source>%1
%2: %3 expected (%4 to %5)</source>
        <translation>%1
%2: oczekiwane %3 (od %4 do %5)</translation>
    </message>
    <message>
        <source>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</source>
        <translation>Słupki grup pokazują średni cykl ich person; etapy różnią się między personami, więc nie są rozbijane.</translation>
    </message>
    <message>
        <source>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</source>
        <translation>Słupek sumuje oczekiwane czasy etapów (średni cykl); znaczniki pokazują, kiedy zamyka się połowa i dziewięć na dziesięć transakcji.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Oczekiwany</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Najkrótszy</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Najdłuższy</translation>
    </message>
    <message>
        <source>p50 of the whole cycle</source>
        <translation>p50 całego cyklu</translation>
    </message>
    <message>
        <source>p90 of the whole cycle</source>
        <translation>p90 całego cyklu</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TimeToRevenueChart</name>
    <message>
        <source>Months after the campaigns start</source>
        <translation>Miesiące od startu kampanii</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>Przychód miesięczny (%1)</translation>
    </message>
    <message>
        <source>Revenue per month (%1, log)</source>
        <translation>Przychód miesięczny (%1, skala log.)</translation>
    </message>
    <message>
        <source>%1: no new customers, so no revenue</source>
        <translation>%1: brak nowych klientów, więc brak przychodu</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Month reaching 50%</source>
        <translation>Miesiąc osiągnięcia 50%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>%1
Month %2: %3, of which %4 from new customers</source>
        <translation>%1
Miesiąc %2: %3, w tym %4 od nowych klientów</translation>
    </message>
    <message>
        <source>%1
Month %2: %3 from new customers</source>
        <translation>%1
Miesiąc %2: %3 od nowych klientów</translation>
    </message>
    <message>
        <source>Steady state: %1 a month</source>
        <translation>Stan ustalony: %1 miesięcznie</translation>
    </message>
    <message>
        <source>No steady state: revenue keeps growing</source>
        <translation>Brak stanu ustalonego: przychód stale rośnie</translation>
    </message>
    <message>
        <source>%1: steady state</source>
        <translation>%1: stan ustalony</translation>
    </message>
    <message>
        <source>%1: new customers</source>
        <translation>%1: nowi klienci</translation>
    </message>
    <message>
        <source>%1: half of the steady monthly revenue by month %2</source>
        <translation>%1: połowa stałego przychodu miesięcznego w miesiącu %2</translation>
    </message>
    <message>
        <source>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</source>
        <translation>%1: brak stanu ustalonego, przychód stale rośnie (churn nie przewyższa ekspansji)</translation>
    </message>
    <message>
        <source>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</source>
        <translation>Linia ciągła: przychód od wszystkich płacących klientów; przerywana: stan ustalony; kropkowana: przychód od nowych klientów (tylko przychody powtarzalne).</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Stan ustalony</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TornadoChart</name>
    <message>
        <source>Below today&apos;s value</source>
        <translation>Poniżej obecnej wartości</translation>
    </message>
    <message>
        <source>Above today&apos;s value</source>
        <translation>Powyżej obecnej wartości</translation>
    </message>
    <message>
        <source>All inputs together: p10–p90</source>
        <translation>Wszystkie dane wejściowe razem: p10–p90</translation>
    </message>
    <message>
        <source>All inputs together</source>
        <translation>Wszystkie dane wejściowe razem</translation>
    </message>
</context>
<context>
    <name>b2x::charts::UnitEconomicsChart</name>
    <message>
        <source>CLV = 3 × CAC (healthy)</source>
        <translation>CLV = 3 × CAC (zdrowy poziom)</translation>
    </message>
    <message>
        <source>CLV = CAC (break-even)</source>
        <translation>CLV = CAC (próg rentowności)</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>brak zwrotu</translation>
    </message>
    <message>
        <source>payback %1 mo</source>
        <translation>zwrot w %1 mies.</translation>
    </message>
    <message>
        <source>CAC: cost to win a customer (%1, log scale)</source>
        <translation>CAC: koszt pozyskania klienta (%1, skala log.)</translation>
    </message>
    <message>
        <source>CLV: lifetime value (%1, log scale)</source>
        <translation>CLV: wartość klienta w czasie (%1, skala log.)</translation>
    </message>
    <message>
        <source>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</source>
        <translation>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>nieokreślone</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</source>
        <translation>Powyżej zielonej linii klient jest wart ponad trzy razy więcej niż jego koszt; poniżej linii przerywanej firma traci pieniądze.</translation>
    </message>
    <message>
        <source>%1
Not drawn (no customers, so no CAC): %2</source>
        <translation>%1
Nie narysowano (brak klientów, więc brak CAC): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
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
        <translation>Okres zwrotu (miesiące)</translation>
    </message>
    <message numerus="yes">
        <source>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run(s).</source>
        <translation>
            <numerusform>Wąsy: p10–p90 CAC i CLV, gdy każde wejście zmienia się w rozrzucie swojego źródła danych; %Ln przebieg.</numerusform>
            <numerusform>Wąsy: p10–p90 CAC i CLV, gdy każde wejście zmienia się w rozrzucie swojego źródła danych; %Ln przebiegi.</numerusform>
            <numerusform>Wąsy: p10–p90 CAC i CLV, gdy każde wejście zmienia się w rozrzucie swojego źródła danych; %Ln przebiegów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::cli</name>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: ostrzeżenie: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n persona(s))
</source>
        <translation>
            <numerusform>%1: poprawny (%Ln persona)
</numerusform>
            <numerusform>%1: poprawny (%Ln persony)
</numerusform>
            <numerusform>%1: poprawny (%Ln person)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: błąd: %2
</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)
</source>
        <translation>Obszar roboczy: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)

</source>
        <translation>
            <numerusform>%Ln persona

</numerusform>
            <numerusform>%Ln persony

</numerusform>
            <numerusform>%Ln person

</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>Indeks B2B</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Zachowanie</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Niezgodność</translation>
    </message>
    <message>
        <source>DMU</source>
        <translation>DMU</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size musi mieć wartość A4 lub Letter, a nie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>nieoczekiwany argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the workspace file to export</source>
        <translation>podaj plik obszaru roboczego do eksportu</translation>
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
        <translation>%1: błąd: żadna persona nie ma identyfikatora %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>zapisano %1
</translation>
    </message>
    <message>
        <source>b2x: --lang needs one of the languages %1
</source>
        <translation>b2x: --lang wymaga jednego z języków %1
</translation>
    </message>
    <message>
        <source>b2x validate: name at least one file
</source>
        <translation>b2x validate: podaj co najmniej jeden plik
</translation>
    </message>
    <message>
        <source>b2x summary: name exactly one file (and optionally --json)
</source>
        <translation>b2x summary: podaj dokładnie jeden plik (i opcjonalnie --json)
</translation>
    </message>
    <message>
        <source>b2x: unknown command &quot;%1&quot;

</source>
        <translation>b2x: nieznane polecenie &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; at most %3 are allowed</source>
        <translation>%1 ma %2 bajtów; dozwolone jest najwyżej %3</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</source>
        <translation>--date musi być datą w formacie YYYY-MM-DD, np. 2026-12-03, a nie &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%2 to %3, %n day(s))
</source>
        <translation>
            <numerusform>Plan: %1 (%2 – %3, %n dzień)
</numerusform>
            <numerusform>Plan: %1 (%2 – %3, %n dni)
</numerusform>
            <numerusform>Plan: %1 (%2 – %3, %n dni)
</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>  No target for the period
</source>
        <translation>  Brak celu na ten okres
</translation>
    </message>
    <message>
        <source>  Needed: %1 entries and %2 a month
</source>
        <translation>  Potrzeba miesięcznie: wejścia %1, wydatki %2
</translation>
    </message>
    <message>
        <source>    %1: %2 entries in the period
</source>
        <translation>    %1: %2 (wejścia w okresie)
</translation>
    </message>
    <message>
        <source>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</source>
        <translation>  Potrzeba: nie da się przeliczyć wstecz z obecnego lejka (zob. kontrole)
</translation>
    </message>
    <message>
        <source>  Latest entry to close by the end: %1 (50%), %2 (90%)
</source>
        <translation>  Najpóźniejsze wejście z zamknięciem do końca okresu: %1 (50%), %2 (90%)
</translation>
    </message>
    <message>
        <source>  Planned budget: %1
</source>
        <translation>  Zaplanowany budżet: %1
</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
Cele
</translation>
    </message>
    <message>
        <source>
Checks
</source>
        <translation>
Kontrole
</translation>
    </message>
    <message>
        <source>b2x plan: name exactly one file (and optionally --json)
</source>
        <translation>b2x plan: podaj dokładnie jeden plik (i opcjonalnie --json)
</translation>
    </message>
    <message>
        <source>b2x calibrate: %1 needs a value
</source>
        <translation>b2x calibrate: %1 wymaga wartości
</translation>
    </message>
    <message>
        <source>b2x calibrate: unknown option &quot;%1&quot;
</source>
        <translation>b2x calibrate: nieznana opcja „%1”
</translation>
    </message>
    <message>
        <source>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</source>
        <translation>b2x calibrate: podaj plik obszaru roboczego, --persona ID i --deals DEALS.csv
</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n deal(s)</source>
        <translation>
            <numerusform>%1, stan na %2: %n transakcja</numerusform>
            <numerusform>%1, stan na %2: %n transakcje</numerusform>
            <numerusform>%1, stan na %2: %n transakcji</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 won, %2 lost, %3 open)
</source>
        <translation> (wygrane: %1, przegrane: %2, otwarte: %3)
</translation>
    </message>
    <message>
        <source>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</source>
        <translation>  Transakcje: weszły %1, przeszły dalej %2, przegrane %3, otwarte %4
</translation>
    </message>
    <message>
        <source>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</source>
        <translation>  Konwersja: %1 (przedział 95%: %2–%3)%4; w modelu %5; przeszły dalej ÷ weszły %6
</translation>
    </message>
    <message>
        <source>, a lower bound</source>
        <translation>, dolne oszacowanie</translation>
    </message>
    <message>
        <source>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</source>
        <translation>  Dni do przejścia dalej: p10 %1, p50 %2, p90 %3, średnia %4
</translation>
    </message>
    <message>
        <source>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</source>
        <translation>  Dopasowanie trójkątne: %1 / %2 / %3 dni (w modelu %4 / %5 / %6)
</translation>
    </message>
    <message>
        <source>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</source>
        <translation>
Cały cykl, od utworzenia do wygranej: p50 %1 dni, p90 %2 (w modelu %3 i %4)
</translation>
    </message>
    <message>
        <source>
Warnings
</source>
        <translation>
Ostrzeżenia
</translation>
    </message>
    <message>
        <source>
Ad spend %1 to %2: %3 in all, %4 a month
</source>
        <translation>
Wydatki reklamowe od %1 do %2: łącznie %3, miesięcznie %4
</translation>
    </message>
    <message>
        <source>  %1%2: %3 a month (%4% of the spend)%5
</source>
        <translation>  %1%2: %3 miesięcznie (%4% wydatków)%5
</translation>
    </message>
    <message>
        <source> (no catalogue channel)</source>
        <translation> (brak kanału z katalogu)</translation>
    </message>
    <message>
        <source>, click-through %1%</source>
        <translation>, klikalność %1%</translation>
    </message>
    <message numerus="yes">
        <source>  Customer acquisition cost: %1 (%n deal(s) won over those days)
</source>
        <translation>
            <numerusform>  Koszt pozyskania klienta: %1 (%n transakcja wygrana w tym czasie)
</numerusform>
            <numerusform>  Koszt pozyskania klienta: %1 (%n transakcje wygrane w tym czasie)
</numerusform>
            <numerusform>  Koszt pozyskania klienta: %1 (%n transakcji wygranych w tym czasie)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Customer acquisition cost: not defined (no deal won over those days)
</source>
        <translation>  Koszt pozyskania klienta: nieokreślony (w tym czasie nie wygrano żadnej transakcji)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</source>
        <translation>b2x calibrate: --format musi mieć jedną z wartości: auto, generic, hubspot, salesforce, pipedrive
</translation>
    </message>
    <message>
        <source>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</source>
        <translation>b2x calibrate: --date-order to dmy (najpierw dzień) lub mdy (najpierw miesiąc)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</source>
        <translation>b2x calibrate: --as-of wymaga daty w formacie YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2 (b2x summary lists them)
</source>
        <translation>%1: błąd: żadna persona nie ma identyfikatora %2 (listę wypisuje b2x summary)
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>błąd: %1
</translation>
    </message>
    <message>
        <source>b2x calibrate: add --date-order dmy or --date-order mdy
</source>
        <translation>b2x calibrate: dodaj --date-order dmy lub --date-order mdy
</translation>
    </message>
    <message>
        <source>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</source>
        <translation>b2x calibrate: --map „%1”: zapisz w postaci &quot;etap CRM=etap lejka&quot;; etapy persony to: %2
</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>Eksport transakcji z CRM %1: %n transakcja, stan na %2</numerusform>
            <numerusform>Eksport transakcji z CRM %1: %n transakcje, stan na %2</numerusform>
            <numerusform>Eksport transakcji z CRM %1: %n transakcji, stan na %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: written with the measured stages of %2
</source>
        <translation>%1: zapisano ze zmierzonymi etapami persony %2
</translation>
    </message>
    <message>
        <source>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</source>
        <translation>wybierz co najmniej jedno wyjście: --pdf, --png, --svg, --csv, --csv-plan lub --xlsx</translation>
    </message>
    <message>
        <source>  Target, new customers: %1 (%2)
</source>
        <translation>  Cel, nowi klienci: %1 (%2)
</translation>
    </message>
    <message>
        <source>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</source>
        <translation>  Oczekiwani nowi klienci przy obecnym wolumenie: %1; niedobór %2
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 takes a number from %2 to %3
</source>
        <translation>b2x allocate: %1 wymaga liczby od %2 do %3
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 needs a value
</source>
        <translation>b2x allocate: %1 wymaga wartości
</translation>
    </message>
    <message>
        <source>b2x allocate: unknown option &quot;%1&quot;
</source>
        <translation>b2x allocate: nieznana opcja „%1”
</translation>
    </message>
    <message>
        <source>b2x allocate: name a workspace file and at least one --persona ID
</source>
        <translation>b2x allocate: podaj plik obszaru roboczego i co najmniej jedną opcję --persona ID
</translation>
    </message>
    <message>
        <source>b2x allocate: give either --budget or --target-mroas, not both
</source>
        <translation>b2x allocate: podaj --budget albo --target-mroas, nie obie opcje naraz
</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>na poziomie minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>na poziomie maksimum</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zablokowany</translation>
    </message>
    <message>
        <source>Budget %1 a month, split in steps of %2
</source>
        <translation>Budżet %1 miesięcznie, dzielony krokami po %2
</translation>
    </message>
    <message>
        <source>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</source>
        <translation>Wydatki, dopóki utrzymuje się krańcowy ROAS: %1 miesięcznie, krokami po %2
</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, marginal ROAS %4</source>
        <translation>  %1: %2 → %3, krańcowy ROAS %4</translation>
    </message>
    <message>
        <source>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>
Obecnie:    wydatki %1, klienci %2, wartość %3, ROAS %4
</translation>
    </message>
    <message>
        <source>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>Propozycja: wydatki %1, klienci %2, wartość %3, ROAS %4
</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.
</source>
        <translation>Same minimalne wydatki kanałów przekraczają budżet.
</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.
</source>
        <translation>Niewydane pozostaje %1: każdy kanał osiągnął maksimum.
</translation>
    </message>
    <message>
        <source>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</source>
        <translation>b2x calibrate: daty pasują do obu kolejności; używana jest kolejność zapisana z personą (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>b2x calibrate: using the stage mapping saved with the persona (%n stage(s)); --map replaces it
</source>
        <translation>
            <numerusform>b2x calibrate: używane jest przypisanie etapów zapisane z personą (%n etap); --map je zastępuje
</numerusform>
            <numerusform>b2x calibrate: używane jest przypisanie etapów zapisane z personą (%n etapy); --map je zastępuje
</numerusform>
            <numerusform>b2x calibrate: używane jest przypisanie etapów zapisane z personą (%n etapów); --map je zastępuje
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
        <translation>Użycie: b2x COMMAND [OPTIONS]

Sprawdzanie i podsumowywanie plików obszarów roboczych B2X Workbench (.b2x)
bez środowiska graficznego.

Polecenia:
  validate FILE...        sprawdza, czy każdy plik jest poprawnym obszarem
                          roboczym
  summary FILE [--json]   wypisuje persony obszaru roboczego; --json wypisuje
                          dokument do odczytu maszynowego (zob. docs/cli.md)
  plan FILE [--json]      plan: cel każdej persony przeliczony wstecz przez
                          jej lejek i cykl sprzedaży, oceny OKR i kontrole
  export FILE [--pdf OUT.pdf] [--page-size A4|Letter] [--personas ID,...]
              [--png DIR] [--svg DIR] [--csv OUT.csv] [--csv-plan DIR]
              [--xlsx OUT.xlsx]
              [--title T] [--subtitle S] [--client C] [--author A]
              [--date YYYY-MM-DD]
                          zapisuje raport porównawczy, wykresy, wskaźniki
                          każdej persony, listy planu jako CSV oraz skoroszyt
                          z aktywnymi formułami; opcje okładki zastępują
                          teksty zapisane w obszarze roboczym
  calibrate FILE --persona ID --deals DEALS.csv [--events EVENTS.csv]
              [--format auto|generic|hubspot|salesforce|pipedrive]
              [--as-of YYYY-MM-DD] [--date-order dmy|mdy]
              [--map &quot;etap CRM=etap lejka&quot;]... [--spend SPEND.csv]
              [--json] [--apply OUT.b2x]
                          mierzy etapy persony na podstawie eksportu z CRM
                          (z poprawnym uwzględnieniem otwartych transakcji)
                          oraz CAC z wydatków reklamowych; --apply zapisuje
                          zmierzone etapy w personie
  allocate FILE --persona ID [--persona ID]...
              [--budget N | --target-mroas X] [--step-percent P] [--json]
                          dzieli budżet między kanały person według
                          równych krańcowych zwrotów (krzywe odpowiedzi)
  uncertainty FILE --persona ID [--runs N] [--seed S] [--json]
                          wyniki persony jako przedziały wynikające
                          z rozrzutu jej źródeł danych oraz dane wejściowe,
                          które mają największe znaczenie

Opcje:
  --lang CODE             język komunikatów: en, pl, ar, ro lub th
                          (domyślnie: język systemu)
  -h, --help              wyświetla tę pomoc
  -v, --version           wyświetla wersję

Kod wyjścia: 0 – powodzenie, 1 – nieprawidłowe dane wejściowe, 2 – błąd użycia.
</translation>
    </message>
    <message>
        <source>b2x uncertainty: %1 needs a value
</source>
        <translation>b2x uncertainty: %1 wymaga wartości
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</source>
        <translation>b2x uncertainty: --runs wymaga liczby całkowitej od 1 do 1000000
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --seed takes a whole number from 0 to %1
</source>
        <translation>b2x uncertainty: --seed wymaga liczby całkowitej od 0 do %1
</translation>
    </message>
    <message>
        <source>b2x uncertainty: unknown option &quot;%1&quot;
</source>
        <translation>b2x uncertainty: nieznana opcja „%1”
</translation>
    </message>
    <message>
        <source>b2x uncertainty: name a workspace file and --persona ID
</source>
        <translation>b2x uncertainty: podaj plik obszaru roboczego i --persona ID
</translation>
    </message>
    <message>
        <source>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</source>
        <translation>  %1: %2 (p10), %3 (p50), %4 (p90), średnia %5
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), seed %2
</source>
        <translation>
            <numerusform>%1: %n przebieg, ziarno %2
</numerusform>
            <numerusform>%1: %n przebiegi, ziarno %2
</numerusform>
            <numerusform>%1: %n przebiegów, ziarno %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>Nowi klienci w miesiącu</translation>
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
        <translation>Okres zwrotu (miesiące)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Miesiące do osiągnięcia 50% przychodu</translation>
    </message>
    <message>
        <source>  Probability that CLV:CAC is at least 3: %1
</source>
        <translation>  Prawdopodobieństwo, że CLV:CAC wynosi co najmniej 3: %1
</translation>
    </message>
    <message>
        <source>
Tornado (CLV:CAC with each input alone at its low and high)
</source>
        <translation>
Wykres tornado (CLV:CAC, gdy każda dana wejściowa osobno przyjmuje wartość niską i wysoką)
</translation>
    </message>
    <message>
        <source>  %1 ±%2%: %3 … %4, swing %5
</source>
        <translation>  %1 ±%2%: %3 … %4, rozpiętość %5
</translation>
    </message>
</context>
<context>
    <name>b2x::objectives</name>
    <message>
        <source>green</source>
        <comment>OKR grading band</comment>
        <translation>zielony</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>OKR grading band</comment>
        <translation>żółty</translation>
    </message>
    <message>
        <source>red</source>
        <comment>OKR grading band</comment>
        <translation>czerwony</translation>
    </message>
    <message>
        <source>green, 70% or more: on track</source>
        <translation>zielony, 70% lub więcej: zgodnie z planem</translation>
    </message>
    <message>
        <source>yellow, 40% to below 70%: progress, short of the target</source>
        <translation>żółty, od 40% do poniżej 70%: postęp, ale poniżej celu</translation>
    </message>
    <message>
        <source>red, below 40%: off track</source>
        <translation>czerwony, poniżej 40%: wyraźnie poniżej planu</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>brak postępu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>progress, then the band&apos;s colour word</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>zobowiązujący</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>aspiracyjny</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>Nowi klienci w okresie</translation>
    </message>
    <message>
        <source>Entries into a pipeline stage over the period</source>
        <translation>Wejścia na etap lejka w okresie</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Potrzebny wolumen miesięczny</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Potrzebne wydatki miesięczne</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</source>
        <translation>Wyliczana z odwróconego lejka persony, której nie ma w obszarze roboczym (usunięta?); obowiązuje wartość docelowa zachowana przy ostatnim check-inie, %1.</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</source>
        <translation>Wyliczana z odwróconego lejka persony %1, który obecnie nie daje liczby (brak celu, brak wolumenu lub etap, którego już nie ma); obowiązuje wartość docelowa zachowana przy ostatnim check-inie, %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 new customers in the period.</source>
        <translation>Z odwróconego lejka persony %1: nowi klienci w okresie – %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 entries into “%3” over the period.</source>
        <translation>Z odwróconego lejka persony %1: wejścia na etap „%3” w okresie – %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly volume of %2.</source>
        <translation>Z odwróconego lejka persony %1: wolumen miesięczny %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly spend of %2.</source>
        <translation>Z odwróconego lejka persony %1: wydatki miesięczne %2.</translation>
    </message>
</context>
<context>
    <name>b2x::plan</name>
    <message>
        <source>MQLs per channel</source>
        <translation>MQL na kanał</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Ruch</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>wizyty</translation>
    </message>
    <message>
        <source>SQLs per channel</source>
        <translation>SQL na kanał</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Współczynnik klikalności</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead-to-customer rate</source>
        <translation>Współczynnik konwersji leadów w klientów</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Wartość lejka sprzedażowego</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Współczynnik konwersji</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Zwrot z wydatków na reklamę (ROAS)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Wartość klienta w czasie (CLV)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Odsetek ponownych zakupów</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Zasięg</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Interakcja</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Zaangażowanie</translation>
    </message>
    <message>
        <source>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</source>
        <translation>Plan nie ma jeszcze okresu, więc planowany jest kwartał kalendarzowy od %1 do %2.</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>Cel planu</translation>
    </message>
    <message>
        <source>Content &quot;%1&quot;</source>
        <translation>Treść &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</source>
        <translation>%1: taktyki przewidują na ten okres %2, a cel przy obecnym koszcie wejścia wymaga %3.</translation>
    </message>
    <message>
        <source>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</source>
        <translation>%1: cel wymaga w tym okresie więcej wejść (%2), niż jest w tym czasie obecnych na rynku odbiorców (%3 z %4).</translation>
    </message>
    <message>
        <source>%1: no content and no tactic for %2.</source>
        <translation>%1: brak treści i taktyk dla: %2.</translation>
    </message>
    <message>
        <source>Tactic &quot;%1&quot;</source>
        <translation>Taktyka &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, outside the period %4 to %5.</source>
        <translation>%1 trwa od %2 do %3, poza okresem od %4 do %5.</translation>
    </message>
    <message>
        <source>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</source>
        <translation>%1 służy kluczowemu rezultatowi &quot;%2&quot;, którego nie ma w planie; odwołanie zostaje zachowane.</translation>
    </message>
    <message>
        <source>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</source>
        <translation>%1 w kanale %2: %3-dniowe okno atrybucji pomija najwolniejszą dziesiątą część transakcji persony %4 (90% zamyka się w ciągu %5 dni), więc wyniki kanału będą wyglądać gorzej, niż są; przypisz je w CRM.</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>Cel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Key result &quot;%1&quot;</source>
        <translation>Kluczowy rezultat &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</source>
        <translation>%1: wartość docelowa wynika z odwróconego lejka i zmieniła się z %2 przy ostatnim check-inie na %3.</translation>
    </message>
    <message>
        <source>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</source>
        <translation>%1 pobiera wartość docelową z etapu %2 lejka persony %3 (liczba etapów: %4); do czasu zmiany zachowuje własną wartość docelową.</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</source>
        <translation>%1 odwołuje się do persony &quot;%2&quot;, której nie ma w obszarze roboczym (usunięta?); odwołanie zostaje zachowane do czasu zmiany.</translation>
    </message>
    <message>
        <source>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</source>
        <translation>%1 używa kanału &quot;%2&quot;, którego nie ma ani w katalogu, ani wśród kanałów obszaru roboczego; odwołanie zostaje zachowane.</translation>
    </message>
    <message>
        <source>The target is revenue but the price is 0, so it cannot be turned into customers.</source>
        <translation>Cel jest wyrażony w przychodzie, ale cena wynosi 0, więc nie da się go przeliczyć na klientów.</translation>
    </message>
    <message>
        <source>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</source>
        <translation>Obecny lejek nie pozyskuje klientów (brak miesięcznego wolumenu albo współczynnik konwersji 0), więc nie da się przeliczyć wstecz wolumenu i wydatków potrzebnych do osiągnięcia celu.</translation>
    </message>
    <message>
        <source>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</source>
        <translation>Połowa transakcji trwa co najmniej %1 dni, dłużej niż %2-dniowy okres: większość leadów, które wchodzą w trakcie okresu, zamyka się dopiero po nim. Klienci potrzebni do tego celu pochodzą z lejka, który trzeba było zapełnić do %3 (do %4 dla dziewięciu transakcji na dziesięć).</translation>
    </message>
    <message>
        <source>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</source>
        <translation>Najwolniejsza dziesiąta część transakcji trwa co najmniej %1 dni, dłużej niż %2-dniowy okres: leady, które z prawdopodobieństwem 90% mają się zamknąć do końca okresu, musiały wejść do %3, czyli przed jego rozpoczęciem.</translation>
    </message>
</context>
<context>
    <name>b2x::planfields</name>
    <message>
        <source>The persona the card is for: its row on the board.</source>
        <translation>Persona, której dotyczy karta: jej wiersz na tablicy.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona, której nie ma już w obszarze roboczym</translation>
    </message>
    <message>
        <source>The RACE stage the card serves: its column on the board.</source>
        <translation>Etap RACE, któremu służy karta: jej kolumna na tablicy.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Brak kanału</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (brak w katalogu tej wersji)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a date</comment>
        <translation>Nie ustawiono</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Model B2B and B2C audiences and compare how they buy.</source>
        <translation>Modeluj grupy odbiorców B2B i B2C i porównuj, jak kupują.</translation>
    </message>
    <message>
        <source>Language for this run: en, pl, ar, ro or th.</source>
        <translation>Język tego uruchomienia: en, pl, ar, ro lub th.</translation>
    </message>
    <message>
        <source>Workspace to open (.b2x).</source>
        <translation>Obszar roboczy do otwarcia (.b2x).</translation>
    </message>
</context>
</TS>
