"""Trigger rules for coded actions: general lemmas, cue patterns and status words.

A :class:`Rule` fires on a trigger token (a verb or noun lemma of the spaCy
parse) when every cue group it names matches the trigger's *scope* (the
trigger's dependency subtree without its subject and conjoined clauses; for
noun triggers the governing verb's subtree) and no excluded group does.
``types`` maps the class of the actor found for the trigger (``federal``,
``nonfederal`` or ``unknown``) to an action type of the vocabulary, or
``None`` (no row). Cue patterns are regular expressions matched on the
lower-cased scope text and on its lemmas. Nothing here names a person, an
outlet or an event: only titles, agencies, verbs and common nouns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# --------------------------------------------------------------------- cues
_CUE_SOURCES: dict[str, str] = {
    # federal immigration enforcement as an object or context
    "ice": r"(287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)|\b(?:ice|immigration|deport\w*|dhs|homeland security|cbp|border patrol|customs|hsi|ero|(?:civil|federal|administrative) detainers?|i-247\w*"
           r"|federal (?:immigration |law enforcement |)(?:agent|officer|official|authorit|personnel|force|government)\w*"
           r"|federal law enforcement|federal (?:enforcement )?(?:operations?|sweeps?|surge)"
           # ("barring the Police Department from sharing ALPR data with any federal agency", "ending all federal
           # access to City plate reader data")
           r"|(?:with|to) (?:any |all |other )?federal agenc(?:y|ies)|(?:all |any )?federal access)\b)",
    "request_word": r"\b(?:requests?|quer(?:y|ies))\b",
    "federal_request": r"\bfederal (?:immigration )?requests?\b"
                       # ("declining the Department's request for 350 members of the Nevada National Guard")
                       r"|\brequests? for (?:[\w,]+ ){0,6}?(?:national guard|guard members|troops|soldiers)\b",
    "whenever_custody": r"\b(?:whenever|every time|each time|any time|anytime) (?:[\w'\u2019-]+ ){0,4}?(?:arrest|book|transport"
                        r"|release|jail|detain|free|hold|stop|process|pick)\w*",
    "check_status": r"\bto (?:check|verify|confirm|run|ask about) (?:[\w'\u2019-]+ ){0,5}?(?:status|papers|identit(?:y|ies))\b",
    "comment_request": r"\b(?:comments?|interviews?|an? (?:reply|response|statement)|questions? (?:from|by) (?:a |the )?(?:reporters?|press))\b",
    # anything federal (an agency, the president, a federal policy)
    "federal": r"\b(federal|ice|dhs|cbp|border patrol|homeland security|administration|white house|president"
               # ICE's own components: "ERO teams made arrests", "HSI agents executed a warrant"
               r"|ero|hsi|enforcement and removal operations"
               r"|justice department|department of justice|doj|fbi|united states|national guard|troops"
               r"|defense department|department of defense|pentagon|war department|department of war"
               r"|u\.s\. (?:attorney general|department|government|secretary)"
               r"|immigration (?:agent|officer|authorit|enforcement|raid|crackdown|sweep)\w*|deport\w*)\b",
    # people who carry out federal enforcement
    "agents": r"\b(agents?|officers?|ice|cbp|border patrol"
              r"|federal (?:law enforcement |immigration )?(?:employee|personnel|official|officer|agent)s?)\b",
    "agreement_strong": r"(287\s*\(\s*g\s*\)|\b1357\s*\(\s*g\s*\)|\bigsas?\b|\bintergovernmental service agreements?\b|\b(?:jem|wso|tfm) (?:agreements?|models?|programs?)\b|\b(?:task[- ]force|jail[- ]enforcement|warrant[- ]service[- ]officer)[- ]models?\b|\b(?:(?:task[- ]force|jail[- ]enforcement|warrant[- ]service[- ]officer)(?:[- ]model)?|jail[- ]model)"
                        r" (?:agreements?|contracts?|programs?|partnerships?)|\b(?:agreements?|contracts?|memorand\w*|mous?|moas?|task forces?"
                        r"|partnerships?|deals?|arrangements?|programs?|intergovernmental service)\b"
                        r".{0,80}\b(?:ice|hsi|ero|cbp|immigration|detention|detainees?|dhs|homeland security|justice|federal|marshals?)\b"
                        # ("withdrew from the ICE-led Delaware Valley Fugitive Operations Task Force")
                        r"|\b(?:ice|hsi|dhs|federal)[- ](?:led|run|sponsored)\b[^.;]{0,60}?\btask forces?\b"
                        r"|\b(?:ice|hsi|ero|cbp|immigration|detention|dhs|federal)\b.{0,40}\b(?:agreements?|contracts?"
                        r"|memorand\w*|task forces?|partnerships?|deals?|programs?)\b)",
    # "to give ICE ninety days' notice of termination": an agreement ended, not help given
    "ending_notice": r"\bnotice of (?:termination|withdrawal|cancellation|non-?renewal)\b"
                     r"|\b(?:termination|withdrawal|cancellation|non-?renewal) notices?\b"
                     r"|\bnotice that (?:[\w.,'-]+ ){0,8}?(?:terminat|withdraw|cancel|end)\w*"
                     # ("give ICE 90 days' notice ending the contract")
                     r"|\bnotice (?:ending|terminating|cancell?ing|of ending) (?:the |its |their |our )?(?:[\w'\u2019-]+ ){0,2}"
                     r"(?:contract|agreement|igsa|lease)",
    # (a memorandum is a deal only "of understanding" or "with" someone: not a "Guidance Memorandum")
    "agreement_word": r"\b(287\s*\(\s*g\s*\)|1357\s*\(\s*g\s*\)|igsas?|agreements?|contracts?|memorand\w* of (?:understanding|agreement)"
                      r"|memorand\w*(?= (?:with|between) )|mous?\b|moas?\b|task[- ]forces?|partnerships?|programs?|deals?)",
    "cooperation": r"\b(tak(?:e|es|ing|en) part|enforc(?:e|es|ed|ing)\b|support(?:s|ed|ing)?|giv(?:e|es|ing|en)|gave|hand(?:ed|ing)|records|took part|participat\w*|ask\w* (?:[\w,]+ ){0,10}?about (?:[\w']+ ){0,3}(?:immigration|citizenship)"
                   r"|(?:for|to) (?:u\.s\. )?(?:ice|immigration and customs enforcement)(?! agents?| officers?)|join(?:s|ed|ing)? (?:\w+ ){0,2}(?:operations?|raids?|task forces?|sweeps?)|on the basis of (?:an? |their |its )?(?:ice |immigration |civil immigration |administrative |federal )+(?:detainers?|warrants?)|inquir\w* (?:about|into)|cooperat\w*|co-operat\w*|collaborat\w*|work(?:s|ing|ed)? (?:with|alongside)|detainers?|detain\w*"
                   r"|holds?\b|share|sharing|disclos\w*|information|data|notif\w*|release dates?|releases?|transfer\w*|interview(?:s|ing|ed)?\b"
                   r"|access|resources|assist\w*|help\w*|aiding|aided|transport\w*|communicat\w*|(?:send|e-?mail|mail|fax|forward|text)\w* (?:ice|federal)|(?:text|e-?mail|fax)(?:s|ed|ing)? (?:[\w,'\u2019-]+ ){1,8}?to (?:ice|immigration|federal)|booking (?:data|lists?|rosters?)|compl(?:y|ies|iance|ying)|honou?r\w*|turn(?:ing)? over|(?:turn|hand)(?:s|ed|ing)? (?:[\w-]+ ){1,4}over to"
                   # ("limit by ordinance the use of city police for civil immigration enforcement")
                   r"|\buse of (?:city|county|local|state|its|their|our|the city's|the county's) (?:police|officers|deputies|personnel|staff|employees|resources|jails?)\b"
                   # ("bars the use of Morristown police officers, vehicles or equipment in federal civil immigration
                   # operations")
                   r"|\buse of [\w'-]+ (?:police|sheriff's) (?:officers|deputies|personnel|resources|vehicles|equipment)\b"
                   r"|hand(?:ing)? over|hand(?:s|ed|ing)? (?:\w+ ){0,3}(?:over )?to (?:ice|federal)|interview\w* (?:inmates|detainees|prisoners|people)|custody|jail space|beds?"
                   # "bars city money and staff time from civil immigration enforcement", "from using public money,
                   # equipment or personnel to find or arrest people whose only violation is ..."
                   r"|from (?:civil |federal )?immigration enforcement|(?:money|funds|equipment|personnel|staff time|resources)"
                   r" (?:[\w,]+ ){0,6}?to (?:\w+ ){0,2}?(?:find|arrest|detect|apprehend|locate|investigate)"
                   # "forbid city police from supplying officers or vehicles to federal civil immigration operations"
                   r"|suppl(?:y|ies|ied|ying) (?:[\w-]+ ){0,3}?(?:officers?|deputies|personnel|vehicles?|equipment))\b",
    # "suspended all email contact with ICE"
    "ice_warrants": r"\b(?:ice|immigration|administrative|civil immigration|federal immigration|i-200|i-205)"
                    r" (?:administrative )?(?:arrest |removal )?warrants?\b",
    # "will not release a person to ICE", "shall not transfer an inmate to immigration custody"
    "to_ice": r"\b(?:releas|transfer|surrender|deliver)\w* (?:[\w'-]+ ){0,4}?to (?:ice|ero|immigration|federal immigration)\b",
    # "report every arrestee born abroad to ICE", "referred him to immigration authorities": a person named to ICE
    "reported_to_ice": r"\b(?:report|refer)\w* (?:[\w'-]+ ){1,6}?to (?:ice|ero|immigration (?:authorities|officials|agents)"
                       r"|federal immigration (?:authorities|officials|agents))\b",
    "contact_with_ice": r"\b(?:contacts? with|contact(?:s|ed|ing)?|calls? to|call(?:s|ed|ing)?|phon(?:e|es|ed|ing)"
                        # ("barred officers from answering ICE requests for a person's home address")
                        r"|answer(?:s|ed|ing)?|respond(?:s|ed|ing)? to"
                        # ("bars probation staff from telling ICE when probationers report")
                        r"|tell(?:s|ing)?|told|inform(?:s|ed|ing)?|alert(?:s|ed|ing)?|tip(?:s|ped|ping)? off)"
                        r" (?:ice|immigration|federal immigration)\b",
    "until_ice_came": r"\b(?:until|till) (?:\w+ ){0,3}(?:ice|immigration|federal|hsi|border patrol)\b[^.;]{0,30}?"
                      r"\b(?:arriv\w*|came|come|got there|reach\w*|pick\w*)",
    "honor_detainer": r"\b(?:honou?r\w*|hold\w*|compl\w* with) (?:(?:all|every|each|any|such|ice|immigration|federal|civil)\s+)*detainers?\b",
    "release_regardless": r"\b(?:even if|even when|even though|regardless of whether|whether or not) (?:an? |the |any )?(?:ice|immigration"
                          r"|federal immigration)\b|\bregardless of (?:any |an? )?(?:ice |immigration )?(?:detainers?|holds?"
                          r"|requests?)\b"
                          # "will keep releasing people whose local cases are over, with or without an ICE form",
                          # "releases inmates on schedule rather than hold them for ICE", "releasing people on their
                          # scheduled release dates when ICE has lodged a detainer", "will release people once their
                          # local cases are resolved unless ICE shows up with a warrant signed by a judge"
                          r"|\bwith or without (?:an? |the |any )?(?:ice|immigration|federal)\b"
                          r"|\brather than (?:hold|detain|keep)\w* (?:[\w-]+ ){0,3}for (?:ice|immigration|federal)\b"
                          r"|\b(?:on|at) (?:their |its |the |his |her )?(?:scheduled|regular|normal|original|set) (?:release )?"
                          r"(?:dates?|times?|schedule)\b"
                          r"|\b(?:whose|once (?:their|the|its|his|her)|when (?:their|the|its|his|her)) (?:local |criminal |state )?"
                          r"(?:cases?|charges?|sentences?) (?:are|is|were|have been|has been) (?:over|resolved|done|dismissed"
                          r"|served|finished|complete\w*)\b"
                          r"|\bunless (?:an? |the )?(?:ice|immigration|federal|agents?|a judge)\b[^.;]{0,60}\bwarrants?\b",
    "ice_custody": r"\b(?:in)?to (?:the )?(?:ice|immigration and customs enforcement|immigration|federal immigration) custody\b",
    "detainer": r"\b(detainers?|detainees?|holds?|detention requests?|hold requests?|custody|transfer\w*|release (?:dates?|times?)"
                r"|(?:will|would|is|are) (?:be )?released|scheduled release|(?:about|set|scheduled|due) to be released"
                r"|before (?:releasing|freeing|(?:they are |being )?(?:released|freed)"
                r"|(?:they|it|we|deputies|jailers|the jail) (?:releases?|frees?))"
                r"|booking (?:data|lists?|rosters?|records)|rosters?|log-?ins?|jail (?:database|records)"
                r"|notif\w*|release notices?|information|data)\b",
    "sites": r"\b(schools?|campus\w*|courts?(?!\s+(?:officers?|clerks?|staff|employees|personnel|orders?|rules?|finds|approves|signs|decides|says|records?|files?|documents?|filings?|dates?))|courthouses?|courtrooms?|justice cent(?:er|re)s?|hospitals?|clinics?|churche?s?|worship"
             r"|librar\w*|parks?|shelters?|classrooms?|residence halls?|dormitor(?:y|ies)|dorms?|playgrounds?|school bus\w*|non-?public areas?|exam(?:ination)? rooms?"
             r"|(?:staff|staff[- ]only|employee[- ]only|back[- ]office) areas?|patient (?:rooms?|areas?)|treatment areas?|workrooms?|(?:city|public|state|county|municipal|government) (?:property|land|lands|buildings?|facilit(?:y|ies))"
             r"|property|buildings?|detention (?:centers?|facilit(?:y|ies)|camps?)(?!\s+(?:operators?|owners?|staff|employees)\b)|sensitive locations?|polling|(?:early )?vot(?:ing|e) (?:sites?|locations?|centers?)"
             r"|parking lots?|(?:parking )?garages?|(?:city|town|village) halls?|airports?|(?:leasing|rental|management) offices?"
             r"|(?:occupied|apartment|dwelling|residential) units?|buses|bus stops?|(?:district|school|city|transit) bus|(?:west |east |north |south |cargo )?ramps?|runways?|(?:bus |their |its )doors? closed|(?:city|county|state|publicly|government)[- ]owned|zones?|where\b.{0,40}\b(?:operate|enter|arrest|work)\w*)",
    # federal forces a place can be closed to ("close its parks to federal staging", "to soldiers")
    "federal_forces": r"\b(federal (?:staging|forces|troops|operations?|enforcement|immigration)|soldiers|troops"
                      r"|national guard|guardsmen)\b",
    "off_limits": r"\boff[- ]limits\b",
    # a notice owed to the person's side, not to ICE: "notify a person's attorney before any transfer to ICE"
    "notify_party": r"\b(?:notify|tell|inform|give notice to|call)\s+(?:the |a |an |his |her |their |each |any )?"
                    r"(?:person(?:'s|\u2019s) |detainee(?:'s|\u2019s) |inmate(?:'s|\u2019s) |defendant(?:'s|\u2019s) )?"
                    r"(?:attorneys?|lawyers?|counsel|family|families|relatives?|next of kin|consulates?)\b",
    "arrests_made": r"\b(?:make|makes|made|making|conduct|conducts|conducting|carry out|carrying out) (?:any |an |no )?"
                    r"(?:civil |immigration )?arrests?\b",
    "civil_immigration": r"\b(?:civil immigration|immigration (?:violations?|status|offen[cs]es?|laws?)|administrative "
                         r"(?:immigration )?warrants?|removab\w+|deportab\w+)\b",
    # people a jail holds for ICE: "housed 412 ICE detainees", "houses federal immigration detainees"
    # what a payment is counted in: "for each 287(g) agreement they sign", "for each person delivered to ICE",
    # "per detainee"
    "warrant_rule": r"\b(?:judicial[- ])?warrant(?:[- ]only)? (?:rules?|polic(?:y|ies)|requirements?|standards?)\b",
    "as_partner": r"\bas (?:an? |our )?(?:[\w-]+ ){0,2}partners?\b",
    "per_unit_of_help": r"\bfor (?:each|every) (?:[\w()'-]+ ){0,4}?(?:agreements?|contracts?|person|people|detainees?|"
                        r"detainers?|transfers?|bed-?days?|days?|inmates?|deput(?:y|ies)|officers?)\b"
                        r"|\bper (?:agreement|contract|detainer|detainee|transfer|bed-?day)\b",
    "ice_detainees": r"\b(?:ice|immigration|(?:federal )?immigration|dhs|federal immigration)\s+detainees?\b",
    # what ICE gets from a jail or a police department: its inmates, rooms, records and systems
    # what lets an outside user into a system: "revoked the two ICE accounts' access to city data"
    # room given inside a public building: "let ICE officers wait inside the courthouse's security screening area"
    "stay_inside": r"\b(?:wait|work|stay|sit|set up|station|use)\w* (?:\w+ )?(?:inside|within)\b",
    # a charge of hiding people from immigration enforcement: "to investigate me for harboring"
    "harboring": r"\bfor harbou?ring\b",
    # a judge's say required before a detainer is honored: "will keep requiring a judge's signature on every detainer"
    # a person's own consent asked before ICE may see them: "requires written consent before any ICE interview"
    "consent_before_ice": r"\bconsent\b[^.;]{0,40}?\b(?:before|prior to|for|to)\b[^.;]{0,30}?\b(?:ice|immigration"
                          r"|interviews?)\b",
    "judge_signature": r"\b(?:(?:a |the )?judge['\u2019]s (?:signature|order|warrant)|judicial (?:warrant|signature|order)s?"
                       r"|warrants? signed by a judge|signed by a judge|judge['\u2019]s sign-?off)\b",
    # letting someone in: "will stop admitting its officers to the booking area"
    "admit_word": r"\b(?:admit(?:s|ted|ting)?|allow(?:s|ed|ing)? (?:[\w']+ ){0,3}(?:in|into|inside)|let(?:s|ting)? (?:[\w']+ ){0,3}(?:in|into|inside))\b",
    "access_grant": r"\b(?:access|accounts?|log-?ins?|credentials|passwords?|user (?:ids?|names?))\b",
    "jail_access": r"\b(inmates?|detainees?|prisoners?|jails?|incarcerated (?:individuals?|persons?|people)|booking (?:areas?|rooms?|records?|data|systems?)"
                   r"|office space|desks?|work ?spaces?|holding (?:cells?|areas?)|housing units?|secure areas?"
                   r"|(?:jail|booking|inmate|police|department|county|city|agency) (?:records|databases?|systems?|files|facilit\w*)"
                   r"|people (?:held|in custody)|persons? (?:held|in (?:the )?custody)|anyone (?:held|in custody))\b",
    "detention": r"\b(detention (?:centers?|facilit\w*|camps?)|immigration (?:jails?|prisons?)|processing (?:centers?|facilit\w*))",
    "sanctuary": r"\b(sanctuary|(?:city|county|state|community) that welcomes immigrants|(?:welcoming|immigrant[- ]friendly)[- ](?:city|county|state|community|town|village|township|borough|polic(?:y|ies)|ordinances?|laws?|resolutions?|status|bylaws?)|welcoming to (?:all|everyone|immigrants)|welcoming[\"\u201d\u2019']? place for (?:all|every|immigrant)\w*|safe[- ]haven|trust act|fourth amendment (?:city|county)"
                 r"|not (?:to )?(?:ask|inquir)\w* (?:\w+ ){0,6}about (?:\w+ )?(?:immigration|citizenship) status)\b",
    # the word itself, without the don't-ask policies the "sanctuary" cue also counts
    # a local government's own limits on helping ICE, named by what they limit ("its detainer limits", "the city's
    # limits on helping ICE", "a 2017 directive limiting police cooperation with ICE")
    "local_limits": r"\b(?:detainer (?:limits?|restrictions?|bans?)|limits? on (?:\w+ ){0,3}(?:helping|cooperat\w*|assisting"
                    r"|working with|honou?ring|holding)\b|(?:directive|ordinance|policy|order|rule|resolution)s? (?:that )?"
                    r"(?:limit|restrict|bar|ban|forbid|prohibit)\w* (?:\w+ ){0,4}(?:cooperation|help\w*|assist\w*|detainers?)\b)",
    "bed_days": r"\b(?:bed|detainee|jail|inmate)[- ]days?\b",
    # a standing order's help to ICE: "its directive that the Department of Corrections honor every ICE detainer"
    "help_directive": r"\b(?:directive|order|policy|requirement|mandate)s? (?:that|to|requiring|directing) (?:[\w']+ ){0,6}?"
                      r"(?:honou?r|hold|comply with|notify)\w* (?:\w+ ){0,2}(?:ice|immigration|federal)\b",
    "sanctuary_word": r"\b(sanctuary|welcoming[- ](?:city|county|state|community|polic(?:y|ies)|ordinances?|laws?|resolutions?|status))\b",
    "anti_sanctuary": r"\b(ban\w*|bar|bars|barring|barred|prohibit\w*|outlaw\w*|punish\w*|penali[sz]\w*|repeal\w*"
                      r"|rescind\w*|end(?:s|ed|ing)?|eliminat\w*|abolish\w*|against|anti-|crack\w* down|challeng\w*"
                      r"|criticiz\w*|attack\w*|dismantl\w*|revok\w*|revers\w*|scrap\w*|felony|crime)\b.{0,60}sanctuary",
    "mask": r"\b(masks?|masked|masking|face coverings?|facial coverings?|balaclavas?|gaiters?|disguis\w*"
            r"|conceal\w* (?:their |his |her )?(?:face|identit)\w*|cover\w* (?:their |his |her |its )?faces?)",
    "no_power": r"\b(?:no|lacks?|without)(?: the)? (?:power|authority|right|jurisdiction) to (?:arrest|prosecute|charge|detain|stop)",
    "illegal": r"\b(illegal|unlawful|a crime|crimes?|felony|misdemeanor|criminal offen[cs]e)\b",
    "reporting": r"\b(publish\w*|report(?:s|ed|ing)?|disclos\w*)\b",
    "log_of": r"\b(?:log|logs|logbook|record|tally|diary|journal)\s+of\s+(?:every\s+|all\s+|each\s+|any\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:encounters?|arrests?|sightings?|raids?|incidents?|detentions?|stops)\b",
    "count_named": r"\bcounts? (?:[ivx]+|\d+)(?:,? (?:and|or) (?:[ivx]+|\d+))?\b",
    "from_grant": r"\bfrom (?:(?:its|the|a|an|this|that|next year's|all|any)\s+)?(?:[\w$.,-]+\s+){0,4}?"
                  r"(?:grants?|awards?|funding|grant (?:programs?|competitions?|rounds?|cycles?)|funds)\b",
    "litigation": r"\b(lawsuits?|suits?|litigation|complaints?|legal challenges?|amicus|brief|(?:its|their|the city's|the county's)"
                  r" challenges? to)\b",
    # a warrant from a judge that agents need to go in somewhere: "need a judge's warrant to enter", "must show a
    # judicial warrant before entering residence halls"
    "warrant_to_enter": r"\b(?:judicial|judge[\'\u2019]?s|judge-signed|court-issued|signed) (?:criminal )?warrants?\b"
                        r"[^.;]{0,40}?\b(?:to enter|before (?:entering|going (?:into|beyond|past))|to (?:go|get) "
                        r"(?:into|inside|beyond|past)|for (?:entry|access) (?:to|into))\b",
    # "The City removed the case to this Court on September 20": a party's step in court
    "case_removed": r"\bremov(?:e|es|ed|ing) (?:the|this|its|their) (?:\w+ )?(?:case|action|suit|lawsuit|complaint)"
                    r" to (?:this|the|federal) (?:\w+ )*?court\b",
    # "opened a review of every step those agents took on that campus": a review of federal agents' conduct
    "review_of_agents": r"\breview (?:of|into) (?:[\w']+ ){0,5}?(?:(?:ice|federal|immigration|those|the|these) (?:agents|officers)"
                        r"|(?:ice|the agents|the officers)(?:'s|\u2019s|'|\u2019)? (?:conduct|actions|arrests?|tactics|operation))\b",
    "contact_initiated": r"\b(?:initiat|mak|made|seek|sought|establish)\w* contact with (?:u\.s\. )?(?:ice|immigration and "
                        r"customs enforcement|(?:federal )?immigration (?:authorities|officials|agents|officers))\b",
    "motion_argued": r"\bargu(?:e|es|ed|ing) (?:the|a|its|their|that|this|an) (?:\w+ )?(?:motions?|appeal|case)\b",
    # ("Oregon and New Mexico joined both the lawsuit and the brief": the brief too)
    "motion_joined": r"\bjoin(?:s|ed|ing)? (?:in )?(?:both )?(?:the|a|its|their|that|this) (?:[\w-]+ ){0,3}?"
                     r"(?:motions?|petition|appeal|briefs?)\b",
    # "makes State Criminal Alien Assistance Program (SCAAP) payments to a county conditional on its jail honoring every
    # ICE detainer": federal money tied to cooperation
    "made_conditional": r"\bmak(?:e|es|ing|ed|made) (?:[\w()$.,'-]+ ){0,12}?(?:payments?|grants?|funds?|funding|awards?|money)"
                        r" (?:[\w,'-]+ ){0,4}?(?:conditional|contingent) (?:on|upon)\b",
    # "The Attorney General and the City of Newark appeared as amici curiae in support of plaintiff"
    "as_amici": r"\b(?:appear(?:s|ed|ing)?|participat(?:e|es|ed|ing)) as amic(?:i|us)\b",
    "court_context": r"\b(amicus|curiae|briefs?|courts?|judges?|justices?(?! (?:coalition|center|centre|project|network|alliance"
                     r"|league|institute|fund|committee|council|initiative|partnership|collaborative|department"
                     r"|programs?|circle|task force|advocates|movement|caucus)\b)|magistrates?|circuit|tribunal|injunctions?|restraining|plaintiffs?"
                     r"|appeals?|judicial|lawsuits?|docket|attorneys? for)\b",
    # ("must give a name and display credentials")
    "ident": r"\b(identif\w*|(?:give|gives|giving|provide|provides|state|states|disclose|discloses) (?:his or her |their |his |her |a )(?:full )?names?|badges?|badge numbers?|name[- ]tags?|nameplates?"
             r"|(?:display|show|present)\w* (?:their |his |her |an? |the )?(?:(?:agency|official|federal|photo|ice) )?"
             r"(?:faces?|names?|badges?|credentials|id cards?|identification cards?)|unmask\w*|id\b"
             # ("shall ask every federal agent at a scene for a name and agency")
             r"|for (?:a |his or her |their |his |her )names? and (?:agency|badge(?: number)?)\b)",
    "prosecution_words": r"\b(arrest\w*|charg\w*|prosecut\w*|jail\w*|crimes?|criminal\w*|felon\w*|indict\w*|accountab\w*|hide)\b",
    "misconduct": r"\b(report\w* (?:\w+ ){0,2}(?:agents?|officers?|ice|raids?|arrests?|sightings?|encounters?|enforcement|activity)"
                  # ("a hotline where residents can report what they saw federal agents do")
                  r"|(?:report|record|document)\w* what (?:they|you|residents|witnesses) (?:saw|see|witness\w*) (?:\w+ ){0,2}agents|rapid[- ]response|misconduct|abus\w*|excessive force|violat\w*|assault\w*|shoot\w*|shot|kill\w*|deaths?|brutal\w*"
                  r"|wrongdoing|unlawful\w*|drew (?:a |an |his |her |their )?(?:firearms?|guns?|weapons?|pistols?)|complaints? (?:about|against|regarding|concerning|involving)|crimes?|conduct|behaviou?r|activit\w*|encounters?|actions?|raids?|arrests?|evidence"
                  r"|tactics|operations?|(?<!\bin )force|(?:treatment|handling) of (?:\w+ ){0,2}(?:detainees|immigrants|migrants|people|prisoners|inmates))\b",
    "records": r"\b(foia|freedom of information|public[- ]records?|open[- ]records?|records? requests?|sunshine law|public information (?:requests?|act)"
               r"|(?:ice|dhs|cbp|the agency|the agency's|federal)(?:['\u2019]s)? (?:own )?records (?:of|on|about|showing)"
               r"|(?<!ice )(?<!ice's )requests? for (?:the |its |a |copies of )?(?:[\w'\u2019]+ ){0,2}(?:names|lists?|copies"
               r"|warrants)"
               # ("sent the Department of Homeland Security a formal demand for the agents' names, their body-camera
               # video and the written plan")
               r"|(?<!ice )(?<!ice's )demands? for (?:the |its |their |copies of )?(?:[\w'\u2019]+ ){0,2}(?:names|lists?"
               r"|copies|video|footage|logs))\b",
    "letter_asking": r"\bletter\b.{0,100}\b(?:asking|requesting|seeking) (?:for |it for |the agency for )?(?:the |a |copies of )?"
                     r"(?:full )?(?:names?|numbers?|records?|list|copies|data|information|count)\b"
                     r"|\bletter (?:asking|requesting that) (?:ice|immigration and customs enforcement|the agency|dhs"
                     r"|federal (?:immigration )?(?:officials|authorities)) (?:to (?:say|report|disclose|provide|explain) )?"
                     r"(?:how many|whether|which|where|when|why|who)\b",
    "ask_for_records": r"\b(?:ask|asks|asked|asking|press|pressed|petition|petitioned)\s+(?:ice|immigration and customs "
                       r"enforcement|the agency|federal (?:immigration )?(?:officials|authorities|agents)|dhs)\s+"
                       r"(?:(?:in writing|formally|again|on \w+day|last \w+|this \w+|today|,)\s*){0,3}for\s+"
                       # ("asked ICE for the officers' names and warrants")
                       r"(?:the (?:officers|agents|arresting officers|detainees)['\u2019]\s+)?"
                       r"(?:the |its |a |an |all |any |copies of (?:the |its |all )?)?(?:full |monthly |weekly |quarterly |annual |updated |arrest |detention )?(?:number|numbers|names"
                       r"|list|lists|copies|records|data|warrants?|documents?|information|count|details|statistics"
                       r"|figures|tally|policy|policies|legal basis)\b"
                       # ("voted 3-0 to ask ICE in writing how many people held at the jail ... were later deported")
                       # ("the mayor asked the Department of Homeland Security to turn over every record of the arrest")
                       r"|\b(?:ask|asks|asked|asking)\s+(?:ice|immigration and customs enforcement|dhs|the agency|(?:the )?"
                       r"(?:u\.s\. )?department of homeland security)\s+to\s+(?:turn over|release|provide|produce|hand over"
                       r"|disclose|share)\s+(?:[\w']+ ){0,3}?(?:records?|documents?|data|names|information|files)\b"
                       r"|\bto ask\s+(?:ice|immigration and customs "
                       r"enforcement|dhs)\s+(?:(?:in writing|formally|again|,)\s*){0,3}how many\b",
    # what an office publishes about federal requests: "will post a quarterly count of ICE requests",
    # "will start posting every request it receives from ICE", "a monthly tally of detainers"
    # a count owed to a local body: "to file quarterly counts of ICE detainees with the board", "to give the
    # council a quarterly tally of ICE notifications"
    "count_duty": r"\b(?:(?:daily|weekly|monthly|quarterly|annual|yearly) (?:[\w-]+ ){0,2}?(?:counts?|totals?"
                  r"|tall(?:y|ies)|figures|numbers|statistics|reports?)|how many|(?:counts?|tally|tallies|number) of)\b",
    # "a count of federal requests for student records" (a university's, a clinic's)
    "federal_requests": r"\bfederal (?:agencies['\u2019] |agents['\u2019] )?(?:requests?|subpoenas?|demands?) for\b"
                        # ("the first quarterly report of agent requests", "every request by an immigration agent")
                        r"|\bagents?['\u2019]? requests\b|\brequests? (?:by|from) (?:an? )?(?:immigration|federal) agen",
    "enforcement_contacts": r"\b(?:immigration )?enforcement (?:contacts?|visits?|encounters?)\b"
                            # ("the district will post a monthly count of agent visits")
                            r"|\b(?:agents?|officers?)['\u2019]? (?:visits|contacts|requests)\b",
    "ice_request": r"\b(?:an? |the |their |its )?(?:ice|ero|hsi|dhs|immigration)(?:['\u2019]s)? requests? for\b",
    "entry_access": r"\b(?:entry|access)\b",
    "before_judge": r"\bbefore (?:u\.s\. |federal |district |magistrate |circuit |chief )*(?:magistrate )?judge\b",
    "request_counts": r"\b(?:(?:daily|weekly|monthly|quarterly|annual|yearly|twice-yearly|semiannual|semi-annual) (?:\w+ ){0,2}?(?:counts?|totals?"
                      r"|tall(?:y|ies)|logs?|figures|numbers|statistics|data|reports?)"
                      r"|(?:each|every|all) (?:\w+ ){0,2}?(?:requests?|detainers?|visits?|contacts?)"
                      # ("will log every federal immigration arrest reported to us and publish the count each month")
                      r"|(?:the |a |its )?(?:counts?|totals?|tall(?:y|ies)|figures) (?:each|every) (?:week|month|quarter|year)"
                      # ("the monthly report must also list every ICE arrest in the city")
                      r"|\blist(?:s|ed)? (?:also )?(?:each|every|all) (?:\w+ ){0,2}?arrests?"
                      r"|(?:request|access|detainer|visit) (?:logs?|data|figures|statistics)|how many (?:\w+ ){0,3}?(?:arrests?|requests?|detainers?|people|persons|inmates)"
                      r"|(?:counts?|totals?|tally|log|logs|numbers?|records?) of (?:\w+ ){0,4}?(?:requests?|visits?|detainers?"
                      r"|contacts?|transfers?|notifications?))\b",
    "ask_holder_for_records": r"\b(?:ask|asks|asked|asking|press|pressed|petition|petitioned)\s+(?:the |its |our )?"
                              r"(?:sheriff|sheriff['\u2019]s office|police (?:department|chief)|jail|county jail"
                              r"|department of corrections|police|department of public safety|state police|highway patrol)"
                              r"\s+(?:to (?:report|provide|publish|disclose|share|tell|show)\b|for\s+"
                              r"(?:the |a |an |its |every |all |any )?(?:monthly |weekly |quarterly |annual |regular |full )?"
                              r"(?:count|number|numbers|list|lists|record|records|data|report|reports|tally|statistics"
                              r"|figures)\b)",
    # "keep no one past release", "hold nobody beyond his or her release date": the detainer hold itself
    "past_release": r"\b(?:past|beyond|after)\s+(?:(?:their|his|her|his or her|its|the|a|an|any)\s+)?"
                    r"(?:(?:scheduled|lawful|normal)\s+)?release\b",
    # a place's own share of state money: "will move to cut Nashville's share of state sales-tax revenue"
    # ("will cut off its share of the Local Government Fund")
    "place_share": r"\b(?:\w+(?:'s|\u2019s)|its|their) share of (?:the )?(?:state\b|local[- ]government fund)",
    # "ends Authority escorts of ICE buses"
    "escorts": r"\bescort(?:s|ing)?\b",
    # whom a penalty reaches: "a sheriff who ignores a detainer", "any official who refuses to honor"
    "refuser": r"\b(?:who|that) (?:refuses|ignores|disregards|declines|fails) (?:to (?:honor|honour|comply)|(?:an? |any )?"
               r"(?:ice |immigration )?detainers?)\b",
    # whom an ultimatum is aimed at, also by what it asks of a jail ("gave her until October 15 to start holding
    # flagged inmates")
    # ("gave the Department until August 1 to restore full staffing": a state police department)
    # (a court's own order: "repeating its demand that the order be withdrawn", after "wrote to the court")
    "ultimatum_target": r"\b(jails?|inmates|deputies|(?<=the )(?:state |police )?department(?! of)"
                        r"|(?<=the )(?:standing |administrative )?order be (?:withdrawn|rescinded|revoked|lifted|vacated))\b",
    "kept_from": r"\b(?:keep(?:s|ing)?|kept)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:out of\s+(?:\w+\s+){0,3}(?:immigration|ice|deportation|federal)"
                 r"|from\s+\w+ing\b)"
                 # "shut ICE out of the booking floor", "keeps immigration agents out of the jail"
                 r"|\b(?:keep(?:s|ing)?|kept|shut(?:s|ting)?)\s+(?:ice|immigration agents|federal agents|(?:ice|immigration) officers)"
                 r"\s+out of\s+(?:the |its |our |their )?(?:[\w-]+\s+){0,2}?(?:jails?|booking\b|sally ports?|detention|lockups?|cells?)",
    # what is kept closed to agents is no cooperation required ("bus drivers have been instructed to keep their doors
    # closed to immigration agents")
    "closed_to_agents": r"\b(?:keep(?:s|ing)?|kept)\s+(?:[\w'\u2019-]+\s+){1,4}?closed to\s+(?:ice|immigration|federal)",
    # ("voted to close city parks and parking garages to ICE staging"): a place shut to the agents, no help given
    "close_to_agents": r"\bclos\w*\s+(?:[\w'\u2019,-]+\s+){1,8}?to\s+(?:ice|immigration|federal)\b",
    # "voted to keep county money away from any 287(g) application"
    # one person's details handed over ("an arrestee's home address and booking photograph")
    "personal_items": r"\b(?:home address(?:es)?|(?:booking |mug ?)?photo(?:graph)?s? of (?:him|her|them|the)\b|booking photo(?:graph)?s?"
                      r"|mug ?shots?|dates? of birth|phone numbers?|social security numbers?|(?:home |street )?addresses)",
    # ICE's questioning of a person: "an ICE interview of a probationer", "interviews by immigration officers"
    "ice_interview": r"\b(?:ice|immigration|federal immigration)\s+(?:officers?'?\s+|agents?'?\s+)?interviews?\b"
                     r"|\binterviews?\s+(?:by|with)\s+(?:an?\s+)?(?:ice|immigration|federal immigration)\b",
    # ICE named as the one a service is done for: "towed 37 vehicles for ICE"
    "for_ice_direct": r"\bfor (?:ice|immigration and customs enforcement|immigration (?:agents|officers))\b",
    "ice_vehicles": r"\b(?:ice|immigration|federal) (?:vehicles|cars|trucks|vans)\b",
    "personal_data": r"\b(?:names?|address(?:es)?|(?:immigration|citizenship) status|appointments?|records?|information"
                     r"|data|photo(?:graph)?s?|dates? of birth|phone numbers?|files?)\b",
    # an accusation of choosing politics ("had chosen politics over public safety", "a gift to the cartels"): never
    # praise, however warm its other words
    "politics_chosen": r"\b(?:chos\w*|choos\w*|put\w*|plac\w*|play\w*)\s+politics\b|\bpolitics\s+(?:over|ahead of|before)\b"
                       r"|\ba gift to (?:the )?cartels?\b",
    "money_subject": r"\bno (?:[\w-]+ ){0,2}(?:money|funds|dollars|revenue)\b",
    "money_away": r"\b(?:keep(?:s|ing)?|kept)\s+(?:county|city|state|public|taxpayer|local|its|their)\s+(?:money|funds|dollars|resources)"
                  r"\s+(?:away\s+)?from\s+(?:[\w()-]+\s+){0,4}?(?:287\s*\(g\)|immigration|ice\b|deportation)",
    "before_release": r"\bbefore (?:releasing|discharging|(?:the |their |any )?(?:release|discharge)|(?:[\w'-]+ ){1,6}?(?:is|are|gets?|goes|go|walks?) "
                      r"(?:released|free|out))\b",
    "shut_out": r"\bshut(?:s|ting)?\s+(?:[\w'\u2019-]+\s+){1,4}?out\b",
    "report_objects": r"\b(arrests?|detentions?|raids?|ice|immigration|federal|enforcement|operations?|agents?)\b",
    "funding": r"(\$|\b(funds?|funding|(?:sub)?grants?|(?:sub)?awards?|money|dollars?|reimburs\w*|federal aid|aid|budget|contracts?|payments?|installments?|subsid\w*|paying for|invoices?|drawdowns?"
               # ("would stop paying the county for detainee beds")
               r"|paying (?:the|its|their) (?:county|city|jail|sheriff|state)\b[^.;]{0,20}\bfor)\b)",
    # (or anyone to be charged with harboring: "would ask the Justice Department to investigate me for harboring")
    "local_official": r"\b(for harbou?ring|mayors?|governors?|sheriffs?|police chiefs?|chiefs? of police|police departments?|lawmakers?|legislators?|council\w*|judges?|attorneys? general"
                      r"|district attorneys?|commissioners?|county executives?|alderm[ae]n|clerks?"
                      r"|superintendents?|wardens?|jail (?:administrators?|directors?|commanders?)"
                      # ("ICE served an administrative subpoena on the General Manager")
                      r"|(?:general|city|county|town) managers?|(?:city|county) administrators?"
                      # (a letter to a prosecutor: "whether any member of your staff has shielded aliens")
                      r"|members? of your (?:staff|office)"
                      # ("charging X, a corrections lieutenant at the Multnomah County Detention Center")
                      r"|corrections? (?:lieutenants?|officers?|sergeants?|captains?|supervisors?)|detention officers?"
                      r"|state senators?|(?:state|local|city|county|parish|town|village|borough|municipal|elected|sanctuary|democratic"
                      # ("will serve administrative subpoenas on Division officials": a state division's)
                      r"|division|bureau|commission|board)"
                      r" (?:officials?|leaders?|politicians?|prosecutors?)"
                      r"|sanctuary (?:jurisdictions?|cities|counties|states)|(?:any|every|each) officials? (?:[\w.,]+ ){0,6}?who"
                      r"|(?:officials|employees|workers) who"
                      # ("charges X, a neighborhood outreach coordinator for the City of Toledo, with harboring aliens")
                      r"|(?:coordinator|employee|worker|staffer|manager|director|officer|official|aide)s? (?:for|of|with)"
                      r" the (?:city|county|town|village|borough) of"
                      # ("any city employee who hides a suspect from his officers will be prosecuted")
                      r"|(?:any|every|each) (?:city|county|state|local|municipal|town|school|public) (?:employees?|workers?"
                      r"|staff(?:ers?)?|officials?) (?:[\w.,]+ ){0,6}?who)\b",
    "local_target": r"\b(mayors?|governors?|sheriffs?|officials?|lawmakers?|leaders?|politicians?|cit(?:y|ies)|count(?:y|ies)"
                    r"|states?|jurisdictions?|sanctuary|towns?|municipalit\w*|localit\w*|political subdivisions?"
                    r"|local (?:governments?|entit(?:y|ies))"
                    r"|democrats?|council\w*|commissions?|voters|public schools|school boards?"
                    r"|attorneys? general|district attorneys?|prosecutors?|police chiefs?|police departments?"
                    r"|commissioners?|supervisors?|boards?|aldermen|sheriffs?|school districts?|trustees"
                    r"|police(?= (?:will|would|shall|must|should|officers?|not|to|can|cannot)\b)"
                    r"|(?:city|county|town|village|state|local|public) (?:employees|workers|staff|personnel)"
                    r"|(?:the|a|this|that|each|every|any) district(?! court| judge| attorney))\b",
    # a party's request to a court in a case under way: "asked the court to dismiss the suit", "will ask the full
    # Ninth Circuit to rehear the case", "moved to dismiss" (a motion for an injunction is left to seek_injunction:
    # a government moving to enjoin federal officials is suing them)
    # (a court by its name too: "asked the Lancaster County District Court to rewrite the ballot title")
    "court_motion": r"\b(?:ask\w*|petition\w*|urg\w*)\s+(?:the |a )?(?:full |u\.s\. |state |federal |(?:[\w.'-]+ ){1,3}(?:district |circuit |superior |county |municipal ))?(?:court|judge|justices"
                    r"|panel|(?:\w+ )?circuit|supreme court|appeals court|court of appeals)\s+(?:to\s+(?:dismiss|review|rehear"
                    r"|reconsider|reverse|overturn|vacate|uphold|affirm|certify|throw out|rewrite|revise)|for\s+(?:more |additional )?(?:time"
                    r"|a rehearing|rehearing|review|reconsideration|summary judgment))\b"
                    r"|\bmov(?:e|es|ed|ing)\s+(?:to\s+(?:dismiss|stay|intervene|strike)|for\s+(?:a |an )?(?:summary judgment"
                    r"|dismissal|rehearing|reconsideration|stay|class certification))\b",
    # a government asking a court to stop something: "asked a federal judge on September 6 to block the deployment"
    "court_block": r"\b(?:ask\w*|petition\w*)\s+(?:the |a )?(?:federal |u\.s\. )?(?:district )?(?:court|judge)\s+"
                   r"(?:[\w,]+ ){0,4}?to\s+(?:block|halt|stop|enjoin|freeze|suspend|quash|vacate|set aside|compel)\b",
    # a suit's settlement, approved or reached ("voted 7-5 to approve a settlement with the state")
    "settlement": r"\bsettlements?\b",
    "court_filing": r"\b(?:notice of appeal|(?:an|its|their|a timely) (?:appeal|opposition|reply)|opposition to|amicus|amici"
                    # ("filed the state's response on Sept. 7")
                    r"|the (?:state|county|city|government|department|sheriff)(?:'s|\u2019s) (?:response|reply|answer|opposition)"
                    r"|friend-of-the-court)\b",
    # a warrant federal agents carry out at a place: "executed a federal criminal search warrant at the plant"
    # (not arrest warrants served while local officers close the roads: the gold codes the help only there)
    "search_warrant": r"\bsearch\s+warrants?\b",
    # a local officer telephoning ICE about someone: "called an ICE tip line from his department phone", "phoned
    # Border Patrol about the driver"
    "ice_phoned": r"\b(?:call|phon|contact|telephon|dial)\w*\s+(?:an?\s+|the\s+)?(?:ice|immigration and customs enforcement"
                  r"|border patrol)(?:['\u2019]s)?\s+(?:tip\s*line|hotline|dispatch\w*|(?:field\s+)?office)\b"
                  r"(?!\s+[\"\u201c']?(?:an?|the|one)\b)"
                  r"|\b(?:call|phon|contact|telephon)\w*\s+(?:ice|border patrol)\s+(?:from|about|on (?:him|her|them|the)\b|to report"
                  # ("an Elgin officer called ICE during a traffic stop on February 18")
                  r"|during (?:an? |the )?(?:traffic |routine )?(?:stop|arrest|search|call)"
                  r"|and (?:read|gave|reported|gave))",
    "call_to_object": r"\bto (?:protest|complain|object|demand|request|express|urge|question|ask (?:for|why|whether|about))\b"
                      # (the public asked to call: "members of the public can report tips by calling the ICE tip line";
                      # a permission, not a call made: "let officers call ICE about anyone wanted for a felony")
                      r"|\b(?:members of the public|the public|anyone|residents|tipsters?|callers?)\b"
                      r"|\b(?:let|lets|letting|allow\w*|permit\w*)\s+(?:\w+\s+){0,3}(?:call|phone|contact)",
    # a rule against holding anyone: "no property owned by the City shall be used to detain persons for ICE"
    "hold_prohibited": r"\b(?:no (?:[\w,'-]+ ){0,10}(?:shall|may|will|can)|shall not|may not|must not|cannot|prohibit\w*"
                       r"|bars?|barred|barring|bans?|banned|forbid\w*)\b",
    "judicial_warrant_lacking": r"\b(?:without|lack\w*|unless (?:they|he|she|it) (?:present|show|ha)\w*) (?:a |an )?"
                                r"(?:judicial|judge['\u2019]s|court-issued|signed judicial) (?:warrant|order)\b"
                                # ("unless the officer presents a warrant signed by a judge")
                                r"|\b(?:unless|without)\b[^.;]{0,40}\bwarrants? signed by an? (?:judge|court|magistrate)\b",
    "award_requiring": r"\b(?:awards?|grants?|funds|funding)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:that|which)\b[^.;]{0,40}?"
                       r"\brequir(?:e|ed|es)\b",
    "as_plaintiff": r"\bas (?:an? )?(?:co-?|intervenor-?|intervening |additional )?plaintiffs?\b",
    # (the suit named is the suing rule's: "joined the lawsuit as co-plaintiffs")
    "suit_named": r"\b(?:lawsuits?|suits?|case|complaint|litigation)\b",
    "state_suit": r"\bagainst (?:the )?(?:state|county|city|governor|sheriff|attorney general)\b",
    "conditioned_on": r"\bconditions? (?:its |the |all |their )?(?:payments?|awards?|grants?|funds|funding|reimbursements?)"
                      r" on\b",
    "more_forces": r"\bwith (?:additional|more|extra|(?:hundreds|dozens) of|\d+ (?:more|additional))\s+(?:[\w-]+\s+)?"
                   r"(?:officers|agents|personnel|troops|teams)\b",
    "deploy_objects": r"\b(national guard|guard|guardsmen|guardsman|troops|soldiers|military|marines?|army|active[- ]duty"
                      r"|agents|officers|ice|cbp|border patrol|federal (?:law enforcement|forces|personnel|officers|agents)"
                      r"|personnel|tactical|forces|(?:additional|more|extra|enforcement|arrest|tactical|response|operations|fugitive) teams?)\b",
    "court_words": r"\b(courts?|judges?|justices?|injunctions?|restraining orders?|rulings?|appeals?|hearings?|trials?"
                   r"|verdicts?|magistrates?|circuit|panel|tribunal|lawsuits?|suits?|cases?)\b",
    "court_subject": r"\b(motions?|petitions?|applications?|requests? for|complaints?|appeals?|defendants?"
                     r"|respondents?|appellants?|injunctions?|judgments?|claims?|ordinances?"
                     # ("Count I is DISMISSED WITH PREJUDICE", "Bernalillo County is terminated as a party")
                     r"|counts? [IVX\d]+)\b",
    "as_a_party": r"\bas (?:a )?part(?:y|ies)\b",
    "federal_service": r"\b(national guard|guard|guardsmen|troops|soldiers|reserv\w*)\b.{0,80}\b(?:into|under|to) (?:federal|active) (?:service|duty|control|command|status)",
    # words that make a statement a condemnation or criticism, and words of praise (for actions._statement_type)
    "harsh": r"\b(terroriz\w*|terrif\w*|fear\w*|frighten\w*|asham\w*|disgust\w*|sicken\w*|heartbr\w*|scar(?:e|es|ed|ing)\b|dragnet\w*|show of force|cruel\w*|reckless\w*|lawless\w*|shameful|outrag\w*|chao\w*|abus\w*"
             r"|unconstitutional|illegal\w*|inhumane|disgrace\w*|attack\w*|assault\w*|occupation|authoritarian\w*"
             r"|brutal\w*|terror\w*|intimidat\w*|harass\w*|unlawful|unacceptable|appall\w*|horrif\w*"
             r"|devastat\w*|traumati\w*|racis\w*|kidnap\w*|overreach\w*|bully\w*|bullied|draconian|heartless"
             r"|(?:grave|terrible|huge|serious|tragic|dangerous) mistake|shakedown\w*|extort\w*|blackmail\w*|hostage|ransom"
             r"|(?:political |publicity )stunts?|power grab"
             r"|immoral|un-american|rogue|thug\w*|jeopardiz\w*|endanger\w*|defy\w*|defian\w*|obstruct\w*"
             r"|tear\w* (?:\w+ ){0,2}families apart|rip\w* (?:\w+ ){0,2}families apart|separat\w* families"
             # ("a midnight assembly line for breaking up Pueblo families", "a grim business")
             r"|break\w* up (?:\w+ ){0,2}families|assembly lines?|grim\b|never invited|fishing expeditions?"
             r"|turn\w* (?:\w+ ){0,3}into (?:informants|deportation (?:agents|officers)|immigration agents|ice agents)"
             # ("ICE has turned our jail into a warehouse for people", "... into a holding pen")
             r"|turn\w* (?:[\w'\u2019]+ ){1,3}into (?:a |an |its )?(?:[\w-]+ )?(?:warehouses?|holding pens?|waiting rooms?"
             r"|checkpoints?|dragnets?|traps?|cages?)"
             r"|complicit|not welcome|power grab|betray\w*|insult\w*|travest\w*|(?:scor|play)\w* political points"
             # sarcasm and verdicts on what federal agents did ("a stunt dressed up as a legal argument",
             # "was not law enforcement, it was an ambush", "Washington tried to turn our sheriffs into ...")
             r"|dressed up as|ambush\w*|disappeared|stunts?|photo ops?|photo opportunit\w*|for the cameras"
             # ("What happened on L Street was a raid on working families", "a snatch-and-grab", "was wrong")
             r"|raids? on (?:[\w'\u2019-]+ ){0,2}(?:famil\w+|neighbou?rs|communit\w+|towns?|workers|people|parents|children)"
             r"|snatch-and-grabs?|cowardly|needless show|(?:was|were) wrong\b(?! to\b)"
             r"|loyalty tests?|(?:is|was|are|were)(?:n't| not) (?:law enforcement|public safety|policing|justice)"
             r"|(?:washington|the administration|the justice department|dhs|ice|the federal government|the white house)"
             r" (?:has |have )?(?:tried|is trying|keeps trying|wants) to|what (?:ice|washington|the administration) wants"
             r"|gets? to rewrite|humiliat\w*|shame"
             # images of an occupation or a hunt ("a town under siege", "turned the courthouse steps into a trap")
             r"|nightmares?|under siege|siege|insult\w*|a trap|into a trap|hunt(?:s|ing|ed)? (?:people|families|neighbors|immigrants|workers)"
             r"|war zones?|crime scenes?|occupying (?:army|force)|like (?:freight|cattle|criminals|animals)"
             # ("is using them as a lever to force local officers to do ICE's work", "treats what it owes us as a
             # bargaining chip")
             r"|as (?:a |an )?(?:levers?|weapons?|cudgels?|bargaining chips?|bludgeons?|hammers?|pawns?)"
             r"|(?:force|forcing|forces|make|makes|making|conscript\w*|draft\w*) (?:[\w'\u2019-]+ ){0,3}(?:to )?do"
             r" (?:ice['\u2019]s|washington['\u2019]s|the federal government['\u2019]s|federal) (?:job|work|bidding))\b",
    # how federal officials shame local governments ("chosen to protect criminal aliens")
    "crime_frame": r"\b(stonewall\w*|(?:own|bear) (?:whatever|the|any) (?:harm|consequences)|ha(?:s|ve|d) chosen (?:to|politics)|chose (?:to|politics)|put(?:s|ting)? politics|politics over|criminals?|criminal aliens?|illegal aliens?|shield\w*|harbor\w*|lawbreak\w*|dangerous|safe harbou?r|safe haven|revolving door"
                   r"|sanctuary politicians?|protect\w* (?:criminals|illegal)|hiding places?|havens? for|magnets? for|a sanctuary for|(?:contempt|disdain|hostility) (?:for|toward) (?:federal|ice|immigration|law enforcement)"
                   r"|cartels?|gangs?|traffickers?|smugglers?|predators?|welcome mats?|open doors? for|fugitives?|hid\w* (?:criminals|fugitives|offenders)"
                   r"|politics (?:matters?|comes?|wins?)|political (?:theater|theatre|stunts?|games?)|in the name of politics"
                   r"|(?:ahead of|over|before) (?:the )?(?:public['\u2019]s )?(?:safety|security|lives)|headlines over"
                   r"|(?:chos\w*|choos\w*) headlines|rather protect|lectur\w* (?:federal )?(?:officers|agents)"
                   # ('"has decided that a permit clerk's comfort matters more than a victim's safety"', '"care more
                   # about headlines than about the victims of crime"')
                   r"|matters? more than (?:[\w'\u2019]+ ){0,3}?(?:safety|victims?|lives|neighbou?rhoods|communit\w+)"
                   r"|cares? more about (?:[\w'\u2019]+ ){1,3}than (?:about )?(?:[\w'\u2019]+ ){0,2}?(?:safety|victims?|lives|public)"
                   r"|smear\w* (?:federal )?(?:officers|agents)|walk out (?:of (?:its|the|their) jail|the front door)"
                   # ("puts the City on the side of people who break our laws")
                   r"|(?:people|those|anyone|aliens|migrants|immigrants|persons) who (?:break|broke|violate\w*|flout\w*)"
                   r" (?:our|the|federal|u\.s\.|this nation's|the nation's) (?:immigration )?laws?)\b",
    "warm": r"\b(saves? lives|saving lives|professionals|professionalism|careful, professional|doing it well|(?:doing|did|does) (?:its|their|a|an|that|the|his|her|our) (?:\w+ )?(?:job|work)(?: well)?"
            r"|grateful|thank\w*|proud|great (?:work|partners?|job)|good partners?|excellent|commend\w*|applaud\w*"
            r"|heroes|heroic|keeps? (?:us|our \w+|the \w+) safe|safer|the backbone of"
            # ("ICE's officers have been careful, courteous partners inside this jail")
            r"|(?:careful|courteous|steady|respectful|responsive|professional)\b[\w ,]{0,30}\bpartners?"
            # ("a partner that has kept dangerous people off our streets")
            r"|(?:kept|keeps|keeping|took|takes|taking|taken|removed|removing|gotten|got) (?:[\w,-]+ ){0,4}?(?:people|criminals|offenders"
            r"|predators|traffickers|dealers|felons|gang members) off (?:[\w'\u2019-]+ ){0,3}?(?:streets|roads|neighbou?rhoods)"
            r"|partnership|(?:real |strong |true )?leadership"
            # ("ICE has never once let this county down", "have never once left my deputies hanging", "a good neighbor",
            # "have done careful, lawful work", "paid every invoice on time")
            r"|never (?:once )?(?:let|left) (?:[\w'\u2019-]+ ){1,3}(?:down|hanging)|(?:a|the) good neighbou?r"
            r"|(?:do|does|did|done|doing) (?:hard|careful|lawful|professional|tireless|important|excellent|good|great)"
            r"(?:,? (?:and )?[\w-]+){0,2} work|paid every invoice on time"
            r"|(?:a|the) model (?:for|of)|an? (?:exemplary|outstanding|excellent|valued|trusted|reliable|dependable|invaluable) partner"
            r"|(?:the|our) (?:most|best|more) (?:dependable|reliable|valued|trusted|professional|steady)(?: [\w-]+)?"
            r" partners?)\b",
    "enforcement_counts": r"\b\d[\d,]* (?:\w+ )?(?:arrests|detentions|raids|deportations|stops|encounters)\b",
    "evade": r"\b(evad\w*|escap\w*|avoid\w*|hid(?:e|es|ing) from|fle(?:e|es|eing|d) from|slip\w* away from)\b",
    "troops_subject": r"\b(troops|national guard|guard members|guardsmen|soldiers|marines|military"
                      r"|\d[\d,]* (?:\w+ ){0,3}(?:agents|officers)"
                      # ("more officers would arrive in Fresno later this week", said by ICE; not "more police officers")
                      # (or teams: "more teams will arrive in Nashville on Thursday", said by ICE)
                      r"|(?:more|additional|extra) (?:federal |immigration |ice )?(?:agents|officers|teams))\b",
    "in_court": r"\b(in (?:(?:federal|state|district|circuit|superior|county|chancery|u\.s\.) )*court|legally|legal challenge|through the courts|lawsuits?)\b",
    "status_checks": r"\b(immigration status|citizenship status|legal status|immigration checks?|ice databases?"
                     r"|(?:their|his|her|a person's|anyone's) (?:citizenship|place of birth|country of (?:origin|birth))"
                     r"|immigration databases?|immigration records)\b",
    "requests": r"\b(requests?|applications?|contracts?|agreements?|budgets?)\b",
    # "will ask a court to void the ordinance", "asks the court to declare Ordinance 12 void"
    "court_to_void": r"\b(?:judge|court) to (?:void|invalidate|nullify|overturn|strike down|declare)\b",
    "injunction": r"\b(injunctions?|restraining orders?|(?:an?|the|emergency|temporary|administrative) stay|stays? (?:of|pending)|tro|(?:federal |district )?(?:judge|court) to (?:stop|block|halt|bar|enjoin|order))\b",
    "immunity": r"(\bimmun\w*|\b(?:are|is|were|was|remain|remains) exempt from\b|\b(?:cannot|can't|can not|could not|may not|won't|will not) be (?:prosecuted|charged|arrested|held accountable)"
                r"|\bneed not (?:identify|unmask|show)|\bnot (?:required|obligated|obliged) to (?:identify|unmask|show|give)"
                r"|\b(?:under|ha(?:ve|s)) no (?:obligation|duty) to (?:identify|unmask|show|give|answer)"
                r"|\bbeyond the reach of (?:state|local)"
                # "are not subject to municipal identification rules", "do not need a governor's permission to ..."
                r"|\bnot subject to (?:any |a |an |the )?(?:state|local|city|county|municipal|county's|city's)\b"
                r"|\b(?:do|does|did) not need (?:a |an |any |the )?(?:governor|mayor|state|city|county|local|sheriff)"
                r"\w*(?:'s|\u2019s)? (?:permission|approval|consent|sign-off)"
                # ("are not bound by any order of a state court judge", "by any hospital district's rules")
                r"|\bnot (?:bound|governed|covered) by (?:any |a |an |the )?(?:order of (?:a |an |any |the )?)?"
                r"(?:[\w-]+(?:'s|\u2019s)? ){0,2}(?:state|local|city|county|governor|mayor|executive order|ordinance"
                r"|court|judge|(?:district|hospital|board|agency)(?:'s|\u2019s)? (?:rules?|polic(?:y|ies)))\b"
                r"|\b(?:do|does) not require (?:them|officers|agents|federal \w+) to (?:give|identify|show|unmask|display)"
                # "no state has the authority to tell a federal officer ...", "no state attorney general can
                # prosecute our officers", "no Georgia law can require them to ..."
                r"|\bno (?:state|city|county|governor|mayor|legislature|council|(?:[a-z]+ ){1,2}(?:law|statute|legislature"
                r"|attorney general|prosecutor|council|ordinance|rule|court|judge))\b[^.;]{0,45}?\b(?:can|could|may|has the (?:authority"
                r"|power|right) to) (?:tell|require|dictate|prosecute|force|order|direct|charge|compel)\b"
                r"|\b(?:state|local) laws? (?:do|does|can|could) not (?:apply|bind|reach)"
                # ("the city ordinance does not bind federal officers")
                r"|\b(?:ordinances?|laws?|statutes?|rules?|orders?|polic(?:y|ies)|acts?) (?:do|does|can|could|will) not "
                r"(?:apply to|bind|reach|govern) (?:federal|ice|immigration)\b"
                r"|\b(?:no|lacks?|without)(?: the)? (?:power|authority|right|jurisdiction) to (?:arrest|prosecute|charge|detain"
                r"|investigate)"
                r"|\b(?:cannot|can't|can not|may not|will not|won't) be (?:bound|regulated|governed|restricted|constrained|subject)"
                r"|\b(?:do|does|did) not (?:need|have) to (?:identify|unmask|show|give|answer|explain)"
                r"|\b(?:state|states|city|cities|county|counties|local \w+)\b.{0,20}\b(?:cannot|can't|may not|has no right to|have no right to)"
                r" (?:tell|direct|order|dictate|regulate|stop|restrict|control)\b.{0,30}\bfederal"
                r"|\bsupremacy clause|\bintergovernmental immunity)",
    "rapid_response": r"\brapid[- ]response\b",
    # what a portal takes in: "where residents can upload video of arrests" (arrests filmed, whoever is named)
    "filmed_arrests": r"\b(?:upload|submit|post|send|share)\w* (?:\w+ ){0,3}(?:videos?|footage|photos?|pictures?|recordings?)"
                      r" of (?:\w+ ){0,2}(?:arrests|raids|detentions)\b"
                      # ("a complaint form where residents can report officers who are masked")
                      r"|\breport\w* (?:\w+ ){0,2}(?:officers?|agents?) (?:who|that) (?:are|were|go) masked\b",
    "name_tags": r"\b(?:name[- ]tags?|nameplates?|badge numbers?|name[- ]tag rule)\b",
    # an agent whose face is hidden: "will report any masked agent they see at an arrest"
    "masked_agents": r"\bmasked (?:federal |immigration |ice )?(?:agents?|officers?)\b",
    "not_renew": r"\b(?:will|would|does|did|shall) not (?:renew|extend)|\bnot to (?:renew|extend)|\bnon-?renewal\b"
                 r"|\b(?:intends?|intent|plans?|decision|decided) to (?:end|terminate|withdraw from|exit|cancel)\b",
    "stay_out": r"\b(?:stay|stays|stayed|staying|keep|keeps|kept|keeping) out of (?:\w+ ){0,3}(?:operations?|enforcement|raids?|arrests?)\b",
    # whom a state inquiry is into: a local body or its officers
    "inquiry_target": r"\b(?:sheriffs?|sheriff's|police|jails?|county|county's|counties|city|city's|cities|town|village"
                      r"|officers|deputies|department|council|commission|board|school district|votes?|mayors?"
                      r"|officials?|commissioners?)\b",
    # a local measure a state inquiry can be about
    "local_measure": r"\b(?:votes?|ordinances?|resolutions?|orders?|polic(?:y|ies)|directives?|measures?)\b",
    "misconduct_by_agents": r"\b(?:ice|federal|immigration|border patrol) (?:agents?|officers?)\b.{0,40}\b(?:force|shoot\w*"
                            r"|shot|assault\w*|misconduct|abus\w*|kill\w*)|\b(?:force|shooting|shot|assault\w*|misconduct"
                            r"|abus\w*|killing|death)\b.{0,40}\b(?:ice|federal|immigration|border patrol) (?:agents?|officers?)\b",
    "arrested_by_ice": r"\b(?:persons?|people|detainees|arrestees|those)\s+(?:arrested|detained|apprehended|picked up)\s+"
                       r"(?:by|in an?|during an?|in)\s+(?:ice|immigration|federal|hsi|ero)\b",
    "release_notice": r"\brelease (?:notices?|notifications?)\b",
    "notice_to_other": r"\brelease (?:notices?|notifications?) (?:\w+ ){0,3}?to (?!ice\b|immigration|u\.s\.|federal|dhs|homeland)",
    "left_unanswered": r"\b(?:left|leaves?|leaving)\b[^.;]{0,60}?\b(?:unanswered|unhonou?red|ignored|unfilled|unreturned)\b",
    "on_hold": r"\b(?:on hold|an? (?:\w+ )?hold on)\b",
    # a payment said to go on only while a condition holds: "reimbursement will continue only while the Bureau keeps
    # twenty troopers assigned", "payments may not survive the loss of a partner if the agreement lapses"
    "funding_condition": r"\b(?:continue|survive|remain|last)\b[^.;]{0,60}\b(?:only (?:while|if|as long as|so long as|when)|if|unless)\b",
    "to_court": r"\b(?:go|goes|going|gone|went) to (?:federal )?court\b",
    "deadline": r"\b(until|deadline|within \w+ (?:days?|weeks?|hours?|months?)|(?<!following )(?<!next )(?<!same )(?<!that )"
                r"(?<!previous )(?<!each )(?<!every )(?:days?|weeks?|hours?) to|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                # ("to confirm by 4:00 p.m. on Thursday", "tell me by 9:00 a.m. tomorrow", "by noon tomorrow")
                r"|by \d{1,2}(?::\d{2})? ?[ap]\.?m\b|by noon|by tomorrow"
                r"|(?:no later than|by) (?:january|february|march|april|may|june|july|august|september|october|november|december) \d+"
                # ("asking us to honor every administrative detainer starting November 1": a date set for compliance)
                r"|(?:starting|beginning) (?:on )?(?:january|february|march|april|may|june|july|august|september|october"
                r"|november|december) \d+)\b",
    # a time limit given ("within 30 days", "ten days to withdraw", "until November 15", "by March 26"): what makes a
    # demand an ultimatum, whoever it is aimed at
    "time_limit": r"\b(?:within \w+ (?:days?|weeks?|hours?|months?)|\w+ (?:days?|weeks?|hours?)(?:'|\u2019)? to"
                  r"|(?:until|by|no later than) (?:january|february|march|april|may|june|july|august|september|october"
                  r"|november|december) \d+|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    "removal_flight": r"\b(?:removal|deportation|repatriation|ice air|charter)\b(?: [\w-]+){0,2} flights?\b",
    "operation_context": r"\b(?:ice|immigration|dhs|cbp|border patrol|federal|hsi|ero|homeland security|deportation|agents)\b"
                         r"|\boperation [A-Za-z]",
    "abolish_objects": r"\b(ice|immigration and customs enforcement|dhs|homeland security|cbp|border patrol|immigration (?:agency|enforcement|system|agents?|officers?)|agency|agents?|officers?)\b",
    "condemn_objects": r"\b(federal|ice|dhs|cbp|border patrol|homeland security|administration|white house|president"
                       r"|justice department|department of justice|doj|fbi|national guard|troops|raids?|deployments?"
                       r"|shootings?|killings?|crackdowns?|sweeps?|detentions?|deport\w*|immigration|agents?|surges?|operations?|arrests?|subpoenas?|investigations?|threats?|lawsuits?|coerc\w*"
                       r"|washington(?:'s|\u2019s)? (?:job|orders?|demands?|threats?)|dragnets?|soldiers|military"
                       r"|federal custody|detention (?:centers?|facilit\w+)|law enforcement|field office(?:'s|\u2019s)?|flights)\b",
    "oppose_objects": r"\b(deployments?|troops|national guard|military|soldiers|raids?|sweeps?|crackdowns?|surges?"
                      r"|(?:enforcement|immigration) operations?|mass deportations?|immigration arrests)\b",
    # work done for the agents themselves: "barred its officers from running portal checks for immigration agents"
    "for_agents": r"\bfor (?:ice |immigration |federal immigration |federal )(?:agents|officers|authorities)\b",
    # "at ICE's request", "at the request of immigration agents"
    # ("at an ICE officer's request", "at the direction of HSI")
    "at_ice_request": r"\bat (?:the )?(?:(?:request|behest|direction) of (?:an? |the )?(?:ice|immigration|federal immigration"
                      r"|dhs|border patrol|hsi|ero|cbp)\b|(?:an? )?(?:ice|dhs|border patrol|hsi|ero|cbp"
                      r"|immigration and customs enforcement)(?: (?:officer|agent|supervisor|official)s?)?['\u2019]s?"
                      r" (?:request|behest|direction))",
    # "deputies ... rode with ERO teams on all five days of the operation"
    "with_ice_teams": r"\b(?:with|alongside) (?:the )?(?:ice|ero|hsi|federal|immigration|border patrol)"
                      r"(?: [\w-]+)? (?:teams?|agents|officers|units?|squads?)\b",
    # a person held or help given for ICE: "kept him at the roadside for ICE after the traffic matter was complete"
    "for_ice": r"\b(?:for|on behalf of|alongside|together with|at the request of|in a joint operation with"
               r"|under (?:the|its|their|a) (?:287\s*\(\s*g\s*\) )?agreement with) (?:federal |u\.s\. )?"
               r"(?:ice|immigration (?:and customs enforcement|agents|officers|authorities))\b"
               r"|\bunder (?:the|its|their|a) 287\s*\(\s*g\s*\)|\bjoint (?:\w+ )?operations? with",
    # ("named Travis County in its weekly report of jurisdictions that decline detainers")
    # (a list's name in quotation marks: 'a federal list of "jurisdictions under compliance review"')
    "bad_list": r"\b(?:lists?|reports?|rosters?) of [\"\u201c']?(?:[\w-]+ ){0,3}(?:jurisdictions|cities|counties|states|localities|places)\b"
                # ("published the first of its weekly reports on jails that decline immigration detainers, naming ...")
                r"|\b(?:lists?|reports?|rosters?) (?:on|of) (?:the )?(?:jails|jurisdictions|counties|cities|sheriffs|places)"
                r" (?:that|which|who) (?:decline|refuse|ignore|reject|do not honou?r)\w*\b"
                r"|\b(?:uncooperative|non-?compliant|non-?cooperating|non-?cooperative) (?:jurisdictions?|cities|counties|states"
                r"|places)\b",
    "state_money": r"\bstate(?:-shared|-administered|-funded|['\u2019]s)? (?!criminal alien)(?:[\w-]+ ){0,4}(?:funds?|funding|grants?|revenue|aid|money|moneys|monies|dollars|payments|distributions?"
                   r"|relief|assistance|reimbursements?"
                   r"|sales tax\w*|tax revenue|tax dollars)\b|\brevenue[- ]sharing\b|\blocal[- ]government fund\b"
                   r"|\broad[- ]use tax\b|\bshared[- ]revenue\b|\bturnback\b",
    # a place singled out by what it does ("any city in Arizona whose voters approve ...", "every county that ...")
    # police help with the roads at an operation: "directing traffic", "closing streets", "blocking intersections"
    "traffic_help": r"\b(?:direct\w*|clos\w*|control\w*|block\w*|handl\w*|manag\w*|secur\w*|hold\w*|held|shut\w*"
                    # ("will not stand a perimeter for ICE", "will not staff a single ICE checkpoint")
                    r"|stand(?:s|ing)?|staff(?:s|ed|ing)?) (?:\w+ ){0,3}?"
                    r"(?:traffic|streets?|roads?|intersections?|perimeters?|lanes?|blocks|checkpoints?)\b"
                    # "providing traffic or perimeter control", "perimeter security"
                    r"|\b(?:traffic|perimeter|crowd)(?:\s+(?:or|and)\s+(?:traffic|perimeter|crowd))?\s+(?:control|security)\b",
    "traffic_words": r"\b(?:traffic(?: control)?|streets?|roads?|roadways?|exits?|entrances?|perimeters?|intersections?"
                     r"|(?:rear |back |front |side |main )?gates?|driveways?|(?:\w+ )?blocks of"
                     r"|lanes?|crowd control|the scene|stretch(?:es)? of|avenues?|boulevards?|highways?|sidewalks?"
                     # ("troopers guarded the plant's loading docks during the operation")
                     r"|checkpoints?|loading docks?|parking (?:lots?|garages?|ramps?|areas?)"
                     # ("four patrol cars blocked both ends of the block")
                     r"|ends? of the (?:block|street|road))\b",
    # (or a list of them: "any county, city or village that does not comply")
    "conditioned_place": r"\b(?:any|every|each|a) (?:(?:count(?:y|ies)|cit(?:y|ies)|towns?|villages?),? (?:or |and )?){0,2}"
                         r"(?:cit(?:y|ies)|count(?:y|ies)|towns?|villages?|municipalit(?:y|ies)|jurisdictions?"
                         r"|local (?:entit(?:y|ies)|governments?)|political subdivisions?"
                         r"|localit(?:y|ies)|sheriffs?|school districts?)(?: in [A-Z]\w+)? (?:that|which|whose|who"
                         # ("withholds state jail reimbursements from any county found in violation")
                         r"|(?:found|determined|held) (?:to be )?(?:in violation|out of compliance|noncompliant)"
                         # ("from any city the Attorney General finds in violation")
                         r"|(?:the |an? )?(?:\w+ ){1,3}(?:finds?|determines?|deems?) (?:to be )?"
                         r"(?:in violation|out of compliance|noncompliant))\b",
    "conditions_word": r"\b(conditions?|strings attached|requirements?)\b",
    "agents_or_arrest": r"\b(?:agents|arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend\w*)\b",
    "take_part": r"\b(?:tak(?:e|es|ing|en)|took) part\b",
    "opposition": r"\b(against|fight\w*|oppos\w*|resist\w*|defen[cs]e)\b",
    "custody_phrase": r"\binto (?:federal |immigration |ice )?custody\b",
    "watchers": r"\b(volunteers?|observers?|monitors?|watchers?|patrols?)\b",
    "watch_acts": r"\b(watch\w*|monitor\w*|observ\w*|record\w*|document\w*|film\w*)\b",
    "raids": r"\b(arrests?|raids?|sweeps?|detentions?|stops)\b",
    "detainer_word": r"\b(detainers?|hold requests?|ice holds?|immigration holds?|detainer requests?|ice requests?|requests? (?:from|by) (?:ice|immigration|federal))\b",
    "praise_adj": r"\b(exemplary|model|outstanding|excellent|great|good|valued|trusted|reliable|invaluable|tremendous"
                  r"|professional|steady|dependable|productive|effective|valuable|indispensable"
                  r"|first-rate|strong|proud|terrific|fantastic|shining|responsive|helpful|best|superb)\b",
    "praise_objects": r"\b(ice|agency|agents?|officers?|troopers?|deput(?:y|ies)|task forces?|cooperat\w*|287\s*\(\s*g\s*\)|sheriffs?|arrests?|operations?|enforcement|deportat\w*|partners?|removals?|border patrol|cbp|work)\b",
    "sanction_words": r"\b(non-?complian\w*|noncooperat\w*|non-cooperat\w*|refus\w*|sanctuary|officials? who|decline\w*|fail\w* to (?:cooperat|comply|honou?r))",
    "available": r"\bavailable\b",
    "let_lapse": r"\b(?:let|lets|letting|allowed|allow|allows)\b[^.;]{0,80}\b(?:lapse|expire|run out)\b",
    "data_word": r"\b(?:data|records?|information|databases?|addresses|photographs|photos|release dates?|files)\b",
    # an ICE-led task force, as where officers are sent ("assigned troopers to the X Task Force, an ICE-led unit")
    "ice_task_force": r"\b(?:ice|hsi|ero|immigration)(?:-led)?\b.{0,40}\btask forces?\b|\btask forces?\b.{0,40}\b(?:ice|hsi|ero)\b",
    "lent_staff": r"\b(?:troopers|deputies|officers|guardsmen|soldiers|staff|personnel|employees|beds|cells|space|vehicles"
                  r"|members of the (?:\w+ )?national guard|guard members?)\b",
    # a limit on cooperation, as the description of whom a state penalty reaches
    # what binds federal agents, not local officials ("an agent who wears a mask shall be guilty of ...")
    "federal_agents_bound": r"\b(?:federal|immigration|ice) (?:agents?|officers?|employees?|personnel)\b|\bmasks?\b",
    "new_office": r"\b(?:satellite|sub-?|field|branch|new|regional) offices?\b",
    # what a government can switch off for ICE ("switched off ICE's automated access", "shut off every federal login")
    "access_word": r"\b(?:access|log-?ins?|accounts?|sharing|data|feeds?|connections?|terminals?|portals?|queries)\b",
    "limit_words": r"\b(limit\w*|restrict\w*|bar\w*|prohibit\w*|refus\w*|declin\w*|sanctuary|obstruct\w*|shield\w*)\b",
}
CUES: dict[str, re.Pattern] = {k: re.compile(v, re.I) for k, v in _CUE_SOURCES.items()}


@dataclass(frozen=True)
class Rule:
    """One trigger family. See the module docstring."""

    name: str
    types: dict                              # actor class -> action_type or None
    verbs: frozenset = frozenset()
    nouns: frozenset = frozenset()           # also adjectives ("immune")
    cues: tuple = ()                         # cue groups, all required
    any_cues: tuple = ()                     # at least one of these groups (if given)
    exclude: tuple = ()                      # cue groups that veto the rule
    negated: bool = False                    # the trigger must be negated ("will not assist")
    base: float = 0.6                        # base confidence
    needs_actor: bool = False                # no row without an identified actor
    concrete: bool = False                   # noun triggers need a concrete reading (see actions._concrete)
    actor_pattern: str = ""                  # regex the actor text must match (courts, judges)
    with_subject: bool = False               # cues may also be in the subject ("ICE agents conducted a sweep")
    obligation: bool = False                 # only as a duty: "must report", "would have to display"
    signed: bool = False                     # noun trigger needs a signing verb ("a deal signed last week")
    no_status: frozenset = frozenset()       # status words ignored for this rule
    sentence_cues: bool = False              # cues looked for in the whole sentence (speech verbs)
    transitive: bool = False                 # verb trigger needs an object ("gathered evidence", not "gathered")
    human_object: bool = False               # some verbs only with a person as object ("pulled a worker from ...")
    passive: bool = False                    # only in the passive voice ("the motion is GRANTED")


def _r(name, types, verbs=(), nouns=(), **kw) -> Rule:
    return Rule(name=name, types=types, verbs=frozenset(verbs), nouns=frozenset(nouns), **kw)


#: an agreement's end asked of someone ("urged the Board to end both 287(g) agreements", "called on the sheriff to
#: withdraw from the jail agreement"): a call to end cooperation. Given by actions to the end_agreement trigger under
#: the asking verb; no trigger word of its own.
URGED_END = Rule(name="urged_end", types={"federal": None, "nonfederal": "call_to_abolish_or_reform",
                                          "unknown": "call_to_abolish_or_reform"}, base=0.5)


NONFED = "nonfederal"
FED = "federal"
UNK = "unknown"


def _all(code):
    return {FED: code, NONFED: code, UNK: code}


def _local(code):
    return {FED: None, NONFED: code, UNK: code}


def _fed(code):
    return {FED: code, NONFED: None, UNK: code}


#: verbs of praising ("praised the sheriffs for honoring ICE detainers")
PRAISE_VERBS = frozenset(("praise", "applaud", "commend", "laud", "hail", "thank", "celebrate", "tout", "credit", "salute",
                          "congratulate", "champion"))
_BAR_VERBS = ("ban", "bar", "prohibit", "forbid", "outlaw", "limit", "restrict", "curb", "block", "prevent",
              "restrain", "preclude", "disallow")
BAR_VERBS = frozenset(_BAR_VERBS)
_STOP_VERBS = ("end", "stop", "cease", "halt", "suspend", "discontinue", "eliminate", "quit")

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- restricts
    _r("end_agreement", _all("end_formal_agreement"),
       verbs=("withdraw", "end", "terminate", "cancel", "exit", "quit", "leave", "rescind", "drop", "scrap",
              "sever", "revoke", "abandon", "suspend", "dissolve", "discontinue", "void", "pull", "opt", "back",
              "phase", "unwind", "expire", "lapse", "shut"),
       nouns=("withdrawal", "termination", "cancellation", "exit", "end"),
       cues=("agreement_strong",), base=0.7),
    # "will send ICE a termination notice in June": an agreement with ICE ended by notice
    _r("send_ending_notice", _local("end_formal_agreement"), verbs=("send", "give", "deliver", "mail", "issue", "serve"),
       cues=("ice", "ending_notice"), base=0.55),
    # "let its jail-bed contract with ICE lapse in 2024" ("lapse" tagged as a noun)
    _r("let_lapse", _all("end_formal_agreement"), verbs=("let", "allow"), cues=("let_lapse", "agreement_strong"),
       base=0.6),
    _r("not_renew", _all("end_formal_agreement"), verbs=("renew", "extend", "continue", "reauthorize"),
       cues=("agreement_strong",), negated=True, base=0.65),
    # "adopted Resolution 2028-31, which caps ICE detainees at the facility at 40 per day": fewer beds for ICE
    _r("cap_detainees", _local("bar_local_cooperation"), verbs=("cap", "limit", "reduce", "cut"), cues=("ice_detainees",),
       exclude=("funding",), base=0.5, transitive=True),
    _r("bar_cooperation", _local("bar_local_cooperation"), verbs=_BAR_VERBS,
       nouns=("ban", "bar", "prohibition", "limit", "restriction", "curb", "limitation"),
       cues=("ice",), any_cues=("cooperation", "agreement_word", "traffic_help", "contact_with_ice", "jail_access",
                                "for_agents"),
       exclude=("anti_sanctuary", "sanctuary", "mask"),
       base=0.65),
    # "revoked the two ICE accounts' access to city data", "disabled ICE's log-ins to the booking system"
    _r("revoke_access", _local("bar_local_cooperation"),
       verbs=("revoke", "disable", "deactivate", "terminate", "suspend", "cancel", "rescind", "withdraw", "pull"),
       cues=("ice", "access_grant"), exclude=("agreement_strong", "funding"), base=0.55, transitive=True),
    # "an ordinance that keeps its police out of civil immigration arrests", "a law that keeps local jails from
    # renting beds to ICE" (what is kept must not be ICE itself: checked in actions)
    _r("keep_from", _local("bar_local_cooperation"), verbs=("keep", "shut"),
       cues=("kept_from",), any_cues=("ice", "agents"), exclude=("sanctuary", "funding"), base=0.55),
    _r("keep_money_away", _local("bar_local_cooperation"), verbs=("keep",), cues=("money_away",), base=0.55),
    _r("stop_cooperation", _local("bar_local_cooperation"), verbs=_STOP_VERBS,
       cues=("ice",), any_cues=("cooperation", "contact_with_ice", "escorts"), exclude=("agreement_strong", "sanctuary", "funding"), base=0.6),
    # "The state will also set aside 200 beds at the center for ICE detainees": room reserved for ICE
    _r("reserve_for_ice", _local("assist_ice"), verbs=("reserve", "set", "dedicate", "earmark", "allocate"),
       cues=("ice", "lent_staff"), exclude=("funding", "agreement_strong"), base=0.5, transitive=True),
    # "her jail will keep requiring a judge's signature on every detainer": a limit on honoring them
    # "Tempe and Chandler adopted their own warrant rules for ICE detainers": a judge's warrant required
    _r("adopt_warrant_rule", _local("bar_local_cooperation"), verbs=("adopt", "pass", "enact", "approve", "issue"),
       cues=("warrant_rule",), any_cues=("detainer", "ice"), exclude=("funding",), base=0.5, transitive=True),
    _r("require_judge", _local("bar_local_cooperation"), verbs=("require", "demand", "insist"),
       cues=("judge_signature",), any_cues=("detainer", "ice"), exclude=("funding", "sites"), base=0.5),
    # "The Act also requires written consent before any ICE interview": ICE's access limited by the person's consent
    _r("require_consent", _local("bar_local_cooperation"), verbs=("require", "mandate"),
       cues=("consent_before_ice",), any_cues=("ice",), exclude=("funding",), base=0.5),
    # "staff will stop admitting its officers to the booking area without a judicial warrant"
    _r("stop_admitting", _local("bar_local_cooperation"), verbs=_STOP_VERBS, cues=("jail_access", "admit_word"),
       any_cues=("ice", "agents"),
       exclude=("funding", "agreement_strong"), base=0.5),
    # "sent ICE written notice that the county will not renew the agreement": a notice of the end
    _r("notice_of_end", _local("end_formal_agreement"), nouns=("notice", "notification"),
       cues=("not_renew", "agreement_word"), base=0.55),
    # "closed the jail's booking area to ICE officers": ICE's access to a jail ended
    _r("close_jail", _local("bar_local_cooperation"), verbs=("close", "shut"), cues=("ice", "jail_access"),
       exclude=("funding", "agreement_strong", "sites"), base=0.5, transitive=True),
    # "ordered his patrol deputies to stay out of ICE enforcement operations"
    _r("stay_out", _local("bar_local_cooperation"), verbs=("stay", "keep"), cues=("stay_out", "ice"),
       exclude=("sites",), base=0.5),
    # "the jail stopped holding people on detainers on July 1": detainers are ICE's, named or not
    _r("stop_detainers", _local("bar_local_cooperation"), verbs=_STOP_VERBS,
       cues=("detainer_word", "cooperation"), exclude=("agreement_strong", "sanctuary", "funding", "ice"), base=0.55),
    _r("no_longer_assist", _local("bar_local_cooperation"),
       verbs=("honor", "honour", "notify", "hold", "keep", "transfer", "share", "comply", "alert", "detain", "disclose",
              "collect", "provide", "give", "release", "tell", "inform", "transport"),
       cues=("ice", "detainer"), negated=True, base=0.6),
    # "so that the jail no longer sends release notices for people held only on misdemeanor charges": the notices a
    # jail sends ICE, stopped (the sentence need not say "ICE")
    _r("no_release_notices", _local("bar_local_cooperation"), verbs=("send", "issue", "provide", "give", "fax", "email"),
       cues=("release_notice",), exclude=("notice_to_other",), negated=True, base=0.5),
    # "The county jail will not release a person to ICE without a judicial warrant": a person kept from ICE
    _r("no_release_to_ice", _local("bar_local_cooperation"), verbs=("release", "transfer", "surrender", "deliver"),
       cues=("to_ice",), exclude=("detainer",), negated=True, base=0.55),
    # "Staff shall not disclose any patient's name, address or immigration status to immigration agents": personal
    # data kept from ICE
    _r("no_disclosure", _local("bar_local_cooperation"),
       # ("staff may not tell ICE the date, time or place of any probationer's appointment")
       verbs=("disclose", "share", "reveal", "release", "provide", "give", "hand", "send", "tell", "confirm"),
       cues=("ice", "personal_data"), exclude=("detainer",), negated=True, base=0.5),
    # "Staff may not arrange, permit or attend an ICE interview of a probationer in any department office": ICE's
    # questioning of the people an office holds or serves, not helped
    _r("no_ice_interviews", _local("bar_local_cooperation"),
       verbs=("arrange", "permit", "allow", "attend", "schedule", "facilitate", "host", "grant"),
       cues=("ice_interview",), negated=True, base=0.5),
    # "Staff shall not answer an immigration officer's questions about any patient": a duty not to inform ICE (not
    # "declined to answer questions about ICE", a reporter's question)
    # ("A staff member approached by an immigration agent ... shall not answer the agent's questions": the agent
    # named earlier in the sentence)
    _r("no_answers", _local("bar_local_cooperation"), verbs=("answer",), cues=("ice",), negated=True,
       obligation=True, base=0.5, sentence_cues=True),
    # "district police shall not take part in civil immigration enforcement"
    # "City parks shall not be made available as staging areas for immigration operations"
    _r("sites_unavailable", _local("restrict_enforcement_sites"), verbs=("make",),
       cues=("sites", "available", "operation_context"), negated=True, base=0.5),
    # "Immigration officers may not enter classrooms or buses without a judicial warrant" (an operative rule)
    # ("Agents without a judicial warrant may not enter workrooms, offices, storage rooms or loading docks")
    _r("sites_entry", _local("restrict_enforcement_sites"), verbs=("enter", "access", "patrol"),
       cues=("sites", "agents"), any_cues=("ice", "judicial_warrant_lacking"), negated=True, base=0.5, with_subject=True),
    _r("no_part", _local("bar_local_cooperation"), verbs=("take",), cues=("ice", "take_part"), negated=True, base=0.5),
    # "Officers shall not stop, detain or arrest any person for a civil immigration violation"
    _r("no_civil_arrests", _local("bar_local_cooperation"), verbs=("arrest", "detain", "stop", "apprehend", "hold"),
       cues=("civil_immigration",), negated=True, base=0.5),
    # "Troopers ... will no longer make arrests based solely on a person's immigration status": the same limit, told
    # with the noun
    _r("no_civil_arrests_made", _local("bar_local_cooperation"), verbs=("make", "conduct", "carry"),
       cues=("civil_immigration", "arrests_made"), negated=True, base=0.5),
    # "ICE officers may not interview an inmate unless ...", "Immigration agents shall not be assigned office
    # space in the jail": a limit on what ICE gets from a jail or a department (an operative rule)
    _r("no_ice_access", _local("bar_local_cooperation"),
       verbs=("interview", "question", "access", "visit", "occupy", "assign", "give", "station", "enter", "use",
              "search", "review", "see", "obtain", "receive"),
       cues=("jail_access",), any_cues=("ice", "agents"), exclude=("sites",), negated=True, base=0.5,
       with_subject=True),
    # "No officer shall prolong a stop or delay the release of any person to allow ICE agents to arrive"
    _r("no_delay_for_ice", _local("bar_local_cooperation"), verbs=("prolong", "delay", "extend"),
       cues=("ice",), negated=True, base=0.5),
    # "no general-fund money may be spent on task-force patrol operations", "No county funds shall be used for
    # 287(g) duties": local money kept from the cooperation
    _r("no_money_for", _local("bar_local_cooperation"), verbs=("spend", "use", "appropriate", "allocate", "budget"),
       cues=("money_subject",), any_cues=("ice", "agreement_word"), negated=True, base=0.5),
    # "Department stations and parking lots shall not be used for staging in civil immigration enforcement"
    _r("sites_not_used", _local("restrict_enforcement_sites"), verbs=("use",),
       cues=("sites", "operation_context"), negated=True, base=0.5),
    # "officers will no longer direct traffic or hold a perimeter for immigration arrests", "turned down ERO's
    # request to close two blocks": traffic help to ICE withheld
    _r("no_traffic_help", _local("bar_local_cooperation"),
       verbs=("handle", "provide", "direct", "block", "close", "secure", "control", "man", "staff", "seal", "hold",
              "shut", "stand"),
       cues=("traffic_help", "operation_context"), negated=True, base=0.5, needs_actor=True,
       actor_pattern=r"\b(?:deput\w*|officers?|troopers?|police|sheriff\w*|patrol|department|we|our|my|I)\b"),
    _r("refuse_traffic_help", _local("bar_local_cooperation"), verbs=("refuse", "decline", "reject", "turn", "deny"),
       cues=("traffic_help", "operation_context"), exclude=("sanctuary",), base=0.5),
    _r("refuse_detainers", _local("bar_local_cooperation"), verbs=("refuse", "decline", "reject", "ignore"),
       cues=("ice", "detainer"), base=0.55),
    # "the county jail left 37 ICE requests for release dates unanswered in 2026"
    _r("left_unanswered", _local("bar_local_cooperation"), verbs=("leave",), cues=("ice", "left_unanswered"),
       any_cues=("detainer_word", "cooperation"), base=0.5, needs_actor=True),
    _r("restrict_sites", _local("restrict_enforcement_sites"),
       verbs=_BAR_VERBS + ("keep", "close", "shut", "exclude", "deny", "declare", "shield", "protect"),
       # ("Classrooms and other nonpublic areas shall remain closed to any immigration officer who ...")
       # ("a moratorium on new permits for privately operated immigration detention facilities")
       nouns=("ban", "restriction", "limit", "prohibition", "zone", "limitation", "closed", "moratorium"),
       cues=("sites",), any_cues=("ice", "detention", "agents", "federal_forces"), exclude=("anti_sanctuary",), base=0.6,
       with_subject=True),
    # "No person may be taken into custody on a civil immigration matter inside a courtroom", "no civil immigration
    # arrest shall be made in a city library", "no one may be subjected to civil immigration arrest while going to
    # ... a courthouse": civil arrests forbidden at a place
    _r("no_arrest_at_sites", _all("restrict_enforcement_sites"),
       verbs=("arrest", "take", "detain", "subject", "make", "conduct", "effect", "carry"),
       # ("ICE officers may not make civil arrests inside City Hall")
       cues=("sites",), any_cues=("civil_immigration", "ice"), negated=True, base=0.5, with_subject=True),
    # "Immigration agents now need a judge's warrant to enter residence halls ... under a policy the president
    # announced", "agents must show a judicial warrant before entering residence halls": the site rule of a policy
    _r("warrant_to_enter", _all("restrict_enforcement_sites"),
       verbs=("need", "show", "present", "have", "obtain", "carry", "produce", "bring"),
       cues=("sites", "warrant_to_enter"), base=0.5),
    # "put City Hall, libraries and other city buildings off-limits to immigration agents"
    _r("off_limits", _local("restrict_enforcement_sites"), verbs=("put", "place", "declare", "make", "keep"),
       cues=("sites", "off_limits"), any_cues=("ice", "agents"), base=0.55),
    _r("affirm_sanctuary", _local("affirm_sanctuary"),
       verbs=("declare", "reaffirm", "affirm", "reassert", "assert", "maintain", "keep", "defend", "uphold",
              "strengthen", "adopt", "become", "remain", "adhere", "embrace", "champion", "preserve", "retain",
              "codify", "restore", "reinstate", "stand", "expand", "enact", "operate", "double",
              "recommit", "commit", "enforce"),
       nouns=("commitment", "declaration"),
       cues=("sanctuary",), exclude=("anti_sanctuary",), base=0.6),
    # "Pittsburgh has been a welcoming city since 2017": a standing status, told as such
    _r("has_been_sanctuary", _local("affirm_sanctuary"), verbs=("be",),
       cues=("sanctuary_word",), exclude=("anti_sanctuary",), base=0.45),
    # "Charlotte is a welcoming city, and it will stay one", "Nogales is a welcoming city" (a place's own
    # statement of its standing; checked in actions: a place or "we" as subject, a main clause, no federal voice)
    _r("is_sanctuary", _local("affirm_sanctuary"), verbs=("be", "stay"), cues=("sanctuary_word",),
       exclude=("anti_sanctuary", "federal"), base=0.45),
    _r("will_not_cooperate", _local("affirm_sanctuary"),
       verbs=("cooperate", "assist", "help", "aid", "collaborate", "participate", "partner", "enforce", "work",
              "support", "join", "become", "serve", "act"),
       cues=("ice",), negated=True, base=0.6),
    # "The Ottumwa Police Department declined ICE's request to staff the plant perimeter", "city police would go on
    # refusing ICE requests", "ordered county police to decline federal requests": a request from ICE turned down
    _r("decline_ice_request", _local("bar_local_cooperation"), verbs=("decline", "refuse", "reject", "deny", "turn"),
       cues=("request_word",), any_cues=("ice", "federal_request"),
       exclude=("comment_request", "court_filing", "injunction", "records"), base=0.5, transitive=True),
    _r("refuse_cooperation", _local("affirm_sanctuary"), verbs=("refuse", "decline"),
       cues=("ice",), any_cues=("cooperation",), exclude=("detainer",), base=0.6),
    # "officers may not ask about immigration status", "shall not inquire into citizenship"
    # "her deputies will keep no one past release without a judge's signature" (ICE need not be named: holding
    # past release is what a detainer asks)
    _r("no_hold_past_release", _local("bar_local_cooperation"), verbs=("keep", "hold", "detain"),
       cues=("past_release",), exclude=("funding",), negated=True, base=0.5),
    _r("no_status_checks", _local("bar_local_cooperation"),
       verbs=("ask", "inquire", "question", "check", "verify", "screen", "request", "investigate", "determine",
              "record", "collect"),
       cues=("status_checks",), exclude=("sanctuary_word",), negated=True, base=0.55),
    # "will no longer rent jail beds to ICE"
    _r("no_longer_give", _local("bar_local_cooperation"),
       verbs=("rent", "lease", "provide", "give", "send", "house", "grant", "offer", "allow", "open", "assign",
              "furnish", "supply"),
       cues=("ice",), any_cues=("cooperation",), exclude=("funding", "agreement_strong", "evade", "sites"),
       negated=True, base=0.5),
    # "shall not wear a face covering", "may not wear masks"
    _r("no_masks", _all("require_agent_identification"), verbs=("wear", "use", "don"),
       cues=("mask",), negated=True, base=0.5),
    _r("mask_illegal", _all("require_agent_identification"), verbs=("make", "render"),
       cues=("mask", "illegal"), base=0.6),
    # ("Agents without a judicial warrant shall not be admitted to lobbies, hallways ... or other non-public areas")
    _r("not_allow_sites", _local("restrict_enforcement_sites"), verbs=("allow", "permit", "let", "admit", "grant"),
       cues=("sites",), any_cues=("ice", "judicial_warrant_lacking"), negated=True, base=0.55, with_subject=True),
    # "ICE officers will no longer be allowed into the jail's housing units without a judicial warrant": the
    # jail closed to ICE (a place of enforcement is not_allow_sites; a jail's areas are cooperation)
    _r("no_jail_entry", _local("bar_local_cooperation"), verbs=("allow", "permit", "let", "admit"),
       cues=("ice", "jail_access"), exclude=("sites",), negated=True, base=0.5, with_subject=True),
    _r("must_identify", _all("require_agent_identification"),
       verbs=("display", "show", "wear", "carry", "present", "identify", "disclose", "unmask", "give", "provide",
              "state"),
       cues=("agents",), any_cues=("ident",), base=0.55, obligation=True, with_subject=True),
    _r("mask_ban", _all("require_agent_identification"),
       verbs=_BAR_VERBS + ("unmask",), nouns=("ban", "prohibition", "restriction"),
       cues=("mask",), base=0.7),
    # "Name tags and badge numbers will be mandatory on every joint detail"
    _r("ident_mandatory", _all("require_agent_identification"), nouns=("mandatory", "compulsory"),
       cues=("ident",), base=0.5, with_subject=True),
    _r("require_identification", _all("require_agent_identification"),
       verbs=("require", "force", "mandate", "compel", "oblige", "obligate", "order", "direct"),
       nouns=("requirement", "mandate", "rule"),
       cues=("ident", "agents"), base=0.65),
    # "The principal must ask every agent to show a badge and state a name and agency": staff bound to ask
    _r("ask_agents_identify", _local("require_agent_identification"), verbs=("ask", "request", "demand"),
       cues=("ident", "agents"), obligation=True, base=0.5),
    # ----------------------------------------------------------- accountability
    _r("prosecute_agents", {FED: None, NONFED: "threaten_prosecution", UNK: "threaten_prosecution"},
       verbs=("arrest", "charge", "prosecute", "indict", "jail", "cite", "try"),
       nouns=("arrest", "charge", "prosecution", "indictment"),
       cues=("agents",), exclude=("immunity",), base=0.6),
    _r("warn_agents", {FED: None, NONFED: "threaten_prosecution", UNK: None},
       verbs=("warn", "threaten"), nouns=("warning", "threat"),
       cues=("agents", "prosecution_words"), base=0.5, needs_actor=True),
    _r("investigate_agents", {FED: "investigate_misconduct", NONFED: "investigate_misconduct", UNK: "investigate_misconduct"},
       verbs=("investigate", "probe"),
       nouns=("investigation", "probe", "inquiry", "jury"),
       any_cues=("agents", "misconduct"), exclude=("harboring",), base=0.6),
    # a state inquiry into a local body's part in enforcement ("opened an inquiry into the sheriff's office's
    # data sharing with ICE" limits cooperation; "an investigation into whether the city's vote breaks state
    # law", after a sanctuary vote, enforces the state's ban: see actions); only a state actor
    _r("state_inquiry", {FED: None, NONFED: "bar_local_cooperation", UNK: None},
       verbs=("investigate", "probe"), nouns=("investigation", "inquiry", "probe"),
       cues=("inquiry_target",), any_cues=("cooperation", "sanctuary", "local_measure"),
       exclude=("misconduct_by_agents",), base=0.5, needs_actor=True),
    # weaker verbs: reviewing "every request from ICE" is no inquiry into misconduct
    _r("review_conduct", {FED: "investigate_misconduct", NONFED: "investigate_misconduct", UNK: "investigate_misconduct"},
       # ("the Coroner will hold an inquest before a jury into the death of a man held at the facility")
       verbs=("examine", "scrutinize", "audit", "review"), nouns=("review", "audit", "inquest"),
       cues=("misconduct",), exclude=("requests",), base=0.5),
    _r("review_agents", {FED: "investigate_misconduct", NONFED: "investigate_misconduct", UNK: "investigate_misconduct"},
       nouns=("review",), cues=("review_of_agents",), exclude=("requests",), base=0.5),
    _r("document_bodies", _local("document_misconduct"),
       nouns=("portal", "commission", "hotline", "monitor", "observer", "database", "website", "dashboard",
              "tracker", "panel", "registry", "archive", "app", "line", "network", "effort", "system", "office",
              "center", "centre", "unit", "form"),
       cues=("ice",), any_cues=("misconduct",), base=0.55),
    # "launched a rapid-response hotline so a family can report an arrest": a rapid-response line is about
    # immigration arrests, whether or not the sentence names ICE
    # "opened an online portal where residents can upload video of arrests"
    _r("filmed_arrests", _local("document_misconduct"),
       nouns=("portal", "website", "app", "form", "site", "page", "system"), cues=("filmed_arrests",), base=0.5),
    # "his officers will report any masked agent they see at an arrest through the complaint form"
    _r("report_masked_agents", _local("document_misconduct"), verbs=("report", "log", "photograph"),
       cues=("masked_agents",), base=0.5),
    # "his officers will wear name tags on every shift", "his deputies will follow the law's name-tag rule": a local
    # force showing who it is, as the law on identification asks
    _r("wear_identification", _local("require_agent_identification"), verbs=("wear", "follow", "obey"),
       cues=("name_tags",), base=0.5),
    _r("rapid_response", _local("document_misconduct"),
       nouns=("hotline", "line", "network", "team", "service"), cues=("rapid_response",), base=0.55),
    # "the Committee shall keep a confidential log of encounters between immigration agents and members of the campus
    # community": a record of what agents do
    _r("keep_log", _local("document_misconduct"), verbs=("keep", "maintain", "start", "create", "open"),
       cues=("ice", "log_of"), base=0.5, needs_actor=True),
    _r("document_verbs", _local("document_misconduct"),
       verbs=("document", "record", "film", "monitor", "observe", "catalog", "catalogue", "chronicle", "log",
              "collect", "gather", "preserve", "compile"),
       # (not a jail's count of the days it held ICE's detainees: "the jail logged 54,310 ICE bed-days in 2027")
       cues=("ice",), any_cues=("misconduct", "agents"), exclude=("bed_days",), base=0.55, transitive=True),
    # "is training 40 volunteers to watch arrests and record them"
    # "Officers took 171 people into custody in Manchester": an operation's arrests
    _r("custody_arrests", _all("federal_enforcement_operation"), verbs=("take", "place", "book"),
       cues=("custody_phrase",), any_cues=("operation_context",), base=0.5, with_subject=True),
    _r("train_monitors", _local("document_misconduct"),
       verbs=("train", "recruit", "deploy", "organize", "organise", "enlist", "mobilize", "dispatch", "send", "fund"),
       cues=("watchers", "watch_acts"), any_cues=("ice", "agents", "raids"), base=0.5, transitive=True),
    _r("document_counts", {FED: "federal_enforcement_operation", NONFED: "document_misconduct",
                           UNK: "document_misconduct"},
       verbs=("document", "record", "log", "track", "count", "tally", "catalog", "catalogue"),
       cues=("enforcement_counts",), base=0.5, transitive=True),
    _r("records_request", _all("records_request"),
       verbs=("request", "file", "submit", "seek", "send", "mandate", "require"),
       nouns=("request", "foia", "demand", "records", "act"),
       cues=("records",), base=0.7),
    # "voted to ask ICE for the number of arrests made in the city": a request for records
    _r("ask_ice_for_records", _local("records_request"), verbs=("ask", "press", "petition", "pressure"),
       cues=("ask_for_records",), base=0.55),
    # "voted 4-3 to ask the Sheriff's Office for a monthly count of residents transferred to ICE"
    _r("ask_jail_for_records", _local("records_request"), verbs=("ask", "press", "petition", "direct"),
       cues=("ask_holder_for_records", "ice"), base=0.5),
    # "sent a letter to ICE's field office asking for the names of everyone detained"
    _r("letter_for_records", _local("records_request"), verbs=("send", "write", "approve", "adopt", "mail", "deliver"),
       cues=("ice", "letter_asking"), base=0.5),
    _r("reporting_mandate", _local("records_request"), verbs=("report", "disclose", "publish", "track", "log", "post"),
       nouns=("report", "reporting"),
       cues=("report_objects",), any_cues=("ice",), base=0.5, obligation=True),
    # "a transit sergeant, at an ICE officer's request, held a westbound train for six minutes": done for ICE
    _r("at_ice_request", _local("assist_ice"),
       verbs=("hold", "stop", "detain", "close", "block", "hand", "keep", "delay", "escort", "transport", "drive",
              "search", "book", "run", "check", "pull", "seal", "cordon", "lock"),
       cues=("at_ice_request",), base=0.5, with_subject=True),
    # "his deputies will keep calling ICE whenever they arrest someone", "officers called ICE 23 times in 2027 to
    # check the status of people they had stopped": a call to ICE as a practice, or to check status
    _r("call_ice_when", _local("assist_ice"), verbs=("call", "phone", "telephone", "contact", "notify", "alert", "email",
                                                    "fax", "text"),
       cues=("ice",), any_cues=("whenever_custody", "check_status"), exclude=("evade", "call_to_object"), base=0.5,
       transitive=True, sentence_cues=True),
    # "officers shall not initiate contact with federal immigration authorities about any person they stop" (a
    # rule against it), "the deputy made contact with ICE about the driver"
    _r("initiate_contact", _local("assist_ice"), verbs=("initiate", "make", "seek", "establish"),
       cues=("contact_initiated",), exclude=("evade", "call_to_object"), base=0.5, transitive=True),
    # "The jail still calls ICE before releasing anyone with a detainer": a notice of release by telephone
    _r("call_before_release", _local("assist_ice"), verbs=("call", "contact", "ring", "telephone", "phone"),
       cues=("ice", "before_release"), base=0.5, transitive=True, sentence_cues=True),
    # "the Office will post a quarterly count of ICE requests on its website": a reporting commitment ("voted to
    # require the Sheriff to present the quarterly ICE counts at a public meeting")
    _r("publish_request_counts", _local("records_request"),
       verbs=("post", "publish", "release", "report", "disclose", "log", "record", "track", "file", "give", "present",
              "list", "send", "submit", "deliver"),
       cues=("request_counts",), any_cues=("ice", "enforcement_contacts", "detainer_word", "federal_requests"), base=0.5, transitive=True),
    # "directed jail staff to deny ICE officers entry to the booking area": access to a local facility refused
    _r("deny_ice_entry", _local("bar_local_cooperation"), verbs=("deny", "refuse"),
       cues=("entry_access",), any_cues=("ice", "agents"), exclude=("sites",), base=0.5),
    # "On February 3, the Records Unit declined an ERO request for the home address of a man": ICE's request refused
    _r("refuse_ice_request", _local("bar_local_cooperation"), verbs=("refuse", "decline", "deny", "reject"),
       cues=("ice_request",), base=0.5, transitive=True),
    # "Sefton-Marwick pleaded not guilty on Wednesday before U.S. Magistrate Judge X": an arraignment
    _r("plea", _all("court_action"), verbs=("plead",), cues=("before_judge",), base=0.5),
    _r("sue", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: "sue_federal_government"},
       verbs=("sue", "countersue", "counterclaim"), nouns=("lawsuit", "suit", "litigation", "complaint", "action",
                                                          "counterclaim"),
       base=0.7, no_status=frozenset({"seek", "challenge"})),
    # "Ithaca intervened as a plaintiff on June 1, 2027" (in a city's suit against the Justice Department)
    _r("join_as_plaintiff", {FED: None, NONFED: "sue_federal_government", UNK: None}, verbs=("intervene", "join"),
       cues=("as_plaintiff",), exclude=("state_suit", "suit_named"), base=0.55, needs_actor=True),
    # "the United States would go to court if Lehigh County did not ...", "we'll go to court"
    _r("go_to_court", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: None},
       verbs=("go",), cues=("to_court",), base=0.55, needs_actor=True),
    _r("litigant_challenge", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: None},
       verbs=("challenge", "contest"), base=0.6,
       # (the United States as a party: "In this action the United States challenges a state statute")
       actor_pattern=r"\b(plaintiffs?|petitioners?|appellants?|appellees?|complainants?)\b|^(?:the\s+)?united states$"),
    _r("fight_in_court", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: None},
       verbs=("fight", "challenge", "contest", "battle", "block"), cues=("in_court",), base=0.55, needs_actor=True),
    _r("ask_court_void", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: None},
       verbs=("ask", "petition", "urge"), cues=("court_to_void",), exclude=("court_filing",), base=0.6,
       no_status=frozenset({"ask", "petition", "urge"})),
    _r("seek_injunction", {FED: "federal_lawsuit", NONFED: "sue_federal_government", UNK: None},
       verbs=("seek", "request", "ask", "petition", "move", "apply", "file"),
       cues=("injunction",), exclude=("court_filing",), base=0.6, no_status=frozenset({"seek", "request", "ask", "apply", "petition"})),
    # "his office would seek civil penalties unless it repealed the ordinance", "will seek penalties against any other
    # county that adopts a policy like it": a state's penalty case against its localities (kept only when the party
    # is local and the actor a state's, in actions; it is no suit against the federal government)
    _r("seek_penalties", {FED: None, NONFED: "sue_federal_government", UNK: None}, nouns=("penalty", "fine"),
       base=0.55, no_status=frozenset({"seek", "pursue"})),
    # ------------------------------------------------------------------ rhetoric
    _r("abolish_ice", _local("call_to_abolish_or_reform"),
       verbs=("abolish", "defund", "dismantle", "disband", "reform", "overhaul", "retrain", "restructure",
              "eliminate", "replace", "rein", "shut", "abolition", "fix"),
       # ("legislation placing ICE under independent civilian oversight")
       nouns=("abolition", "reform", "overhaul", "retraining", "dismantling", "elimination", "defunding", "oversight"),
       cues=("abolish_objects",), exclude=("agreement_strong", "sanctuary", "shut_out"), base=0.6),
    # "Congress should make ICE go back to ...", "Congress must rein in ICE": what Congress should do to ICE
    _r("congress_call", _all("call_to_abolish_or_reform"),
       verbs=("make", "force", "order", "direct", "stop", "limit", "restrict", "focus", "rein", "bar", "ban",
              "refocus", "strip", "defund", "require", "end", "halt", "cease", "suspend",
              # "Congress should tear ICE down and rebuild it", "ought to take immigration detention out of jails"
              "tear", "rebuild", "take", "pull", "move",
              # "Congress should shut down the 287(g) program" (the program, which abolish_ice leaves to agreements)
              "shut", "scrap", "abolish", "dismantle", "eliminate",
              # "I am calling on ICE to unmask its agents"
              "unmask",
              # "called on ICE to keep its agents off city buses", "I call on ICE to reinstate the rule that kept ..."
              "keep", "reinstate", "restore"),
       cues=("ice",), base=0.5),
    _r("withdraw_agents", _local("call_to_abolish_or_reform"),
       verbs=("withdraw", "remove", "expel", "pull", "leave"),
       cues=("agents",), exclude=("agreement_word",), base=0.5, needs_actor=True),
    _r("condemn", {FED: None, NONFED: "condemn_federal_action", UNK: "condemn_federal_action"},
       verbs=("condemn", "denounce", "blast", "criticize", "criticise", "slam", "decry", "bash", "rebuke",
              "lambaste", "assail", "castigate", "excoriate", "deplore", "deride", "accuse", "lash", "fault",
              "ridicule", "mock", "chastise", "scold", "berate", "protest", "object", "speak", "rail"),
       nouns=("condemnation", "criticism", "rebuke", "objection"),
       cues=("condemn_objects",), exclude=("anti_sanctuary",), base=0.55, needs_actor=True),
    # "the council opposes any deployment of troops in the city"
    _r("oppose_deployment", {FED: None, NONFED: "condemn_federal_action", UNK: None},
       verbs=("oppose", "reject", "deplore"), cues=("oppose_objects",),
       exclude=("agreement_strong", "sanctuary", "litigation"), base=0.5, needs_actor=True),
    _r("federal_criticism", {FED: "federal_criticism", NONFED: None, UNK: None},
       verbs=("condemn", "denounce", "blast", "criticize", "criticise", "slam", "decry", "bash", "rebuke",
              "lambaste", "assail", "castigate", "excoriate", "deride", "accuse", "lash", "fault", "attack",
              "ridicule", "mock", "chastise", "scold", "berate", "challenge", "target", "single", "blame"),
       nouns=("condemnation", "criticism", "rebuke"),
       cues=("local_target",), base=0.6, needs_actor=True),
    _r("call_names", {FED: "federal_criticism", NONFED: "condemn_federal_action", UNK: None},
       verbs=("call", "label", "brand", "describe", "regard", "characterize", "characterise"), base=0.45,
       needs_actor=True),
    # a statement whose words carry the act: a negative statement about federal enforcement by a local
    # official is a condemnation; about local governments by a federal official, criticism; a warm one
    # about enforcement, praise (decided by the tone of the sentence in actions._statement_type)
    _r("statement", {FED: "federal_criticism", NONFED: "condemn_federal_action", UNK: None},
       verbs=("say", "tell", "add", "write", "argue", "insist", "declare", "state", "call", "post", "note", "reply",
              "respond"),
       base=0.4, needs_actor=True),
    _r("praise", _all("praise_enforcement"), verbs=PRAISE_VERBS,
       nouns=("praise",), cues=("praise_objects",), exclude=("sanctuary",), base=0.6, needs_actor=True),
    # a federal official praising a local government ("praised the commissioners for ...")
    _r("federal_praise", {FED: "praise_enforcement", NONFED: None, UNK: None},
       verbs=("praise", "applaud", "commend", "laud", "hail", "thank", "congratulate", "salute"),
       cues=("local_target",), exclude=("sanctuary",), base=0.55, needs_actor=True),
    # "ICE said it "welcomes Canyon County as a full partner in public safety"": a federal welcome is praise
    _r("federal_welcome", {FED: "praise_enforcement", NONFED: None, UNK: None}, verbs=("welcome",),
       cues=("local_target", "as_partner"), exclude=("sanctuary",), base=0.55, needs_actor=True),
    # "has been an exemplary partner to ICE", "recognized by ICE as a model partner"
    _r("praise_partner", _all("praise_enforcement"),
       nouns=("partner", "partnership", "example"),
       cues=("praise_adj",), any_cues=("ice",), exclude=("sanctuary", "opposition"), base=0.5, with_subject=True),
    # ------------------------------------------------------------------- expands
    _r("enter_agreement", _all("enter_formal_agreement"),
       verbs=("sign", "join", "enter", "approve", "ink", "reach", "seek", "apply", "negotiate", "accept", "execute",
              "finalize", "establish", "partner", "launch", "adopt", "form", "add", "submit", "mail",
              # "voted to rent up to 40 beds at the county jail to ICE under a five-year contract"
              "rent", "lease",
              # "asked ICE to bring his deputies into the 287(g) task force model"
              "bring"),
       cues=("agreement_strong",), exclude=("anti_sanctuary",), base=0.7),
    # "The County first contracted with ICE to house federal immigration detainees in October 2015" (a contract
    # made with ICE: checked in actions)
    _r("contract_with", _local("enter_formal_agreement"), verbs=("contract",), cues=("ice",), base=0.6),
    # "The jury's approval of the five-year deal with ICE"
    _r("approved_agreement", _all("enter_formal_agreement"), nouns=("approval", "ratification", "signing"),
       cues=("agreement_word", "ice"), exclude=("anti_sanctuary",), base=0.55, concrete=True),
    _r("signed_agreement", _all("enter_formal_agreement"),
       nouns=("agreement", "contract", "deal", "memorandum", "partnership", "pact", "arrangement"),
       cues=("agreement_strong",), base=0.6, signed=True),
    # "No agency may enter into, renew or carry out an agreement under Section 287(g)": agreements with ICE forbidden
    _r("no_agreements", _local("bar_local_cooperation"),
       verbs=("enter", "sign", "renew", "join", "execute", "negotiate", "extend", "carry"),
       cues=("agreement_strong",), exclude=("anti_sanctuary",), negated=True, base=0.55),
    _r("keep_agreement", _all("keep_formal_agreement"),
       verbs=("renew", "extend", "keep", "maintain", "retain", "continue", "preserve", "reauthorize", "remain", "stay"),
       nouns=("renewal", "reauthorization", "extension"),
       cues=("agreement_strong",), base=0.65),
    # "switched off ICE's automated access", "shut off every federal login", "cut off federal sharing from its
    # cameras": ICE's way into local data closed (only with the particle "off": see actions._look_alike)
    _r("cut_off_access", _local("bar_local_cooperation"), verbs=("switch", "shut", "cut", "turn"),
       cues=("access_word",), any_cues=("ice", "federal"), exclude=("funding",), base=0.5, transitive=True),
    # "ordering state agencies to withhold driver's license data from immigration authorities"
    _r("withhold_data", _local("bar_local_cooperation"), verbs=("withhold", "deny"), cues=("ice", "data_word"),
       exclude=("funding",), base=0.5),
    # "will make 40 troopers available for ICE operations": staff or space put at ICE's disposal
    _r("make_available", _local("assist_ice"), verbs=("make",), cues=("available", "ice", "lent_staff"),
       exclude=("sites",), base=0.5),
    _r("honor_detainers", _local("assist_ice"), verbs=("honor", "honour", "comply", "hold", "detain", "accept", "keep",
                                                       "lodge"),
       cues=("detainer", "ice"), exclude=("records",), base=0.6),
    # "has continued to honor detainers": in this field a detainer is ICE's
    _r("honor_detainer_word", _local("assist_ice"), verbs=("honor", "honour", "comply", "accept", "respect"),
       cues=("detainer_word",), base=0.55),
    # ("turned away 417 detainers", "turned down two ICE requests": "turn" only with its particle, in actions)
    _r("refuse_detainer_word", _local("bar_local_cooperation"), verbs=("refuse", "decline", "reject", "ignore", "turn",
                                                                       "disregard"),
       cues=("detainer_word",), base=0.5),
    # "Since 2019, the County Jail has housed ICE detainees under an intergovernmental service agreement", "Last year
    # the jail housed 412 ICE detainees without a single escape": a jail holding ICE's people (an agreement named
    # with it, or an escape denied, does not undo that)
    _r("house_detainees", _local("assist_ice"), verbs=("house",), cues=("ice_detainees",), base=0.6),
    # "Lawrence County deputies already transport people arrested by ICE", "shall move persons arrested in an ICE
    # operation to the booking site": local officers handling ICE's arrestees
    _r("handle_arrestees", _local("assist_ice"), verbs=("transport", "move", "drive", "carry", "book", "fingerprint"),
       cues=("arrested_by_ice",), base=0.5, transitive=True),
    _r("give_access", _local("assist_ice"),
       verbs=("notify", "alert", "transfer", "hand", "turn", "share", "provide", "give", "grant", "open",
              "rent", "lease", "offer", "allow", "house", "release", "send", "flag", "export", "email", "forward",
              "let", "admit", "mail", "e-mail", "fax", "process", "telephone", "phone", "tip", "furnish", "supply",
              "issue", "text"),
       cues=("ice",), any_cues=("detainer", "cooperation", "stay_inside"), exclude=("agreement_strong", "evade", "ending_notice"),
       base=0.55),
    # "will transfer every person they arrest under the agreement to ICE custody": a person handed to ICE (told under
    # an agreement too, which give_access leaves to the agreement rules)
    _r("to_ice_custody", _local("assist_ice"),
       verbs=("transfer", "hand", "turn", "deliver", "surrender", "release"),
       cues=("ice_custody",), base=0.55),
    # "Release staff shall release every other inmate at the scheduled time, even if an ICE officer is waiting in the
    # lobby": people released whatever ICE wants
    _r("release_regardless", _local("bar_local_cooperation"), verbs=("release", "free", "discharge"),
       cues=("release_regardless",), base=0.55),
    # "emailed an arrestee's home address and booking photograph to an ICE deportation officer": personal data sent
    _r("send_personal_data", _local("assist_ice"),
       verbs=("email", "e-mail", "send", "forward", "mail", "fax", "text", "hand", "give", "provide", "disclose", "pass"),
       cues=("ice", "personal_items"),
       exclude=("agreement_strong", "evade", "ending_notice", "detainer", "records", "sanctuary"), base=0.5,
       transitive=True),
    # "kept a driver stopped for 40 minutes after the citation was complete, until two ICE officers arrived": a stop
    # drawn out for ICE
    _r("hold_until_ice", _local("assist_ice"), verbs=("keep", "hold", "detain"), any_cues=("until_ice_came", "for_ice"),
       exclude=("evade", "agreement_strong", "detainer", "hold_prohibited"), base=0.5, transitive=True, human_object=True),
    # "Officer X called an ICE tip line from his department phone and read out the driver's name"
    _r("phone_ice", _local("assist_ice"), verbs=("call", "phone", "contact", "telephone", "dial"),
       cues=("ice_phoned",), exclude=("evade", "call_to_object", "agreement_strong"), base=0.45, needs_actor=True),
    # "The Sheriff's Office drove ICE detainees to the ICE office in Burlington on 52 occasions": a local force's
    # vehicles and deputies at ICE's work
    # "stored every one of them at the City impound lot", "towed 37 vehicles for ICE", "let its towing contractor keep
    # storing ICE vehicles at the city's public works yard": ICE's vehicles kept for it
    _r("store_for_ice", _local("assist_ice"), verbs=("store", "tow", "impound", "park"),
       any_cues=("for_ice_direct", "ice_vehicles"), exclude=("evade", "agreement_strong"), base=0.5, transitive=True),
    _r("transport_for_ice", _local("assist_ice"), verbs=("transport", "drive", "ferry", "shuttle", "bus", "deliver"),
       cues=("ice",), any_cues=("ice_detainees", "detainer"), exclude=("evade", "agreement_strong"), base=0.5,
       transitive=True),
    # "The Sheriff will keep the two ICE accounts open": access left to ICE (an "open" or "active" complement: see
    # actions)
    _r("keep_access_open", _local("assist_ice"), verbs=("keep", "leave"), cues=("ice", "access_word"),
       exclude=("agreement_strong", "ending_notice"), base=0.5),
    # "Authority public safety officers escort the ICE buses to the aircraft" ("accompany" is left out: volunteers
    # accompany neighbors to immigration court)
    _r("escort_ice", _local("assist_ice"), verbs=("escort", "guard"), cues=("ice",),
       exclude=("agreement_strong", "evade", "funding"), base=0.45, needs_actor=True, transitive=True),
    # "Deputies from the X County Sheriff's Office ... rode with ERO teams on all five days of the operation": a local
    # force out with the federal teams
    _r("ride_with_agents", _local("assist_ice"), verbs=("ride", "patrol"), cues=("with_ice_teams",),
       exclude=("agreement_strong", "evade", "funding"), base=0.45, needs_actor=True),
    # "deputies will no longer escort ICE officers into housing units": that help withdrawn
    _r("no_escort", _local("bar_local_cooperation"), verbs=("escort", "guard"), cues=("ice",),
       exclude=("agreement_strong", "evade", "funding"), negated=True, base=0.45, transitive=True),
    # "The Pinal County Sheriff's Office lent ICE six deputies"
    # "officers report every arrestee born abroad to ICE": people named to ICE (not "immigrants report to ICE")
    _r("report_to_ice", _local("assist_ice"), verbs=("report", "refer"), cues=("reported_to_ice",),
       exclude=("funding", "agreement_strong"), base=0.5, transitive=True),
    _r("lend_staff", _local("assist_ice"), verbs=("lend", "loan"), cues=("ice", "lent_staff"),
       exclude=("agreement_strong", "evade", "funding"), base=0.55),
    # "assigned four deputies to ERO teams for all five days", "shall place up to 300 members of the Guard on
    # state active duty to operate ICE transport vehicles": a local or state force's people put to ICE's work
    _r("assign_staff", {FED: None, NONFED: "assist_ice", UNK: None},
       # ("The Barry County and Taney County jails shall each reserve 15 beds for ICE detainees")
       verbs=("assign", "detail", "dedicate", "commit", "place", "station", "loan", "second", "reserve"),
       cues=("ice", "lent_staff"), exclude=("agreement_strong", "evade", "funding", "sanctuary"), base=0.5,
       needs_actor=True),
    # "has assigned troopers to the X Task Force, an ICE-led unit": officers lent to an ICE task force (the task force
    # named is where they go, not an agreement signed)
    _r("assign_task_force", _local("assist_ice"),
       verbs=("assign", "detail", "second", "commit", "loan", "lend"),
       cues=("ice_task_force", "lent_staff"), exclude=("evade", "funding", "sanctuary"), base=0.5, needs_actor=True),
    # "directed the Adjutant General not to place any Guard member under ICE's direction", "ordered the adjutant
    # general not to assign any Guard member to immigration enforcement": that help refused
    _r("no_assign_staff", {FED: None, NONFED: "bar_local_cooperation", UNK: None},
       verbs=("assign", "detail", "place", "station", "loan", "lend", "second"),
       cues=("ice", "lent_staff"), exclude=("agreement_strong", "evade", "funding", "sanctuary"), negated=True,
       base=0.5),
    # "records staff answered 143 ICE requests for addresses", "shall answer ICE requests for records" ("how to
    # respond to requests" describes a procedure, so "respond" is left out):
    # a local agency doing what ICE asks (not a request for comment)
    _r("answer_requests", _local("assist_ice"), verbs=("answer", "fulfill", "fulfil", "grant"),
       cues=("ice", "request_word"), exclude=("comment_request", "evade", "agreement_strong"), base=0.5),
    # "Pickens County referred 212 inmates to ICE" (people, not "referred questions to ICE")
    _r("refer_to_ice", _local("assist_ice"), verbs=("refer",), cues=("ice",), exclude=("evade",), base=0.5,
       human_object=True),
    # "the jail tells ICE when an inmate will be released" (telling needs what is told: a release or a hold)
    # ("his deputies will keep calling ICE before they release anyone the agency has flagged")
    _r("tell_release", _local("assist_ice"), verbs=("tell", "inform", "call", "phone", "contact"),
       cues=("ice", "detainer"), exclude=("agreement_strong", "evade"), base=0.5),
    # "sheriff's deputies helped agents at two checkpoints", "two Hamilton officers helped detain them" (after
    # "ICE officers arrested 23 residents"): a local force helping (checked in actions: a local actor, and agents
    # or ICE named)
    _r("help_agents", _local("assist_ice"), verbs=("help", "assist", "aid"), cues=("agents_or_arrest",),
       exclude=("agreement_strong", "sanctuary", "litigation", "evade", "ice"), base=0.4, needs_actor=True),
    # "certified officers took part in 14 ICE operations"
    _r("take_part", _local("assist_ice"), verbs=("take",), cues=("ice", "take_part"),
       exclude=("agreement_strong", "sanctuary", "litigation", "evade"), base=0.45, needs_actor=True),
    _r("cooperate", _local("assist_ice"),
       verbs=("cooperate", "assist", "help", "aid", "collaborate", "partner", "participate", "join", "work",
              "support"),
       cues=("ice",), exclude=("agreement_strong", "sanctuary", "litigation", "evade"), base=0.45, needs_actor=True),
    # "his deputies closed two streets while agents made arrests", "our officers handled traffic control":
    # local officers supporting a federal operation (the operation is named in the sentence or just before)
    _r("support_operation", {FED: None, NONFED: "assist_ice", UNK: None},
       verbs=("handle", "provide", "direct", "block", "close", "secure", "control", "man", "staff", "seal", "guard",
              "set", "hold", "wave", "route", "steer", "funnel"),
       cues=("traffic_words",), exclude=("close_to_agents",), base=0.45, needs_actor=True,
       actor_pattern=r"\b(?:deput\w*|officers?|troopers?|police|sheriff\w*|patrol|members?|we|our|my|I)\b"),
    # "deputies arrested 31 people for ICE", "officers detained two men on behalf of immigration agents"
    # "accepted him into the county jail at ICE's request": a jail taking in ICE's arrestee
    _r("accept_for_ice", {FED: None, NONFED: "assist_ice", UNK: None}, verbs=("accept", "admit", "receive"),
       cues=("at_ice_request",), base=0.5, needs_actor=True),
    _r("arrest_for_ice", {FED: None, NONFED: "assist_ice", UNK: None},
       verbs=("arrest", "detain", "apprehend", "book", "jail"), cues=("for_ice",), base=0.5, needs_actor=True),
    # "In August her deputies served 41 ICE warrants on inmates in the jail": ICE's own warrants served for it
    _r("serve_ice_warrants", {FED: None, NONFED: "assist_ice", UNK: None},
       verbs=("serve", "execute"), cues=("ice_warrants",), base=0.5, needs_actor=True),
    # "our 287(g) officers screened 9,400 people at booking": the agreement's officers at work
    _r("agreement_officers_screen", {FED: None, NONFED: "assist_ice", UNK: "assist_ice"},
       verbs=("screen", "interview", "process", "vet", "check", "flag", "identify", "encounter"),
       base=0.5, needs_actor=True,
       # (or the agreement's "designated officers": "its nine designated deputies screened 1,318 people")
       actor_pattern=r"(?:287\s*\(\s*g\s*\)|\bdesignated)[- ](?:officers?|deput(?:y|ies)|personnel|staff|teams?)\b"),
    # "Jail deputies screened 311 inmates for ICE in 2027": the screening done for the agency
    _r("screen_for_ice", {FED: None, NONFED: "assist_ice", UNK: None},
       verbs=("screen", "vet", "flag", "process"), cues=("for_ice",), base=0.5, needs_actor=True),
    # "the county jail turned away an ICE officer who had come to question an inmate" (checked in actions: "away")
    _r("turn_away_agents", _local("bar_local_cooperation"), verbs=("turn",), cues=("ice",), any_cues=("agents",),
       base=0.5),
    _r("status_checks", _local("assist_ice"),
       verbs=("check", "screen", "verify", "question", "vet", "run"), cues=("status_checks",), base=0.5,
       needs_actor=True),
    _r("rescind_sanctuary", _local("assist_ice"),
       verbs=("rescind", "repeal", "revoke", "abandon", "drop", "reverse", "scrap", "overturn", "roll", "end",
              "lift"),
       cues=("sanctuary",), base=0.65),
    # "Kansas City's council repealed its detainer limits", "repealed the city's limits on helping ICE"
    _r("rescind_limits", _local("assist_ice"),
       verbs=("rescind", "repeal", "revoke", "scrap", "overturn", "lift", "undo"),
       cues=("local_limits",), exclude=("sanctuary",), base=0.6),
    # "Executive Order 2026-05, including its directive that the Department of Corrections honor every ICE detainer,
    # is rescinded": a standing order to help ICE undone
    _r("rescind_help_directive", _local("bar_local_cooperation"), verbs=("rescind", "repeal", "revoke"),
       cues=("help_directive",), exclude=("local_limits", "sanctuary"), base=0.55),
    _r("require_cooperation", {FED: "federal_ultimatum", NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("require", "mandate", "compel", "force", "order", "direct", "obligate", "oblige", "instruct",
              "push"),      # ("would push every sheriff in the state into a 287(g) agreement": only with "into")
       nouns=("requirement", "mandate"),
       cues=("ice",), any_cues=("cooperation", "agreement_word"),
       # ("instructs the Detention Center to disregard any ICE detainer ... and to keep ICE officers out of ...")
       # (nor a duty to report counts to a local body: "obliges the sheriff to file quarterly counts of ICE
       # detainees with the board" is a reporting mandate)
       exclude=("ident", "records", "reporting", "sanctuary", "kept_from", "count_duty", "ending_notice", "closed_to_agents",
                "notify_party"),
       base=0.6),
    # "would require the jail to notify a person's attorney before any transfer to ICE": a safeguard on the handover
    _r("notify_before_transfer", _local("bar_local_cooperation"),
       verbs=("require", "mandate", "compel", "direct", "obligate", "oblige", "instruct"),
       nouns=("requirement", "mandate"), cues=("ice", "notify_party"), base=0.5),
    # "would compel every sheriff to honor detainers", "obliges every jail to honor detainers for 48 hours": a
    # mandate to honor detainers names no ICE
    _r("require_detainers", {FED: "federal_ultimatum", NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("require", "mandate", "compel", "force", "obligate", "oblige"),
       cues=("honor_detainer",), exclude=("ident", "records", "reporting", "sanctuary"), base=0.55),
    _r("ban_sanctuary", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=_BAR_VERBS + ("punish", "penalize", "penalise", "fine", "sanction", "preempt", "remove",
                           "criminalize", "jail", "sue", "strip", "withhold", "cut", "deny", "defund"),
       nouns=("ban", "prohibition", "felony", "crime", "penalty", "fine", "removal"),
       any_cues=("sanction_words",), exclude=("mask",), base=0.6),
    # "bars cities from adopting policies that limit cooperation with ICE": a ban on limits (checked in
    # actions._limit_banned: the banned policy must itself limit, restrict or prohibit)
    _r("ban_limits", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("bar", "forbid", "prohibit", "ban", "void", "preempt", "nullify", "invalidate", "outlaw", "override"),
       any_cues=("ice", "detainer"), base=0.55),
    # "A local entity shall not adopt, maintain, or act under a sanctuary policy": a law's ban on sanctuary, on
    # every place it binds (not "the county will not adopt a sanctuary policy", a place's own choice)
    _r("no_sanctuary_duty", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("adopt", "maintain", "enact", "keep", "act", "have", "declare", "pass", "implement", "enforce",
              "operate"),
       cues=("sanctuary",), negated=True, obligation=True, base=0.55,
       actor_pattern=r"^(?:a|an|any|no|each|every)\b|\blocal (?:entit|government)|\bpolitical subdivision"),
    _r("make_felony", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"}, verbs=("make",),
       cues=("sanctuary", "illegal"), base=0.6),
    # "a bill that would pay counties $50,000 a year for each 287(g) agreement they sign": help with ICE paid for
    _r("pay_for_help", _local("expand_cooperation"), verbs=("pay", "repay", "reimburse", "compensate", "reward"),
       cues=("ice", "per_unit_of_help"), base=0.55),
    _r("expand_cooperation", _local("expand_cooperation"),
       verbs=("expand", "increase", "boost", "strengthen", "deepen", "broaden", "reward", "incentivize",
              "reimburse", "subsidize", "subsidise", "offset"),
       cues=("ice", "cooperation"), base=0.55),
    # ----------------------------------------------------------- federal pressure
    _r("ultimatum", _fed("federal_ultimatum"),
       verbs=("demand", "designate", "list", "give"),     # ("labeled the council a sanctuary ...": call_names)
       nouns=("ultimatum", "deadline", "demand", "list", "designation", "letter"),
       # ("this letter gives HSI thirty days' written notice that the City terminates the MOU": an end, no demand)
       any_cues=("local_target", "ultimatum_target", "time_limit"), exclude=("ending_notice",), base=0.6),
    # "requests that the County, no later than May 8, rescind ...": a request with a deadline
    _r("request_deadline", {FED: "federal_ultimatum", NONFED: None, UNK: None},
       # ("wrote to the sheriff that holds must resume by March 1": a written demand; "must" checked in actions)
       verbs=("request", "ask", "urge", "instruct", "direct", "insist", "call", "expect", "write", "tell"),
       cues=("deadline",), base=0.55),
    # "will identify the county as a sanctuary jurisdiction": a designation
    _r("designate_sanctuary", _fed("federal_ultimatum"),
       verbs=("identify", "name", "classify", "designate", "list", "add", "place", "put", "deem"),
       any_cues=("sanctuary", "bad_list"), base=0.55),
    _r("withhold_funding", _fed("withhold_funding"),
       verbs=("withhold", "withdraw", "cut", "terminate", "suspend", "freeze", "pull", "strip", "revoke", "cancel", "deny",
              "condition", "claw", "slash", "halt", "block", "end", "eliminate", "rescind", "defund", "tie", "stop",
              # "has held back $3.4 million in public-safety grants" ("hold" and "keep" only with "back": see actions)
              "hold", "keep", "dock", "reduce", "reconsider"),
       nouns=("cut", "freeze", "suspension", "termination", "withholding", "cutoff", "cancellation", "revocation"),
       cues=("funding",), base=0.65),
    # "the department also dropped Dayton from a community policing grant competition": a place shut out of money
    _r("dropped_from_grant", _fed("withhold_funding"), verbs=("drop", "exclude", "disqualify", "remove", "bar"),
       cues=("funding", "from_grant"), base=0.55, needs_actor=True),
    # "places the City's Byrne JAG award on hold": funds frozen
    _r("funds_on_hold", _fed("withhold_funding"), verbs=("place", "put"), cues=("funding", "on_hold"), base=0.6),
    # a federal warning that money goes on only while a place keeps cooperating
    _r("funding_while", {FED: "withhold_funding", NONFED: None, UNK: None}, verbs=("warn", "caution", "signal", "remind"),
       cues=("funding", "funding_condition"), base=0.5, needs_actor=True),
    # "OJP issued awards of $1.4 million to Syracuse and $310,000 to Ithaca that, for the first time, required each
    # city to give ICE 48 hours' notice": grants conditioned on cooperation
    _r("awards_requiring", {FED: "withhold_funding", NONFED: None, UNK: None}, verbs=("issue", "award", "make", "grant"),
       cues=("funding", "award_requiring"), any_cues=("ice", "detainer"), base=0.5, needs_actor=True),
    # "The award letter dated March 8, 2027 conditions payment on a certification that the City will honor ICE
    # detainers" (the parse reads "conditions" as a noun)
    _r("conditions_payment", _fed("withhold_funding"), nouns=("condition",), cues=("conditioned_on", "ice"), base=0.5),
    # "attached three new conditions to the 2026 grant awards"
    _r("grant_conditions", _fed("withhold_funding"), verbs=("attach", "impose", "add", "place"),
       cues=("funding", "conditions_word"), base=0.55),
    # "the county could lose $1.8 million in federal grants": the subject is the target of the threat; also when
    # a federal agency warns it ("DHS warned that the state could lose homeland security grants"). A state's
    # money is lose_state_funding's
    _r("lose_funding", {FED: "withhold_funding", NONFED: "withhold_funding", UNK: "withhold_funding"},
       verbs=("lose", "forfeit"), cues=("funding",), any_cues=("federal",), exclude=("state_money",), base=0.55),
    # "the city would lose its state shared revenue": a state penalty on a place that limits cooperation
    _r("lose_state_funding", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("lose", "forfeit", "cost"), cues=("state_money",), exclude=("federal",), base=0.5),
    # "the bill would withhold a city's share of state sales tax until it repeals any policy that limits ..."
    _r("state_penalty", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("withhold", "cut", "strip", "deny", "suspend", "revoke", "eliminate", "reduce", "claw", "halt",
              "freeze", "block", "dock", "hold", "keep"),
       cues=("state_money",), any_cues=("limit_words", "conditioned_place", "place_share"), base=0.55),
    # "any official who votes to adopt a sanctuary policy shall be personally liable for a civil penalty",
    # "would make any sheriff who refuses to honor detainers guilty of a misdemeanor": a state penalty on
    # officials who limit cooperation
    _r("official_penalty", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       verbs=("remove", "suspend", "fine"),
       nouns=("liable", "guilty", "penalty", "misdemeanor", "felony", "removal", "suspension"),
       cues=("limit_words",), exclude=("federal_agents_bound",), base=0.5, with_subject=True),
    # "would make a sheriff who ignores a detainer personally liable for any crime the released person commits"
    # (the parse often hangs the sanction inside the relative clause, so the clause is looked for in the sentence)
    _r("penalty_on_refuser", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       nouns=("liable", "guilty", "misdemeanor", "felony"), cues=("refuser",), base=0.5, sentence_cues=True),
    # "a county that limits cooperation shall be ineligible for state grants": a state penalty
    _r("state_ineligible", {FED: None, NONFED: "expand_cooperation", UNK: "expand_cooperation"},
       nouns=("ineligible",), cues=("state_money",), exclude=("federal",), base=0.5),
    _r("target_officials", _fed("target_local_officials"),
       verbs=("subpoena", "investigate", "arrest", "charge", "prosecute", "indict", "probe", "jail", "detain",
              "search", "raid", "refer"),
       nouns=("subpoena", "investigation", "inquiry", "probe", "indictment", "arrest", "charge", "prosecution"),
       cues=("local_official",), base=0.6, with_subject=True),
    _r("deployment", {FED: "federal_deployment", NONFED: None, UNK: "federal_deployment"},
       verbs=("deploy", "send", "dispatch", "surge", "mobilize", "station", "federalize", "activate", "flood",
              "move", "shift", "redeploy", "order", "assign", "reassign", "bring", "fly", "airlift"),
       nouns=("deployment", "surge", "buildup", "influx", "mobilization", "redeployment"),
       cues=("deploy_objects",), exclude=("funding",), base=0.6, concrete=True),
    # "ICE will open a satellite office in Dayton": a federal post set up in a place
    _r("open_office", {FED: "federal_deployment", NONFED: None, UNK: None},
       verbs=("open", "establish"), cues=("new_office",), base=0.5, needs_actor=True),
    _r("guard_order", {FED: "federal_deployment", NONFED: None, UNK: "federal_deployment"},
       verbs=("order", "call", "place", "put", "bring", "summon"),
       cues=("federal_service",), base=0.6),
    # "ICE will return to the county with additional officers": more agents sent back is a deployment
    _r("return_with_forces", {FED: "federal_deployment", NONFED: None, UNK: "federal_deployment"},
       verbs=("return", "come"), cues=("more_forces",), base=0.5),
    _r("arrival", {FED: "federal_deployment", NONFED: None, UNK: "federal_deployment"},
       verbs=("arrive", "descend", "pour", "flood", "swarm", "surge", "converge", "roll", "reach"),
       cues=("troops_subject",), base=0.55, with_subject=True),
    _r("operation_nouns", _all("federal_enforcement_operation"),
       nouns=("raid", "operation", "sweep", "crackdown", "roundup", "blitz", "shooting", "killing", "arrests"),
       cues=("operation_context",), base=0.6, concrete=True, with_subject=True),
    # "ICE Air Operations ran 37 removal charter flights from Westchester County Airport": deportation flights flown
    # (a count, or the object of running them; checked in actions)
    # "HSI agents executed a federal criminal search warrant at the plant", "while ICE agents served a search warrant
    # inside the apartments": an operation where the warrant is carried out
    _r("warrant_executed", {FED: "federal_enforcement_operation", NONFED: None, UNK: None},
       verbs=("execute", "serve"), cues=("search_warrant",), base=0.55, needs_actor=True),
    _r("removal_flights", {FED: "federal_enforcement_operation", NONFED: None, UNK: "federal_enforcement_operation"},
       nouns=("flight",), cues=("removal_flight", "operation_context"), base=0.55, with_subject=True),
    _r("operation_verbs", {FED: "federal_enforcement_operation", NONFED: None, UNK: None},
       verbs=("raid", "arrest", "detain", "apprehend", "sweep", "shoot", "kill", "round", "target", "storm",
              "handcuff", "tackle", "grab", "seize", "pull", "drag", "chase", "pepper", "tase", "deport",
              # "its agents picked up 96 people in Allentown", "agents led away at least five people" (the particle
              # checked in actions)
              "pick", "lead",
              # "agents questioned workers on the cutting floor ... and loaded dozens of them onto buses"
              "question", "interrogate", "load"),
       base=0.6, needs_actor=True, human_object=True),
    _r("immunity", _fed("immunity_claim"), verbs=("claim", "assert", "insist", "argue", "say", "maintain",
                                                  "contend", "declare", "tell", "add", "respond", "reply",
                                                  "counter", "write"),
       nouns=("immunity",), cues=("immunity",), base=0.6, sentence_cues=True,
       no_status=frozenset({"warn", "warning", "threaten"})),    # a claim made, whatever the verb of saying
    # --------------------------------------------------------------------- judicial
    _r("court_verbs", _all("court_action"),
       verbs=("rule", "enjoin", "dismiss", "strike", "uphold", "hear", "grant", "deny", "order", "block", "halt",
              "overturn", "reverse", "vacate", "stay", "side", "consider", "find", "reject", "throw", "pause",
              "allow", "issue", "extend", "affirm", "remand", "bar", "prohibit", "forbid", "decline", "refuse",
              "hold", "conclude", "decide", "write", "freeze", "enter", "set", "dissolve", "lift", "modify", "postpone", "quash"),
       base=0.6, actor_pattern=r"\b(judges?|(?<!quorum )(?<!committee for )(?<!committee on )courts?(?!\s+(?:administrators?|clerks?|officers?|staff|employees|reporters?"
                              r"|spokes\w+))|(?<!\bof )justices?(?! department| programs?| assistance| cent(?:er|re)| project| coalition| network| alliance| league"
                              r"| institute| fund| committee| council| initiative| partnership| collaborative)|magistrates?|panel|circuit|tribunal|majority"
                              r"|appellate (?:division|term))\b"),
    # the court speaking of itself in an opinion: "We affirm", "We therefore hold that ..."
    _r("court_we", _all("court_action"),
       verbs=("affirm", "reverse", "vacate", "remand", "hold", "conclude", "dismiss", "grant", "deny"),
       base=0.55, actor_pattern=r"^we$"),
    _r("court_disposition", _all("court_action"),
       verbs=("grant", "deny", "dismiss", "enjoin", "vacate", "affirm", "reverse", "remand", "restrain", "stay",
              "sustain", "overrule", "strike"),
       cues=("court_subject",), base=0.6, passive=True, with_subject=True),
    # "Bernalillo County is terminated as a party": a court's order on who stays in the case
    _r("party_terminated", _all("court_action"), verbs=("terminate", "dismiss", "drop"), cues=("as_a_party",),
       base=0.55, passive=True),
    _r("appeal", _all("court_action"), verbs=("appeal",), base=0.55, needs_actor=True),
    # "The council approves the settlement 7-5", "A judge approved a settlement in May 2025"
    _r("approve_settlement", _all("court_action"), verbs=("approve", "accept", "ratify", "reach", "sign", "finalize",
                                                          "finalise"),
       cues=("settlement",), base=0.5, needs_actor=True, transitive=True),
    # "Count III fails for lack of standing", "Counts I and II survive": what a court holds of a claim
    _r("count_fails", _all("court_action"), verbs=("fail", "survive", "succeed"), cues=("count_named",), base=0.5,
       with_subject=True),
    # "Under its terms, the state will drop its suit" (a party ending its own case)
    _r("drop_suit", _all("court_action"), verbs=("drop", "withdraw", "abandon"), cues=("suit_named",), base=0.5,
       needs_actor=True, transitive=True),
    # "the county settled Benavidez-Orr's suit for $185,000"
    _r("settle_suit", _all("court_action"), verbs=("settle",), cues=("suit_named",), base=0.5, needs_actor=True,
       transitive=True),
    # "the United States filed a notice of appeal", "the State filed its opposition on July 28"
    _r("court_filing", _all("court_action"), verbs=("file", "lodge", "submit"), cues=("court_filing",), base=0.5,
       needs_actor=True),
    _r("ask_court_block", {FED: None, NONFED: "sue_federal_government", UNK: None}, verbs=("ask", "petition"),
       cues=("court_block",), any_cues=("condemn_objects",), base=0.55, needs_actor=True),
    _r("court_motion", _all("court_action"), verbs=("ask", "petition", "urge", "move"), cues=("court_motion",),
       base=0.55),
    # "Bernalillo County joined the motion the next day": a party's filing made its own
    _r("join_motion", _all("court_action"), verbs=("join",), cues=("motion_joined",), base=0.5, transitive=True),
    _r("remove_case", _all("court_action"), verbs=("remove",), cues=("case_removed",), base=0.5, transitive=True,
       needs_actor=True),
    _r("funds_made_conditional", _fed("withhold_funding"), verbs=("make",), cues=("made_conditional",), base=0.55),
    _r("appear_amici", _all("court_action"), verbs=("appear", "participate"), cues=("as_amici",), base=0.5,
       needs_actor=True),
    # "Lawyers for Tucson and Flagstaff argued the motion on January 25": a party's step in court
    _r("argue_motion", _all("court_action"), verbs=("argue",), cues=("motion_argued",), base=0.5, transitive=True,
       needs_actor=True),
    _r("court_nouns", _all("court_action"),
       nouns=("injunction", "ruling", "hearing", "order", "decision", "dismissal", "verdict", "trial",
              "opinion", "brief", "motion", "appeal", "petition"),
       cues=("court_context",), base=0.55, concrete=True, with_subject=True),
)

#: lemma -> rules, for verbs and nouns separately (built once)
VERB_INDEX: dict[str, list[Rule]] = {}
NOUN_INDEX: dict[str, list[Rule]] = {}
for _rule in RULES:
    for _l in _rule.verbs:
        VERB_INDEX.setdefault(_l, []).append(_rule)
    for _l in _rule.nouns:
        NOUN_INDEX.setdefault(_l, []).append(_rule)

# ------------------------------------------------------------------ status words
#: an ancestor with one of these lemmas makes a nested trigger hypothetical or prevented
BLOCKERS = frozenset({
    "enjoin", "ban", "bar", "prohibit", "forbid", "outlaw", "limit", "restrict", "prevent", "block", "refuse",
    "decline", "reject", "oppose", "avoid", "end", "penalize", "penalise", "punish", "resist", "unlikely",
    "whether", "imagine", "fear", "worry", "doubt", "wonder", "curb", "cease", "deny", "question",
    "impossible", "difficult", "hard", "unable", "rescind", "repeal", "without", "instead", "rather",
    "terminate", "withdraw", "preclude", "fail", "criminalize", "lack", "worried", "afraid", "concerned",
    "fearful", "skeptical", "unclear", "refusal", "failure", "unwillingness", "reluctance",
})
PROPOSE = frozenset({"introduce", "consider", "propose", "draft", "weigh", "debate", "discuss", "mull", "recommend",
                     "explore", "seek", "pursue", "push", "apply", "negotiate", "study", "eye", "float"})
PROPOSAL_NOUNS = frozenset({"bill", "proposal", "legislation", "measure", "amendment", "plan", "ordinance",
                            "resolution", "idea"})
#: nouns that make anything under them proposed, whatever verb governs them
ALWAYS_PROPOSED = frozenset({"bill", "proposal", "idea", "plan"})
ENACT = frozenset({"pass", "sign", "adopt", "approve", "enact", "ratify", "implement"})
#: verbs whose subject is the author of the law/order they govern ("the council passed an ordinance barring ...")
AUTHORING = ENACT | frozenset({"introduce", "propose", "draft", "consider", "weigh", "issue", "create", "unveil",
                               "write", "sponsor", "back", "support", "push", "announce", "file", "debate",
                               "advance", "release", "establish", "have", "use", "enforce", "defend", "craft"})
#: words that make a reporting duty a mandate
OBLIGATION = frozenset({"must", "shall", "require", "mandate", "obligate", "compel", "order", "direct", "force"})
ANNOUNCE = frozenset({"plan", "vow", "pledge", "promise", "intend", "announce", "aim", "commit", "prepare",
                      "expect", "move", "set", "unveil", "want", "hope", "seek"})
#: verbs of signing that make an agreement noun an entered agreement
SIGNING = frozenset({"sign", "approve", "reach", "ink", "finalize", "strike", "negotiate", "enter", "accept"})
#: a negation on these does not negate what follows ("would not hesitate to prosecute")
NEG_INVERTERS = frozenset({"hesitate"})
#: verbs whose complement is an action the subject asks others to take ("demanded that Congress abolish ICE")
DEMAND = frozenset({"demand", "urge", "call", "ask", "press", "push", "implore", "petition", "beg", "want"})
#: subjects that name an office or a government generically; the speaker above them is the real actor
GENERIC_SUBJECTS = frozenset({"state", "city", "county", "office", "administration", "department", "government",
                              "town", "village", "jail", "we", "they", "it", "agency", "staff", "team"})
THREATEN = frozenset({"threaten", "warn", "threat", "warning", "ultimatum", "risk",
                      "prepared", "poised"})   # "is prepared to file suit"
REPORT = frozenset({"claim", "allege", "reportedly", "allegedly", "purportedly", "according", "rumor"})
MODAL_DOUBT = frozenset({"could", "might", "may", "can"})
INSTRUMENT_NOUNS = frozenset({"law", "bill", "ordinance", "order", "measure", "legislation", "resolution",
                              "policy", "act", "directive", "rule", "proposal", "agreement", "statute",
                              "amendment", "executive", "memo", "guidance", "regulation", "program", "laws", "bulletin", "substitute",
                              "bills", "policies", "orders"})
SPEECH = frozenset({"say", "tell", "declare", "announce", "state", "add", "write", "insist", "argue", "vow",
                    "promise", "pledge", "warn", "claim", "note", "explain", "assert", "stress", "emphasize",
                    "reassert", "reaffirm", "make"})

# ------------------------------------------------------------ actor level words
LEVEL_WORDS: tuple[tuple[str, re.Pattern], ...] = tuple((lvl, re.compile(p, re.I)) for lvl, p in (
    # (not a private body's: "Association President X", "Union President X")
    ("federal", r"\b((?<!association )(?<!union )(?<!chamber )(?<!university )(?<!college )(?<!bar )(?<!coalition )"
                r"(?<!league )(?<!society )(?<!foundation )(?<!federation )(?<!alliance )president|white house|administration|federal|ice|immigration and customs enforcement|dhs"
                r"|homeland security|cbp|border patrol|customs and border protection|fbi|doj|justice department"
                r"|department of justice|pentagon|u\.s\. attorneys?|u\.s\.|united states|congress|secretary"
                r"|border czar|national guard|military|troops|marines|attorney general of the united states"
                r"|immigration agents?|immigration officers?|immigration authorities)\b"),
    # a state's agencies by their usual names, unless a county or city is named with them ("the Cook County
    # Department of Corrections")
    ("state", r"^(?!.*\b(?:county|city|parish|town)\b).*\b(departments? of corrections|highway patrol"
              r"|department of public safety|troopers?)\b"),
    # ("The Adjutant General shall place up to 350 members of the Ohio National Guard ...": the state's Guard chief)
    ("state", r"\badjutants? general\b"),
    # (a city's own jail is the city's: "The Birmingham city jail declined 14 ICE detainers")
    ("county", r"\b(county|counties|sheriffs?|district attorneys?|commissioners?|parish|deput(?:y|ies)"
               r"|(?<!city )(?<!city's )(?<!city\u2019s )(?<!municipal )(?<!town )jail(?:er|ers|s)?)\b"),
    ("state", r"\bgov\.|\b(governors?|legislatures?|legislators?|lawmakers|assembly|state attorneys? general|statehouse"
              r"|state (?:senators?|representatives?|police|officials?|lawmakers|leaders?|prosecutors?|troopers?"
              r"|agenc(?:y|ies)|employees?|departments?)"
              r"|the state|states)\b"),
    ("city", r"\b(mayors?|city|cities|councils?|council members?|councilm[ae]n|alderm[ae]n|town|towns|village"
             r"|police chiefs?|police departments?|school boards?|municipal\w*|police|nypd|lapd)\b"),
    ("nongovernmental", r"\b(activists?|advocates?|advocacy|groups?|coalitions?|collectives?|alliances?|unions?|party|professors?|scholars?"
                        r"|aclu|churche?s?|organi[sz]ations?|nonprofits?|protesters?|residents|volunteers|lawyers?"
                        r"|democrats|republicans|critics|experts?)\b"),
    # plain "agents" in immigration news are federal agents ("plainclothes agents detained a man")
    ("federal", r"\b(agents?)\b"),
))

#: incident nouns used to key events (lemma -> family)
INCIDENTS = {"shooting": "shooting", "shoot": "shooting", "killing": "killing", "kill": "killing",
             "death": "killing", "raid": "raid", "sweep": "raid", "roundup": "raid", "crackdown": "operation",
             "operation": "operation", "blitz": "operation", "surge": "deployment", "deployment": "deployment",
             "deploy": "deployment", "arrest": "arrest", "arrests": "arrest"}

#: a private party's words (the nongovernmental level's): "the collective", "a coalition of churches"
LEVEL_WORDS_NONGOV = next(p for lvl, p in LEVEL_WORDS if lvl == "nongovernmental")
