<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Reorder personas</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Edit workspace details</translation>
    </message>
</context>
<context>
    <name>b2x</name>
    <message>
        <source>the text is not valid UTF-8 (save the file with UTF-8 encoding)</source>
        <translation>the text is not valid UTF-8 (save the file with UTF-8 encoding)</translation>
    </message>
    <message>
        <source>a number is too large to represent (%1)</source>
        <translation>a number is too large to represent (%1)</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</source>
        <translation>lists and objects are nested more than %1 levels deep; a workspace never needs that many, so the file is damaged or not a workspace</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; remove one of them</source>
        <translation>the key &quot;%1&quot; appears twice in the same object; remove one of them</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>this is not valid JSON: %1</translation>
    </message>
    <message>
        <source>ageMin (%1) must not be greater than ageMax (%2)</source>
        <translation>ageMin (%1) must not be greater than ageMax (%2)</translation>
    </message>
    <message>
        <source>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</source>
        <translation>minDays ≤ likelyDays ≤ maxDays must hold; found %1, %2, %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each channel once</source>
        <translation>&quot;%1&quot; is listed twice; list each channel once</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</source>
        <translation>&quot;%1&quot; is not in this version&apos;s channel catalogue; the models ignore it</translation>
    </message>
    <message>
        <source>budget shares add up to %1%, more than 100%</source>
        <translation>budget shares add up to %1%, more than 100%</translation>
    </message>
    <message>
        <source>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</source>
        <translation>must be a UUID such as 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7e9f0a3b</translation>
    </message>
    <message>
        <source>must be a colour written #rrggbb, such as #4e79a7</source>
        <translation>must be a colour written #rrggbb, such as #4e79a7</translation>
    </message>
    <message>
        <source>Small-business software</source>
        <translation>Small-business software</translation>
    </message>
    <message>
        <source>Mid-market software</source>
        <translation>Mid-market software</translation>
    </message>
    <message>
        <source>Enterprise software</source>
        <translation>Enterprise software</translation>
    </message>
    <message>
        <source>Industrial reorder</source>
        <translation>Industrial reorder</translation>
    </message>
    <message>
        <source>E-commerce impulse purchase</source>
        <translation>E-commerce impulse purchase</translation>
    </message>
    <message>
        <source>High-consideration consumer purchase</source>
        <translation>High-consideration consumer purchase</translation>
    </message>
    <message>
        <source>Hybrid: self-funded or employer-sponsored</source>
        <translation>Hybrid: self-funded or employer-sponsored</translation>
    </message>
    <message>
        <source>A plan under $10,000 a year with a free trial: two people, a few weeks.</source>
        <translation>A plan under $10,000 a year with a free trial: two people, a few weeks.</translation>
    </message>
    <message>
        <source>A $25–50K deal: five people, about three months.</source>
        <translation>A $25–50K deal: five people, about three months.</translation>
    </message>
    <message>
        <source>A $100–250K deal through a tender: seven people, six to nine months.</source>
        <translation>A $100–250K deal through a tender: seven people, six to nine months.</translation>
    </message>
    <message>
        <source>A straight rebuy of consumables from an approved supplier, every month.</source>
        <translation>A straight rebuy of consumables from an approved supplier, every month.</translation>
    </message>
    <message>
        <source>Under $50, decided in less than a day, bought online.</source>
        <translation>Under $50, decided in less than a day, bought online.</translation>
    </message>
    <message>
        <source>$200–2,000, a household weighing options for a few weeks.</source>
        <translation>$200–2,000, a household weighing options for a few weeks.</translation>
    </message>
    <message>
        <source>A course bought by individuals or by their employers.</source>
        <translation>A course bought by individuals or by their employers.</translation>
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
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Sells to organisations: the customer is a company or institution.</source>
        <translation>Sells to organisations: the customer is a company or institution.</translation>
    </message>
    <message>
        <source>Sells to people or households.</source>
        <translation>Sells to people or households.</translation>
    </message>
    <message>
        <source>Sells both ways, for example a design studio furnishing hotels and homes.</source>
        <translation>Sells both ways, for example a design studio furnishing hotels and homes.</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Specifier</source>
        <translation>Specifier</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Decider</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>Notices the need and starts the purchase.</source>
        <translation>Notices the need and starts the purchase.</translation>
    </message>
    <message>
        <source>Will use the product day to day; often shapes the requirements.</source>
        <translation>Will use the product day to day; often shapes the requirements.</translation>
    </message>
    <message>
        <source>Shapes the choice with advice or expertise, from inside or outside the organisation.</source>
        <translation>Shapes the choice with advice or expertise, from inside or outside the organisation.</translation>
    </message>
    <message>
        <source>Writes the technical requirements that offers are scored against.</source>
        <translation>Writes the technical requirements that offers are scored against.</translation>
    </message>
    <message>
        <source>Makes the final choice of product and supplier.</source>
        <translation>Makes the final choice of product and supplier.</translation>
    </message>
    <message>
        <source>Authorises what the deciders and buyers propose.</source>
        <translation>Authorises what the deciders and buyers propose.</translation>
    </message>
    <message>
        <source>Negotiates terms and places the order, often procurement.</source>
        <translation>Negotiates terms and places the order, often procurement.</translation>
    </message>
    <message>
        <source>Controls which suppliers and what information reach the group.</source>
        <translation>Controls which suppliers and what information reach the group.</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Argues for your offer inside the organisation.</source>
        <translation>Argues for your offer inside the organisation.</translation>
    </message>
    <message>
        <source>Has not taken a side yet.</source>
        <translation>Has not taken a side yet.</translation>
    </message>
    <message>
        <source>Argues against the purchase and may be able to stop it.</source>
        <translation>Argues against the purchase and may be able to stop it.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Modified rebuy</source>
        <translation>Modified rebuy</translation>
    </message>
    <message>
        <source>Straight rebuy</source>
        <translation>Straight rebuy</translation>
    </message>
    <message>
        <source>Bought for the first time: more people take part and the search takes longer.</source>
        <translation>Bought for the first time: more people take part and the search takes longer.</translation>
    </message>
    <message>
        <source>A familiar purchase with changed requirements, terms or suppliers.</source>
        <translation>A familiar purchase with changed requirements, terms or suppliers.</translation>
    </message>
    <message>
        <source>A routine reorder from the current supplier: few people, quick decision.</source>
        <translation>A routine reorder from the current supplier: few people, quick decision.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Shared team</source>
        <translation>Shared team</translation>
    </message>
    <message>
        <source>Dedicated account manager</source>
        <translation>Dedicated account manager</translation>
    </message>
    <message>
        <source>Customers serve themselves or contact general support.</source>
        <translation>Customers serve themselves or contact general support.</translation>
    </message>
    <message>
        <source>A team looks after many customers together.</source>
        <translation>A team looks after many customers together.</translation>
    </message>
    <message>
        <source>One named person owns the relationship, typical of large B2B accounts.</source>
        <translation>One named person owns the relationship, typical of large B2B accounts.</translation>
    </message>
    <message>
        <source>Self-serve</source>
        <translation>Self-serve</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Guided</translation>
    </message>
    <message>
        <source>The product needs no training.</source>
        <translation>The product needs no training.</translation>
    </message>
    <message>
        <source>Documentation, videos or online courses.</source>
        <translation>Documentation, videos or online courses.</translation>
    </message>
    <message>
        <source>Sessions run by your team for the customer&apos;s staff.</source>
        <translation>Sessions run by your team for the customer&apos;s staff.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicated</translation>
    </message>
    <message>
        <source>No technical support beyond general customer service.</source>
        <translation>No technical support beyond general customer service.</translation>
    </message>
    <message>
        <source>A shared help desk with usual response times.</source>
        <translation>A shared help desk with usual response times.</translation>
    </message>
    <message>
        <source>Named engineers who know the customer&apos;s setup.</source>
        <translation>Named engineers who know the customer&apos;s setup.</translation>
    </message>
    <message>
        <source>Contractual (SLA)</source>
        <translation>Contractual (SLA)</translation>
    </message>
    <message>
        <source>No promised response or availability.</source>
        <translation>No promised response or availability.</translation>
    </message>
    <message>
        <source>Published service standards, not in the contract.</source>
        <translation>Published service standards, not in the contract.</translation>
    </message>
    <message>
        <source>Response times and availability written into the contract, with penalties.</source>
        <translation>Response times and availability written into the contract, with penalties.</translation>
    </message>
    <message>
        <source>No returns</source>
        <translation>No returns</translation>
    </message>
    <message>
        <source>Generous</source>
        <translation>Generous</translation>
    </message>
    <message>
        <source>Sales are final, as is usual for custom-made goods.</source>
        <translation>Sales are final, as is usual for custom-made goods.</translation>
    </message>
    <message>
        <source>Returns as the law or the trade requires.</source>
        <translation>Returns as the law or the trade requires.</translation>
    </message>
    <message>
        <source>Long, no-questions-asked returns that lower the risk of buying.</source>
        <translation>Long, no-questions-asked returns that lower the risk of buying.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>One-to-one / ABM</source>
        <translation>One-to-one / ABM</translation>
    </message>
    <message>
        <source>The same message and offer for everyone.</source>
        <translation>The same message and offer for everyone.</translation>
    </message>
    <message>
        <source>Targeted e-mails, recommendations and offers per segment, typical of B2C.</source>
        <translation>Targeted e-mails, recommendations and offers per segment, typical of B2C.</translation>
    </message>
    <message>
        <source>Each account treated as a market of one (account-based marketing), typical of B2B.</source>
        <translation>Each account treated as a market of one (account-based marketing), typical of B2B.</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>An educated guess that nobody has checked yet.</source>
        <translation>An educated guess that nobody has checked yet.</translation>
    </message>
    <message>
        <source>A published figure for similar companies or markets.</source>
        <translation>A published figure for similar companies or markets.</translation>
    </message>
    <message>
        <source>Taken from your own data: CRM, analytics or finance.</source>
        <translation>Taken from your own data: CRM, analytics or finance.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Monthly spend</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Monthly volume</translation>
    </message>
    <message>
        <source>Conversion rates</source>
        <translation>Conversion rates</translation>
    </message>
    <message>
        <source>Stage durations</source>
        <translation>Stage durations</translation>
    </message>
    <message>
        <source>Decision-unit size</source>
        <translation>Decision-unit size</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Purchases per year</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Customer lifetime</translation>
    </message>
    <message>
        <source>The order or contract value per purchase (Economics).</source>
        <translation>The order or contract value per purchase (Economics).</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month (Economics).</source>
        <translation>Marketing and sales spend per month (Economics).</translation>
    </message>
    <message>
        <source>New entries at the top of the funnel per month (Economics).</source>
        <translation>New entries at the top of the funnel per month (Economics).</translation>
    </message>
    <message>
        <source>The share that moves from each stage to the next (Pipeline).</source>
        <translation>The share that moves from each stage to the next (Pipeline).</translation>
    </message>
    <message>
        <source>Days spent in each stage (Pipeline).</source>
        <translation>Days spent in each stage (Pipeline).</translation>
    </message>
    <message>
        <source>How many people take part in the decision (Decision unit).</source>
        <translation>How many people take part in the decision (Decision unit).</translation>
    </message>
    <message>
        <source>The share of the price kept after direct costs.</source>
        <translation>The share of the price kept after direct costs.</translation>
    </message>
    <message>
        <source>How often a customer buys (Economics).</source>
        <translation>How often a customer buys (Economics).</translation>
    </message>
    <message>
        <source>How many years a customer stays (Economics).</source>
        <translation>How many years a customer stays (Economics).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Decision-unit members</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Pipeline stages</translation>
    </message>
    <message>
        <source>Most likely cycle</source>
        <translation>Most likely cycle</translation>
    </message>
    <message>
        <source>Price per purchase</source>
        <translation>Price per purchase</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Sum of every stage&apos;s most likely duration</source>
        <translation>Sum of every stage&apos;s most likely duration</translation>
    </message>
    <message>
        <source>Entries at the top of the funnel per month</source>
        <translation>Entries at the top of the funnel per month</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>must list at least one role</source>
        <translation>must list at least one role</translation>
    </message>
    <message>
        <source>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</source>
        <translation>must be a role such as &quot;decider&quot;, &quot;user&quot; or &quot;buyer&quot;; found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each role once</source>
        <translation>&quot;%1&quot; is listed twice; list each role once</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</source>
        <translation>&quot;%1&quot; is not one of &quot;roles&quot;; give the roles in &quot;roles&quot; alone</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>must be a number, not %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <comment>entries at the top of the funnel</comment>
        <translation>%1 a month</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <comment>purchases</comment>
        <translation>%1 a year</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>no stages</source>
        <translation>no stages</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a list of stage durations</comment>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1–%2–%3</source>
        <comment>minimum, likely and maximum days of one stage</comment>
        <translation>%1–%2–%3</translation>
    </message>
    <message>
        <source>Stage “%1”: written for %2, now %3.</source>
        <translation>Stage “%1”: written for %2, now %3.</translation>
    </message>
    <message>
        <source>Written for %1; the persona now has %2.</source>
        <translation>Written for %1; the persona now has %2.</translation>
    </message>
    <message>
        <source>must hold two numbers, the low and the high end</source>
        <translation>must hold two numbers, the low and the high end</translation>
    </message>
    <message>
        <source>must be a number from 0 to %1</source>
        <translation>must be a number from 0 to %1</translation>
    </message>
    <message>
        <source>the low end (%1) is above the high end (%2)</source>
        <translation>the low end (%1) is above the high end (%2)</translation>
    </message>
    <message>
        <source>must be null or one of %1; found &quot;%2&quot;</source>
        <translation>must be null or one of %1; found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</source>
        <translation>must start with &quot;custom-&quot; followed by at least one character, so it never clashes with a built-in channel; found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</source>
        <translation>&quot;%1&quot; is used by an earlier channel; every channel needs its own id</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</source>
        <translation>&quot;%1&quot; is not one of this workspace&apos;s channels; the models ignore it</translation>
    </message>
    <message>
        <source>Decision formality</source>
        <translation>Decision formality</translation>
    </message>
    <message>
        <source>Sales-cycle length</source>
        <translation>Sales-cycle length</translation>
    </message>
    <message>
        <source>Price point</source>
        <translation>Price point</translation>
    </message>
    <message>
        <source>Rational motive</source>
        <translation>Rational motive</translation>
    </message>
    <message>
        <source>Relationship depth</source>
        <translation>Relationship depth</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalisation</translation>
    </message>
    <message>
        <source>Channel mix</source>
        <translation>Channel mix</translation>
    </message>
    <message>
        <source>Deciders</source>
        <translation>Deciders</translation>
    </message>
    <message>
        <source>Formality</source>
        <translation>Formality</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Rational</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</source>
        <translation>must be a date written YYYY-MM-DD, such as 2027-01-31; found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier item; every item needs its own id</source>
        <translation>&quot;%1&quot; is used by an earlier item; every item needs its own id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</source>
        <translation>&quot;%1&quot; is not a key result of this plan; the tactic is kept and serves none until it is changed</translation>
    </message>
    <message>
        <source>needs both a start and an end date, or neither</source>
        <translation>needs both a start and an end date, or neither</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <source>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</source>
        <translation>persona &quot;%1&quot; is not in this workspace (deleted?); the reference is kept and the plan&apos;s checks flag it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</source>
        <translation>&quot;%1&quot; is not one of the catalogue&apos;s or this workspace&apos;s channels; the reference is kept and the models ignore it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</source>
        <translation>&quot;%1&quot; has an earlier entry; a persona has one target and one audience size</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</source>
        <translation>the persona&apos;s pipeline has no stage %1 (it has %2); the key result keeps its own target until this is changed</translation>
    </message>
    <message>
        <source>A share: 50% is 0.5.</source>
        <translation>A share: 50% is 0.5.</translation>
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
        <translation>Revenue model</translation>
    </message>
    <message>
        <source>oneOff, repeatOrder or subscription (as in the workspace file).</source>
        <translation>oneOff, repeatOrder or subscription (as in the workspace file).</translation>
    </message>
    <message>
        <source>Top-of-funnel entries per month.</source>
        <translation>Top-of-funnel entries per month.</translation>
    </message>
    <message>
        <source>Marketing and sales spend per month.</source>
        <translation>Marketing and sales spend per month.</translation>
    </message>
    <message>
        <source>Order or contract value per purchase; for a subscription the price per billing period.</source>
        <translation>Order or contract value per purchase; for a subscription the price per billing period.</translation>
    </message>
    <message>
        <source>One-off and repeat orders: purchases per customer a year.</source>
        <translation>One-off and repeat orders: purchases per customer a year.</translation>
    </message>
    <message>
        <source>Lifetime (years)</source>
        <translation>Lifetime (years)</translation>
    </message>
    <message>
        <source>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</source>
        <translation>One-off: the customer lifetime. Subscription and repeat orders: the horizon that caps the lifetime which churn implies.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Subscription: monthly or annual (the price is per billing period).</source>
        <translation>Subscription: monthly or annual (the price is per billing period).</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Subscription: share of customers lost per churn period. %1</source>
        <translation>Subscription: share of customers lost per churn period. %1</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Churn period</translation>
    </message>
    <message>
        <source>monthly or annual.</source>
        <translation>monthly or annual.</translation>
    </message>
    <message>
        <source>Expansion a year</source>
        <translation>Expansion a year</translation>
    </message>
    <message>
        <source>Subscription: yearly growth of a retained customer&apos;s revenue. %1</source>
        <translation>Subscription: yearly growth of a retained customer&apos;s revenue. %1</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Annual retention</translation>
    </message>
    <message>
        <source>Repeat orders: share of customers still ordering a year on. %1</source>
        <translation>Repeat orders: share of customers still ordering a year on. %1</translation>
    </message>
    <message>
        <source>Stage %1 conversion</source>
        <translation>Stage %1 conversion</translation>
    </message>
    <message>
        <source>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</source>
        <translation>Share of the stage&apos;s entrants that moves on to the next stage (the last stage&apos;s turns them into customers). %1</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>The stage&apos;s name.</source>
        <translation>The stage&apos;s name.</translation>
    </message>
    <message>
        <source>Formula: the Inputs sheet&apos;s monthly volume.</source>
        <translation>Formula: the Inputs sheet&apos;s monthly volume.</translation>
    </message>
    <message>
        <source>Stage %1 entries</source>
        <translation>Stage %1 entries</translation>
    </message>
    <message>
        <source>Formula: entries into the first stage a month = monthly volume.</source>
        <translation>Formula: entries into the first stage a month = monthly volume.</translation>
    </message>
    <message>
        <source>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</source>
        <translation>Formula: entries into this stage a month = the previous stage&apos;s entries × its conversion.</translation>
    </message>
    <message>
        <source>Customers per month</source>
        <translation>Customers per month</translation>
    </message>
    <message>
        <source>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</source>
        <translation>Formula: monthly volume × the product of every stage&apos;s conversion (the monthly volume itself when the pipeline has no stage).</translation>
    </message>
    <message>
        <source>Formula: from the Funnel sheet.</source>
        <translation>Formula: from the Funnel sheet.</translation>
    </message>
    <message>
        <source>Monthly revenue per customer</source>
        <translation>Monthly revenue per customer</translation>
    </message>
    <message>
        <source>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</source>
        <translation>Formula: subscription: the price (÷ 12 when billed annually); otherwise price × purchases per year ÷ 12.</translation>
    </message>
    <message>
        <source>Monthly churn</source>
        <translation>Monthly churn</translation>
    </message>
    <message>
        <source>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</source>
        <translation>Formula: subscription: the churn (annual churn as the monthly rate that compounds to it: 1 − (1 − churn)^(1/12)); repeat orders: 1 − annual retention^(1/12); one-off: empty.</translation>
    </message>
    <message>
        <source>Monthly expansion</source>
        <translation>Monthly expansion</translation>
    </message>
    <message>
        <source>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</source>
        <translation>Formula: subscription: (1 + expansion a year)^(1/12) − 1; otherwise 0.</translation>
    </message>
    <message>
        <source>Net monthly loss</source>
        <translation>Net monthly loss</translation>
    </message>
    <message>
        <source>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</source>
        <translation>Formula: churn − expansion × (1 − churn): the share of a month&apos;s revenue the next month loses.</translation>
    </message>
    <message>
        <source>Lifetime (months)</source>
        <translation>Lifetime (months)</translation>
    </message>
    <message>
        <source>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</source>
        <translation>Formula: one-off: 12 × lifetime years; otherwise 1 ÷ net monthly loss, capped at 12 × lifetime years.</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Formula: monthly spend ÷ customers per month; empty when no customer is won.</source>
        <translation>Formula: monthly spend ÷ customers per month; empty when no customer is won.</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Formula: monthly revenue per customer × gross margin × lifetime in months.</source>
        <translation>Formula: monthly revenue per customer × gross margin × lifetime in months.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Formula: CLV ÷ CAC.</source>
        <translation>Formula: CLV ÷ CAC.</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Payback (months)</translation>
    </message>
    <message>
        <source>Formula: CAC ÷ (monthly revenue per customer × gross margin).</source>
        <translation>Formula: CAC ÷ (monthly revenue per customer × gross margin).</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Formula: customers per month × price ÷ monthly spend.</source>
        <translation>Formula: customers per month × price ÷ monthly spend.</translation>
    </message>
    <message>
        <source>Break-even ROAS</source>
        <translation>Break-even ROAS</translation>
    </message>
    <message>
        <source>Formula: 1 ÷ gross margin.</source>
        <translation>Formula: 1 ÷ gross margin.</translation>
    </message>
    <message>
        <source>Steady-state customers</source>
        <translation>Steady-state customers</translation>
    </message>
    <message>
        <source>Formula: customers per month ÷ monthly churn (recurring models with churn).</source>
        <translation>Formula: customers per month ÷ monthly churn (recurring models with churn).</translation>
    </message>
    <message>
        <source>Steady-state MRR</source>
        <translation>Steady-state MRR</translation>
    </message>
    <message>
        <source>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</source>
        <translation>Formula: subscriptions: customers per month × monthly revenue per customer ÷ net monthly loss.</translation>
    </message>
    <message>
        <source>Steady-state ARR</source>
        <translation>Steady-state ARR</translation>
    </message>
    <message>
        <source>Formula: 12 × steady-state MRR.</source>
        <translation>Formula: 12 × steady-state MRR.</translation>
    </message>
    <message>
        <source>Median sales cycle (days)</source>
        <translation>Median sales cycle (days)</translation>
    </message>
    <message>
        <source>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</source>
        <translation>Value, not a formula: the sales-cycle model sums each stage&apos;s triangular duration by convolution, which a spreadsheet formula cannot do.</translation>
    </message>
    <message>
        <source>Revenue in month 24</source>
        <translation>Revenue in month 24</translation>
    </message>
    <message>
        <source>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</source>
        <translation>Value, not a formula: the time-to-revenue model spreads each month&apos;s customers over the sales-cycle distribution.</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, or null; found %2</source>
        <translation>must be greater than 0 and at most %1, or null; found %2</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>has %1 entries; at most %2 are allowed</translation>
    </message>
    <message>
        <source>a name is %1 bytes long; names hold 1 to %2</source>
        <translation>a name is %1 bytes long; names hold 1 to %2</translation>
    </message>
    <message>
        <source>must not be less than minSpend (%1); found %2</source>
        <translation>must not be less than minSpend (%1); found %2</translation>
    </message>
    <message>
        <source>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</source>
        <translation>must be &quot;dmy&quot;, &quot;mdy&quot; or null; found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</source>
        <translation>&quot;%1&quot; is not one of the persona&apos;s stages; this remembered mapping was dropped</translation>
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
        <translation>Marketplace ads</translation>
    </message>
    <message>
        <source>App stores</source>
        <translation>App stores</translation>
    </message>
    <message>
        <source>Affiliate links</source>
        <translation>Affiliate links</translation>
    </message>
</context>
<context>
    <name>b2x::BudgetPanel</name>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;Apply Proposal</translation>
    </message>
    <message>
        <source>Fixed budget</source>
        <translation>Fixed budget</translation>
    </message>
    <message>
        <source>Flexible: spend while the marginal ROAS holds</source>
        <translation>Flexible: spend while the marginal ROAS holds</translation>
    </message>
    <message>
        <source>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</source>
        <translation>Fixed: split the budget where it brings the most value. Flexible: keep adding steps while the next one returns at least the target.</translation>
    </message>
    <message>
        <source>The monthly spend to split across the channels (today&apos;s spend until you type another)</source>
        <translation>The monthly spend to split across the channels (today&apos;s spend until you type another)</translation>
    </message>
    <message>
        <source>The least a step must return: value added ÷ money spent</source>
        <translation>The least a step must return: value added ÷ money spent</translation>
    </message>
    <message>
        <source>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</source>
        <translation>One step of the allocator, in percent of the budget (of today&apos;s spend in flexible mode)</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>Monthly &amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Target marginal ROAS:</source>
        <translation>&amp;Target marginal ROAS:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Step:</translation>
    </message>
    <message>
        <source>Budget allocation</source>
        <translation>Budget allocation</translation>
    </message>
    <message>
        <source>Response curves</source>
        <translation>Response curves</translation>
    </message>
    <message>
        <source>Allocation steps</source>
        <translation>Allocation steps</translation>
    </message>
    <message>
        <source>A&amp;llocation</source>
        <translation>A&amp;llocation</translation>
    </message>
    <message>
        <source>Response &amp;Curves</source>
        <translation>Response &amp;Curves</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Uncertainty</translation>
    </message>
    <message>
        <source>Select a persona to see where its budget would bring the most.</source>
        <translation>Select a persona to see where its budget would bring the most.</translation>
    </message>
    <message>
        <source>Budget of %1</source>
        <translation>Budget of %1</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>The persona lists no channels.</translation>
    </message>
    <message>
        <source>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</source>
        <translation>Every channel starts at its minimum; each step of %1 goes to the channel whose next step adds the most value.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… and %n more step.</numerusform>
            <numerusform>… and %n more steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1: %2 to %3, marginal ROAS %4</source>
        <translation>Step %1: %2 to %3, marginal ROAS %4</translation>
    </message>
    <message>
        <source>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</source>
        <translation>Steps %1–%2: %3 to %4, marginal ROAS from %5 to %6</translation>
    </message>
    <message>
        <source>No step was taken.</source>
        <translation>No step was taken.</translation>
    </message>
    <message>
        <source>Add channels to the persona to allocate its budget.</source>
        <translation>Add channels to the persona to allocate its budget.</translation>
    </message>
    <message>
        <source>Today: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Today: %1 a month, %2 customers, value %3, ROAS %4</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, %2 customers, value %3, ROAS %4</source>
        <translation>Proposed: %1 a month, %2 customers, value %3, ROAS %4</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.</source>
        <translation>The channels&apos; minimum spends alone exceed the budget.</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.</source>
        <translation>%1 stays unspent: every channel is at its maximum.</translation>
    </message>
    <message>
        <source>Nothing to split: enter a monthly budget.</source>
        <translation>Nothing to split: enter a monthly budget.</translation>
    </message>
    <message>
        <source>Apply the proposed budget</source>
        <translation>Apply the proposed budget</translation>
    </message>
    <message>
        <source>The selected persona</source>
        <translation>The selected persona</translation>
    </message>
    <message>
        <source>All compared personas, together</source>
        <translation>All compared personas, together</translation>
    </message>
    <message>
        <source>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</source>
        <translation>Split the budget of the persona selected in the list, or one budget across the channels of every persona in the comparison</translation>
    </message>
    <message>
        <source>Pers&amp;onas:</source>
        <translation>Pers&amp;onas:</translation>
    </message>
    <message>
        <source>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</source>
        <translation>Write the proposed spend into each persona&apos;s budget shares and monthly spend, pin each channel&apos;s response curve at its proposed point and move the monthly volume by the entries it expects (one undo step)</translation>
    </message>
    <message>
        <source>Select personas in the list to compare; their budgets are split together here.</source>
        <translation>Select personas in the list to compare; their budgets are split together here.</translation>
    </message>
    <message numerus="yes">
        <source>One budget across the %n compared persona(s): %1</source>
        <translation>
            <numerusform>One budget across the %n compared persona: %1</numerusform>
            <numerusform>One budget across the %n compared personas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the first %1 of the %n selected, as in the comparison)</source>
        <translation>
            <numerusform>(the first %1 of the %n selected, as in the comparison)</numerusform>
            <numerusform>(the first %1 of the %n selected, as in the comparison)</numerusform>
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
            <numerusform>The %1 channels with the most spend are drawn; %n more is listed in the Allocation tab only.</numerusform>
            <numerusform>The %1 channels with the most spend are drawn; %n more are listed in the Allocation tab only.</numerusform>
        </translation>
    </message>
    <message>
        <source>The compared personas list no channels.</source>
        <translation>The compared personas list no channels.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 a month, ROAS %4 → %5</source>
        <translation>%1: %2 → %3 a month, ROAS %4 → %5</translation>
    </message>
    <message>
        <source>Add channels to the compared personas to allocate their budget.</source>
        <translation>Add channels to the compared personas to allocate their budget.</translation>
    </message>
    <message numerus="yes">
        <source>Both lines add up the %n persona(s); each one&apos;s own spend and ROAS head the Steps tab.</source>
        <translation>
            <numerusform>Both lines add up the %n persona; its own spend and ROAS head the Steps tab.</numerusform>
            <numerusform>Both lines add up the %n personas; each one&apos;s own spend and ROAS head the Steps tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::BudgetTableModel</name>
    <message>
        <source>at its minimum</source>
        <translation>at its minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>at its maximum</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</source>
        <translation>Monthly spend the allocator keeps to; empty for no limit. Ignored while the channel is locked.</translation>
    </message>
    <message>
        <source>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</source>
        <translation>What the next unit of spend on the channel returns: value of an entry × the slope of its response curve at the proposed spend</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>Marginal ROAS</translation>
    </message>
    <message>
        <source>At bound</source>
        <translation>At bound</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Lock the spend on %1</source>
        <translation>Lock the spend on %1</translation>
    </message>
    <message>
        <source>Unlock the spend on %1</source>
        <translation>Unlock the spend on %1</translation>
    </message>
    <message>
        <source>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</source>
        <translation>A spend limit must be a number from 0 to %1, or empty for none; “%2” was not saved.</translation>
    </message>
    <message>
        <source>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</source>
        <translation>The minimum spend on %1 must not exceed its maximum (%2); %3 was not saved.</translation>
    </message>
    <message>
        <source>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</source>
        <translation>The maximum spend on %1 must not be below its minimum (%2); %3 was not saved.</translation>
    </message>
    <message>
        <source>Change the minimum spend on %1</source>
        <translation>Change the minimum spend on %1</translation>
    </message>
    <message>
        <source>Change the maximum spend on %1</source>
        <translation>Change the maximum spend on %1</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</source>
        <translation>This persona&apos;s own value; empty the cell for the channel type&apos;s default.</translation>
    </message>
    <message>
        <source>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</source>
        <translation>The default (grey): the channel type&apos;s shape, drawn through today&apos;s spend and entries. Type a value to set this persona&apos;s own.</translation>
    </message>
    <message>
        <source>The monthly spend that buys half the most the channel can bring</source>
        <translation>The monthly spend that buys half the most the channel can bring</translation>
    </message>
    <message>
        <source>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</source>
        <translation>The response curve&apos;s shape: 1 or below, each extra unit of spend brings less; above 1, S-shaped (little at first, then more, then less)</translation>
    </message>
    <message>
        <source>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</source>
        <translation>Top-of-funnel entries the channel brings a month at today&apos;s spend; by default its budget share of the persona&apos;s monthly volume</translation>
    </message>
    <message>
        <source>Half-saturation</source>
        <translation>Half-saturation</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Slope</translation>
    </message>
    <message>
        <source>Entries today</source>
        <translation>Entries today</translation>
    </message>
    <message>
        <source>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</source>
        <translation>Entries a month must be a number from 0 to %1, or empty for the default; “%2” was not saved.</translation>
    </message>
    <message>
        <source>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</source>
        <translation>This value must be a number above 0 and at most %1, or empty for the default; “%2” was not saved.</translation>
    </message>
    <message>
        <source>Change the half-saturation spend of %1</source>
        <translation>Change the half-saturation spend of %1</translation>
    </message>
    <message>
        <source>Change the response slope of %1</source>
        <translation>Change the response slope of %1</translation>
    </message>
    <message>
        <source>Change the entries today of %1</source>
        <translation>Change the entries today of %1</translation>
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
        <translation>Organic search</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Paid search</translation>
    </message>
    <message>
        <source>Programmatic display</source>
        <translation>Programmatic display</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Trade fairs</source>
        <translation>Trade fairs</translation>
    </message>
    <message>
        <source>Industry forums and communities</source>
        <translation>Industry forums and communities</translation>
    </message>
    <message>
        <source>B2B publishers</source>
        <translation>B2B publishers</translation>
    </message>
    <message>
        <source>Account-based marketing</source>
        <translation>Account-based marketing</translation>
    </message>
    <message>
        <source>Direct sales</source>
        <translation>Direct sales</translation>
    </message>
    <message>
        <source>Distributors and partners</source>
        <translation>Distributors and partners</translation>
    </message>
    <message>
        <source>Retail stores</source>
        <translation>Retail stores</translation>
    </message>
    <message>
        <source>E-commerce site</source>
        <translation>E-commerce site</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <source>Influencers</source>
        <translation>Influencers</translation>
    </message>
    <message>
        <source>Podcast ads</source>
        <translation>Podcast ads</translation>
    </message>
    <message>
        <source>TV and radio</source>
        <translation>TV and radio</translation>
    </message>
    <message>
        <source>Billboards</source>
        <translation>Billboards</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelCategory</name>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <source>display</source>
        <translation>display</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>owned</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
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
        <translation>outdoor</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelSource</name>
    <message>
        <source>B2B affinity</source>
        <translation>B2B affinity</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>Price band</translation>
    </message>
    <message>
        <source>Decision-time band</source>
        <translation>Decision-time band</translation>
    </message>
    <message>
        <source>Reach, precision and emotional fit</source>
        <translation>Reach, precision and emotional fit</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Attribution windows</translation>
    </message>
    <message>
        <source>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</source>
        <translation>Smart Insights: LinkedIn and X lead B2B social, Facebook and Instagram are consumer platforms that can support some B2B, search serves both. Other channels: Workbench default, judgement of where B2B and B2C marketing guides place them</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>polytraffic.com rule of thumb: under $50 → paid social; $200–2,000 → search, e-mail, YouTube; $5,000+ → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</translation>
    </message>
    <message>
        <source>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</source>
        <translation>polytraffic.com rule of thumb: under a day → paid social; 7–30 days → search, e-mail, YouTube; 60–180 days → LinkedIn, webinars, account-based marketing. Other channels: Workbench default, placed by analogy</translation>
    </message>
    <message>
        <source>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</source>
        <translation>Workbench default: judgement of mass-appeal versus targeted channels and of visual, story-driven versus in-depth content</translation>
    </message>
    <message>
        <source>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</source>
        <translation>Platform documentation of default and maximum click windows: Meta 7 days (at most 7), Google Ads 30 (at most 90), GA4 30 and 90, LinkedIn 30 (365 through its conversions API); channels without a click-based platform have none</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelTableModel</name>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (not in this version&apos;s catalogue)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (%2; at most %3)</source>
        <translation>%1 (%2; at most %3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>not attributed</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</source>
        <translation>Days after a click during which a purchase is credited to this channel. Platform default (days): %1. Long sales cycles need longer windows.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Budget share</source>
        <translation>Budget share</translation>
    </message>
    <message>
        <source>Attribution window (days)</source>
        <translation>Attribution window (days)</translation>
    </message>
    <message>
        <source>Platform default (days)</source>
        <translation>Platform default (days)</translation>
    </message>
    <message>
        <source>A channel from the built-in catalogue; each can be listed once.</source>
        <translation>A channel from the built-in catalogue; each can be listed once.</translation>
    </message>
    <message>
        <source>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</source>
        <translation>Share of this persona&apos;s monthly spend that goes to the channel (0–100%). The shares should add up to 100%.</translation>
    </message>
    <message>
        <source>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</source>
        <translation>Days after a click during which a purchase is still credited to the channel (0–3,650), or “not attributed”.</translation>
    </message>
    <message>
        <source>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</source>
        <translation>The ad platform&apos;s default click window and its maximum. Defaults are often shorter than a B2B sales cycle.</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Edit channel %1</translation>
    </message>
    <message>
        <source>A budget share must lie between 0 and 100%; %1 was not saved.</source>
        <translation>A budget share must lie between 0 and 100%; %1 was not saved.</translation>
    </message>
    <message>
        <source>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</source>
        <translation>An attribution window must be a whole number of days from 0 to %1; %2 was not saved.</translation>
    </message>
    <message>
        <source>“%1” is not in the channel catalogue; nothing was saved.</source>
        <translation>“%1” is not in the channel catalogue; nothing was saved.</translation>
    </message>
    <message>
        <source>%1 is already listed; each channel can be listed once.</source>
        <translation>%1 is already listed; each channel can be listed once.</translation>
    </message>
    <message>
        <source>Change channel %1 to %2</source>
        <translation>Change channel %1 to %2</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Add channel %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Remove channel %1</translation>
    </message>
</context>
<context>
    <name>b2x::ChannelsSection</name>
    <message>
        <source>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</source>
        <translation>Where this audience is reached and where it buys, with each channel&apos;s share of the monthly spend. The attribution window is how long after a click a purchase still counts for the channel: platform defaults of 7 to 30 days suit quick consumer decisions but miss most of a months-long B2B cycle, so lengthen them there.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>not attributed</source>
        <translation>not attributed</translation>
    </message>
    <message>
        <source>Channel to add</source>
        <translation>Channel to add</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>&amp;Add channel</translation>
    </message>
    <message>
        <source>Add the channel chosen on the left.</source>
        <translation>Add the channel chosen on the left.</translation>
    </message>
    <message>
        <source>&amp;Remove channel</source>
        <translation>&amp;Remove channel</translation>
    </message>
    <message>
        <source>Remove the selected channel.</source>
        <translation>Remove the selected channel.</translation>
    </message>
    <message>
        <source>No channels yet. Add the channels through which this audience is reached or buys.</source>
        <translation>No channels yet. Add the channels through which this audience is reached or buys.</translation>
    </message>
    <message>
        <source>Budget shares add up to 100%.</source>
        <translation>Budget shares add up to 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</source>
        <translation>Budget shares add up to %1%: %2% of the spend is not assigned to any channel. They should add up to 100%.</translation>
    </message>
    <message>
        <source>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</source>
        <translation>Budget shares add up to %1%, more than the whole budget. Lower some shares so that they add up to 100%.</translation>
    </message>
    <message>
        <source>Channels of the catalogue and of this workspace that this persona does not use yet.</source>
        <translation>Channels of the catalogue and of this workspace that this persona does not use yet.</translation>
    </message>
</context>
<context>
    <name>b2x::ChartExport</name>
    <message>
        <source>cannot render the chart %1</source>
        <translation>cannot render the chart %1</translation>
    </message>
    <message>
        <source>Exported from B2X Workbench</source>
        <translation>Exported from B2X Workbench</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CheckInPanel</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Check-in date</translation>
    </message>
    <message>
        <source>The day the value was measured (today unless changed).</source>
        <translation>The day the value was measured (today unless changed).</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Check-in value</source>
        <translation>Check-in value</translation>
    </message>
    <message>
        <source>The key result&apos;s value on that day; it becomes its current value.</source>
        <translation>The key result&apos;s value on that day; it becomes its current value.</translation>
    </message>
    <message>
        <source>Va&amp;lue</source>
        <translation>Va&amp;lue</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>How sure the owner is that the target will be met: 0 not at all, 10 certain.</source>
        <translation>How sure the owner is that the target will be met: 0 not at all, 10 certain.</translation>
    </message>
    <message>
        <source>Co&amp;nfidence</source>
        <translation>Co&amp;nfidence</translation>
    </message>
    <message>
        <source>Check-in comment</source>
        <translation>Check-in comment</translation>
    </message>
    <message>
        <source>What moved the value, in a sentence.</source>
        <translation>What moved the value, in a sentence.</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mment</translation>
    </message>
    <message>
        <source>&amp;Add check-in</source>
        <translation>&amp;Add check-in</translation>
    </message>
    <message>
        <source>Add check-in</source>
        <translation>Add check-in</translation>
    </message>
    <message>
        <source>Records the check-in and sets the key result&apos;s current value (one undo step).</source>
        <translation>Records the check-in and sets the key result&apos;s current value (one undo step).</translation>
    </message>
    <message>
        <source>Check-in history</source>
        <translation>Check-in history</translation>
    </message>
    <message>
        <source>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</source>
        <translation>The key result&apos;s check-ins, newest first. Delete removes the selected one (undo brings it back).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Delete c&amp;heck-in</source>
        <translation>Delete c&amp;heck-in</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Delete check-in</translation>
    </message>
    <message>
        <source>Deletes the selected check-in (one undo step).</source>
        <translation>Deletes the selected check-in (one undo step).</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Confidence %1 of %2</source>
        <translation>Confidence %1 of %2</translation>
    </message>
    <message>
        <source>Check-ins of “%1”</source>
        <translation>Check-ins of “%1”</translation>
    </message>
    <message>
        <source>Check-ins (select a key result)</source>
        <translation>Check-ins (select a key result)</translation>
    </message>
</context>
<context>
    <name>b2x::ColourButton</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Persona colour</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonFullView</name>
    <message>
        <source>Comparison &amp;Full View</source>
        <translation>Comparison &amp;Full View</translation>
    </message>
    <message>
        <source>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</source>
        <translation>Show the comparison charts in the whole main area, side by side (%1 or Esc to return)</translation>
    </message>
    <message>
        <source>Full view</source>
        <translation>Full view</translation>
    </message>
</context>
<context>
    <name>b2x::ComparisonPanel</name>
    <message>
        <source>Selected personas</source>
        <translation>Selected personas</translation>
    </message>
    <message>
        <source>Groups by label (B2B, hybrid, B2C)</source>
        <translation>Groups by label (B2B, hybrid, B2C)</translation>
    </message>
    <message>
        <source>Groups by behaviour (B2B, mixed, B2C)</source>
        <translation>Groups by behaviour (B2B, mixed, B2C)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Key figures of the compared personas</source>
        <translation>Key figures of the compared personas</translation>
    </message>
    <message>
        <source>The workspace has no personas yet.</source>
        <translation>The workspace has no personas yet.</translation>
    </message>
    <message>
        <source>Comparing the first six of the %1 selected personas.</source>
        <translation>Comparing the first six of the %1 selected personas.</translation>
    </message>
    <message>
        <source>Groups of the workspace&apos;s personas (%1); each number is a group mean.</source>
        <translation>Groups of the workspace&apos;s personas (%1); each number is a group mean.</translation>
    </message>
    <message>
        <source>Comparing one persona: select more with Ctrl+click.</source>
        <translation>Comparing one persona: select more with Ctrl+click.</translation>
    </message>
    <message>
        <source>Comparing %1 personas.</source>
        <translation>Comparing %1 personas.</translation>
    </message>
    <message>
        <source>Compare the personas selected in the list, or groups of personas</source>
        <translation>Compare the personas selected in the list, or groups of personas</translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>All personas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Group every persona of the workspace, or only the personas selected in the list</source>
        <translation>Group every persona of the workspace, or only the personas selected in the list</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Group members</translation>
    </message>
    <message numerus="yes">
        <source>Groups of the %n selected persona(s); each number is a group mean.</source>
        <translation>
            <numerusform>Groups of the %n selected persona; each number is a group mean.</numerusform>
            <numerusform>Groups of the %n selected personas; each number is a group mean.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Ranges</translation>
    </message>
    <message>
        <source>Show or hide the p10–p90 whiskers of CAC and CLV</source>
        <translation>Show or hide the p10–p90 whiskers of CAC and CLV</translation>
    </message>
    <message>
        <source>Show the p10–p90 ranges</source>
        <translation>Show the p10–p90 ranges</translation>
    </message>
</context>
<context>
    <name>b2x::ContentItemDialog</name>
    <message>
        <source>Add content item</source>
        <translation>Add content item</translation>
    </message>
    <message>
        <source>Edit content item</source>
        <translation>Edit content item</translation>
    </message>
    <message>
        <source>What the content item is called on the board and in the report.</source>
        <translation>What the content item is called on the board and in the report.</translation>
    </message>
    <message>
        <source>e.g. Total cost of ownership guide</source>
        <translation>e.g. Total cost of ownership guide</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>The content&apos;s format: pick one or type your own.</source>
        <translation>The content&apos;s format: pick one or type your own.</translation>
    </message>
    <message>
        <source>whitepaper</source>
        <translation>whitepaper</translation>
    </message>
    <message>
        <source>case study</source>
        <translation>case study</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>short video</source>
        <translation>short video</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>blog post</source>
        <translation>blog post</translation>
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
        <translation>infographic</translation>
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
        <translation>RACE &amp;stage</translation>
    </message>
    <message>
        <source>What the reader is asked to do next.</source>
        <translation>What the reader is asked to do next.</translation>
    </message>
    <message>
        <source>e.g. Download the guide</source>
        <translation>e.g. Download the guide</translation>
    </message>
    <message>
        <source>C&amp;all to action</source>
        <translation>C&amp;all to action</translation>
    </message>
    <message>
        <source>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>Where the content is published: the persona&apos;s channels first, then the rest of the catalogue.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Where the item stands; the board shows it as a coloured word.</source>
        <translation>Where the item stands; the board shows it as a coloured word.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>The day the item goes live; the earliest date: not set.</source>
        <translation>The day the item goes live; the earliest date: not set.</translation>
    </message>
    <message>
        <source>Publish &amp;date</source>
        <translation>Publish &amp;date</translation>
    </message>
    <message>
        <source>Where the item lives, e.g. its web address.</source>
        <translation>Where the item lives, e.g. its web address.</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Addr&amp;ess</translation>
    </message>
    <message>
        <source>Give the content item a title.</source>
        <translation>Give the content item a title.</translation>
    </message>
</context>
<context>
    <name>b2x::CsvExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::CustomChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>New Channel</translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation>Edit Channel</translation>
    </message>
    <message>
        <source>e.g. Software review sites</source>
        <translation>e.g. Software review sites</translation>
    </message>
    <message>
        <source>e.g. review sites, events, referrals</source>
        <translation>e.g. review sites, events, referrals</translation>
    </message>
    <message>
        <source>0: a consumer platform; 100: a business platform.</source>
        <translation>0: a consumer platform; 100: a business platform.</translation>
    </message>
    <message>
        <source>0: a few named accounts; 100: a mass audience.</source>
        <translation>0: a few named accounts; 100: a mass audience.</translation>
    </message>
    <message>
        <source>How well the channel reaches specific roles or accounts.</source>
        <translation>How well the channel reaches specific roles or accounts.</translation>
    </message>
    <message>
        <source>0: in-depth, rational content; 100: visual, emotional content.</source>
        <translation>0: in-depth, rational content; 100: visual, emotional content.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>per lead</source>
        <translation>per lead</translation>
    </message>
    <message>
        <source>per thousand impressions</source>
        <translation>per thousand impressions</translation>
    </message>
    <message>
        <source>none (not attributed by clicks)</source>
        <translation>none (not attributed by clicks)</translation>
    </message>
    <message>
        <source>%1: %2 days by default, at most %3</source>
        <translation>%1: %2 days by default, at most %3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;B2B affinity (0–100):</source>
        <translation>&amp;B2B affinity (0–100):</translation>
    </message>
    <message>
        <source>&amp;Reach (0–100):</source>
        <translation>&amp;Reach (0–100):</translation>
    </message>
    <message>
        <source>&amp;Precision (0–100):</source>
        <translation>&amp;Precision (0–100):</translation>
    </message>
    <message>
        <source>&amp;Emotional fit (0–100):</source>
        <translation>&amp;Emotional fit (0–100):</translation>
    </message>
    <message>
        <source>Best &amp;price band:</source>
        <translation>Best &amp;price band:</translation>
    </message>
    <message>
        <source>Best &amp;decision time:</source>
        <translation>Best &amp;decision time:</translation>
    </message>
    <message>
        <source>Typical &amp;cost:</source>
        <translation>Typical &amp;cost:</translation>
    </message>
    <message>
        <source>&amp;Attribution platform:</source>
        <translation>&amp;Attribution platform:</translation>
    </message>
    <message>
        <source>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</source>
        <translation>Channel fit compares these factors with each persona&apos;s behaviour, price and decision time, as it does for the built-in channels. The attribution platform gives the channel its default and longest click window.</translation>
    </message>
</context>
<context>
    <name>b2x::DecisionUnitSection</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</source>
        <translation>Everyone who takes part in the purchase. A consumer often decides alone or with a partner; a B2B purchase involves a group from several departments. CEB measured 5.4 people per B2B purchase in 2014 and 6.8 in 2016; Gartner counts 6 to 10 for a complex solution.</translation>
    </message>
    <message>
        <source>Decision-unit members</source>
        <translation>Decision-unit members</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Add a person to the decision unit.</source>
        <translation>Add a person to the decision unit.</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Remove the selected person.</source>
        <translation>Remove the selected person.</translation>
    </message>
    <message>
        <source>How the group buys</source>
        <translation>How the group buys</translation>
    </message>
    <message>
        <source>Buy class</source>
        <translation>Buy class</translation>
    </message>
    <message>
        <source>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</source>
        <translation>How new the purchase is to the buyer (Robinson, Faris and Wind). The newer and riskier, the more people take part and the longer it takes.</translation>
    </message>
    <message>
        <source>Bought through a formal tender</source>
        <translation>Bought through a formal tender</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Formal tender</translation>
    </message>
    <message>
        <source>Offers are requested formally and scored against written criteria.</source>
        <translation>Offers are requested formally and scored against written criteria.</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Approval levels</source>
        <translation>Approval levels</translation>
    </message>
    <message>
        <source>How many levels must sign off, e.g. department head, finance, board (0–%1).</source>
        <translation>How many levels must sign off, e.g. department head, finance, board (0–%1).</translation>
    </message>
    <message>
        <source>Use my own estimate</source>
        <translation>Use my own estimate</translation>
    </message>
    <message>
        <source>Use my own decision probability</source>
        <translation>Use my own decision probability</translation>
    </message>
    <message>
        <source>When off, the models estimate from the group size using CEB&apos;s measurements.</source>
        <translation>When off, the models estimate from the group size using CEB&apos;s measurements.</translation>
    </message>
    <message>
        <source>Decision probability</source>
        <translation>Decision probability</translation>
    </message>
    <message>
        <source>Your estimate of the probability that the group decides to buy at all, 0–100%.</source>
        <translation>Your estimate of the probability that the group decides to buy at all, 0–100%.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</source>
        <translation>The more people take part, the less likely a group buys at all: CEB/Challenger measured 81% for one person, 55% for two and 31% for six; up to 38% of purchase attempts end in no decision.</translation>
    </message>
    <message>
        <source>Change buy class</source>
        <translation>Change buy class</translation>
    </message>
    <message>
        <source>Change formal tender</source>
        <translation>Change formal tender</translation>
    </message>
    <message>
        <source>A decision unit can have at most %1 members.</source>
        <translation>A decision unit can have at most %1 members.</translation>
    </message>
    <message>
        <source>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</source>
        <translation>%1 members are marked as releasing the funds. Usually exactly one person is the economic buyer (Miller Heiman); check who signs off the budget.</translation>
    </message>
    <message>
        <source>Change approval levels</source>
        <translation>Change approval levels</translation>
    </message>
    <message>
        <source>Change decision probability</source>
        <translation>Change decision probability</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Decision unit</translation>
    </message>
    <message>
        <source>Every key role is covered: decider, user, specifier and buyer.</source>
        <translation>Every key role is covered: decider, user, specifier and buyer.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody holds the key role(s) %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</source>
        <translation>
            <numerusform>Nobody holds the key role %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already does this, tick it in their roles; one person can hold several.</numerusform>
            <numerusform>Nobody holds the key roles %1: an uncovered role is a red flag in sales practice (Miller Heiman). If a member already holds one of them, tick it in their roles; one person can hold several.</numerusform>
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
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Show in &amp;Folder</translation>
    </message>
</context>
<context>
    <name>b2x::DialogPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before continuing?</source>
        <translation>Save them before continuing?</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSection</name>
    <message>
        <source>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</source>
        <translation>The numbers behind the funnel, customer lifetime value (CLV) and acquisition cost (CAC). Amounts are in the workspace currency.</translation>
    </message>
    <message>
        <source>Volume and spend</source>
        <translation>Volume and spend</translation>
    </message>
    <message>
        <source>Monthly volume</source>
        <translation>Monthly volume</translation>
    </message>
    <message>
        <source>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</source>
        <translation>How many people or accounts enter the first pipeline stage each month, e.g. website visitors.</translation>
    </message>
    <message>
        <source> per month</source>
        <translation> per month</translation>
    </message>
    <message>
        <source>Monthly spend</source>
        <translation>Monthly spend</translation>
    </message>
    <message>
        <source>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</source>
        <translation>Marketing and sales spend on this audience per month. Divided by new customers it gives the acquisition cost (CAC).</translation>
    </message>
    <message>
        <source> %1 per month</source>
        <translation> %1 per month</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Order or contract value of one purchase.</source>
        <translation>Order or contract value of one purchase.</translation>
    </message>
    <message>
        <source> %1 per purchase</source>
        <translation> %1 per purchase</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</source>
        <translation>Share of the price left after direct costs. Break-even return on ad spend is 1 ÷ gross margin.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Purchases per year</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> per year</translation>
    </message>
    <message>
        <source>Customer lifetime</source>
        <translation>Customer lifetime</translation>
    </message>
    <message>
        <source>How many years a customer keeps buying from you.</source>
        <translation>How many years a customer keeps buying from you.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Economics</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>One-off purchases</translation>
    </message>
    <message>
        <source>Repeat orders</source>
        <translation>Repeat orders</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</source>
        <translation>Customers pay the price per purchase, a number of times a year, for the customer lifetime.</translation>
    </message>
    <message>
        <source>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</source>
        <translation>The funnel wins new customers, who then reorder while they stay; the annual retention decides how long that is.</translation>
    </message>
    <message>
        <source>Customers pay every billing period until they cancel; the churn decides how long they stay.</source>
        <translation>Customers pay every billing period until they cancel; the churn decides how long they stay.</translation>
    </message>
    <message>
        <source>How customers pay</source>
        <translation>How customers pay</translation>
    </message>
    <message>
        <source>Revenue model</source>
        <translation>Revenue model</translation>
    </message>
    <message>
        <source>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</source>
        <translation>How a customer pays: once per purchase, in repeat orders while they stay, or a subscription until they cancel. Each model shows its own fields; the others keep their values for when you switch back.</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</source>
        <translation>How often the customer is charged the price. Changing it does not convert the price: enter the price per new period.</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>Annual retention</source>
        <translation>Annual retention</translation>
    </message>
    <message>
        <source>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</source>
        <translation>Share of customers still ordering a year later: 79% means 21% stop ordering each year. It sets how long a customer keeps ordering.</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Churn</translation>
    </message>
    <message>
        <source>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</source>
        <translation>Share of customers who cancel in each period (per month or per year, chosen beside it). 2% a month is a lifetime of 50 months.</translation>
    </message>
    <message>
        <source>Churn period</source>
        <translation>Churn period</translation>
    </message>
    <message>
        <source>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</source>
        <translation>Whether the churn is a monthly or an annual rate. 20% a year is 1.84% a month.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <source>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</source>
        <translation>Optional: yearly growth of a retained customer&apos;s revenue (upgrades, more seats, price rises). Leave 0 when there is none.</translation>
    </message>
    <message>
        <source>% a year</source>
        <translation>% a year</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Free trial</translation>
    </message>
    <message>
        <source>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</source>
        <translation>Optional: free days between the won deal and the first payment. Leave 0 when the pipeline already has a trial stage.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>In the market</source>
        <translation>In the market</translation>
    </message>
    <message>
        <source>Category buying cycle</source>
        <translation>Category buying cycle</translation>
    </message>
    <message>
        <source>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</source>
        <translation>Years between buying decisions in the category: how long buyers typically wait before they choose a supplier again (a new purchase, a renewal review, a switch), from any supplier; not how often your customers order. In a year, about 1 ÷ this number of them are in the market: a decision every 5 years means about 20% (Ehrenberg-Bass Institute, “95:5”).</translation>
    </message>
    <message>
        <source>Change revenue model</source>
        <translation>Change revenue model</translation>
    </message>
    <message>
        <source>Change billing</source>
        <translation>Change billing</translation>
    </message>
    <message>
        <source>Change churn period</source>
        <translation>Change churn period</translation>
    </message>
    <message>
        <source>Price per year</source>
        <translation>Price per year</translation>
    </message>
    <message>
        <source>Price per month</source>
        <translation>Price per month</translation>
    </message>
    <message>
        <source>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</source>
        <translation>What a customer pays for a year of the subscription. The models count a twelfth of it a month, the way recurring revenue is reported.</translation>
    </message>
    <message>
        <source>What a customer pays for a month of the subscription.</source>
        <translation>What a customer pays for a month of the subscription.</translation>
    </message>
    <message>
        <source> %1 per year</source>
        <translation> %1 per year</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Order value</translation>
    </message>
    <message>
        <source>Value of one order of a retained customer.</source>
        <translation>Value of one order of a retained customer.</translation>
    </message>
    <message>
        <source> %1 per order</source>
        <translation> %1 per order</translation>
    </message>
    <message>
        <source>Orders per year</source>
        <translation>Orders per year</translation>
    </message>
    <message>
        <source>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</source>
        <translation>How many orders a retained customer places in a year, e.g. 12 for a monthly reorder.</translation>
    </message>
    <message>
        <source>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</source>
        <translation>How many times a customer buys in a year, e.g. 0.2 for a purchase every five years.</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>Horizon (years)</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</source>
        <translation>The longest a customer is counted. It caps the lifetime that the churn implies (1 ÷ monthly churn), so a very low churn cannot promise revenue decades away.</translation>
    </message>
    <message>
        <source>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</source>
        <translation>The longest a customer is counted. It caps the lifetime that the retention implies, so a very high retention cannot promise orders decades away.</translation>
    </message>
</context>
<context>
    <name>b2x::EconomicsSummary</name>
    <message>
        <source>A customer brings about %1 of revenue a year.</source>
        <translation>A customer brings about %1 of revenue a year.</translation>
    </message>
    <message>
        <source>A customer pays about %1 a month while they stay.</source>
        <translation>A customer pays about %1 a month while they stay.</translation>
    </message>
    <message>
        <source>Churn of %1 a month is %2 a year.</source>
        <translation>Churn of %1 a month is %2 a year.</translation>
    </message>
    <message>
        <source>Churn of %1 a year is %2 a month.</source>
        <translation>Churn of %1 a year is %2 a month.</translation>
    </message>
    <message>
        <source>Keeping %1 of customers a year is losing %2 of them a month.</source>
        <translation>Keeping %1 of customers a year is losing %2 of them a month.</translation>
    </message>
    <message numerus="yes">
        <source>Without net churn the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Without net churn the horizon sets the lifetime: %n month.</numerusform>
            <numerusform>Without net churn the horizon sets the lifetime: %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without customers lost the horizon sets the lifetime: %Ln month(s).</source>
        <translation>
            <numerusform>Without customers lost the horizon sets the lifetime: %n month.</numerusform>
            <numerusform>Without customers lost the horizon sets the lifetime: %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Lifetime from churn: %1 months, capped at the horizon of %n month.</numerusform>
            <numerusform>Lifetime from churn: %1 months, capped at the horizon of %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %1 months, capped at the horizon of %Ln month(s).</source>
        <translation>
            <numerusform>Lifetime from retention: %1 months, capped at the horizon of %n month.</numerusform>
            <numerusform>Lifetime from retention: %1 months, capped at the horizon of %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from churn: %Ln month(s).</source>
        <translation>
            <numerusform>Lifetime from churn: %n month.</numerusform>
            <numerusform>Lifetime from churn: %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lifetime from retention: %Ln month(s).</source>
        <translation>
            <numerusform>Lifetime from retention: %n month.</numerusform>
            <numerusform>Lifetime from retention: %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV): %1 of gross margin.</source>
        <translation>Customer lifetime value (CLV): %1 of gross margin.</translation>
    </message>
    <message>
        <source>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</source>
        <translation>With a buying decision every %1 years, about %2% of the audience is in the market in any one year.</translation>
    </message>
</context>
<context>
    <name>b2x::EmptyStatePage</name>
    <message>
        <source>Nothing to edit</source>
        <translation>Nothing to edit</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Add a persona</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Open the sample workspace</translation>
    </message>
    <message>
        <source>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</source>
        <translation>Seven audiences, from an enterprise buying committee to an impulse snack purchase.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No personas yet</source>
        <translation>No personas yet</translation>
    </message>
    <message>
        <source>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</source>
        <translation>Add a persona to this workspace, start a new one, open a workspace file, or look around the sample workspace.</translation>
    </message>
    <message>
        <source>No persona selected</source>
        <translation>No persona selected</translation>
    </message>
    <message>
        <source>Choose a persona in the list to edit it, or open another workspace.</source>
        <translation>Choose a persona in the list to edit it, or open another workspace.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>b2x::EvidenceSection</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Source of %1</source>
        <translation>Source of %1</translation>
    </message>
    <message>
        <source>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</source>
        <translation>Where the figure for %1 comes from: a report, a study, a CRM export, a person.</translation>
    </message>
    <message>
        <source>e.g. CRM report, Q3; industry benchmark; interview</source>
        <translation>e.g. CRM report, Q3; industry benchmark; interview</translation>
    </message>
    <message>
        <source>Confidence in %1</source>
        <translation>Confidence in %1</translation>
    </message>
    <message>
        <source>How far the figure for %1 can be trusted.</source>
        <translation>How far the figure for %1 can be trusted.</translation>
    </message>
    <message>
        <source>Edit evidence for %1</source>
        <translation>Edit evidence for %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</source>
        <translation>Record where each key number comes from and how far it can be trusted. Assumed: an educated guess. Benchmark: a published figure for similar companies. Measured: your own data. Reports show this next to the numbers, so readers know which results rest on guesses. A source belongs to the value it was written for: when the number changes, the source is marked stale, and reports no longer show it as support, until you confirm it for the new value.</translation>
    </message>
    <message>
        <source>Confirm for current value</source>
        <translation>Confirm for current value</translation>
    </message>
    <message>
        <source>Confirm the source of %1 for the current value</source>
        <translation>Confirm the source of %1 for the current value</translation>
    </message>
    <message>
        <source>The source also backs the number %1 has now. Undo takes it back.</source>
        <translation>The source also backs the number %1 has now. Undo takes it back.</translation>
    </message>
    <message>
        <source>Evidence ⚠</source>
        <translation>Evidence ⚠</translation>
    </message>
    <message>
        <source>⚠ Stale: %1 Until you confirm it, this source does not back the number.</source>
        <translation>⚠ Stale: %1 Until you confirm it, this source does not back the number.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Confirm evidence for %1</source>
        <translation>Confirm evidence for %1</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</source>
        <translation>How far the true value may lie from the figure, in percent either side; the Budget view&apos;s uncertainty draws each input within it.</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Range of %1</translation>
    </message>
    <message>
        <source>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</source>
        <translation>How far the true value of %1 may lie from the figure, in percent either side. Default: the confidence&apos;s spread (assumed ±50%, benchmark ±25%, measured ±10%). 0: certain.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
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
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG…</source>
        <translation>Charts as &amp;PNG…</translation>
    </message>
    <message>
        <source>Charts as &amp;SVG…</source>
        <translation>Charts as &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Metrics (CSV)…</source>
        <translation>&amp;Metrics (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export charts as SVG into</source>
        <translation>Export charts as SVG into</translation>
    </message>
    <message>
        <source>Export charts as PNG into</source>
        <translation>Export charts as PNG into</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>Export metrics</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Edit report details</source>
        <translation>Edit report details</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>The report was saved as %1.</translation>
    </message>
    <message>
        <source>Charts exported</source>
        <translation>Charts exported</translation>
    </message>
    <message>
        <source>The charts were saved in %1.</source>
        <translation>The charts were saved in %1.</translation>
    </message>
    <message>
        <source>Metrics exported</source>
        <translation>Metrics exported</translation>
    </message>
    <message>
        <source>The metrics were saved as %1.</source>
        <translation>The metrics were saved as %1.</translation>
    </message>
    <message>
        <source>&amp;Workbook (XLSX)…</source>
        <translation>&amp;Workbook (XLSX)…</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Workbook exported</translation>
    </message>
    <message>
        <source>The workbook was saved as %1.</source>
        <translation>The workbook was saved as %1.</translation>
    </message>
</context>
<context>
    <name>b2x::ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
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
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Personas (one or more pages each):</source>
        <translation>Personas (one or more pages each):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>The day of the export</source>
        <translation>The day of the export</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Charts (two per page; they compare the personas chosen for the report, the first six when more are chosen):</source>
        <translation>Charts (two per page; they compare the personas chosen for the report, the first six when more are chosen):</translation>
    </message>
</context>
<context>
    <name>b2x::FileController</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Untitled workspace</source>
        <translation>Untitled workspace</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Your current workspace is unchanged.</source>
        <translation>“%1” could not be opened. Your current workspace is unchanged.</translation>
    </message>
    <message>
        <source>the previous version could not be read for the backup: %1</source>
        <translation>the previous version could not be read for the backup: %1</translation>
    </message>
    <message>
        <source>the backup %1 could not be written: %2</source>
        <translation>the backup %1 could not be written: %2</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Cannot save workspace</translation>
    </message>
    <message>
        <source>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</source>
        <translation>“%1” was not saved, so the previous version stays as it was. Your changes are still open.</translation>
    </message>
    <message>
        <source>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</source>
        <translation>“%1” was not saved. Your changes are still open; try another folder with File → Save As.</translation>
    </message>
    <message>
        <source>an untitled workspace</source>
        <translation>an untitled workspace</translation>
    </message>
    <message>
        <source>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</source>
        <translation>B2X Workbench did not close normally. A recovery copy of %1 with unsaved changes was kept (%2). Restore it?</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>The recovery copy could not be read.</source>
        <translation>The recovery copy could not be read.</translation>
    </message>
    <message>
        <source>Restore recovered changes</source>
        <translation>Restore recovered changes</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Cannot open template</translation>
    </message>
    <message>
        <source>The template “%1” could not be read. Your current workspace is unchanged.</source>
        <translation>The template “%1” could not be read. Your current workspace is unchanged.</translation>
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
        <translation>%1 days</translation>
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
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
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
        <translation>Import Actuals</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import in progress</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop reading or measuring; nothing is changed</source>
        <translation>Stop reading or measuring; nothing is changed</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply to Persona</source>
        <translation>&amp;Apply to Persona</translation>
    </message>
    <message>
        <source>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</source>
        <translation>Write the measured conversions and durations, and the mapping used, into the persona as one step (Edit → Undo takes it back)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>&amp;Import Actuals…</translation>
    </message>
    <message>
        <source>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</source>
        <translation>Measure a persona&apos;s pipeline from a CRM&apos;s deal export and apply it</translation>
    </message>
    <message>
        <source>Choose the files</source>
        <translation>Choose the files</translation>
    </message>
    <message>
        <source>Check what was read</source>
        <translation>Check what was read</translation>
    </message>
    <message>
        <source>Map the CRM&apos;s stages</source>
        <translation>Map the CRM&apos;s stages</translation>
    </message>
    <message>
        <source>Modelled against measured</source>
        <translation>Modelled against measured</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Step %1 of 4: %2</translation>
    </message>
    <message>
        <source>Choose the deals file first.</source>
        <translation>Choose the deals file first.</translation>
    </message>
    <message>
        <source>The workspace has no persona to measure: add one first.</source>
        <translation>The workspace has no persona to measure: add one first.</translation>
    </message>
    <message>
        <source>The files are too large to read on this computer.</source>
        <translation>The files are too large to read on this computer.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>The deals are too many to measure on this computer: nothing was changed.</source>
        <translation>The deals are too many to measure on this computer: nothing was changed.</translation>
    </message>
    <message>
        <source>Measuring %1&apos;s stages…</source>
        <translation>Measuring %1&apos;s stages…</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
    <message>
        <source>The persona is no longer in the workspace: nothing was changed.</source>
        <translation>The persona is no longer in the workspace: nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>CRM deals export %1: %n deal, as of %2</numerusform>
            <numerusform>CRM deals export %1: %n deals, as of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::ImportCheckPage</name>
    <message>
        <source>Preview of the files</source>
        <translation>Preview of the files</translation>
    </message>
    <message>
        <source>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</source>
        <translation>The first %1 rows as read; rows are numbered as in a spreadsheet (the header is row 1)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Stage events</source>
        <translation>Stage events</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Problems found in the files</source>
        <translation>Problems found in the files</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Which column is which</translation>
    </message>
    <message>
        <source>The headers are not those of a known export: say which of the file&apos;s columns holds each field</source>
        <translation>The headers are not those of a known export: say which of the file&apos;s columns holds each field</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026</source>
        <translation>Dates such as 03/04/2026</translation>
    </message>
    <message>
        <source>Every date in the files fits both orders. Which comes first in them?</source>
        <translation>Every date in the files fits both orders. Which comes first in them?</translation>
    </message>
    <message>
        <source>Day first (3 April)</source>
        <translation>Day first (3 April)</translation>
    </message>
    <message>
        <source>Month first (March 4)</source>
        <translation>Month first (March 4)</translation>
    </message>
    <message>
        <source>Read A&amp;gain with These Answers</source>
        <translation>Read A&amp;gain with These Answers</translation>
    </message>
    <message>
        <source>Import the files again with the columns and date order above</source>
        <translation>Import the files again with the columns and date order above</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) read: %1 won, %2 lost, %3 open.</source>
        <translation>
            <numerusform>%n deal read: %1 won, %2 lost, %3 open.</numerusform>
            <numerusform>%n deals read: %1 won, %2 lost, %3 open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They pass through %n CRM stage(s). Check the rows below, then go on to the stages.</source>
        <translation>
            <numerusform>They pass through %n CRM stage. Check the rows below, then go on to the stages.</numerusform>
            <numerusform>They pass through %n CRM stages. Check the rows below, then go on to the stages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files need answers before they can be imported: choose below, then read them again.</source>
        <translation>The files need answers before they can be imported: choose below, then read them again.</translation>
    </message>
    <message>
        <source>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</source>
        <translation>The files could not be imported; nothing was changed. The problems say where; correct the export, or go back and choose others.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportFilesPage</name>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</source>
        <translation>Choose the deals your CRM exported and, for exports that keep the stage history apart, the stage events. The import measures each stage of the persona from them; nothing changes until you apply it.</translation>
    </message>
    <message>
        <source>Deals file</source>
        <translation>Deals file</translation>
    </message>
    <message>
        <source>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</source>
        <translation>The CSV of deals: a HubSpot or Pipedrive deals export, Salesforce opportunities or their history, or the generic deals file</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>&amp;Deals file:</source>
        <translation>&amp;Deals file:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the deals file</source>
        <translation>Choose the deals file</translation>
    </message>
    <message>
        <source>Stage events file</source>
        <translation>Stage events file</translation>
    </message>
    <message>
        <source>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</source>
        <translation>Optional: the stage history (generic stage_events.csv, Pipedrive deal flow, Salesforce Opportunity History) when the deals file does not hold it</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Stage events file:</source>
        <translation>&amp;Stage events file:</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Choose the stage events file</source>
        <translation>Choose the stage events file</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Which CRM wrote the files; Recognise from the headers reads the columns to tell</source>
        <translation>Which CRM wrote the files; Recognise from the headers reads the columns to tell</translation>
    </message>
    <message>
        <source>Recognise from the headers</source>
        <translation>Recognise from the headers</translation>
    </message>
    <message>
        <source>Generic (deals.csv and stage_events.csv)</source>
        <translation>Generic (deals.csv and stage_events.csv)</translation>
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
        <translation>Persona to calibrate</translation>
    </message>
    <message>
        <source>The persona whose pipeline stages the deals are measured against</source>
        <translation>The persona whose pipeline stages the deals are measured against</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>As-of date</translation>
    </message>
    <message>
        <source>The day the export was taken: deals still open then count as open, not lost; later events are left out</source>
        <translation>The day the export was taken: deals still open then count as open, not lost; later events are left out</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
</context>
<context>
    <name>b2x::ImportResultsView</name>
    <message>
        <source>Modelled against measured, per stage</source>
        <translation>Modelled against measured, per stage</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modelled</translation>
    </message>
    <message>
        <source>Measured (95% interval)</source>
        <translation>Measured (95% interval)</translation>
    </message>
    <message>
        <source>Moved on ÷ entered</source>
        <translation>Moved on ÷ entered</translation>
    </message>
    <message>
        <source>Days p50
modelled / measured</source>
        <translation>Days p50
modelled / measured</translation>
    </message>
    <message>
        <source>Days p90
modelled / measured</source>
        <translation>Days p90
modelled / measured</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The persona&apos;s pipeline stage</source>
        <translation>The persona&apos;s pipeline stage</translation>
    </message>
    <message>
        <source>The conversion the persona has today</source>
        <translation>The conversion the persona has today</translation>
    </message>
    <message>
        <source>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</source>
        <translation>Aalen–Johansen estimate: open deals count as still deciding, not as lost; “lower bound” when deals still open may yet move on</translation>
    </message>
    <message>
        <source>The naive figure, which counts every open deal as lost</source>
        <translation>The naive figure, which counts every open deal as lost</translation>
    </message>
    <message>
        <source>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</source>
        <translation>Median days in the stage: the persona&apos;s triangular duration against the deals that moved on</translation>
    </message>
    <message>
        <source>90th percentile of days in the stage, modelled against measured</source>
        <translation>90th percentile of days in the stage, modelled against measured</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>Deals that entered the stage</translation>
    </message>
    <message>
        <source>Deals that moved on (or skipped it)</source>
        <translation>Deals that moved on (or skipped it)</translation>
    </message>
    <message>
        <source>Deals lost from the stage</source>
        <translation>Deals lost from the stage</translation>
    </message>
    <message>
        <source>Deals still in the stage on the as-of date</source>
        <translation>Deals still in the stage on the as-of date</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>Warnings about the measurement</source>
        <translation>Warnings about the measurement</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %n deal(s) (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</source>
        <translation>
            <numerusform>%1 against %n deal (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</numerusform>
            <numerusform>%1 against %n deals (%2 won, %3 lost, %4 open). Apply writes the measured conversions and durations into the persona as one step you can undo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1, lower bound</source>
        <translation>%1, lower bound</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</source>
        <translation>The curve was still rising at the end: deals still open may yet move on, so the conversion is at least this</translation>
    </message>
    <message>
        <source>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</source>
        <translation>Whole cycle, created to won: measured p50 %1 days and p90 %2, modelled %3 and %4; %5 of the deals are won.</translation>
    </message>
    <message>
        <source>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</source>
        <translation>Chart: conversion per stage, modelled against measured (the table above has the same numbers)</translation>
    </message>
    <message>
        <source>Chart: share of won deals closed by day, measured against modelled</source>
        <translation>Chart: share of won deals closed by day, measured against modelled</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>b2x::ImportStagesPage</name>
    <message>
        <source>CRM stages and the persona stages they count as</source>
        <translation>CRM stages and the persona stages they count as</translation>
    </message>
    <message>
        <source>CRM stage</source>
        <translation>CRM stage</translation>
    </message>
    <message>
        <source>Deals that entered it</source>
        <translation>Deals that entered it</translation>
    </message>
    <message>
        <source>Counts as the persona&apos;s stage</source>
        <translation>Counts as the persona&apos;s stage</translation>
    </message>
    <message>
        <source>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</source>
        <translation>Say which of %1&apos;s pipeline stages each stage of the CRM counts as. A CRM stage that is not a step of the persona&apos;s pipeline (closed won, on hold) is best ignored.</translation>
    </message>
    <message>
        <source>Persona stage for the CRM stage %1</source>
        <translation>Persona stage for the CRM stage %1</translation>
    </message>
    <message>
        <source>The persona&apos;s stage that deals in “%1” are in</source>
        <translation>The persona&apos;s stage that deals in “%1” are in</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
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
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>an unsupported value</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2, not %3</source>
        <translation>must be a number from %1 to %2, not %3</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2; found %3</source>
        <translation>must be a number from %1 to %2; found %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2; found %3</source>
        <translation>must be a whole number from %1 to %2; found %3</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>must be a whole number from %1 to %2, not %3</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>must be true or false, not %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>must be text, not %1</translation>
    </message>
    <message>
        <source>is %1 bytes long; at most %2 are allowed</source>
        <translation>is %1 bytes long; at most %2 are allowed</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>must be a list, not %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>has %1 items; at most %2 are allowed</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>must be an object, not %1</translation>
    </message>
    <message>
        <source>must be one of %1, not %2</source>
        <translation>must be one of %1, not %2</translation>
    </message>
    <message>
        <source>must be one of %1; found &quot;%2&quot;</source>
        <translation>must be one of %1; found &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>b2x::KeyResultDialog</name>
    <message>
        <source>Add key result</source>
        <translation>Add key result</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Edit key result</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>What is measured, e.g. sales-qualified leads this quarter.</source>
        <translation>What is measured, e.g. sales-qualified leads this quarter.</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metric</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>e.g. SQLs, %, USD.</source>
        <translation>e.g. SQLs, %, USD.</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The value when the period began.</source>
        <translation>The value when the period began.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>The value now; a check-in sets it too.</source>
        <translation>The value now; a check-in sets it too.</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>&amp;Current</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>The value to reach; below the start for a &quot;decrease to&quot; target.</source>
        <translation>The value to reach; below the start for a &quot;decrease to&quot; target.</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Its share in the objective&apos;s progress (1: equal; 0: left out).</source>
        <translation>Its share in the objective&apos;s progress (1: equal; 0: left out).</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>&amp;Derived: the target follows a persona&apos;s reverse funnel</source>
        <translation>&amp;Derived: the target follows a persona&apos;s reverse funnel</translation>
    </message>
    <message>
        <source>Derived target</source>
        <translation>Derived target</translation>
    </message>
    <message>
        <source>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</source>
        <translation>The target is worked out from the persona&apos;s target, funnel and sales cycle, and moves when they change.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona whose reverse funnel gives the target.</source>
        <translation>The persona whose reverse funnel gives the target.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Which figure of the reverse funnel becomes the target.</source>
        <translation>Which figure of the reverse funnel becomes the target.</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Pipeline stage</translation>
    </message>
    <message>
        <source>The pipeline stage whose entries are counted.</source>
        <translation>The pipeline stage whose entries are counted.</translation>
    </message>
    <message>
        <source>Stage %1 (not in the pipeline)</source>
        <translation>Stage %1 (not in the pipeline)</translation>
    </message>
    <message>
        <source>Follows the reverse funnel; the value here is the target kept at the last check-in.</source>
        <translation>Follows the reverse funnel; the value here is the target kept at the last check-in.</translation>
    </message>
    <message>
        <source>The workspace has no persona to derive a target from.</source>
        <translation>The workspace has no persona to derive a target from.</translation>
    </message>
    <message>
        <source>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</source>
        <translation>The live target shows in the tree once applied; each check-in keeps the target of its day, so that a moved target is reported.</translation>
    </message>
</context>
<context>
    <name>b2x::MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Add Persona</source>
        <translation>&amp;Add Persona</translation>
    </message>
    <message>
        <source>Add a blank persona (the arrow offers templates)</source>
        <translation>Add a blank persona (the arrow offers templates)</translation>
    </message>
    <message>
        <source>Add from &amp;Template</source>
        <translation>Add from &amp;Template</translation>
    </message>
    <message>
        <source>D&amp;uplicate Persona</source>
        <translation>D&amp;uplicate Persona</translation>
    </message>
    <message>
        <source>&amp;Delete Persona</source>
        <translation>&amp;Delete Persona</translation>
    </message>
    <message>
        <source>&amp;Workspace Details…</source>
        <translation>&amp;Workspace Details…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Undo history</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>New from &amp;Template</translation>
    </message>
    <message>
        <source>B2B vs B2C sample (seven audiences)</source>
        <translation>B2B vs B2C sample (seven audiences)</translation>
    </message>
    <message>
        <source>Empty workspace</source>
        <translation>Empty workspace</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;Guide to the Models</translation>
    </message>
    <message>
        <source>&amp;About B2X Workbench</source>
        <translation>&amp;About B2X Workbench</translation>
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
        <translation>Clear List</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Add persona</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicate “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n persona(s). Undo with %1.</source>
        <translation>
            <numerusform>Deleted %n persona. Undo with %1.</numerusform>
            <numerusform>Deleted %n personas. Undo with %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>About B2X Workbench</source>
        <translation>About B2X Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;B2X Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Model B2B and B2C audiences as personas and compare how they buy: decision units, sales cycles, funnels, unit economics, channels and attribution.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and nlohmann/json.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>Guide to the Models</translation>
    </message>
    <message>
        <source>The guide could not be loaded.</source>
        <translation>The guide could not be loaded.</translation>
    </message>
    <message>
        <source>Workspace &amp;Channels…</source>
        <translation>Workspace &amp;Channels…</translation>
    </message>
    <message>
        <source>B2B vs B2C sample</source>
        <translation>B2B vs B2C sample</translation>
    </message>
    <message>
        <source>&amp;Go to Plan</source>
        <translation>&amp;Go to Plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Go to &amp;Budget</source>
        <translation>Go to &amp;Budget</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>b2x::MemberTableModel</name>
    <message>
        <source>Economic buyer</source>
        <translation>Economic buyer</translation>
    </message>
    <message>
        <source>Not the economic buyer</source>
        <translation>Not the economic buyer</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Releases funds</translation>
    </message>
    <message>
        <source>Job title or description of the person, e.g. “IT security lead”.</source>
        <translation>Job title or description of the person, e.g. “IT security lead”.</translation>
    </message>
    <message>
        <source>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</source>
        <translation>How much weight this person&apos;s opinion carries, from 0 (none) to 100 (decisive).</translation>
    </message>
    <message>
        <source>Whether this person is for the purchase, neutral or against it.</source>
        <translation>Whether this person is for the purchase, neutral or against it.</translation>
    </message>
    <message>
        <source>The economic buyer releases the funds. Usually exactly one member does.</source>
        <translation>The economic buyer releases the funds. Usually exactly one member does.</translation>
    </message>
    <message>
        <source>Edit decision-unit member %1</source>
        <translation>Edit decision-unit member %1</translation>
    </message>
    <message>
        <source>That is not a known role; nothing was saved.</source>
        <translation>That is not a known role; nothing was saved.</translation>
    </message>
    <message>
        <source>A job title can be at most %1 bytes long; it was not saved.</source>
        <translation>A job title can be at most %1 bytes long; it was not saved.</translation>
    </message>
    <message>
        <source>Influence must lie between 0 and 100; %1 was not saved.</source>
        <translation>Influence must lie between 0 and 100; %1 was not saved.</translation>
    </message>
    <message>
        <source>That is not a known stance; nothing was saved.</source>
        <translation>That is not a known stance; nothing was saved.</translation>
    </message>
    <message>
        <source>Add decision-unit member</source>
        <translation>Add decision-unit member</translation>
    </message>
    <message>
        <source>Remove decision-unit member</source>
        <translation>Remove decision-unit member</translation>
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
        <translation>Roles</translation>
    </message>
    <message>
        <source>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</source>
        <translation>The parts this person plays in the purchase: one or several (in a small household one person is often user, decider and buyer at once).</translation>
    </message>
    <message>
        <source>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</source>
        <translation>Every member holds at least one role, so %1 stays ticked. Tick the role this person does hold first, then clear this one.</translation>
    </message>
</context>
<context>
    <name>b2x::MessageLabel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>b2x::Migrations</name>
    <message>
        <source>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</source>
        <translation>format version %1 cannot be upgraded: this version of B2X Workbench has no conversion from it</translation>
    </message>
    <message>
        <source>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</source>
        <translation>format version %1 cannot be upgraded: the file does not have the layout of that version, so it is damaged</translation>
    </message>
</context>
<context>
    <name>b2x::MotivesSection</name>
    <message>
        <source>Rational versus emotional</source>
        <translation>Rational versus emotional</translation>
    </message>
    <message>
        <source>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</source>
        <translation>0 = decides on feelings, trust and reassurance; 100 = decides on analysis, specifications and cost.</translation>
    </message>
    <message>
        <source>Business versus personal value</source>
        <translation>Business versus personal value</translation>
    </message>
    <message>
        <source>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</source>
        <translation>0 = what the purchase does for the buyer personally (confidence, reputation, less hassle); 100 = what it does for the organisation or household budget.</translation>
    </message>
    <message>
        <source>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</source>
        <translation>How this audience decides, independent of its B2B or B2C label. Rational and emotional motives are present in both: in CEB and Google&apos;s study of 3,000 B2B buyers, personal value had twice the impact on the purchase of business value, and only 14% of buyers saw a real difference between suppliers&apos; business value. Set the sliders from what you know about the audience, not from its label.</translation>
    </message>
    <message>
        <source>Rational or emotional</source>
        <translation>Rational or emotional</translation>
    </message>
    <message>
        <source>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</source>
        <translation>Does the audience decide by analysing needs, cost and long-term benefit, or on feeling, brand, convenience and reviews?</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>Rational</source>
        <translation>Rational</translation>
    </message>
    <message>
        <source>Business or personal value</source>
        <translation>Business or personal value</translation>
    </message>
    <message>
        <source>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</source>
        <translation>Does the purchase win on what it brings the organisation (revenue, cost, risk), or on what it brings the person who buys (confidence, recognition, an easier job)?</translation>
    </message>
    <message>
        <source>Personal value</source>
        <translation>Personal value</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Business value</translation>
    </message>
    <message>
        <source>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</source>
        <translation>Source: CEB (now Gartner) and Google, survey of 3,000 B2B buyers; see the benchmark notes in the documentation.</translation>
    </message>
    <message>
        <source>Change rational or emotional motives</source>
        <translation>Change rational or emotional motives</translation>
    </message>
    <message>
        <source>Change business or personal value</source>
        <translation>Change business or personal value</translation>
    </message>
    <message>
        <source>%1% rational, %2% emotional</source>
        <translation>%1% rational, %2% emotional</translation>
    </message>
    <message>
        <source>%1% business value, %2% personal value</source>
        <translation>%1% business value, %2% personal value</translation>
    </message>
    <message>
        <source>Motives</source>
        <translation>Motives</translation>
    </message>
</context>
<context>
    <name>b2x::NotesSection</name>
    <message>
        <source>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</source>
        <translation>Anything else worth keeping about this audience: interview findings, open questions, ideas to test.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Free text; it is saved with the workspace but not used by the models.</source>
        <translation>Free text; it is saved with the workspace but not used by the models.</translation>
    </message>
    <message>
        <source>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</source>
        <translation>Notes can be at most %1 bytes long; the last change was not saved. Shorten the text to save it.</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Edit notes</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectiveDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Missing persona (%1)</source>
        <translation>Missing persona (%1)</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Add objective</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Edit objective</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What the objective wants to achieve, in words.</source>
        <translation>What the objective wants to achieve, in words.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Who answers for it.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>RACE stage</source>
        <translation>RACE stage</translation>
    </message>
    <message>
        <source>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</source>
        <translation>The RACE stage the objective serves: Plan, Reach, Act, Convert, Engage.</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>RACE &amp;stage</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The persona the objective concerns, or none.</source>
        <translation>The persona the objective concerns, or none.</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Committed objectives are expected to be met in full; aspirational ones are stretch goals.</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>&amp;Commitment</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesModel</name>
    <message>
        <source>missing persona</source>
        <translation>missing persona</translation>
    </message>
    <message>
        <source>(untitled objective)</source>
        <translation>(untitled objective)</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s)</source>
        <translation>
            <numerusform>%n key result</numerusform>
            <numerusform>%n key results</numerusform>
        </translation>
    </message>
    <message>
        <source>Objective “%1”.</source>
        <translation>Objective “%1”.</translation>
    </message>
    <message>
        <source>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</source>
        <translation>Progress %1 (%2): the mean of its key results&apos; progress, weighted by their weights.</translation>
    </message>
    <message>
        <source>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</source>
        <translation>No progress yet: none of its key results has a start and a target that differ, or every weight is 0.</translation>
    </message>
    <message>
        <source>RACE stage: %1.</source>
        <translation>RACE stage: %1.</translation>
    </message>
    <message>
        <source>Persona: %1.</source>
        <translation>Persona: %1.</translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation>Owner: %1.</translation>
    </message>
    <message>
        <source>Committed: expected to be met in full.</source>
        <translation>Committed: expected to be met in full.</translation>
    </message>
    <message>
        <source>Aspirational: a stretch goal; about 70% is a good result.</source>
        <translation>Aspirational: a stretch goal; about 70% is a good result.</translation>
    </message>
    <message>
        <source>(unnamed key result)</source>
        <translation>(unnamed key result)</translation>
    </message>
    <message>
        <source>↻ %1</source>
        <comment>a derived target, following the reverse funnel</comment>
        <translation>↻ %1</translation>
    </message>
    <message>
        <source>↻ derived, moved since the last check-in</source>
        <translation>↻ derived, moved since the last check-in</translation>
    </message>
    <message>
        <source>↻ derived</source>
        <translation>↻ derived</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>confidence %1/%2</source>
        <translation>confidence %1/%2</translation>
    </message>
    <message>
        <source>Key result “%1”: %2.</source>
        <translation>Key result “%1”: %2.</translation>
    </message>
    <message>
        <source>start %1, current %2, target %3</source>
        <translation>start %1, current %2, target %3</translation>
    </message>
    <message>
        <source>Progress %1 (%2): (current − start) ÷ (target − start).</source>
        <translation>Progress %1 (%2): (current − start) ÷ (target − start).</translation>
    </message>
    <message>
        <source>No progress yet: the target equals the start.</source>
        <translation>No progress yet: the target equals the start.</translation>
    </message>
    <message>
        <source>The target moved from %1 at the last check-in to %2.</source>
        <translation>The target moved from %1 at the last check-in to %2.</translation>
    </message>
    <message>
        <source>Weight %1 in the objective.</source>
        <translation>Weight %1 in the objective.</translation>
    </message>
    <message>
        <source>Confidence at the latest check-in: %1 of %2.</source>
        <translation>Confidence at the latest check-in: %1 of %2.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>No check-in yet.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Objective / key result</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Start → current → target</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>b2x::ObjectivesView</name>
    <message>
        <source>Objectives and key results</source>
        <translation>Objectives and key results</translation>
    </message>
    <message>
        <source>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</source>
        <translation>Each objective with its key results. Progress is coloured by Google&apos;s grading bands and named beside the bar. Enter edits the selected row, Delete deletes it.</translation>
    </message>
    <message>
        <source>Add &amp;objective</source>
        <translation>Add &amp;objective</translation>
    </message>
    <message>
        <source>Adds an objective to the plan.</source>
        <translation>Adds an objective to the plan.</translation>
    </message>
    <message>
        <source>Add &amp;key result</source>
        <translation>Add &amp;key result</translation>
    </message>
    <message>
        <source>Adds a key result to the selected objective.</source>
        <translation>Adds a key result to the selected objective.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Edits the selected objective or key result.</source>
        <translation>Edits the selected objective or key result.</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Dele&amp;te</translation>
    </message>
    <message>
        <source>Deletes the selected objective (with its key results) or key result. Undo brings it back.</source>
        <translation>Deletes the selected objective (with its key results) or key result. Undo brings it back.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet: add one, then its key results.</source>
        <translation>The plan has no objectives yet: add one, then its key results.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to see how its progress and target are worked out.</source>
        <translation>Select an objective or a key result to see how its progress and target are worked out.</translation>
    </message>
    <message>
        <source>Add objective “%1”</source>
        <translation>Add objective “%1”</translation>
    </message>
    <message>
        <source>Edit objective “%1”</source>
        <translation>Edit objective “%1”</translation>
    </message>
    <message>
        <source>Add key result “%1”</source>
        <translation>Add key result “%1”</translation>
    </message>
    <message>
        <source>Edit key result “%1”</source>
        <translation>Edit key result “%1”</translation>
    </message>
    <message>
        <source>Delete key result “%1”</source>
        <translation>Delete key result “%1”</translation>
    </message>
    <message>
        <source>Delete objective “%1”</source>
        <translation>Delete objective “%1”</translation>
    </message>
    <message>
        <source>Add a check-in to “%1”</source>
        <translation>Add a check-in to “%1”</translation>
    </message>
    <message>
        <source>Delete a check-in of “%1”</source>
        <translation>Delete a check-in of “%1”</translation>
    </message>
</context>
<context>
    <name>b2x::PdfReport</name>
    <message>
        <source>B2B vs B2C comparison</source>
        <translation>B2B vs B2C comparison</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>the export was cancelled</translation>
    </message>
    <message>
        <source>B2B vs B2C comparison report</source>
        <translation>B2B vs B2C comparison report</translation>
    </message>
    <message>
        <source>Prepared for %1</source>
        <translation>Prepared for %1</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Prepared by %1</translation>
    </message>
    <message>
        <source>This report covers one persona:</source>
        <translation>This report covers one persona:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas:</source>
        <translation>
            <numerusform>This report covers %Ln persona:</numerusform>
            <numerusform>This report covers %Ln personas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::PersonaEditor</name>
    <message>
        <source>Persona editor</source>
        <translation>Persona editor</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) written for another value than the persona has now</source>
        <translation>
            <numerusform>%n source written for another value than the persona has now</numerusform>
            <numerusform>%n sources written for another value than the persona has now</numerusform>
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
        <translation>New persona</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListDelegate</name>
    <message>
        <source>B2B index %1 · behaves %2</source>
        <translation>B2B index %1 · behaves %2</translation>
    </message>
    <message>
        <source>⚠ %1 · label and behaviour differ</source>
        <translation>⚠ %1 · label and behaviour differ</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListModel</name>
    <message>
        <source>%1, labelled %2</source>
        <translation>%1, labelled %2</translation>
    </message>
</context>
<context>
    <name>b2x::PersonaListPanel</name>
    <message>
        <source>Filter personas</source>
        <translation>Filter personas</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</source>
        <translation>Select up to six personas (Ctrl+click) to compare them in the charts. Drag a persona to reorder the list.</translation>
    </message>
</context>
<context>
    <name>b2x::PipelineSection</name>
    <message>
        <source>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</source>
        <translation>The stages from first contact to purchase, in order. For each stage: the share that moves on to the next one, and the shortest, most common and longest time spent in it. B2B cycles often run for months; consumer decisions take hours to weeks. Double-click a cell or start typing to edit it.</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>Pipeline stages</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Add stage</translation>
    </message>
    <message>
        <source>Insert a new stage after the selected one.</source>
        <translation>Insert a new stage after the selected one.</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Remove stage</translation>
    </message>
    <message>
        <source>Remove the selected stage.</source>
        <translation>Remove the selected stage.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move the selected stage one place earlier.</source>
        <translation>Move the selected stage one place earlier.</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move the selected stage one place later.</source>
        <translation>Move the selected stage one place later.</translation>
    </message>
    <message>
        <source>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</source>
        <translation>Mean time through all %1 stages: %2 days (each stage counts (min + likely + max) ÷ 3).</translation>
    </message>
    <message>
        <source>A pipeline can have at most %1 stages.</source>
        <translation>A pipeline can have at most %1 stages.</translation>
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
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>b2x::PlanPanel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>e.g. Q1 2027</source>
        <translation>e.g. Q1 2027</translation>
    </message>
    <message>
        <source>The name the plan and the report give this period.</source>
        <translation>The name the plan and the report give this period.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>The first day of the period.</translation>
    </message>
    <message>
        <source>The last day of the period (it belongs to it).</source>
        <translation>The last day of the period (it belongs to it).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>New-customer revenue</source>
        <translation>New-customer revenue</translation>
    </message>
    <message>
        <source>Whether the target counts new customers or their revenue (customers × price).</source>
        <translation>Whether the target counts new customers or their revenue (customers × price).</translation>
    </message>
    <message>
        <source>Target as</source>
        <translation>Target as</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>What the period should bring from this persona. 0: no target.</source>
        <translation>What the period should bring from this persona. 0: no target.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</source>
        <translation>How many accounts (B2B) or people (B2C) the segment holds. The plan checks the volume a target needs against it. 0: not known.</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Audience size</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Reverse funnel</translation>
    </message>
    <message>
        <source>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</source>
        <translation>The target worked backwards through the persona&apos;s funnel and sales cycle, with leads arriving evenly from the period&apos;s start.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Plan checks</source>
        <translation>Plan checks</translation>
    </message>
    <message>
        <source>Rename the plan period</source>
        <translation>Rename the plan period</translation>
    </message>
    <message>
        <source>Change what the target counts</source>
        <translation>Change what the target counts</translation>
    </message>
    <message>
        <source>Change the target</source>
        <translation>Change the target</translation>
    </message>
    <message>
        <source>Change the audience size</source>
        <translation>Change the audience size</translation>
    </message>
    <message>
        <source>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</source>
        <translation>No period is set: the plan is worked out for the current quarter. Change a date to set the period.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n day.</numerusform>
            <numerusform>%n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Target for “%1”</source>
        <translation>Target for “%1”</translation>
    </message>
    <message>
        <source>Target (select a persona)</source>
        <translation>Target (select a persona)</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs.</source>
        <translation>Select a persona to see what its target needs.</translation>
    </message>
    <message>
        <source>Target: new customers</source>
        <translation>Target: new customers</translation>
    </message>
    <message>
        <source>Target: new-customer revenue</source>
        <translation>Target: new-customer revenue</translation>
    </message>
    <message>
        <source>Customers expected in the period at today&apos;s volume</source>
        <translation>Customers expected in the period at today&apos;s volume</translation>
    </message>
    <message>
        <source>Shortfall if volume and spend stay as today</source>
        <translation>Shortfall if volume and spend stay as today</translation>
    </message>
    <message>
        <source>Monthly volume the target needs (today %1)</source>
        <translation>Monthly volume the target needs (today %1)</translation>
    </message>
    <message>
        <source>Monthly spend the target needs (today %1)</source>
        <translation>Monthly spend the target needs (today %1)</translation>
    </message>
    <message>
        <source>Entries into “%1” over the period</source>
        <translation>Entries into “%1” over the period</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, half of the deals</source>
        <translation>Latest entry to close by the period&apos;s end, half of the deals</translation>
    </message>
    <message>
        <source>Latest entry to close by the period&apos;s end, nine deals in ten</source>
        <translation>Latest entry to close by the period&apos;s end, nine deals in ten</translation>
    </message>
    <message>
        <source>Planned budget of its tactics</source>
        <translation>Planned budget of its tactics</translation>
    </message>
    <message>
        <source>No target for this persona: set one above to see the volume, spend and entries it needs.</source>
        <translation>No target for this persona: set one above to see the volume, spend and entries it needs.</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>No findings: the plan passes every check.</translation>
    </message>
    <message>
        <source>Change the period&apos;s start</source>
        <translation>Change the period&apos;s start</translation>
    </message>
    <message>
        <source>Change the period&apos;s end</source>
        <translation>Change the period&apos;s end</translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</source>
        <translation>The period, each persona&apos;s target and its reverse funnel, and the plan&apos;s checks.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</source>
        <translation>Click a check about a persona to select that persona; one about a key result opens it on the Objectives page.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
</context>
<context>
    <name>b2x::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</source>
        <translation>While a workspace has unsaved changes, a recovery copy is written this often to the application&apos;s data folder (never over your file). After a crash, the next start offers to restore it.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</source>
        <translation>The language of menus, forms, messages and reports, and the way numbers, amounts and dates are written. A change applies the next time B2X Workbench starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Recovery copy every:</source>
        <translation>Recovery copy every:</translation>
    </message>
</context>
<context>
    <name>b2x::Presets</name>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</source>
        <translation>b2blead.io, First Page Sage (via altiorco), getfairview: visitor → lead 1–5%, lead → MQL 15–40%, MQL → SQL 13–60%, SQL → opportunity 30–80%, opportunity → won 10–35% (enterprise 10–20%, mid-market 20–30%)</translation>
    </message>
    <message>
        <source>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</source>
        <translation>Set so that CLV:CAC is about 3:1, the healthy ratio (pug.sh, knowmba, metrictoolbox); replace it with your budget</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no gross-margin figure; use your finance figure</source>
        <translation>Assumption: the reference list has no gross-margin figure; use your finance figure</translation>
    </message>
    <message>
        <source>Assumption: the reference list has no customer-lifetime figure; use your retention data</source>
        <translation>Assumption: the reference list has no customer-lifetime figure; use your retention data</translation>
    </message>
    <message>
        <source>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</source>
        <translation>Assumption at the scale of the b2blead.io worked example (10,000 visitors → 300 leads → 90 MQL → 36 SQL → 27 opportunities → 6 customers); use your analytics</translation>
    </message>
    <message>
        <source>Owner or marketing lead of a small business</source>
        <translation>Owner or marketing lead of a small business</translation>
    </message>
    <message>
        <source>Chooses the tool; a manager approves the card payment</source>
        <translation>Chooses the tool; a manager approves the card payment</translation>
    </message>
    <message>
        <source>Get results within weeks, without an implementation project</source>
        <translation>Get results within weeks, without an implementation project</translation>
    </message>
    <message>
        <source>No time to evaluate many tools; budget needs a quick yes</source>
        <translation>No time to evaluate many tools; budget needs a quick yes</translation>
    </message>
    <message>
        <source>Marketing lead (picks the tool)</source>
        <translation>Marketing lead (picks the tool)</translation>
    </message>
    <message>
        <source>Owner or manager (approves the payment)</source>
        <translation>Owner or manager (approves the payment)</translation>
    </message>
    <message>
        <source>Website visitor → free-trial sign-up</source>
        <translation>Website visitor → free-trial sign-up</translation>
    </message>
    <message>
        <source>Free trial → paid plan</source>
        <translation>Free trial → paid plan</translation>
    </message>
    <message>
        <source>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</source>
        <translation>A $200-a-month plan billed yearly, inside the firstsales.io bracket &quot;under $10K: 1–2 months, close rate 25–35%&quot;</translation>
    </message>
    <message>
        <source>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</source>
        <translation>Visitor → trial 3% inside visitor → lead 1–5% (b2blead.io); trial → paid 30% inside the 25–35% close rate for deals under $10K (firstsales.io)</translation>
    </message>
    <message>
        <source>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</source>
        <translation>About 3 weeks in all: SMB cycles run 14–30 days (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</source>
        <translation>Two people: low cost and risk mean few participants (Robinson, Faris &amp; Wind 1967)</translation>
    </message>
    <message>
        <source>One yearly renewal</source>
        <translation>One yearly renewal</translation>
    </message>
    <message>
        <source>Head of operations (project sponsor)</source>
        <translation>Head of operations (project sponsor)</translation>
    </message>
    <message>
        <source>Replace spreadsheets with one system the whole department uses</source>
        <translation>Replace spreadsheets with one system the whole department uses</translation>
    </message>
    <message>
        <source>IT capacity is scarce; the last rollout stalled</source>
        <translation>IT capacity is scarce; the last rollout stalled</translation>
    </message>
    <message>
        <source>Chief operating officer (releases the budget)</source>
        <translation>Chief operating officer (releases the budget)</translation>
    </message>
    <message>
        <source>Head of operations (sponsor)</source>
        <translation>Head of operations (sponsor)</translation>
    </message>
    <message>
        <source>Team lead who will use it daily</source>
        <translation>Team lead who will use it daily</translation>
    </message>
    <message>
        <source>IT manager (technical evaluation)</source>
        <translation>IT manager (technical evaluation)</translation>
    </message>
    <message>
        <source>Purchasing manager</source>
        <translation>Purchasing manager</translation>
    </message>
    <message>
        <source>Website visitor → lead</source>
        <translation>Website visitor → lead</translation>
    </message>
    <message>
        <source>Lead → marketing-qualified lead</source>
        <translation>Lead → marketing-qualified lead</translation>
    </message>
    <message>
        <source>MQL → sales-qualified lead</source>
        <translation>MQL → sales-qualified lead</translation>
    </message>
    <message>
        <source>SQL → opportunity</source>
        <translation>SQL → opportunity</translation>
    </message>
    <message>
        <source>Opportunity → won</source>
        <translation>Opportunity → won</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</source>
        <translation>Inside the firstsales.io bracket &quot;$25–50K: 3–4 months, close rate 18–25%&quot;</translation>
    </message>
    <message>
        <source>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</source>
        <translation>The b2blead.io worked example&apos;s rates (3%, 30%, 40%, 75%, 22%), inside the published bands; mid-market opportunity → won 20–30%</translation>
    </message>
    <message>
        <source>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</source>
        <translation>About 3 months in all: $25–50K deals take 3–4 months (firstsales.io); mid-market 30–90 days (thecroreport.com)</translation>
    </message>
    <message>
        <source>Five people: CEB measured 5.4 people per B2B purchase (2014)</source>
        <translation>Five people: CEB measured 5.4 people per B2B purchase (2014)</translation>
    </message>
    <message>
        <source>One yearly contract</source>
        <translation>One yearly contract</translation>
    </message>
    <message>
        <source>VP of a business unit (sponsor and champion)</source>
        <translation>VP of a business unit (sponsor and champion)</translation>
    </message>
    <message>
        <source>A platform decision that survives audit and scales for five years</source>
        <translation>A platform decision that survives audit and scales for five years</translation>
    </message>
    <message>
        <source>Every department has its own tool; integration costs keep rising</source>
        <translation>Every department has its own tool; integration costs keep rising</translation>
    </message>
    <message>
        <source>Chief financial officer (economic buyer)</source>
        <translation>Chief financial officer (economic buyer)</translation>
    </message>
    <message>
        <source>Business-unit VP (sponsor)</source>
        <translation>Business-unit VP (sponsor)</translation>
    </message>
    <message>
        <source>Operations manager</source>
        <translation>Operations manager</translation>
    </message>
    <message>
        <source>Enterprise architect (technical evaluator)</source>
        <translation>Enterprise architect (technical evaluator)</translation>
    </message>
    <message>
        <source>IT security lead</source>
        <translation>IT security lead</translation>
    </message>
    <message>
        <source>Procurement (runs the tender)</source>
        <translation>Procurement (runs the tender)</translation>
    </message>
    <message>
        <source>Legal counsel (contract approval)</source>
        <translation>Legal counsel (contract approval)</translation>
    </message>
    <message>
        <source>Opportunity: demo, business case, tender → won</source>
        <translation>Opportunity: demo, business case, tender → won</translation>
    </message>
    <message>
        <source>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</source>
        <translation>Inside the firstsales.io bracket &quot;$100–250K: 6–9 months, close rate 12–18%&quot;</translation>
    </message>
    <message>
        <source>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</source>
        <translation>About 7.5 months in all: $100–250K deals take 6–9 months (firstsales.io); enterprise 90–180+ days (thecroreport.com, revopsdictionary.com)</translation>
    </message>
    <message>
        <source>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</source>
        <translation>Seven people: CEB measured 6.8 per B2B purchase (2016); Gartner (2019) 6–10 for a complex solution</translation>
    </message>
    <message>
        <source>Manufacturing and construction</source>
        <translation>Manufacturing and construction</translation>
    </message>
    <message>
        <source>Purchasing agent</source>
        <translation>Purchasing agent</translation>
    </message>
    <message>
        <source>No stock-outs on site; the agreed price on every order</source>
        <translation>No stock-outs on site; the agreed price on every order</translation>
    </message>
    <message>
        <source>Late deliveries stop work; re-quoting wastes time</source>
        <translation>Late deliveries stop work; re-quoting wastes time</translation>
    </message>
    <message>
        <source>Purchasing agent (places the order)</source>
        <translation>Purchasing agent (places the order)</translation>
    </message>
    <message>
        <source>Site or maintenance lead (raises the need)</source>
        <translation>Site or maintenance lead (raises the need)</translation>
    </message>
    <message>
        <source>Plant manager (approves the purchase order)</source>
        <translation>Plant manager (approves the purchase order)</translation>
    </message>
    <message>
        <source>Reorder trigger → quote requested</source>
        <translation>Reorder trigger → quote requested</translation>
    </message>
    <message>
        <source>Quote → purchase order</source>
        <translation>Quote → purchase order</translation>
    </message>
    <message>
        <source>Purchase-order approval → order placed</source>
        <translation>Purchase-order approval → order placed</translation>
    </message>
    <message>
        <source>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</source>
        <translation>Straight rebuys need fewer people and decide faster (Robinson, Faris &amp; Wind 1967); the reference list has no figure for them, so this is an assumption: use your order history</translation>
    </message>
    <message>
        <source>Assumption: a typical replenishment order; use your order history</source>
        <translation>Assumption: a typical replenishment order; use your order history</translation>
    </message>
    <message>
        <source>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</source>
        <translation>Assumption: reorder requests a month from accounts that could switch to you (a late delivery, a price review)</translation>
    </message>
    <message>
        <source>Assumption: monthly replenishment</source>
        <translation>Assumption: monthly replenishment</translation>
    </message>
    <message>
        <source>Young adults, single or couples</source>
        <translation>Young adults, single or couples</translation>
    </message>
    <message>
        <source>Trends, short video, creators they follow</source>
        <translation>Trends, short video, creators they follow</translation>
    </message>
    <message>
        <source>Several small purchases a year</source>
        <translation>Several small purchases a year</translation>
    </message>
    <message>
        <source>Something that looks good now, at a price that needs no thought</source>
        <translation>Something that looks good now, at a price that needs no thought</translation>
    </message>
    <message>
        <source>Slow delivery and fiddly checkouts</source>
        <translation>Slow delivery and fiddly checkouts</translation>
    </message>
    <message>
        <source>The shopper</source>
        <translation>The shopper</translation>
    </message>
    <message>
        <source>Visitor → adds to cart</source>
        <translation>Visitor → adds to cart</translation>
    </message>
    <message>
        <source>Cart → order</source>
        <translation>Cart → order</translation>
    </message>
    <message>
        <source>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</source>
        <translation>Under $50 with decisions under a day: the paid-social bracket of the polytraffic.com rule of thumb</translation>
    </message>
    <message>
        <source>Assumption: site sessions a month</source>
        <translation>Assumption: site sessions a month</translation>
    </message>
    <message>
        <source>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</source>
        <translation>Cart → order 30%: about 70% of carts are abandoned (Baymard); visitor → cart 7.3% so that the site converts 2.2%, inside 1.9% (Wolfgang Digital) to 2.6% (Monetate)</translation>
    </message>
    <message>
        <source>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</source>
        <translation>Hours, within a day or two: B2C decisions take hours to weeks; paid social fits decisions under a day (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: a purchase a quarter</source>
        <translation>Assumption: a purchase a quarter</translation>
    </message>
    <message>
        <source>Couples and families</source>
        <translation>Couples and families</translation>
    </message>
    <message>
        <source>Home, travel and technology; reads reviews before buying</source>
        <translation>Home, travel and technology; reads reviews before buying</translation>
    </message>
    <message>
        <source>Once every few years</source>
        <translation>Once every few years</translation>
    </message>
    <message>
        <source>The right choice for the household, with no regrets</source>
        <translation>The right choice for the household, with no regrets</translation>
    </message>
    <message>
        <source>Too many options and contradictory reviews</source>
        <translation>Too many options and contradictory reviews</translation>
    </message>
    <message>
        <source>Partner who leads the purchase</source>
        <translation>Partner who leads the purchase</translation>
    </message>
    <message>
        <source>Partner with a say on price and taste</source>
        <translation>Partner with a say on price and taste</translation>
    </message>
    <message>
        <source>Search-ad click → enquiry, quote or showroom visit</source>
        <translation>Search-ad click → enquiry, quote or showroom visit</translation>
    </message>
    <message>
        <source>Enquiry → purchase</source>
        <translation>Enquiry → purchase</translation>
    </message>
    <message>
        <source>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</source>
        <translation>Inside the &quot;$200–2,000 and 7–30 days: search, e-mail, YouTube&quot; bracket of the polytraffic.com rule of thumb</translation>
    </message>
    <message>
        <source>Assumption: search-ad clicks a month</source>
        <translation>Assumption: search-ad clicks a month</translation>
    </message>
    <message>
        <source>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</source>
        <translation>Click → enquiry 6.96%, the 2024 search-ad conversion rate (LocaliQ/WordStream); enquiry → purchase 25% is an assumption</translation>
    </message>
    <message>
        <source>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</source>
        <translation>About 2.5 weeks in all, inside 7–30 days (polytraffic.com)</translation>
    </message>
    <message>
        <source>Assumption: once every five years</source>
        <translation>Assumption: once every five years</translation>
    </message>
    <message>
        <source>Working professionals</source>
        <translation>Working professionals</translation>
    </message>
    <message>
        <source>Career progression, certifications</source>
        <translation>Career progression, certifications</translation>
    </message>
    <message>
        <source>One course every few years</source>
        <translation>One course every few years</translation>
    </message>
    <message>
        <source>Employee whose manager may sponsor the course</source>
        <translation>Employee whose manager may sponsor the course</translation>
    </message>
    <message>
        <source>A recognised qualification that fits around work</source>
        <translation>A recognised qualification that fits around work</translation>
    </message>
    <message>
        <source>Unclear whether the employer will pay; little time to study</source>
        <translation>Unclear whether the employer will pay; little time to study</translation>
    </message>
    <message>
        <source>The learner</source>
        <translation>The learner</translation>
    </message>
    <message>
        <source>Line manager (sponsors the fee when the employer pays)</source>
        <translation>Line manager (sponsors the fee when the employer pays)</translation>
    </message>
    <message>
        <source>Partner or family</source>
        <translation>Partner or family</translation>
    </message>
    <message>
        <source>Website visitor → enquiry</source>
        <translation>Website visitor → enquiry</translation>
    </message>
    <message>
        <source>Enquiry → information session</source>
        <translation>Enquiry → information session</translation>
    </message>
    <message>
        <source>Information session → enrolment</source>
        <translation>Information session → enrolment</translation>
    </message>
    <message>
        <source>Assumption: a professional certificate&apos;s fee</source>
        <translation>Assumption: a professional certificate&apos;s fee</translation>
    </message>
    <message>
        <source>Assumption: website users a month</source>
        <translation>Assumption: website users a month</translation>
    </message>
    <message>
        <source>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</source>
        <translation>Visitor → enquiry 2% inside visitor → lead 1–5% (b2blead.io); the later rates are assumptions</translation>
    </message>
    <message>
        <source>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</source>
        <translation>Assumption: about six weeks, between consumer decisions (hours to weeks) and SMB cycles (14–30 days) plus an employer&apos;s approval</translation>
    </message>
    <message>
        <source>Assumption: a course every two years</source>
        <translation>Assumption: a course every two years</translation>
    </message>
    <message>
        <source>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</source>
        <translation>Churn 3% a month: a good rate for SaaS sold to small businesses is 3–5% a month (statsforstartups.com, &quot;Gross churn rate&quot;, citing Recurly: B2B average 5%); three-year horizon</translation>
    </message>
    <message>
        <source>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</source>
        <translation>Churn 10% a year: mid-market SaaS typically loses 7–12% a year (joysubscription.com, &quot;Average churn rate for SaaS&quot;); the four-year horizon caps the lifetime</translation>
    </message>
    <message>
        <source>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</source>
        <translation>Churn 6% a year: 5–7% is healthy for enterprise SaaS on annual contracts (joysubscription.com, &quot;Average churn rate for SaaS&quot;); five-year horizon, the switching interval of the B2B Institute&apos;s in-market example</translation>
    </message>
    <message>
        <source>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</source>
        <translation>79% of accounts still ordering a year on: construction&apos;s average customer retention rate (First Page Sage, &quot;Customer retention rates by industry&quot;, 2025); five-year horizon</translation>
    </message>
    <message>
        <source>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</source>
        <translation>One person decides: a low-cost, low-risk purchase involves few people (Robinson, Faris &amp; Wind 1967)</translation>
    </message>
    <message>
        <source>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</source>
        <translation>A household of two: a costly household purchase is often weighed by partners together (Kotler &amp; Keller, Marketing Management: family buying roles)</translation>
    </message>
    <message>
        <source>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</source>
        <translation>Assumption (Workbench default): the learner, a sponsoring manager and the family weigh the course together</translation>
    </message>
</context>
<context>
    <name>b2x::Problem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
</context>
<context>
    <name>b2x::ProfileSection</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Consumer segment</source>
        <translation>Consumer segment</translation>
    </message>
    <message>
        <source>Organisation segment</source>
        <translation>Organisation segment</translation>
    </message>
    <message>
        <source>Goals, pains and content</source>
        <translation>Goals, pains and content</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</source>
        <translation>A short, concrete name the team will recognise, e.g. “Enterprise buying committee”.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</source>
        <translation>Whom the offer is sold to. The models measure how B2B-like the audience behaves separately, because label and behaviour often disagree.</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Change label</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>One line that says who this is and how they buy.</source>
        <translation>One line that says who this is and how they buy.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The story of this audience: situation, needs, how a purchase happens.</source>
        <translation>The story of this audience: situation, needs, how a purchase happens.</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Choose colour</translation>
    </message>
    <message>
        <source>Choose the colour of this persona in every chart.</source>
        <translation>Choose the colour of this persona in every chart.</translation>
    </message>
    <message>
        <source>Colour code</source>
        <translation>Colour code</translation>
    </message>
    <message>
        <source>The colour as # and six hexadecimal digits, e.g. #4e79a7.</source>
        <translation>The colour as # and six hexadecimal digits, e.g. #4e79a7.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</source>
        <translation>A colour is written # and six hexadecimal digits, e.g. #4e79a7; “%1” was not saved.</translation>
    </message>
    <message>
        <source>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</source>
        <translation>Demographics and consumer research: who the person is and how they live. Shown for B2C and hybrid audiences.</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>Youngest age in the segment.</source>
        <translation>Youngest age in the segment.</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>Oldest age in the segment.</source>
        <translation>Oldest age in the segment.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>Life stage</translation>
    </message>
    <message>
        <source>Household and stage of life, e.g. “couple with young children”.</source>
        <translation>Household and stage of life, e.g. “couple with young children”.</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Income band</translation>
    </message>
    <message>
        <source>Household or personal income range.</source>
        <translation>Household or personal income range.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Where they live: country, region, city type.</source>
        <translation>Where they live: country, region, city type.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Highest education or field of study.</source>
        <translation>Highest education or field of study.</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Interests, values and lifestyle.</source>
        <translation>Interests, values and lifestyle.</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>Purchase frequency</translation>
    </message>
    <message>
        <source>How often they buy in this category, in words, e.g. “weekly”.</source>
        <translation>How often they buy in this category, in words, e.g. “weekly”.</translation>
    </message>
    <message>
        <source>Price sensitivity</source>
        <translation>Price sensitivity</translation>
    </message>
    <message>
        <source>0 = price hardly matters; 100 = decides on price alone.</source>
        <translation>0 = price hardly matters; 100 = decides on price alone.</translation>
    </message>
    <message>
        <source> of 100</source>
        <translation> of 100</translation>
    </message>
    <message>
        <source>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</source>
        <translation>Firmographics and technographics of the buying organisation, and this person&apos;s place in it. Shown for B2B and hybrid audiences.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>The organisation&apos;s industry; it often explains more than the B2B label does.</source>
        <translation>The organisation&apos;s industry; it often explains more than the B2B label does.</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation>Number of employees.</translation>
    </message>
    <message>
        <source> employees</source>
        <translation> employees</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Annual revenue</translation>
    </message>
    <message>
        <source>The organisation&apos;s yearly revenue, in the workspace currency.</source>
        <translation>The organisation&apos;s yearly revenue, in the workspace currency.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where the organisation operates or buys.</source>
        <translation>Where the organisation operates or buys.</translation>
    </message>
    <message>
        <source>Technology stack</source>
        <translation>Technology stack</translation>
    </message>
    <message>
        <source>Systems the organisation runs that the offer must fit with, one per line.</source>
        <translation>Systems the organisation runs that the offer must fit with, one per line.</translation>
    </message>
    <message>
        <source>Job role</source>
        <translation>Job role</translation>
    </message>
    <message>
        <source>This person&apos;s job.</source>
        <translation>This person&apos;s job.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Where this person works.</source>
        <translation>Where this person works.</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Seniority</translation>
    </message>
    <message>
        <source>Level in the hierarchy.</source>
        <translation>Level in the hierarchy.</translation>
    </message>
    <message>
        <source>Buying authority</source>
        <translation>Buying authority</translation>
    </message>
    <message>
        <source>What this person may decide or sign, e.g. “approves up to 50,000”.</source>
        <translation>What this person may decide or sign, e.g. “approves up to 50,000”.</translation>
    </message>
    <message>
        <source>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</source>
        <translation>One item per line. Content mapped to these is what makes a persona useful to writers and sales.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>What they want to achieve, one per line.</source>
        <translation>What they want to achieve, one per line.</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain points</translation>
    </message>
    <message>
        <source>What hurts today, one per line.</source>
        <translation>What hurts today, one per line.</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>What they say against buying, one per line.</source>
        <translation>What they say against buying, one per line.</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>Information sources</translation>
    </message>
    <message>
        <source>Where they look for advice and research: sites, peers, events. One per line.</source>
        <translation>Where they look for advice and research: sites, peers, events. One per line.</translation>
    </message>
    <message>
        <source>Content preferences</source>
        <translation>Content preferences</translation>
    </message>
    <message>
        <source>Formats and tone that work for them, one per line.</source>
        <translation>Formats and tone that work for them, one per line.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>%1 can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1 can be at most %2 bytes long; the last change was not saved.</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>%1: at most %2 lines; the last change was not saved.</source>
        <translation>%1: at most %2 lines; the last change was not saved.</translation>
    </message>
    <message>
        <source>%1: a line can be at most %2 bytes long; the last change was not saved.</source>
        <translation>%1: a line can be at most %2 bytes long; the last change was not saved.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</source>
        <translation>The minimum age (%1) must not be above the maximum age (%2); the ages were not saved.</translation>
    </message>
    <message>
        <source>Change age range</source>
        <translation>Change age range</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoard</name>
    <message>
        <source>Add tactic…</source>
        <translation>Add tactic…</translation>
    </message>
    <message>
        <source>Add a tactic (campaign) in the selected cell: its persona and stage.</source>
        <translation>Add a tactic (campaign) in the selected cell: its persona and stage.</translation>
    </message>
    <message>
        <source>Add content…</source>
        <translation>Add content…</translation>
    </message>
    <message>
        <source>Add a content item in the selected cell: its persona and stage.</source>
        <translation>Add a content item in the selected cell: its persona and stage.</translation>
    </message>
    <message>
        <source>Stage plan…</source>
        <translation>Stage plan…</translation>
    </message>
    <message>
        <source>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</source>
        <translation>Write the opportunity, strategy and actions of the selected cell&apos;s stage (or click a stage&apos;s header).</translation>
    </message>
    <message>
        <source>RACE board</source>
        <translation>RACE board</translation>
    </message>
    <message>
        <source>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</source>
        <translation>Rows are personas, columns the RACE stages Plan, Reach, Act, Convert and Engage; each cell lists its tactics and content items. Arrow keys move between cards and cells, Enter edits or adds, Delete deletes, the menu key lists the other actions.</translation>
    </message>
    <message>
        <source>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</source>
        <translation>Double-click a card to edit it, empty space to add a tactic; drag a card to another cell to move it.</translation>
    </message>
    <message>
        <source>Add tactic “%1”</source>
        <translation>Add tactic “%1”</translation>
    </message>
    <message>
        <source>Add content item “%1”</source>
        <translation>Add content item “%1”</translation>
    </message>
    <message>
        <source>Edit tactic “%1”</source>
        <translation>Edit tactic “%1”</translation>
    </message>
    <message>
        <source>Edit content item “%1”</source>
        <translation>Edit content item “%1”</translation>
    </message>
    <message>
        <source>Delete tactic “%1”</source>
        <translation>Delete tactic “%1”</translation>
    </message>
    <message>
        <source>Delete content item “%1”</source>
        <translation>Delete content item “%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Move tactic “%1” to %2</source>
        <translation>Move tactic “%1” to %2</translation>
    </message>
    <message>
        <source>Move content item “%1” to %2</source>
        <translation>Move content item “%1” to %2</translation>
    </message>
    <message>
        <source>Edit the plan of the %1 stage</source>
        <translation>Edit the plan of the %1 stage</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Move to stage</translation>
    </message>
    <message>
        <source>Add tactic here…</source>
        <translation>Add tactic here…</translation>
    </message>
    <message>
        <source>Add content item here…</source>
        <translation>Add content item here…</translation>
    </message>
    <message>
        <source>Edit the %1 stage&apos;s plan…</source>
        <translation>Edit the %1 stage&apos;s plan…</translation>
    </message>
</context>
<context>
    <name>b2x::RaceBoardModel</name>
    <message>
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (not in this version&apos;s catalogue)</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>a date</comment>
        <translation>not set</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>No dates</source>
        <translation>No dates</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a tactic&apos;s start and end</comment>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 planned, %2 spent</source>
        <translation>%1 planned, %2 spent</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Content · %1</source>
        <comment>content item and its format</comment>
        <translation>Content · %1</translation>
    </message>
    <message>
        <source>No publish date</source>
        <translation>No publish date</translation>
    </message>
    <message>
        <source>Publishes %1</source>
        <translation>Publishes %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>status %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>board cell: persona, RACE stage</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: gap, no tactic and no content item for this stage</source>
        <translation>%1: gap, no tactic and no content item for this stage</translation>
    </message>
    <message>
        <source>%1: no tactic and no content item</source>
        <translation>%1: no tactic and no content item</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s)</source>
        <translation>
            <numerusform>%1: %n card</numerusform>
            <numerusform>%1: %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</source>
        <translation>Enter edits the selected card or adds a tactic, Delete deletes it, the menu key lists the other actions.</translation>
    </message>
    <message>
        <source>No opportunity, strategy or actions written yet.</source>
        <translation>No opportunity, strategy or actions written yet.</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Opportunity: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Strategy: %1</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions: %1</translation>
    </message>
    <message>
        <source>Click to edit the stage&apos;s opportunity, strategy and actions.</source>
        <translation>Click to edit the stage&apos;s opportunity, strategy and actions.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona no longer in the workspace</translation>
    </message>
    <message>
        <source>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</source>
        <translation>Tactics and content items whose persona was deleted. Edit one to give it a persona, or drag it to a persona&apos;s row.</translation>
    </message>
    <message>
        <source>Plan</source>
        <comment>RACE stage</comment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>RACE stage</comment>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Act</source>
        <comment>RACE stage</comment>
        <translation>Act</translation>
    </message>
    <message>
        <source>Convert</source>
        <comment>RACE stage</comment>
        <translation>Convert</translation>
    </message>
    <message>
        <source>Engage</source>
        <comment>RACE stage</comment>
        <translation>Engage</translation>
    </message>
    <message>
        <source>Plan: the strategy, objectives and resources of the period.</source>
        <translation>Plan: the strategy, objectives and resources of the period.</translation>
    </message>
    <message>
        <source>Reach: build awareness and bring visitors from other sites and media.</source>
        <translation>Reach: build awareness and bring visitors from other sites and media.</translation>
    </message>
    <message>
        <source>Act: get interactions and leads (subscriptions, downloads, trials).</source>
        <translation>Act: get interactions and leads (subscriptions, downloads, trials).</translation>
    </message>
    <message>
        <source>Convert: turn leads into customers and sales.</source>
        <translation>Convert: turn leads into customers and sales.</translation>
    </message>
    <message>
        <source>Engage: keep customers, bring repeat purchases and referrals.</source>
        <translation>Engage: keep customers, bring repeat purchases and referrals.</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>tactic status</comment>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>tactic status</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>tactic status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>tactic status</comment>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Idea</source>
        <comment>content status</comment>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>content status</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>content status</comment>
        <translation>Review</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>content status</comment>
        <translation>Live</translation>
    </message>
    <message>
        <source>Double-click or Enter to edit; drag to another cell to move it.</source>
        <translation>Double-click or Enter to edit; drag to another cell to move it.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>No cards</translation>
    </message>
</context>
<context>
    <name>b2x::RangeSpinBox</name>
    <message>
        <source>%1 must lie between %2 and %3; %4 was not saved.</source>
        <translation>%1 must lie between %2 and %3; %4 was not saved.</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Incomplete number; not saved yet</source>
        <translation>Incomplete number; not saved yet</translation>
    </message>
    <message>
        <source>%1
Allowed: %2 to %3.</source>
        <translation>%1
Allowed: %2 to %3.</translation>
    </message>
</context>
<context>
    <name>b2x::RelationshipSection</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</source>
        <translation>How the relationship continues after the sale. Organisations usually expect a formal, long-term relationship with account managers, training, technical support and contractual service levels; consumers expect easy contact, fair returns and loyalty rewards. Hover over a choice for what it means.</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Account management</translation>
    </message>
    <message>
        <source>Who looks after the customer once they have bought.</source>
        <translation>Who looks after the customer once they have bought.</translation>
    </message>
    <message>
        <source>Personalisation</source>
        <translation>Personalisation</translation>
    </message>
    <message>
        <source>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</source>
        <translation>How far messages and offers are tailored: the same for everyone, per segment, or per account (account-based marketing).</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>How customers learn to use the product.</source>
        <translation>How customers learn to use the product.</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>Technical support</translation>
    </message>
    <message>
        <source>Help with installing, integrating and running it.</source>
        <translation>Help with installing, integrating and running it.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>What response times and availability are promised.</source>
        <translation>What response times and availability are promised.</translation>
    </message>
    <message>
        <source>Returns policy</source>
        <translation>Returns policy</translation>
    </message>
    <message>
        <source>How easily a purchase can be returned.</source>
        <translation>How easily a purchase can be returned.</translation>
    </message>
    <message>
        <source>Customers can join a loyalty programme</source>
        <translation>Customers can join a loyalty programme</translation>
    </message>
    <message>
        <source>Loyalty programme</source>
        <translation>Loyalty programme</translation>
    </message>
    <message>
        <source>Points, member prices or other rewards for buying again.</source>
        <translation>Points, member prices or other rewards for buying again.</translation>
    </message>
    <message>
        <source>Change loyalty programme</source>
        <translation>Change loyalty programme</translation>
    </message>
</context>
<context>
    <name>b2x::ReportBudget</name>
    <message>
        <source>Response curves: %1</source>
        <translation>Response curves: %1</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC: %1</source>
        <translation>Tornado of CLV:CAC: %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</source>
        <translation>For each persona whose channels were given a response or spend limits: where today&apos;s monthly budget would bring the most, and how sure the persona&apos;s figures are. Each channel&apos;s entries follow a Hill saturation curve, as in Meta&apos;s Robyn and Google&apos;s Meridian; the budget goes, step by step, to the channel whose next step adds the most customer value, within the limits set for it.</translation>
    </message>
    <message>
        <source>locked at today&apos;s spend</source>
        <translation>locked at today&apos;s spend</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>at its minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>at its maximum</translation>
    </message>
    <message>
        <source>Budget allocation: %1</source>
        <translation>Budget allocation: %1</translation>
    </message>
    <message>
        <source>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</source>
        <comment>today → proposed</comment>
        <translation>Spend %1 → %2 a month; customers %3 → %4 a month; their value %5 → %6; ROAS %7 → %8.</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</source>
        <translation>The channels&apos; minimum spends alone cost more than today&apos;s budget: each channel stays at its minimum.</translation>
    </message>
    <message>
        <source>%1 a month stays unspent: every channel is at its maximum.</source>
        <translation>%1 a month stays unspent: every channel is at its maximum.</translation>
    </message>
    <message>
        <source>The persona lists no channels.</source>
        <translation>The persona lists no channels.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Spend today</source>
        <translation>Spend today</translation>
    </message>
    <message>
        <source>Proposed spend</source>
        <translation>Proposed spend</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>Marginal ROAS</source>
        <translation>Marginal ROAS</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</source>
        <translation>Entries and customers a month, and CAC, at the proposed spend. Marginal ROAS: the value the next unit of spend on the channel returns; where the budget is split well, it is alike on every channel not held by a limit.</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Customers a month</translation>
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
        <translation>Payback (months)</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>How sure: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln Monte Carlo run(s) through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</source>
        <translation>
            <numerusform>%Ln Monte Carlo run through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</numerusform>
            <numerusform>%Ln Monte Carlo runs through the persona&apos;s models, each input drawn within the spread of its evidence (the same workspace gives the same ranges). Four runs in five fall between p10 and p90.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
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
        <translation>Chance that CLV:CAC is at least 3: %1.</translation>
    </message>
    <message>
        <source>What moves CLV:CAC: %1</source>
        <translation>What moves CLV:CAC: %1</translation>
    </message>
    <message>
        <source>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</source>
        <translation>The inputs that move CLV:CAC the most (%1 with every input at its value), each alone at the low and the high end of its spread:</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC at its low</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC at its high</translation>
    </message>
</context>
<context>
    <name>b2x::ReportDecoder</name>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</source>
        <translation>must be a date written YYYY-MM-DD, such as 2026-12-03, or empty for the day of the export</translation>
    </message>
</context>
<context>
    <name>b2x::ReportEconomics</name>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>one year</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 purchases a year</source>
        <translation>%1 purchases a year</translation>
    </message>
    <message>
        <source>one purchase a year</source>
        <translation>one purchase a year</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchases a year</source>
        <translation>
            <numerusform>%Ln purchase a year</numerusform>
            <numerusform>%Ln purchases a year</numerusform>
        </translation>
    </message>
    <message>
        <source>One-off purchases: %1 each, %2, over a customer lifetime of %3.</source>
        <translation>One-off purchases: %1 each, %2, over a customer lifetime of %3.</translation>
    </message>
    <message>
        <source>Subscription billed yearly at %1</source>
        <translation>Subscription billed yearly at %1</translation>
    </message>
    <message>
        <source>Subscription billed monthly at %1</source>
        <translation>Subscription billed monthly at %1</translation>
    </message>
    <message>
        <source>%1 churn a year</source>
        <translation>%1 churn a year</translation>
    </message>
    <message>
        <source>%1 churn a month</source>
        <translation>%1 churn a month</translation>
    </message>
    <message>
        <source>no churn</source>
        <translation>no churn</translation>
    </message>
    <message>
        <source>revenue of retained customers grows %1 a year</source>
        <translation>revenue of retained customers grows %1 a year</translation>
    </message>
    <message>
        <source>a one-day free trial</source>
        <translation>a one-day free trial</translation>
    </message>
    <message numerus="yes">
        <source>a %Ln-day free trial</source>
        <translation>
            <numerusform>a %Ln-day free trial</numerusform>
            <numerusform>a %Ln-day free trial</numerusform>
        </translation>
    </message>
    <message>
        <source>CLV over the lifetime churn implies (capped at %1)</source>
        <translation>CLV over the lifetime churn implies (capped at %1)</translation>
    </message>
    <message>
        <source>CLV over the horizon of %1</source>
        <translation>CLV over the horizon of %1</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 a year</translation>
    </message>
    <message>
        <source>one a year</source>
        <translation>one a year</translation>
    </message>
    <message numerus="yes">
        <source>%Ln a year</source>
        <translation>
            <numerusform>%Ln a year</numerusform>
            <numerusform>%Ln a year</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</source>
        <translation>Repeat orders: %1 orders, %2, %3 of accounts still ordering a year on; %4.</translation>
    </message>
    <message>
        <source>Revenue per customer a month</source>
        <translation>Revenue per customer a month</translation>
    </message>
    <message>
        <source>Customer lifetime counted in the CLV</source>
        <translation>Customer lifetime counted in the CLV</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Churn a month</source>
        <translation>Churn a month</translation>
    </message>
    <message>
        <source>Paying customers at the steady state</source>
        <translation>Paying customers at the steady state</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR) at the steady state</source>
        <translation>Monthly recurring revenue (MRR) at the steady state</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR) at the steady state</source>
        <translation>Annual recurring revenue (ARR) at the steady state</translation>
    </message>
    <message>
        <source>Revenue a month at the steady state</source>
        <translation>Revenue a month at the steady state</translation>
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
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>%1:1</source>
        <translation>%1:1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</source>
        <translation>&lt;b&gt;Label and behaviour disagree&lt;/b&gt; for %1. Their behaviour, not their label, should decide the channels, content and attribution settings used for them.</translation>
    </message>
    <message>
        <source>Labelled %1 · B2B index %2 · behaves as %3</source>
        <translation>Labelled %1 · B2B index %2 · behaves as %3</translation>
    </message>
    <message>
        <source>Behaviour profile</source>
        <translation>Behaviour profile</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Decision unit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Releases funds</source>
        <translation>Releases funds</translation>
    </message>
    <message>
        <source>Pipeline and sales cycle</source>
        <translation>Pipeline and sales cycle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Entries / month</source>
        <translation>Entries / month</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Min days</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Likely days</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Max days</translation>
    </message>
    <message>
        <source>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</source>
        <translation>Mean cycle %1; half of the deals close within %2, nine in ten within %3.</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Key metrics</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>New customers per month</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Customer acquisition cost (CAC)</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Customer lifetime value (CLV)</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Return on ad spend (ROAS)</translation>
    </message>
    <message>
        <source>Share of the audience in market per quarter</source>
        <translation>Share of the audience in market per quarter</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>No sources recorded: every number is an assumption.</source>
        <translation>No sources recorded: every number is an assumption.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Appendix: models and sources</source>
        <translation>Appendix: models and sources</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>B2B index</translation>
    </message>
    <message>
        <source>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</source>
        <translation>Weighted mean of eight behaviour dimensions scored 0 (consumer-like) to 100 (business-like): decision-unit size 20, decision formality 15, sales-cycle length 20, price point 10, rational motive 5, relationship depth 10, personalisation 10, channel mix 10. Behaves as B2B from 60, as B2C up to 40.</translation>
    </message>
    <message>
        <source>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</source>
        <translation>Probability that a buying group decides at all: 81% for one person, 55% for two, 60% for three, 31% for six, linear between and continuing down to 10% past six.</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Sales cycle</translation>
    </message>
    <message>
        <source>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</source>
        <translation>Each stage&apos;s time is triangular (min, most likely, max); the mean is exact and the p50 and p90 come from the distribution of the sum.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</source>
        <translation>Entries per stage from the monthly volume and each stage&apos;s conversion; customers per month = volume × the product of the rates.</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Unit economics</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Time to revenue</translation>
    </message>
    <message>
        <source>In-market share</source>
        <translation>In-market share</translation>
    </message>
    <message>
        <source>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</source>
        <translation>Share of buyers in market per quarter ≈ 0.25 ÷ inter-purchase interval in years.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Each channel&apos;s window is compared with the p50 and p90 cycle.</source>
        <translation>Each channel&apos;s window is compared with the p50 and p90 cycle.</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Channel fit</translation>
    </message>
    <message>
        <source>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</source>
        <translation>0–100 from the channel&apos;s audience, price band, cycle band, emotional fit, precision and reach against the persona (weights 30, 20, 15, 15, 10, 10).</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Sources of benchmark figures</source>
        <translation>Sources of benchmark figures</translation>
    </message>
    <message>
        <source>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</source>
        <translation>CEB (2014, 2016, 2018), Gartner (2019), Forrester (2026): buying-group sizes.</translation>
    </message>
    <message>
        <source>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</source>
        <translation>CEB / Challenger: probability that a group of 1, 2, 3 or 6 people buys (81%, 55%, 60%, 31%); up to 38% of purchases end in no decision (Challenger 2022).</translation>
    </message>
    <message>
        <source>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</source>
        <translation>firstsales.io, thecroreport.com, revopsdictionary.com: sales-cycle length and close rate by deal size.</translation>
    </message>
    <message>
        <source>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</source>
        <translation>b2blead.io, First Page Sage (via altiorco), getfairview: B2B funnel stage conversion.</translation>
    </message>
    <message>
        <source>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</source>
        <translation>Wolfgang Digital, Monetate, Baymard, LocaliQ/WordStream: e-commerce conversion, order value, cart abandonment, search-ad benchmarks.</translation>
    </message>
    <message>
        <source>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</source>
        <translation>pug.sh, knowmba, metrictoolbox: CAC, CLV, CLV:CAC, payback, break-even ROAS.</translation>
    </message>
    <message>
        <source>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</source>
        <translation>Meta, Google Ads, GA4, LinkedIn documentation: attribution window defaults and maxima.</translation>
    </message>
    <message>
        <source>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</source>
        <translation>Ehrenberg-Bass / B2B Institute: in-market share (95:5).</translation>
    </message>
    <message>
        <source>Binet &amp; Field: brand versus activation budgets, excess share of voice.</source>
        <translation>Binet &amp; Field: brand versus activation budgets, excess share of voice.</translation>
    </message>
    <message>
        <source>McKinsey B2B Pulse 2024: channel use in thirds.</source>
        <translation>McKinsey B2B Pulse 2024: channel use in thirds.</translation>
    </message>
    <message>
        <source>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</source>
        <translation>polytraffic.com, Smart Insights: channel rules of thumb by price and cycle.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
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
            <numerusform>the %Ln persona labelled %1</numerusform>
            <numerusform>the %Ln personas labelled %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln personas that behave as %1</source>
        <translation>
            <numerusform>the %Ln persona that behaves as %1</numerusform>
            <numerusform>the %Ln personas that behave as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (labelled %2)</source>
        <translation>%1 (labelled %2)</translation>
    </message>
    <message>
        <source>This report covers one persona: %1.</source>
        <translation>This report covers one persona: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This report covers %Ln personas: %1.</source>
        <translation>
            <numerusform>This report covers %Ln persona: %1.</numerusform>
            <numerusform>This report covers %Ln personas: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</source>
        <translation>&lt;b&gt;Sales cycle.&lt;/b&gt; Half of the deals of %1 close within %2 and nine in ten within %3; for %4, within %5 and %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</source>
        <translation>&lt;b&gt;Who decides.&lt;/b&gt; Decision unit of %1: %2, with a %3 chance of deciding at all (CEB); of %4: %5, with %6.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</source>
        <translation>&lt;b&gt;Acquisition.&lt;/b&gt; Acquiring a customer costs %1 for %2 and %3 for %4; lifetime value is %5 of that cost for %2 and %6 for %4 (3:1 is the usual healthy ratio).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</source>
        <translation>&lt;b&gt;Time to revenue.&lt;/b&gt; With a new cohort every month, revenue from new customers reaches half its steady level after %1 for %2 and after %3 for %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</source>
        <translation>&lt;b&gt;Channels.&lt;/b&gt; The best-fitting channels are %1 for %2 and %3 for %4.</translation>
    </message>
    <message>
        <source>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</source>
        <translation>The personas in this report are not both B2B and B2C, so the summary compares nothing across the two; the persona pages give each persona&apos;s figures.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</source>
        <translation>&lt;b&gt;Grouped by how they buy instead of by label:&lt;/b&gt; half of the deals of %1 close within %2, against %3 for %4; their decision units have %5 and %6.</translation>
    </message>
    <message>
        <source>Where a group holds several personas, its figure is the median of theirs.</source>
        <translation>Where a group holds several personas, its figure is the median of theirs.</translation>
    </message>
    <message>
        <source>Recommendations and next steps</source>
        <translation>Recommendations and next steps</translation>
    </message>
    <message>
        <source>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</source>
        <translation>The label and the behaviour disagree: plan channels, content and sales for how this persona buys, not for its label.</translation>
    </message>
    <message>
        <source>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</source>
        <translation>Probability that the group decides at all: %1 (the marketer&apos;s estimate).</translation>
    </message>
    <message>
        <source>Probability that the group decides at all: %1 (CEB).</source>
        <translation>Probability that the group decides at all: %1 (CEB).</translation>
    </message>
    <message>
        <source>The decision unit has %1.</source>
        <translation>The decision unit has %1.</translation>
    </message>
    <message>
        <source>Every key role is covered.</source>
        <translation>Every key role is covered.</translation>
    </message>
    <message>
        <source>Key roles nobody covers: %1.</source>
        <translation>Key roles nobody covers: %1.</translation>
    </message>
    <message>
        <source>Stale: not supported</source>
        <translation>Stale: not supported</translation>
    </message>
    <message>
        <source>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</source>
        <translation>Webster &amp; Wind (1972), Robinson, Faris &amp; Wind (1967), Miller Heiman, MEDDIC: buying roles, buy classes, key roles, champions and blockers.</translation>
    </message>
    <message>
        <source>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</source>
        <translation>Workbench default: a judgement made where no published figure exists; the evidence of each persona says which of its figures are assumptions.</translation>
    </message>
    <message>
        <source>Sources of the channel catalogue</source>
        <translation>Sources of the channel catalogue</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels</source>
        <translation>This workspace&apos;s own channels</translation>
    </message>
    <message>
        <source>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</source>
        <translation>%1: factors, price and cycle bands set by the author of this workspace, not published figures.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Months until revenue reaches half its steady level</source>
        <translation>Months until revenue reaches half its steady level</translation>
    </message>
    <message>
        <source>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</source>
        <translation>CAC = monthly spend ÷ customers per month; CLV = monthly revenue per customer × gross margin × lifetime in months (one-off: the customer lifetime; subscriptions and repeat orders: 1 ÷ monthly churn, capped at the horizon); payback = CAC ÷ (monthly revenue per customer × margin); ROAS = customers × price ÷ spend. Not defined where a divisor is zero.</translation>
    </message>
    <message>
        <source>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</source>
        <translation>A cohort enters every month and closes along the cycle distribution. One-off customers pay once; subscribers and repeat buyers keep paying while they stay, so revenue climbs to the steady state where churn balances new customers (MRR and ARR for subscriptions), or keeps growing without churn.</translation>
    </message>
    <message>
        <source>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</source>
        <translation>David Skok, &quot;SaaS Metrics 2.0&quot;: churn, lifetime, MRR and ARR of recurring revenue.</translation>
    </message>
</context>
<context>
    <name>b2x::ReportPhrases</name>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>one person</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>no approval levels</source>
        <translation>no approval levels</translation>
    </message>
    <message>
        <source>one approval level</source>
        <translation>one approval level</translation>
    </message>
    <message numerus="yes">
        <source>%Ln approval levels</source>
        <translation>
            <numerusform>%Ln approval level</numerusform>
            <numerusform>%Ln approval levels</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>The decision unit has %1. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</translation>
    </message>
    <message>
        <source>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</source>
        <translation>%1, %2, %3. A new task scores 20 points, a modified rebuy 10 and a straight rebuy 0 (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys); a formal tender adds 40 and approval levels up to 40, three or more scoring all 40.</translation>
    </message>
    <message>
        <source>formal tender</source>
        <translation>formal tender</translation>
    </message>
    <message>
        <source>no formal tender</source>
        <translation>no formal tender</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Mean sales cycle of %1. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (a $5 item against a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</translation>
    </message>
    <message>
        <source>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Mean of account management (%1), training (%2), technical support (%3) and service level (%4). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</translation>
    </message>
    <message>
        <source>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalisation: %1. Mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</translation>
    </message>
    <message>
        <source>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</source>
        <translation>Each channel&apos;s affinity (0 a consumer platform, 100 a business platform) comes from the channel catalogue; its sources are in the appendix.</translation>
    </message>
    <message>
        <source>B2B affinity of the persona&apos;s one catalogue channel: %1.</source>
        <translation>B2B affinity of the persona&apos;s one catalogue channel: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</source>
        <translation>
            <numerusform>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channel: %1.</numerusform>
            <numerusform>Budget-weighted B2B affinity of the persona&apos;s %Ln catalogue channels: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>one day</source>
        <translation>one day</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend to at least %1.</source>
        <translation>Extend to at least %1.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>
            <numerusform>The %1-day window of %2 is longer than %3 allows (%4 days); reports will use the shorter window.</numerusform>
            <numerusform>The %1-day windows of %2 are longer than %3 allows (%4 days); reports will use the shorter window.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</source>
        <translation>
            <numerusform>The %1-day window of %2 misses more than half of the deals (median cycle %3, 90% within %4).</numerusform>
            <numerusform>The %1-day windows of %2 miss more than half of the deals (median cycle %3, 90% within %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover the cycle: attribute in the CRM.</source>
        <translation>The platform cannot cover the cycle: attribute in the CRM.</translation>
    </message>
    <message>
        <source>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</source>
        <translation>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</translation>
    </message>
    <message numerus="yes">
        <source>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</source>
        <translation>
            <numerusform>The %1-day window of %2 misses the slowest tenth of deals (90% close within %3).</numerusform>
            <numerusform>The %1-day windows of %2 miss the slowest tenth of deals (90% close within %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot cover them: attribute in the CRM.</source>
        <translation>The platform cannot cover them: attribute in the CRM.</translation>
    </message>
    <message>
        <source>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Key role nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</translation>
    </message>
    <message>
        <source>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Key roles nobody in the decision unit covers: %1. An uncovered role is a red flag in sales practice (Miller Heiman).</translation>
    </message>
    <message>
        <source>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>One blocker and no champion: nobody inside argues for the purchase (MEDDIC).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>
            <numerusform>%Ln blocker and no champion: nobody inside argues for the purchase (MEDDIC).</numerusform>
            <numerusform>%Ln blockers and no champion: nobody inside argues for the purchase (MEDDIC).</numerusform>
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
            <numerusform>From %1 to %2, %Ln day.</numerusform>
            <numerusform>From %1 to %2, %Ln days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</source>
        <translation>The plan states no period yet, so this part plans the calendar quarter of the day the report was made. %1</translation>
    </message>
    <message>
        <source>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</source>
        <translation>The plan follows Smart Insights&apos; RACE framework: Plan, Reach, Act, Convert, Engage.</translation>
    </message>
    <message>
        <source>RACE plan</source>
        <translation>RACE plan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Aspirational</source>
        <translation>Aspirational</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of a persona outside this report.</source>
        <translation>Target from the reverse funnel of a persona outside this report.</translation>
    </message>
    <message>
        <source>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</source>
        <translation>Its target would follow the reverse funnel of %1, which gives no number, so the target set by hand is used.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 a month.</source>
        <translation>Target from the reverse funnel of %1: %2 a month.</translation>
    </message>
    <message>
        <source>Target from the reverse funnel of %1: %2 %3.</source>
        <translation>Target from the reverse funnel of %1: %2 %3.</translation>
    </message>
    <message>
        <source>%1 → %2 → %3 %4</source>
        <comment>start, current, target, unit</comment>
        <translation>%1 → %2 → %3 %4</translation>
    </message>
    <message>
        <source>Objectives and key results</source>
        <translation>Objectives and key results</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</source>
        <translation>Progress is the share of the way from the start to the target that the current value has come; an objective&apos;s is the weighted mean of its key results&apos;. The bands are those of Google&apos;s OKR grading (re:Work): green from 70%, yellow from 40%, red below. Committed objectives are expected to be met in full; aspirational ones are stretch goals.</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>Objective and key results</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Start → current → target</source>
        <translation>Start → current → target</translation>
    </message>
    <message>
        <source>%1 new customers</source>
        <translation>%1 new customers</translation>
    </message>
    <message>
        <source>Target for the period</source>
        <translation>Target for the period</translation>
    </message>
    <message>
        <source>%1 of new-customer revenue: %2 at the price of %3</source>
        <translation>%1 of new-customer revenue: %2 at the price of %3</translation>
    </message>
    <message>
        <source>Expected at today&apos;s volume</source>
        <translation>Expected at today&apos;s volume</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>none: today&apos;s volume meets the target</source>
        <translation>none: today&apos;s volume meets the target</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Monthly volume needed</translation>
    </message>
    <message>
        <source>%1 (today %2)</source>
        <translation>%1 (today %2)</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Monthly spend needed</translation>
    </message>
    <message>
        <source>Latest lead entry for half of the deals to close in the period (p50)</source>
        <translation>Latest lead entry for half of the deals to close in the period (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry for nine deals in ten to close in the period (p90)</source>
        <translation>Latest lead entry for nine deals in ten to close in the period (p90)</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Reverse funnel: %1</translation>
    </message>
    <message>
        <source>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</source>
        <translation>The target worked back through this persona&apos;s funnel and sales cycle: leads enter evenly over the period and close along the cycle, so only part of them become customers before it ends.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Entries per stage over the period:</source>
        <translation>Entries per stage over the period:</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>At today&apos;s volume</source>
        <translation>At today&apos;s volume</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Content map</source>
        <translation>Content map</translation>
    </message>
    <message>
        <source>Tactics and content items per persona and RACE stage.</source>
        <translation>Tactics and content items per persona and RACE stage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</source>
        <translation>&lt;b&gt;Gap&lt;/b&gt;: a stage from Reach to Engage where the plan sets a target or an audience size for the persona but no tactic and no content item.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tactic(s)</source>
        <translation>
            <numerusform>%Ln tactic</numerusform>
            <numerusform>%Ln tactics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln content item(s)</source>
        <translation>
            <numerusform>%Ln content item</numerusform>
            <numerusform>%Ln content items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reference(s) of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</source>
        <translation>
            <numerusform>%Ln reference of the plan points to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name it.</numerusform>
            <numerusform>%Ln references of the plan point to a channel, key result or stage that no longer exists; the workbench&apos;s plan checks name them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::RoleListEditor</name>
    <message>
        <source>Roles of this member</source>
        <translation>Roles of this member</translation>
    </message>
    <message>
        <source>Tick every role this person holds: at least one.</source>
        <translation>Tick every role this person holds: at least one.</translation>
    </message>
</context>
<context>
    <name>b2x::StagePlanDialog</name>
    <message>
        <source>Plan for the %1 stage</source>
        <translation>Plan for the %1 stage</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>What this stage can bring: the audience, demand or gap to win.</source>
        <translation>What this stage can bring: the audience, demand or gap to win.</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <source>How the plan means to take the opportunity.</source>
        <translation>How the plan means to take the opportunity.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The main actions; the tactics on the board detail them.</source>
        <translation>The main actions; the tactics on the board detail them.</translation>
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
        <translation>Stage</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Min days</source>
        <translation>Min days</translation>
    </message>
    <message>
        <source>Likely days</source>
        <translation>Likely days</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Max days</translation>
    </message>
    <message>
        <source>What happens in this stage, e.g. “Lead → qualified lead”.</source>
        <translation>What happens in this stage, e.g. “Lead → qualified lead”.</translation>
    </message>
    <message>
        <source>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</source>
        <translation>Share of the people or accounts in this stage that move on to the next one (0–100%). For the last stage: the share that buys.</translation>
    </message>
    <message>
        <source>Shortest time spent in this stage, in days (0–3,650).</source>
        <translation>Shortest time spent in this stage, in days (0–3,650).</translation>
    </message>
    <message>
        <source>Most common time spent in this stage, in days; between min and max.</source>
        <translation>Most common time spent in this stage, in days; between min and max.</translation>
    </message>
    <message>
        <source>Longest time spent in this stage, in days (0–3,650).</source>
        <translation>Longest time spent in this stage, in days (0–3,650).</translation>
    </message>
    <message>
        <source>The share that moves on must lie between 0 and 100%; %1% was not saved.</source>
        <translation>The share that moves on must lie between 0 and 100%; %1% was not saved.</translation>
    </message>
    <message>
        <source>Days must lie between 0 and %1; %2 was not saved.</source>
        <translation>Days must lie between 0 and %1; %2 was not saved.</translation>
    </message>
    <message>
        <source>Edit pipeline stage %1</source>
        <translation>Edit pipeline stage %1</translation>
    </message>
    <message>
        <source>A stage needs a name; the empty name was not saved.</source>
        <translation>A stage needs a name; the empty name was not saved.</translation>
    </message>
    <message>
        <source>A stage name can be at most %1 bytes long; it was not saved.</source>
        <translation>A stage name can be at most %1 bytes long; it was not saved.</translation>
    </message>
    <message>
        <source>“%1” is not a number; it was not saved.</source>
        <translation>“%1” is not a number; it was not saved.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>Add pipeline stage</translation>
    </message>
    <message>
        <source>Remove pipeline stage “%1”</source>
        <translation>Remove pipeline stage “%1”</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>Reorder pipeline stages</translation>
    </message>
    <message>
        <source>min days moved from %1 to %2</source>
        <translation>min days moved from %1 to %2</translation>
    </message>
    <message>
        <source>likely days moved from %1 to %2</source>
        <translation>likely days moved from %1 to %2</translation>
    </message>
    <message>
        <source>max days moved from %1 to %2</source>
        <translation>max days moved from %1 to %2</translation>
    </message>
    <message>
        <source>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</source>
        <translation>Stage %1: %2, so that min ≤ likely ≤ max. Undo puts them back.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>joins the bounds that moved</comment>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>b2x::TacticDialog</name>
    <message>
        <source>Add tactic</source>
        <translation>Add tactic</translation>
    </message>
    <message>
        <source>Edit tactic</source>
        <translation>Edit tactic</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the tactic (campaign) is called on the board and in the report.</source>
        <translation>What the tactic (campaign) is called on the board and in the report.</translation>
    </message>
    <message>
        <source>e.g. ABM programme for 60 named accounts</source>
        <translation>e.g. ABM programme for 60 named accounts</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>RACE &amp;stage</source>
        <translation>RACE &amp;stage</translation>
    </message>
    <message>
        <source>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</source>
        <translation>The channel the tactic runs on: the persona&apos;s channels first, then the rest of the catalogue.</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>The tactic&apos;s first day; the earliest date: not set.</source>
        <translation>The tactic&apos;s first day; the earliest date: not set.</translation>
    </message>
    <message>
        <source>The tactic&apos;s last day; the earliest date: not set.</source>
        <translation>The tactic&apos;s last day; the earliest date: not set.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>What the plan sets aside for the tactic.</source>
        <translation>What the plan sets aside for the tactic.</translation>
    </message>
    <message>
        <source>P&amp;lanned budget</source>
        <translation>P&amp;lanned budget</translation>
    </message>
    <message>
        <source>Spent so far</source>
        <translation>Spent so far</translation>
    </message>
    <message>
        <source>Tick once money was spent, and give the amount.</source>
        <translation>Tick once money was spent, and give the amount.</translation>
    </message>
    <message>
        <source>What the tactic has cost so far.</source>
        <translation>What the tactic has cost so far.</translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation>Actual budget</translation>
    </message>
    <message>
        <source>Where the tactic stands; the board shows it as a coloured word.</source>
        <translation>Where the tactic stands; the board shows it as a coloured word.</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Who runs the tactic.</source>
        <translation>Who runs the tactic.</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>The key result the tactic serves.</source>
        <translation>The key result the tactic serves.</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>No key result</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>objective, then key result</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (no longer in the plan)</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>&amp;Key result</translation>
    </message>
    <message>
        <source>Give the tactic a name.</source>
        <translation>Give the tactic a name.</translation>
    </message>
    <message>
        <source>The tactic ends before it starts.</source>
        <translation>The tactic ends before it starts.</translation>
    </message>
</context>
<context>
    <name>b2x::UncertaintyView</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
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
        <translation>Mean</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>CLV:CAC at its low</source>
        <translation>CLV:CAC at its low</translation>
    </message>
    <message>
        <source>CLV:CAC at its high</source>
        <translation>CLV:CAC at its high</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Swing</translation>
    </message>
    <message>
        <source>Monte Carlo runs; the same number gives the same result every time</source>
        <translation>Monte Carlo runs; the same number gives the same result every time</translation>
    </message>
    <message>
        <source>Ranges of the figures</source>
        <translation>Ranges of the figures</translation>
    </message>
    <message>
        <source>Tornado of CLV:CAC</source>
        <translation>Tornado of CLV:CAC</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Runs:</translation>
    </message>
    <message>
        <source>Cancelled. Press Run to start again.</source>
        <translation>Cancelled. Press Run to start again.</translation>
    </message>
    <message>
        <source>CLV:CAC</source>
        <translation>CLV:CAC</translation>
    </message>
    <message>
        <source>Customers a month</source>
        <translation>Customers a month</translation>
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
        <translation>Payback (months)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Months to 50% of revenue</translation>
    </message>
    <message>
        <source>Select a persona to see how sure its figures are.</source>
        <translation>Select a persona to see how sure its figures are.</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln time(s) through the models…</source>
        <translation>
            <numerusform>Running %Ln time through the models…</numerusform>
            <numerusform>Running %Ln times through the models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s), each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</source>
        <translation>
            <numerusform>%Ln run, each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</numerusform>
            <numerusform>%Ln runs, each input drawn within its evidence&apos;s spread. Chance that CLV:CAC is at least 3: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Run to draw the ranges.</source>
        <translation>Press Run to draw the ranges.</translation>
    </message>
    <message>
        <source>Spread of CLV:CAC over the runs</source>
        <translation>Spread of CLV:CAC over the runs</translation>
    </message>
    <message>
        <source>3:1, the healthy CLV:CAC</source>
        <translation>3:1, the healthy CLV:CAC</translation>
    </message>
    <message>
        <source>CLV:CAC (customer lifetime value to acquisition cost)</source>
        <translation>CLV:CAC (customer lifetime value to acquisition cost)</translation>
    </message>
    <message>
        <source>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</source>
        <translation>How CLV:CAC spread over the runs: each bar is the share of runs whose CLV:CAC fell in its range, from %1 to %2. Half the runs lie below %3 (p50), one in ten below %4 (p10) and one in ten above %5 (p90); the red dash-dotted line marks 3:1, the healthy ratio.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) outside that range are left out of the bars.</source>
        <translation>
            <numerusform>%n run outside that range is left out of the bars.</numerusform>
            <numerusform>%n runs outside that range are left out of the bars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::UserPrompts</name>
    <message>
        <source>B2X workspaces (*.b2x);;All files (*)</source>
        <translation>B2X workspaces (*.b2x);;All files (*)</translation>
    </message>
</context>
<context>
    <name>b2x::WorkbookExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>no workbook could be started</source>
        <translation>no workbook could be started</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceChannelsDialog</name>
    <message>
        <source>Workspace Channels</source>
        <translation>Workspace Channels</translation>
    </message>
    <message>
        <source>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</source>
        <translation>This workspace&apos;s own channels, next to the built-in catalogue: an industry event, a software marketplace, review sites, a referral programme. Personas list them, and channel fit, attribution checks, charts and the report treat them like built-in channels.</translation>
    </message>
    <message>
        <source>Workspace channels</source>
        <translation>Workspace channels</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>B2B affinity</source>
        <translation>B2B affinity</translation>
    </message>
    <message>
        <source>Typical cost</source>
        <translation>Typical cost</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>Delete Channel</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n persona(s): %2.</source>
        <translation>
            <numerusform>%1 is used by %n persona: %2.</numerusform>
            <numerusform>%1 is used by %n personas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel and remove it from these personas too? Undo restores both.</source>
        <translation>Delete the channel and remove it from these personas too? Undo restores both.</translation>
    </message>
    <message>
        <source>Delete and &amp;Remove from Personas</source>
        <translation>Delete and &amp;Remove from Personas</translation>
    </message>
    <message>
        <source>&amp;Keep Channel</source>
        <translation>&amp;Keep Channel</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Add channel %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Edit channel %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>%1 %2 per lead</source>
        <translation>%1 %2 per lead</translation>
    </message>
    <message>
        <source>%1 %2 per thousand</source>
        <translation>%1 %2 per thousand</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDetailsDialog</name>
    <message>
        <source>Workspace Details</source>
        <translation>Workspace Details</translation>
    </message>
    <message>
        <source>ISO 4217 code, three letters (USD, EUR, PLN…)</source>
        <translation>ISO 4217 code, three letters (USD, EUR, PLN…)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>The workspace needs a name.</source>
        <translation>The workspace needs a name.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>The currency must be a three-letter code such as EUR.</translation>
    </message>
    <message>
        <source>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</source>
        <translation>What the client should do next. The report prints it after the executive summary; leave it empty to leave the section out.</translation>
    </message>
    <message>
        <source>&amp;Recommendations and next steps:</source>
        <translation>&amp;Recommendations and next steps:</translation>
    </message>
    <message>
        <source>The recommendations are longer than a workspace can hold (100,000 bytes).</source>
        <translation>The recommendations are longer than a workspace can hold (100,000 bytes).</translation>
    </message>
    <message>
        <source>Edit workspace details</source>
        <translation>Edit workspace details</translation>
    </message>
    <message>
        <source>Edit recommendations</source>
        <translation>Edit recommendations</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceDocument</name>
    <message numerus="yes">
        <source>Delete %n personas</source>
        <translation>
            <numerusform>Delete %n persona</numerusform>
            <numerusform>Delete %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for “%2”</source>
        <comment>undo step: what changed, then the persona it changed</comment>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <source>Delete channel %1</source>
        <translation>Delete channel %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete channel %1 and remove it from %n persona(s)</source>
        <translation>
            <numerusform>Delete channel %1 and remove it from %n persona</numerusform>
            <numerusform>Delete channel %1 and remove it from %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>this is a folder, not a workspace file</source>
        <translation>this is a folder, not a workspace file</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</source>
        <translation>this is not a regular file (it is a device, pipe or socket), so it cannot be a workspace</translation>
    </message>
    <message>
        <source>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</source>
        <translation>the file is %1 MB; workspace files are limited to %2 MB, so this is probably not a workspace</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; workspace files are limited to that</source>
        <translation>the file is larger than %1 MB; workspace files are limited to that</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB</source>
        <translation>the document is larger than %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; it may have been cut short while copying</source>
        <translation>the file is empty; it may have been cut short while copying</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: the file holds %1, not an object</source>
        <translation>this is not a B2X workspace: the file holds %1, not an object</translation>
    </message>
    <message>
        <source>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</source>
        <translation>this is not a B2X workspace: &quot;format&quot; must be &quot;b2x-workspace&quot;</translation>
    </message>
    <message>
        <source>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</source>
        <translation>the file was written by a newer version of B2X Workbench (format version %1; this version reads up to %2). Update the application to open it.</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>must be a three-letter ISO 4217 code such as &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</source>
        <translation>must be an ISO 8601 date and time such as 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</source>
        <translation>&quot;%1&quot; is used by an earlier persona; every persona needs its own id</translation>
    </message>
    <message>
        <source>compared persona &quot;%1&quot; does not exist and was dropped</source>
        <translation>compared persona &quot;%1&quot; does not exist and was dropped</translation>
    </message>
</context>
<context>
    <name>b2x::WorkspaceWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a finite number, so it cannot be saved</source>
        <translation>%1 is not a finite number, so it cannot be saved</translation>
    </message>
</context>
<context>
    <name>b2x::analytics</name>
    <message>
        <source>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</source>
        <translation>%1: the %2-day window is longer than %3 allows (%4 days); reports will use the shorter window.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</source>
        <translation>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4); extend it to at least %4 days.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</source>
        <translation>%1: the %2-day window misses more than half of the deals (median cycle %3 days, 90% within %4), and the platform cannot cover the cycle; attribute in the CRM.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</source>
        <translation>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days); extend it to at least %3 days.</translation>
    </message>
    <message>
        <source>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</source>
        <translation>%1: the %2-day window misses the slowest tenth of deals (90% close within %3 days), and the platform cannot cover them; attribute in the CRM.</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>new task</translation>
    </message>
    <message>
        <source>modified rebuy</source>
        <translation>modified rebuy</translation>
    </message>
    <message>
        <source>straight rebuy</source>
        <translation>straight rebuy</translation>
    </message>
    <message>
        <source>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</source>
        <translation>No channel from the catalogue: this dimension is left out of the index and its weight is spread over the others.</translation>
    </message>
    <message>
        <source>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</source>
        <translation>Budget-weighted B2B affinity of the persona&apos;s %1 catalogue channel(s) is %2; each channel&apos;s affinity (0 consumer platform, 100 business platform) comes from the channel catalogue (docs/channels.md).</translation>
    </message>
    <message>
        <source>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</source>
        <translation>%1 people in the decision unit. On a log scale one person scores 0 and ten or more score 100 (CEB counted 5.4 to 10.2 people per B2B purchase; Gartner 6–10 for a complex solution).</translation>
    </message>
    <message>
        <source>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</source>
        <translation>Buy class %1: %2 of 20 points (Robinson, Faris &amp; Wind: new tasks involve more people than rebuys). %3: %4 of 40. %5 approval level(s): %6 of 40 (three or more score all 40).</translation>
    </message>
    <message>
        <source>Formal tender</source>
        <translation>Formal tender</translation>
    </message>
    <message>
        <source>No formal tender</source>
        <translation>No formal tender</translation>
    </message>
    <message>
        <source>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</source>
        <translation>Mean sales cycle of %1 days. On a log scale of 1 + days, 0 days scores 0, about 12 days 50 and 180 days or more 100 (enterprise cycles run 90–180+ days; consumer decisions take hours to weeks).</translation>
    </message>
    <message>
        <source>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</source>
        <translation>Price of %1 per purchase. On a log scale 5 scores 0 and 50,000 or more score 100 (the sources contrast a $5 item with a $50,000 one); every tenfold step adds 25 points. Prices are read in the workspace currency, not converted.</translation>
    </message>
    <message>
        <source>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</source>
        <translation>The rational-motive slider stands at %1 and is used as it is. It weighs little: rational versus emotional is not B2B versus B2C (CEB/Google: for B2B buyers personal value had twice the impact of business value).</translation>
    </message>
    <message>
        <source>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</source>
        <translation>Mean of account management %1 (%2), training %3 (%4), technical support %5 (%6) and service level %7 (%8). Standard levels score low because consumers get them too; dedicated, guided and contractual levels mark B2B relationships.</translation>
    </message>
    <message>
        <source>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</source>
        <translation>Personalisation is %1: mass scores 0, segment level 30 (the B2C norm), one-to-one 100 (account-based marketing, the B2B norm).</translation>
    </message>
    <message>
        <source>behaves as B2B</source>
        <translation>behaves as B2B</translation>
    </message>
    <message>
        <source>behaves as B2C</source>
        <translation>behaves as B2C</translation>
    </message>
    <message>
        <source>behaves in a mixed way</source>
        <translation>behaves in a mixed way</translation>
    </message>
    <message>
        <source>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</source>
        <translation>Labelled %1 but %2 (B2B index %3): plan channels, content and sales for the behaviour, not the label.</translation>
    </message>
    <message>
        <source>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</source>
        <translation>Labelled hybrid and %1 (B2B index %2). Hybrid describes a seller that sells both ways, so it never conflicts with one audience&apos;s behaviour.</translation>
    </message>
    <message>
        <source>Labelled %1 and %2 (B2B index %3).</source>
        <translation>Labelled %1 and %2 (B2B index %3).</translation>
    </message>
    <message>
        <source>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</source>
        <translation>%1&apos;s B2B affinity is %2; this audience sits at %3 (three parts behaviour, one part label): fit %4%.</translation>
    </message>
    <message>
        <source>No price is set: price neither raises nor lowers %1.</source>
        <translation>No price is set: price neither raises nor lowers %1.</translation>
    </message>
    <message>
        <source>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</source>
        <translation>The price of %1 is %2 powers of ten from the middle of %3&apos;s price band (%4–%5, middle %6): fit %7%.</translation>
    </message>
    <message>
        <source>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</source>
        <translation>The mean cycle of %1 days is %2 powers of ten (of 1 + days) from the middle of %3&apos;s decision-time band (%4–%5 days, middle %6): fit %7%.</translation>
    </message>
    <message>
        <source>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</source>
        <translation>This audience decides %1% on emotion (100 − rational) and %2&apos;s emotional fit is %3: they agree %4% of the time.</translation>
    </message>
    <message>
        <source>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</source>
        <translation>A decision unit of this size needs precision %1 (its size score) to reach its roles; %2 offers %3: fit %4%.</translation>
    </message>
    <message>
        <source>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</source>
        <translation>%1 top-of-funnel entries a month call for reach %2 (log scale: 10 → 0, 10 million → 100); %3 offers %4: they agree %5% of the time.</translation>
    </message>
    <message>
        <source>decider or economic buyer</source>
        <translation>decider or economic buyer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>technical evaluator (specifier)</source>
        <translation>technical evaluator (specifier)</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>buyer</translation>
    </message>
    <message>
        <source>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</source>
        <translation>Nobody in the decision unit is the %1: an uncovered role is a red flag in sales practice (Miller Heiman).</translation>
    </message>
    <message>
        <source>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</source>
        <translation>%1 blocker(s) and no champion: nobody inside argues for the purchase (MEDDIC).</translation>
    </message>
</context>
<context>
    <name>b2x::calibration</name>
    <message>
        <source>the column “%1” is missing.</source>
        <translation>the column “%1” is missing.</translation>
    </message>
    <message>
        <source>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</source>
        <translation>Every date such as 03/04/2026 could be 3 April or March 4: say whether the day or the month comes first.</translation>
    </message>
    <message>
        <source>Some dates put the day first and others the month: export the file with one date format.</source>
        <translation>Some dates put the day first and others the month: export the file with one date format.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100.</source>
        <translation>“%1” is not a date between 1970 and 2100.</translation>
    </message>
    <message>
        <source>the channel is empty.</source>
        <translation>the channel is empty.</translation>
    </message>
    <message>
        <source>the spend must be a number of 0 or more.</source>
        <translation>the spend must be a number of 0 or more.</translation>
    </message>
    <message>
        <source>the count must be a number of 0 or more.</source>
        <translation>the count must be a number of 0 or more.</translation>
    </message>
    <message>
        <source>The file is %1 MB, more than the %2 MB an import may be.</source>
        <translation>The file is %1 MB, more than the %2 MB an import may be.</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</source>
        <translation>the file holds a NUL byte: it is not a text CSV file (a spreadsheet saved in its own format, or UTF-16). Save or export it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</source>
        <translation>the text is not UTF-8 (a byte 0x%1 cannot start or continue a character). Export the file as CSV UTF-8, or save it again in that encoding.</translation>
    </message>
    <message>
        <source>The CSV parser could not start (out of memory).</source>
        <translation>The CSV parser could not start (out of memory).</translation>
    </message>
    <message>
        <source>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</source>
        <translation>a quote stands inside a field that does not start with one, or text follows a closing quote. Quote the whole field and double the quotes inside it (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file. Check the quotes from this row on.</source>
        <translation>a quoted field is not closed before the end of the file. Check the quotes from this row on.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB an import may be.</source>
        <translation>%1 is %2 MB, more than the %3 MB an import may be.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>the event is for deal “%1”, which the deals file does not have.</source>
        <translation>the event is for deal “%1”, which the deals file does not have.</translation>
    </message>
    <message>
        <source>the status “%1” is not open, won or lost.</source>
        <translation>the status “%1” is not open, won or lost.</translation>
    </message>
    <message>
        <source>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</source>
        <translation>the columns are not those of a HubSpot, Salesforce or Pipedrive export, nor the generic deals file (deal_id, created_at, status). Name the format, or map the columns by hand.</translation>
    </message>
    <message>
        <source>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</source>
        <translation>Some dates put the day first (25/03/2026) and others the month (03/25/2026): export the files with one date format.</translation>
    </message>
    <message>
        <source>The opportunities need their stage history (an Opportunity History export).</source>
        <translation>The opportunities need their stage history (an Opportunity History export).</translation>
    </message>
    <message>
        <source>No deal entered “%1”: it keeps its modelled values.</source>
        <translation>No deal entered “%1”: it keeps its modelled values.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n deal(s) entered “%1”: its conversion is uncertain (see the interval).</source>
        <translation>
            <numerusform>Only %n deal entered “%1”: its conversion is uncertain (see the interval).</numerusform>
            <numerusform>Only %n deals entered “%1”: its conversion is uncertain (see the interval).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</source>
        <translation>“%1” still converts deals that entered late: its conversion is a lower bound until they have had time to move on.</translation>
    </message>
    <message>
        <source>CRM stages not mapped to a stage of the persona, ignored: %1.</source>
        <translation>CRM stages not mapped to a stage of the persona, ignored: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n won or lost deal(s) have no close date: counted as open.</source>
        <translation>
            <numerusform>%n won or lost deal has no close date: counted as open.</numerusform>
            <numerusform>%n won or lost deals have no close date: counted as open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) created after the as-of date are left out.</source>
        <translation>
            <numerusform>%n deal created after the as-of date is left out.</numerusform>
            <numerusform>%n deals created after the as-of date are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage change(s) after the as-of date are ignored.</source>
        <translation>
            <numerusform>%n stage change after the as-of date is ignored.</numerusform>
            <numerusform>%n stage changes after the as-of date are ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) a deal entered a stage again: its first entry counts.</source>
        <translation>
            <numerusform>Once a deal entered a stage again: its first entry counts.</numerusform>
            <numerusform>%n times a deal entered a stage again: its first entry counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) entered stages out of pipeline order: each stage ends at the first later stage entered after it.</source>
        <translation>
            <numerusform>%n deal entered stages out of pipeline order: each stage ends at the first later stage entered after it.</numerusform>
            <numerusform>%n deals entered stages out of pipeline order: each stage ends at the first later stage entered after it.</numerusform>
        </translation>
    </message>
    <message>
        <source>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</source>
        <translation>the field is %1 KiB long, more than the %2 KiB a field may hold. Check that every quote in the file is closed.</translation>
    </message>
    <message>
        <source>the row has more than %1 columns. Export only the columns the import needs.</source>
        <translation>the row has more than %1 columns. Export only the columns the import needs.</translation>
    </message>
    <message>
        <source>the header has an empty column name.</source>
        <translation>the header has an empty column name.</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice.</source>
        <translation>the header names the column &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2.</source>
        <translation>the row has %1 fields, the header %2.</translation>
    </message>
    <message>
        <source>the file has more than %L1 rows.</source>
        <translation>the file has more than %L1 rows.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>row %1, column %2: %3</translation>
    </message>
    <message>
        <source>the column “%1” is missing. Export it, or map the columns by hand.</source>
        <translation>the column “%1” is missing. Export it, or map the columns by hand.</translation>
    </message>
    <message>
        <source>the date is empty.</source>
        <translation>the date is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</source>
        <translation>“%1” is not a date between 1970 and 2100 (use 2026-03-31, 31/03/2026 or 03/31/2026).</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>“%1” is not an amount.</translation>
    </message>
    <message>
        <source>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</source>
        <translation>the amount is negative. A deal&apos;s amount is what it is worth (0 or more).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>“%1” is neither true nor false.</translation>
    </message>
    <message>
        <source>the deal has no id.</source>
        <translation>the deal has no id.</translation>
    </message>
    <message>
        <source>the deal id “%1” is already used on row %2: each deal must appear once.</source>
        <translation>the deal id “%1” is already used on row %2: each deal must appear once.</translation>
    </message>
    <message>
        <source>no column is chosen for “%1”, which every deal needs.</source>
        <translation>no column is chosen for “%1”, which every deal needs.</translation>
    </message>
    <message>
        <source>the column “%1” chosen for “%2” is not in the file.</source>
        <translation>the column “%1” chosen for “%2” is not in the file.</translation>
    </message>
    <message>
        <source>the column “%1” is chosen for two columns; choose it once.</source>
        <translation>the column “%1” is chosen for two columns; choose it once.</translation>
    </message>
</context>
<context>
    <name>b2x::charts</name>
    <message>
        <source>Behaviour profile</source>
        <translation>Behaviour profile</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>B2B index</translation>
    </message>
    <message>
        <source>Decision unit</source>
        <translation>Decision unit</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Sales cycle</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Time to revenue</source>
        <translation>Time to revenue</translation>
    </message>
    <message>
        <source>Channel fit</source>
        <translation>Channel fit</translation>
    </message>
    <message>
        <source>Unit economics</source>
        <translation>Unit economics</translation>
    </message>
    <message>
        <source>Attribution windows</source>
        <translation>Attribution windows</translation>
    </message>
    <message>
        <source>On which dimensions does each audience behave like a business or a consumer?</source>
        <translation>On which dimensions does each audience behave like a business or a consumer?</translation>
    </message>
    <message>
        <source>How business-like is every persona, and where do label and behaviour disagree?</source>
        <translation>How business-like is every persona, and where do label and behaviour disagree?</translation>
    </message>
    <message>
        <source>How many people decide, and how likely is such a group to decide at all?</source>
        <translation>How many people decide, and how likely is such a group to decide at all?</translation>
    </message>
    <message>
        <source>How long does each stage take, and when do half and nine in ten deals close?</source>
        <translation>How long does each stage take, and when do half and nine in ten deals close?</translation>
    </message>
    <message>
        <source>How many enter each stage per month, and how many become customers?</source>
        <translation>How many enter each stage per month, and how many become customers?</translation>
    </message>
    <message>
        <source>Which channels fit each audience best, and where does the budget go?</source>
        <translation>Which channels fit each audience best, and where does the budget go?</translation>
    </message>
    <message>
        <source>Is each customer worth three times what it costs to win, and how soon does it pay back?</source>
        <translation>Is each customer worth three times what it costs to win, and how soon does it pay back?</translation>
    </message>
    <message>
        <source>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</source>
        <translation>Do the ad platforms&apos; attribution windows last as long as the sales cycle?</translation>
    </message>
    <message>
        <source>How fast does monthly revenue build up after the campaigns start?</source>
        <translation>How fast does monthly revenue build up after the campaigns start?</translation>
    </message>
    <message>
        <source>Plan timeline</source>
        <translation>Plan timeline</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Reverse funnel</translation>
    </message>
    <message>
        <source>When does each tactic run, and does it start early enough for its leads to close inside the period?</source>
        <translation>When does each tactic run, and does it start early enough for its leads to close inside the period?</translation>
    </message>
    <message>
        <source>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</source>
        <translation>How many entries does each stage need for the target, against what today&apos;s volume brings over the period?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Reverse funnel: %1</source>
        <translation>Reverse funnel: %1</translation>
    </message>
    <message>
        <source>Conversion per stage</source>
        <translation>Conversion per stage</translation>
    </message>
    <message>
        <source>Modelled</source>
        <translation>Modelled</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Share that moves on</source>
        <translation>Share that moves on</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Whole cycle: created to won</source>
        <translation>Whole cycle: created to won</translation>
    </message>
    <message>
        <source>Modelled (the persona&apos;s stages)</source>
        <translation>Modelled (the persona&apos;s stages)</translation>
    </message>
    <message>
        <source>Measured (Kaplan–Meier)</source>
        <translation>Measured (Kaplan–Meier)</translation>
    </message>
    <message>
        <source>Days since the deal was created</source>
        <translation>Days since the deal was created</translation>
    </message>
    <message>
        <source>Won deals closed</source>
        <translation>Won deals closed</translation>
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
        <translation>Days: attribution window, then the shortfall to the p90</translation>
    </message>
    <message>
        <source>p50 of the cycle</source>
        <translation>p50 of the cycle</translation>
    </message>
    <message>
        <source>p90 of the cycle</source>
        <translation>p90 of the cycle</translation>
    </message>
    <message>
        <source>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</source>
        <translation>None of the compared audiences has an attributed channel: set an attribution window on a channel in the Channels section.</translation>
    </message>
    <message>
        <source>Short of the p90</source>
        <translation>Short of the p90</translation>
    </message>
    <message>
        <source>%1
%2: %3 window · cycle p50 %4, p90 %5</source>
        <translation>%1
%2: %3 window · cycle p50 %4, p90 %5</translation>
    </message>
    <message>
        <source>%1
Short of the p90 by %2</source>
        <translation>%1
Short of the p90 by %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3 personas with this channel miss their own p90</source>
        <translation>%1
%2 of %3 personas with this channel miss their own p90</translation>
    </message>
    <message>
        <source>Every window lasts until nine in ten deals have closed.</source>
        <translation>Every window lasts until nine in ten deals have closed.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Cycle p50</source>
        <translation>Cycle p50</translation>
    </message>
    <message>
        <source>Cycle p90</source>
        <translation>Cycle p90</translation>
    </message>
    <message>
        <source>Covers p90</source>
        <translation>Covers p90</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No, short by %1</source>
        <translation>No, short by %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 personas short)</source>
        <translation>%1 (%2 of %3 personas short)</translation>
    </message>
    <message>
        <source>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</source>
        <translation>Windows that end before nine in ten deals close (red): %1 of %2. Conversions after the window are not credited to the channel, which then looks worse than it is.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::B2bIndexChart</name>
    <message>
        <source>B2B index (0 consumer-like, 100 business-like)</source>
        <translation>B2B index (0 consumer-like, 100 business-like)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Mixed behaviour (%1–%2)</source>
        <translation>Mixed behaviour (%1–%2)</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>%1 label</translation>
    </message>
    <message>
        <source>Label and behaviour disagree</source>
        <translation>Label and behaviour disagree</translation>
    </message>
    <message>
        <source>%1
B2B index %2 · label %3 · behaves %4</source>
        <translation>%1
B2B index %2 · label %3 · behaves %4</translation>
    </message>
    <message>
        <source>%1
The label and the behaviour disagree.</source>
        <translation>%1
The label and the behaviour disagree.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to place them on the B2B index.</source>
        <translation>Add personas to the workspace to place them on the B2B index.</translation>
    </message>
    <message>
        <source>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</source>
        <translation>Personas in the workspace: %1. Ringed, where the label and the behaviour disagree: %2.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>B2B index</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Behaves as</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>b2x::charts::BehaviourRadarChart</name>
    <message>
        <source>%1
%2: %3 of 100</source>
        <translation>%1
%2: %3 of 100</translation>
    </message>
    <message>
        <source>%1
%2: not applicable (no data)</source>
        <translation>%1
%2: not applicable (no data)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
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
        <translation>Scores from 0 (consumer-like) to 100 (business-like); each ring is the mean of the group&apos;s personas.</translation>
    </message>
    <message>
        <source>Scores from 0 (consumer-like) to 100 (business-like).</source>
        <translation>Scores from 0 (consumer-like) to 100 (business-like).</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChannelFitChart</name>
    <message>
        <source>Fit (0–100); diamonds: share of the budget (%)</source>
        <translation>Fit (0–100); diamonds: share of the budget (%)</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Share of the budget</translation>
    </message>
    <message>
        <source>%1
%2: fit %3 of 100 · %4 of the budget</source>
        <translation>%1
%2: fit %3 of 100 · %4 of the budget</translation>
    </message>
    <message>
        <source>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</source>
        <translation>Rows: each audience&apos;s three best-fitting channels and the one with the largest budget. The table lists every catalogue channel&apos;s fit.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the numbers of this chart as a table</source>
        <translation>Show the numbers of this chart as a table</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Show %1 as a table</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1 chart</translation>
    </message>
    <message>
        <source>The same numbers are in the table: press the Table button beside the title.</source>
        <translation>The same numbers are in the table: press the Table button beside the title.</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 as a table</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Show the chart again</source>
        <translation>Show the chart again</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <source>Show all the charts again (Esc)</source>
        <translation>Show all the charts again (Esc)</translation>
    </message>
    <message>
        <source>Show this chart alone, as large as the panel allows</source>
        <translation>Show this chart alone, as large as the panel allows</translation>
    </message>
    <message>
        <source>Show all the charts again</source>
        <translation>Show all the charts again</translation>
    </message>
    <message>
        <source>Enlarge %1</source>
        <translation>Enlarge %1</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartDataBuilder</name>
    <message>
        <source>Top of funnel</source>
        <translation>Top of funnel</translation>
    </message>
    <message>
        <source>Select personas to compare: click one in the list, Ctrl+click to add up to six.</source>
        <translation>Select personas to compare: click one in the list, Ctrl+click to add up to six.</translation>
    </message>
    <message>
        <source>Add personas to the workspace to compare their groups.</source>
        <translation>Add personas to the workspace to compare their groups.</translation>
    </message>
    <message>
        <source>B2B label</source>
        <translation>B2B label</translation>
    </message>
    <message>
        <source>Hybrid label</source>
        <translation>Hybrid label</translation>
    </message>
    <message>
        <source>B2C label</source>
        <translation>B2C label</translation>
    </message>
    <message>
        <source>Behaves as B2B</source>
        <translation>Behaves as B2B</translation>
    </message>
    <message>
        <source>Behaves mixed</source>
        <translation>Behaves mixed</translation>
    </message>
    <message>
        <source>Behaves as B2C</source>
        <translation>Behaves as B2C</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message>
        <source>Mean cycle</source>
        <translation>Mean cycle</translation>
    </message>
    <message>
        <source>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</source>
        <translation>Select the personas to group: click one in the list, Ctrl+click to add more; or group all personas.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ChartScale</name>
    <message>
        <source>million %1</source>
        <translation>million %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>thousand %1</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1B</translation>
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
        <translation>People in the decision unit</translation>
    </message>
    <message>
        <source>Probability of a decision</source>
        <translation>Probability of a decision</translation>
    </message>
    <message>
        <source>CEB consensus curve</source>
        <translation>CEB consensus curve</translation>
    </message>
    <message>
        <source>CEB measurements</source>
        <translation>CEB measurements</translation>
    </message>
    <message>
        <source>CEB: a group of %1 decides in %2 of cases</source>
        <translation>CEB: a group of %1 decides in %2 of cases</translation>
    </message>
    <message>
        <source>%1
%2 people · %3 probability of a decision</source>
        <translation>%1
%2 people · %3 probability of a decision</translation>
    </message>
    <message>
        <source>%1 (your estimate)</source>
        <translation>%1 (your estimate)</translation>
    </message>
    <message>
        <source>%1 — nobody covers: %2</source>
        <translation>%1 — nobody covers: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</source>
        <translation>Every key role (decider, user, specifier, buyer) is covered. Squares are your own estimates.</translation>
    </message>
    <message>
        <source>Uncovered roles are a red flag (Miller Heiman):
%1</source>
        <translation>Uncovered roles are a red flag (Miller Heiman):
%1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>CEB for this size</source>
        <translation>CEB for this size</translation>
    </message>
    <message>
        <source>Uncovered roles</source>
        <translation>Uncovered roles</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>b2x::charts::FunnelChart</name>
    <message>
        <source>Funnel step (the last point of a line: customers)</source>
        <translation>Funnel step (the last point of a line: customers)</translation>
    </message>
    <message>
        <source>Entries per month</source>
        <translation>Entries per month</translation>
    </message>
    <message>
        <source>Entries per month (log scale)</source>
        <translation>Entries per month (log scale)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>%1
%2: %3 per month</source>
        <translation>%1
%2: %3 per month</translation>
    </message>
    <message>
        <source>%1 · %2 move on</source>
        <translation>%1 · %2 move on</translation>
    </message>
    <message>
        <source>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</source>
        <translation>Groups: the mean top-of-funnel entries and customers per month; the personas&apos; stages differ, so only the two ends are compared.</translation>
    </message>
    <message>
        <source>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</source>
        <translation>Stages differ between personas: the table and the tooltips name each step. Zero counts are drawn at the bottom of a log axis.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Move on</translation>
    </message>
</context>
<context>
    <name>b2x::charts::OutcomeHistogramChart</name>
    <message>
        <source>Share of runs (%)</source>
        <translation>Share of runs (%)</translation>
    </message>
    <message>
        <source>Runs in each range</source>
        <translation>Runs in each range</translation>
    </message>
    <message>
        <source>p50 (median): %1</source>
        <translation>p50 (median): %1</translation>
    </message>
    <message>
        <source>p10 and p90: %1 and %2</source>
        <translation>p10 and p90: %1 and %2</translation>
    </message>
</context>
<context>
    <name>b2x::charts::PlanTimelineChart</name>
    <message>
        <source>Period start and end</source>
        <translation>Period start and end</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>starts after %1: most of its leads close after the period</source>
        <translation>starts after %1: most of its leads close after the period</translation>
    </message>
    <message>
        <source>starts after %1: some of its leads close after the period</source>
        <translation>starts after %1: some of its leads close after the period</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 to %4, %5
Planned budget: %6</source>
        <translation>%1 (%2)
%3 to %4, %5
Planned budget: %6</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Channel: %1</translation>
    </message>
    <message>
        <source>Too late: %1</source>
        <translation>Too late: %1</translation>
    </message>
    <message>
        <source>Weeks (from Monday)</source>
        <translation>Weeks (from Monday)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Latest lead entry to close in the period, half of the deals (p50)</source>
        <translation>Latest lead entry to close in the period, half of the deals (p50)</translation>
    </message>
    <message>
        <source>Latest lead entry, nine deals in ten (p90)</source>
        <translation>Latest lead entry, nine deals in ten (p90)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>The plan has no tactics yet: add them to see them on the calendar.</source>
        <translation>The plan has no tactics yet: add them to see them on the calendar.</translation>
    </message>
    <message numerus="yes">
        <source>None of the plan&apos;s %n tactic(s) has valid start and end dates, so none can be drawn: give them dates.</source>
        <translation>
            <numerusform>The plan&apos;s only tactic has no valid start and end dates, so it cannot be drawn: give it dates.</numerusform>
            <numerusform>None of the plan&apos;s %n tactics has valid start and end dates, so none can be drawn: give them dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</source>
        <translation>%1: leads must enter by %2 for half of the deals to close inside the period, by %3 for nine in ten.</translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) start too late to close inside the period.</source>
        <translation>
            <numerusform>%n tactic starts too late to close inside the period.</numerusform>
            <numerusform>%n tactics start too late to close inside the period.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more tactic(s) not drawn (the chart shows the first %1 rows; the table lists all): %2.</source>
        <translation>
            <numerusform>%n more tactic not drawn (the chart shows the first %1 rows; the table lists all): %2.</numerusform>
            <numerusform>%n more tactics not drawn (the chart shows the first %1 rows; the table lists all): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tactic(s) without valid dates, not drawn: %1.</source>
        <translation>
            <numerusform>%n tactic without valid dates, not drawn: %1.</numerusform>
            <numerusform>%n tactics without valid dates, not drawn: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no period: the current quarter is drawn.</source>
        <translation>The plan has no period: the current quarter is drawn.</translation>
    </message>
    <message>
        <source>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</source>
        <translation>Bars: solid running, light planned, dotted border done, faded with a grey dashed border stopped.</translation>
    </message>
    <message>
        <source>Time runs from right to left.</source>
        <translation>Time runs from right to left.</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>Tactic</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation>Planned budget</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>not drawn</translation>
    </message>
    <message>
        <source>not drawn; %1</source>
        <translation>not drawn; %1</translation>
    </message>
    <message>
        <source>no valid dates: not drawn</source>
        <translation>no valid dates: not drawn</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ResponseCurveChart</name>
    <message>
        <source>Entries a month</source>
        <translation>Entries a month</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Monthly spend (%1)</source>
        <translation>Monthly spend (%1)</translation>
    </message>
</context>
<context>
    <name>b2x::charts::ReverseFunnelChart</name>
    <message>
        <source>Required by the target</source>
        <translation>Required by the target</translation>
    </message>
    <message>
        <source>Available at today&apos;s volume</source>
        <translation>Available at today&apos;s volume</translation>
    </message>
    <message>
        <source>Pipeline stage (entries over the period), then customers</source>
        <translation>Pipeline stage (entries over the period), then customers</translation>
    </message>
    <message>
        <source>Entries over the period</source>
        <translation>Entries over the period</translation>
    </message>
    <message>
        <source>Entries over the period (log scale)</source>
        <translation>Entries over the period (log scale)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>%1
Required by the target: %2
Available at today&apos;s volume: %3</source>
        <translation>%1
Required by the target: %2
Available at today&apos;s volume: %3</translation>
    </message>
    <message>
        <source>Select a persona to see what its target needs, stage by stage.</source>
        <translation>Select a persona to see what its target needs, stage by stage.</translation>
    </message>
    <message>
        <source>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</source>
        <translation>%1: today&apos;s volume meets the target: about %2 customers expected in the period against a target of %3.</translation>
    </message>
    <message>
        <source>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</source>
        <translation>%1: at today&apos;s volume the period brings about %2 customers against a target of %3, %4 short.</translation>
    </message>
    <message>
        <source>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</source>
        <translation>Every stage needs %1 times today&apos;s entries: a monthly volume of %2 instead of %3, and a monthly spend of %4 instead of %5.</translation>
    </message>
    <message>
        <source>%1 has no target: only today&apos;s entries are drawn.</source>
        <translation>%1 has no target: only today&apos;s entries are drawn.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</source>
        <translation>Today&apos;s volume closes no customer inside the period, so the entries the target needs are not defined: only today&apos;s entries are drawn per stage.</translation>
    </message>
    <message>
        <source>Log scale: the stages differ by orders of magnitude.</source>
        <translation>Log scale: the stages differ by orders of magnitude.</translation>
    </message>
</context>
<context>
    <name>b2x::charts::SalesCycleChart</name>
    <message>
        <source>Days (bars: expected time in each stage)</source>
        <translation>Days (bars: expected time in each stage)</translation>
    </message>
    <message>
        <source>%1
Half of the deals close within %2 (p50)</source>
        <translation>%1
Half of the deals close within %2 (p50)</translation>
    </message>
    <message>
        <source>%1
Nine in ten deals close within %2 (p90)</source>
        <translation>%1
Nine in ten deals close within %2 (p90)</translation>
    </message>
    <message>
        <source>p50: half of deals closed</source>
        <translation>p50: half of deals closed</translation>
    </message>
    <message>
        <source>p90: nine in ten closed</source>
        <translation>p90: nine in ten closed</translation>
    </message>
    <message>
        <source>%1
%2: %3 expected (%4 to %5)</source>
        <translation>%1
%2: %3 expected (%4 to %5)</translation>
    </message>
    <message>
        <source>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</source>
        <translation>Group bars show the mean cycle of their personas; stages differ between personas, so they are not split.</translation>
    </message>
    <message>
        <source>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</source>
        <translation>The bar adds up the stages&apos; expected durations (the mean cycle); the markers show when half and nine in ten of the deals have closed.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Shortest</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <source>p50 of the whole cycle</source>
        <translation>p50 of the whole cycle</translation>
    </message>
    <message>
        <source>p90 of the whole cycle</source>
        <translation>p90 of the whole cycle</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TimeToRevenueChart</name>
    <message>
        <source>Months after the campaigns start</source>
        <translation>Months after the campaigns start</translation>
    </message>
    <message>
        <source>Revenue per month (%1)</source>
        <translation>Revenue per month (%1)</translation>
    </message>
    <message>
        <source>Revenue per month (%1, log)</source>
        <translation>Revenue per month (%1, log)</translation>
    </message>
    <message>
        <source>%1: no new customers, so no revenue</source>
        <translation>%1: no new customers, so no revenue</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month reaching 50%</source>
        <translation>Month reaching 50%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1
Month %2: %3, of which %4 from new customers</source>
        <translation>%1
Month %2: %3, of which %4 from new customers</translation>
    </message>
    <message>
        <source>%1
Month %2: %3 from new customers</source>
        <translation>%1
Month %2: %3 from new customers</translation>
    </message>
    <message>
        <source>Steady state: %1 a month</source>
        <translation>Steady state: %1 a month</translation>
    </message>
    <message>
        <source>No steady state: revenue keeps growing</source>
        <translation>No steady state: revenue keeps growing</translation>
    </message>
    <message>
        <source>%1: steady state</source>
        <translation>%1: steady state</translation>
    </message>
    <message>
        <source>%1: new customers</source>
        <translation>%1: new customers</translation>
    </message>
    <message>
        <source>%1: half of the steady monthly revenue by month %2</source>
        <translation>%1: half of the steady monthly revenue by month %2</translation>
    </message>
    <message>
        <source>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</source>
        <translation>%1: no steady state, revenue keeps growing (churn does not outweigh expansion)</translation>
    </message>
    <message>
        <source>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</source>
        <translation>Solid: revenue of all paying customers; dashed: the steady state; dotted: revenue from new customers (recurring revenue only).</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Steady state</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>b2x::charts::TornadoChart</name>
    <message>
        <source>Below today&apos;s value</source>
        <translation>Below today&apos;s value</translation>
    </message>
    <message>
        <source>Above today&apos;s value</source>
        <translation>Above today&apos;s value</translation>
    </message>
    <message>
        <source>All inputs together: p10–p90</source>
        <translation>All inputs together: p10–p90</translation>
    </message>
    <message>
        <source>All inputs together</source>
        <translation>All inputs together</translation>
    </message>
</context>
<context>
    <name>b2x::charts::UnitEconomicsChart</name>
    <message>
        <source>CLV = 3 × CAC (healthy)</source>
        <translation>CLV = 3 × CAC (healthy)</translation>
    </message>
    <message>
        <source>CLV = CAC (break-even)</source>
        <translation>CLV = CAC (break-even)</translation>
    </message>
    <message>
        <source>no payback</source>
        <translation>no payback</translation>
    </message>
    <message>
        <source>payback %1 mo</source>
        <translation>payback %1 mo</translation>
    </message>
    <message>
        <source>CAC: cost to win a customer (%1, log scale)</source>
        <translation>CAC: cost to win a customer (%1, log scale)</translation>
    </message>
    <message>
        <source>CLV: lifetime value (%1, log scale)</source>
        <translation>CLV: lifetime value (%1, log scale)</translation>
    </message>
    <message>
        <source>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</source>
        <translation>%1
CAC %2 · CLV %3 · CLV:CAC %4 · %5</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</source>
        <translation>Above the green line a customer is worth more than three times its cost; below the dashed line it loses money.</translation>
    </message>
    <message>
        <source>%1
Not drawn (no customers, so no CAC): %2</source>
        <translation>%1
Not drawn (no customers, so no CAC): %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
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
        <translation>Payback (months)</translation>
    </message>
    <message numerus="yes">
        <source>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run(s).</source>
        <translation>
            <numerusform>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln run.</numerusform>
            <numerusform>Whiskers: p10–p90 of CAC and CLV when each input varies within its evidence&apos;s spread; %Ln runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>b2x::cli</name>
    <message>
        <source>%1: warning: %2
</source>
        <translation>%1: warning: %2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n persona(s))
</source>
        <translation>
            <numerusform>%1: valid (%n persona)
</numerusform>
            <numerusform>%1: valid (%n personas)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: error: %2
</source>
        <translation>%1: error: %2
</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)
</source>
        <translation>Workspace: %1 (%2)
</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)

</source>
        <translation>
            <numerusform>%n persona

</numerusform>
            <numerusform>%n personas

</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>B2B index</source>
        <translation>B2B index</translation>
    </message>
    <message>
        <source>Behaves as</source>
        <translation>Behaves as</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <source>DMU</source>
        <translation>DMU</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size must be A4 or Letter, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the workspace file to export</source>
        <translation>name the workspace file to export</translation>
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
        <translation>%1: error: no persona has the id %2
</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>wrote %1
</translation>
    </message>
    <message>
        <source>b2x: --lang needs one of the languages %1
</source>
        <translation>b2x: --lang needs one of the languages %1
</translation>
    </message>
    <message>
        <source>b2x validate: name at least one file
</source>
        <translation>b2x validate: name at least one file
</translation>
    </message>
    <message>
        <source>b2x summary: name exactly one file (and optionally --json)
</source>
        <translation>b2x summary: name exactly one file (and optionally --json)
</translation>
    </message>
    <message>
        <source>b2x: unknown command &quot;%1&quot;

</source>
        <translation>b2x: unknown command &quot;%1&quot;

</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; at most %3 are allowed</source>
        <translation>%1 is %2 bytes long; at most %3 are allowed</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</source>
        <translation>--date must be a date written YYYY-MM-DD, such as 2026-12-03, not &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %1 (%2 to %3, %n day(s))
</source>
        <translation>
            <numerusform>Plan: %1 (%2 to %3, %n day)
</numerusform>
            <numerusform>Plan: %1 (%2 to %3, %n days)
</numerusform>
        </translation>
    </message>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>  No target for the period
</source>
        <translation>  No target for the period
</translation>
    </message>
    <message>
        <source>  Needed: %1 entries and %2 a month
</source>
        <translation>  Needed: %1 entries and %2 a month
</translation>
    </message>
    <message>
        <source>    %1: %2 entries in the period
</source>
        <translation>    %1: %2 entries in the period
</translation>
    </message>
    <message>
        <source>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</source>
        <translation>  Needed: cannot be worked back from today&apos;s funnel (see the checks)
</translation>
    </message>
    <message>
        <source>  Latest entry to close by the end: %1 (50%), %2 (90%)
</source>
        <translation>  Latest entry to close by the end: %1 (50%), %2 (90%)
</translation>
    </message>
    <message>
        <source>  Planned budget: %1
</source>
        <translation>  Planned budget: %1
</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
Objectives
</translation>
    </message>
    <message>
        <source>
Checks
</source>
        <translation>
Checks
</translation>
    </message>
    <message>
        <source>b2x plan: name exactly one file (and optionally --json)
</source>
        <translation>b2x plan: name exactly one file (and optionally --json)
</translation>
    </message>
    <message>
        <source>b2x calibrate: %1 needs a value
</source>
        <translation>b2x calibrate: %1 needs a value
</translation>
    </message>
    <message>
        <source>b2x calibrate: unknown option &quot;%1&quot;
</source>
        <translation>b2x calibrate: unknown option &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</source>
        <translation>b2x calibrate: name a workspace file, --persona ID and --deals DEALS.csv
</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n deal(s)</source>
        <translation>
            <numerusform>%1, as of %2: %n deal</numerusform>
            <numerusform>%1, as of %2: %n deals</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 won, %2 lost, %3 open)
</source>
        <translation> (%1 won, %2 lost, %3 open)
</translation>
    </message>
    <message>
        <source>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</source>
        <translation>  Deals: %1 entered, %2 moved on, %3 lost, %4 open
</translation>
    </message>
    <message>
        <source>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</source>
        <translation>  Conversion: %1 (95% interval %2 to %3)%4; modelled %5; moved on ÷ entered %6
</translation>
    </message>
    <message>
        <source>, a lower bound</source>
        <translation>, a lower bound</translation>
    </message>
    <message>
        <source>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</source>
        <translation>  Days to move on: p10 %1, p50 %2, p90 %3, mean %4
</translation>
    </message>
    <message>
        <source>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</source>
        <translation>  Triangular fit: %1 / %2 / %3 days (modelled %4 / %5 / %6)
</translation>
    </message>
    <message>
        <source>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</source>
        <translation>
Whole cycle, creation to won: p50 %1 days, p90 %2 (modelled %3 and %4)
</translation>
    </message>
    <message>
        <source>
Warnings
</source>
        <translation>
Warnings
</translation>
    </message>
    <message>
        <source>
Ad spend %1 to %2: %3 in all, %4 a month
</source>
        <translation>
Ad spend %1 to %2: %3 in all, %4 a month
</translation>
    </message>
    <message>
        <source>  %1%2: %3 a month (%4% of the spend)%5
</source>
        <translation>  %1%2: %3 a month (%4% of the spend)%5
</translation>
    </message>
    <message>
        <source> (no catalogue channel)</source>
        <translation> (no catalogue channel)</translation>
    </message>
    <message>
        <source>, click-through %1%</source>
        <translation>, click-through %1%</translation>
    </message>
    <message numerus="yes">
        <source>  Customer acquisition cost: %1 (%n deal(s) won over those days)
</source>
        <translation>
            <numerusform>  Customer acquisition cost: %1 (%n deal won over those days)
</numerusform>
            <numerusform>  Customer acquisition cost: %1 (%n deals won over those days)
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Customer acquisition cost: not defined (no deal won over those days)
</source>
        <translation>  Customer acquisition cost: not defined (no deal won over those days)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</source>
        <translation>b2x calibrate: --format is one of auto, generic, hubspot, salesforce, pipedrive
</translation>
    </message>
    <message>
        <source>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</source>
        <translation>b2x calibrate: --date-order is dmy (day first) or mdy (month first)
</translation>
    </message>
    <message>
        <source>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</source>
        <translation>b2x calibrate: --as-of takes a date as YYYY-MM-DD
</translation>
    </message>
    <message>
        <source>%1: error: no persona has the id %2 (b2x summary lists them)
</source>
        <translation>%1: error: no persona has the id %2 (b2x summary lists them)
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>error: %1
</translation>
    </message>
    <message>
        <source>b2x calibrate: add --date-order dmy or --date-order mdy
</source>
        <translation>b2x calibrate: add --date-order dmy or --date-order mdy
</translation>
    </message>
    <message>
        <source>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</source>
        <translation>b2x calibrate: --map &quot;%1&quot;: write &quot;CRM stage=Pipeline stage&quot;; the persona&apos;s stages are: %2
</translation>
    </message>
    <message numerus="yes">
        <source>CRM deals export %1: %n deal(s), as of %2</source>
        <translation>
            <numerusform>CRM deals export %1: %n deal, as of %2</numerusform>
            <numerusform>CRM deals export %1: %n deals, as of %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: written with the measured stages of %2
</source>
        <translation>%1: written with the measured stages of %2
</translation>
    </message>
    <message>
        <source>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</source>
        <translation>choose at least one output: --pdf, --png, --svg, --csv, --csv-plan or --xlsx</translation>
    </message>
    <message>
        <source>  Target, new customers: %1 (%2)
</source>
        <translation>  Target, new customers: %1 (%2)
</translation>
    </message>
    <message>
        <source>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</source>
        <translation>  Expected at today&apos;s volume, new customers: %1; shortfall %2
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 takes a number from %2 to %3
</source>
        <translation>b2x allocate: %1 takes a number from %2 to %3
</translation>
    </message>
    <message>
        <source>b2x allocate: %1 needs a value
</source>
        <translation>b2x allocate: %1 needs a value
</translation>
    </message>
    <message>
        <source>b2x allocate: unknown option &quot;%1&quot;
</source>
        <translation>b2x allocate: unknown option &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x allocate: name a workspace file and at least one --persona ID
</source>
        <translation>b2x allocate: name a workspace file and at least one --persona ID
</translation>
    </message>
    <message>
        <source>b2x allocate: give either --budget or --target-mroas, not both
</source>
        <translation>b2x allocate: give either --budget or --target-mroas, not both
</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>at its minimum</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>at its maximum</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Budget %1 a month, split in steps of %2
</source>
        <translation>Budget %1 a month, split in steps of %2
</translation>
    </message>
    <message>
        <source>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</source>
        <translation>Spend while the marginal ROAS holds: %1 a month, in steps of %2
</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, marginal ROAS %4</source>
        <translation>  %1: %2 → %3, marginal ROAS %4</translation>
    </message>
    <message>
        <source>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>
Today:    %1 spend, %2 customers, value %3, ROAS %4
</translation>
    </message>
    <message>
        <source>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</source>
        <translation>Proposed: %1 spend, %2 customers, value %3, ROAS %4
</translation>
    </message>
    <message>
        <source>The channels&apos; minimum spends alone exceed the budget.
</source>
        <translation>The channels&apos; minimum spends alone exceed the budget.
</translation>
    </message>
    <message>
        <source>%1 stays unspent: every channel is at its maximum.
</source>
        <translation>%1 stays unspent: every channel is at its maximum.
</translation>
    </message>
    <message>
        <source>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</source>
        <translation>b2x calibrate: the dates fit both orders; using the order saved with the persona (%1)
</translation>
    </message>
    <message numerus="yes">
        <source>b2x calibrate: using the stage mapping saved with the persona (%n stage(s)); --map replaces it
</source>
        <translation>
            <numerusform>b2x calibrate: using the stage mapping saved with the persona (%n stage); --map replaces it
</numerusform>
            <numerusform>b2x calibrate: using the stage mapping saved with the persona (%n stages); --map replaces it
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
        <translation>Usage: b2x COMMAND [OPTIONS]

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
</translation>
    </message>
    <message>
        <source>b2x uncertainty: %1 needs a value
</source>
        <translation>b2x uncertainty: %1 needs a value
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</source>
        <translation>b2x uncertainty: --runs takes a whole number from 1 to 1000000
</translation>
    </message>
    <message>
        <source>b2x uncertainty: --seed takes a whole number from 0 to %1
</source>
        <translation>b2x uncertainty: --seed takes a whole number from 0 to %1
</translation>
    </message>
    <message>
        <source>b2x uncertainty: unknown option &quot;%1&quot;
</source>
        <translation>b2x uncertainty: unknown option &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>b2x uncertainty: name a workspace file and --persona ID
</source>
        <translation>b2x uncertainty: name a workspace file and --persona ID
</translation>
    </message>
    <message>
        <source>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</source>
        <translation>  %1: %2 (p10), %3 (p50), %4 (p90), mean %5
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), seed %2
</source>
        <translation>
            <numerusform>%1: %n run, seed %2
</numerusform>
            <numerusform>%1: %n runs, seed %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>New customers a month</translation>
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
        <translation>Payback (months)</translation>
    </message>
    <message>
        <source>Months to 50% of revenue</source>
        <translation>Months to 50% of revenue</translation>
    </message>
    <message>
        <source>  Probability that CLV:CAC is at least 3: %1
</source>
        <translation>  Probability that CLV:CAC is at least 3: %1
</translation>
    </message>
    <message>
        <source>
Tornado (CLV:CAC with each input alone at its low and high)
</source>
        <translation>
Tornado (CLV:CAC with each input alone at its low and high)
</translation>
    </message>
    <message>
        <source>  %1 ±%2%: %3 … %4, swing %5
</source>
        <translation>  %1 ±%2%: %3 … %4, swing %5
</translation>
    </message>
</context>
<context>
    <name>b2x::objectives</name>
    <message>
        <source>green</source>
        <comment>OKR grading band</comment>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>OKR grading band</comment>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <comment>OKR grading band</comment>
        <translation>red</translation>
    </message>
    <message>
        <source>green, 70% or more: on track</source>
        <translation>green, 70% or more: on track</translation>
    </message>
    <message>
        <source>yellow, 40% to below 70%: progress, short of the target</source>
        <translation>yellow, 40% to below 70%: progress, short of the target</translation>
    </message>
    <message>
        <source>red, below 40%: off track</source>
        <translation>red, below 40%: off track</translation>
    </message>
    <message>
        <source>no progress yet</source>
        <translation>no progress yet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>progress, then the band&apos;s colour word</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>aspirational</source>
        <translation>aspirational</translation>
    </message>
    <message>
        <source>New customers in the period</source>
        <translation>New customers in the period</translation>
    </message>
    <message>
        <source>Entries into a pipeline stage over the period</source>
        <translation>Entries into a pipeline stage over the period</translation>
    </message>
    <message>
        <source>Monthly volume needed</source>
        <translation>Monthly volume needed</translation>
    </message>
    <message>
        <source>Monthly spend needed</source>
        <translation>Monthly spend needed</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</source>
        <translation>Derived from the reverse funnel of a persona that is not in the workspace (deleted?); the target kept at the last check-in, %1, counts.</translation>
    </message>
    <message>
        <source>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</source>
        <translation>Derived from the reverse funnel of %1, which gives no number now (no target, no volume, or a stage that is gone); the target kept at the last check-in, %2, counts.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 new customers in the period.</source>
        <translation>From the reverse funnel of %1: %2 new customers in the period.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: %2 entries into “%3” over the period.</source>
        <translation>From the reverse funnel of %1: %2 entries into “%3” over the period.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly volume of %2.</source>
        <translation>From the reverse funnel of %1: a monthly volume of %2.</translation>
    </message>
    <message>
        <source>From the reverse funnel of %1: a monthly spend of %2.</source>
        <translation>From the reverse funnel of %1: a monthly spend of %2.</translation>
    </message>
</context>
<context>
    <name>b2x::plan</name>
    <message>
        <source>MQLs per channel</source>
        <translation>MQLs per channel</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>SQLs per channel</source>
        <translation>SQLs per channel</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQLs</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Click-through rate</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lead-to-customer rate</source>
        <translation>Lead-to-customer rate</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Pipeline value</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Return on ad spend (ROAS)</source>
        <translation>Return on ad spend (ROAS)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLV)</source>
        <translation>Customer lifetime value (CLV)</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Repeat-purchase rate</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reach</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convert</translation>
    </message>
    <message>
        <source>Engage</source>
        <translation>Engage</translation>
    </message>
    <message>
        <source>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</source>
        <translation>The plan has no period yet, so the calendar quarter %1 to %2 is planned.</translation>
    </message>
    <message>
        <source>The plan&apos;s target</source>
        <translation>The plan&apos;s target</translation>
    </message>
    <message>
        <source>Content &quot;%1&quot;</source>
        <translation>Content &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</source>
        <translation>%1: the tactics plan %2 for the period, below the %3 its target needs at today&apos;s cost per entry.</translation>
    </message>
    <message>
        <source>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</source>
        <translation>%1: the target needs %2 entries over the period, more than the %3 of its audience of %4 who are in market in that time.</translation>
    </message>
    <message>
        <source>%1: no content and no tactic for %2.</source>
        <translation>%1: no content and no tactic for %2.</translation>
    </message>
    <message>
        <source>Tactic &quot;%1&quot;</source>
        <translation>Tactic &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 runs from %2 to %3, outside the period %4 to %5.</source>
        <translation>%1 runs from %2 to %3, outside the period %4 to %5.</translation>
    </message>
    <message>
        <source>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</source>
        <translation>%1 serves key result &quot;%2&quot;, which is not in the plan; the reference is kept.</translation>
    </message>
    <message>
        <source>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</source>
        <translation>%1 on %2: the %3-day attribution window misses the slowest tenth of the deals of %4 (90% close within %5 days), so the channel&apos;s results will look worse than they are; attribute them in the CRM.</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot;</source>
        <translation>Objective &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Key result &quot;%1&quot;</source>
        <translation>Key result &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</source>
        <translation>%1: its target follows the reverse funnel and moved from %2 at the last check-in to %3.</translation>
    </message>
    <message>
        <source>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</source>
        <translation>%1 takes its target from stage %2 of %3&apos;s pipeline, which has %4 stages; it keeps its own target until this is changed.</translation>
    </message>
    <message>
        <source>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</source>
        <translation>%1 refers to persona &quot;%2&quot;, which is not in the workspace (deleted?); the reference is kept until it is changed.</translation>
    </message>
    <message>
        <source>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</source>
        <translation>%1 uses channel &quot;%2&quot;, which is neither in the catalogue nor one of the workspace&apos;s channels; the reference is kept.</translation>
    </message>
    <message>
        <source>The target is revenue but the price is 0, so it cannot be turned into customers.</source>
        <translation>The target is revenue but the price is 0, so it cannot be turned into customers.</translation>
    </message>
    <message>
        <source>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</source>
        <translation>Today&apos;s funnel wins no customers (no monthly volume, or a conversion rate of 0), so the volume and spend the target needs cannot be worked back.</translation>
    </message>
    <message>
        <source>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</source>
        <translation>Half of the deals take %1 days or more, longer than the %2-day period: leads entering during the period mostly close after it. The customers of this target come from a pipeline that had to be filled by %3 (by %4 for nine deals in ten).</translation>
    </message>
    <message>
        <source>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</source>
        <translation>The slowest tenth of deals takes %1 days or more, longer than the %2-day period: leads that must close by the end with 90% probability had to enter by %3, before the period starts.</translation>
    </message>
</context>
<context>
    <name>b2x::planfields</name>
    <message>
        <source>The persona the card is for: its row on the board.</source>
        <translation>The persona the card is for: its row on the board.</translation>
    </message>
    <message>
        <source>Persona no longer in the workspace</source>
        <translation>Persona no longer in the workspace</translation>
    </message>
    <message>
        <source>The RACE stage the card serves: its column on the board.</source>
        <translation>The RACE stage the card serves: its column on the board.</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>No channel</translation>
    </message>
    <message>
        <source>%1 (not in this version&apos;s catalogue)</source>
        <translation>%1 (not in this version&apos;s catalogue)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>a date</comment>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Model B2B and B2C audiences and compare how they buy.</source>
        <translation>Model B2B and B2C audiences and compare how they buy.</translation>
    </message>
    <message>
        <source>Language for this run: en, pl, ar, ro or th.</source>
        <translation>Language for this run: en, pl, ar, ro or th.</translation>
    </message>
    <message>
        <source>Workspace to open (.b2x).</source>
        <translation>Workspace to open (.b2x).</translation>
    </message>
</context>
</TS>
