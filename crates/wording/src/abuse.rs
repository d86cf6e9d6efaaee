//! Abuse and attacks on staff: slurs and vulgar insults anywhere; other insults, insulting
//! adjectives and swearing only when aimed at a person; threats and wishing harm; and, when the
//! target is named or described, `named_staff` as well.

use std::ops::Range;

use crate::lexicon::{self, APPEARANCE, COPULAS, Class, PERSON_COPULAS, SHIFTS, WordSet};
use crate::patterns::Match;
use crate::text::{Token, ahead, behind, in_clause, word_is};
use crate::{Finding, Kind};

/// Threats, wishing harm, telling someone where to go, and derogatory remarks with no insult word.
const THREATS: &str = lines![
    "@groups ~ like ~ her|him|them|you ~3 all|always|never",
    "@groups ~ mustnt|shouldnt ~ be ~ allowed|let",
    "@groups ~12 animals|cockroaches|leeches|parasites|savages|scroungers|vermin $",
    "@groups ~2 control|controlling|controls|own|owns|run|running|runs ~2 banks|country|media|nhs|place|practice|surgery|world",
    "@groups ~4 jump|jumped|jumping|jumps ~ our|the ~ queue|queues",
    "@groups ~6 hate|hates ~ british|christian|christians|english|white ~ folk|patients|people",
    "@groups ~6 just|only ~ here ~ for ~ our|the ~ benefits|freebies|handouts|houses|money",
    "@groups ~8 deport|deported|go|kicked|send|sent|ship|shipped ~2 back|home|out",
    "@groups|@origin ~2 are ~ destroying|killing|ruining|wrecking ~3 britain|country|nhs|patients|people|surgery",
    "@groups|@origin ~3 stick ~ together",
    "@groups|@origin ~6 brought|spread|spreading ~2 covid|disease|diseases|germs|virus",
    "@groups|@origin ~6 never|wouldnt ~ trust ~ her|him|one|them ~ with",
    "@groups|@origin|africa|india|nigeria|pakistan|poland|romania ~8 cannot|cant|never ~ be ~ trusted",
    "@groups|@origin|black|gay ~4 what ~ did|do ~ u|you ~ expect $",
    "@groups|@origin|black|gay ~8 what ~ a ~ surprise $",
    "@groups|@origin|black|gay|hijab|lesbian|trans|turban ~12 cant|dont|never|wont ~ trust ~ her|his|that|the|their|them ~ kind|lot|sort|type",
    "@groups|@origin|black|gay|lesbian|trans ~12 all ~ the ~ same ~2 that|their|them|those ~ kind|lot|people|sort",
    "@groups|@origin|chav|estate|gay|ghetto|traveller ?estate|foreign|ghetto|immigrant cockroaches|filth|leeches|parasites|savages|scroungers|scum|trash|vermin",
    "@groups|asylum|disabled ~4 clogging|flooding|overrunning|scrounging|sponging|swamping",
    "@origin ~ doctors|gps|nurses|staff ~ go ~ back|home $",
    "@origin ~ doctors|gps|nurses|staff ~3 kill|killing ~ patients|people|us",
    "@origin ~ doctors|men|nurses|staff ~4 dont|never ~ respect ~ women",
    "@origin ~2 so ~ naturally|obviously ~4 cant|clueless|couldnt|didnt|doesnt|no|not|useless",
    "@origin ~6 no ~ common ~ sense",
    "@origin ~8 probably ~ cant|doesnt ~ even ~ read|speak|spell|write",
    "@origin|black ~12 go ~ back ~ home $",
    "@origin|black|gay ~ cleaner|doctor|doctors|gp|gps|nurse|nurses|receptionist|receptionists|staff ~6 filthy|smell|smells|stealing|steals|stink|stinks|thieving|useless",
    "@origin|black|gay ~ doctor|gp|locum|man|nurse|receptionist|staff|woman ~8 typical $",
    "@origin|black|gay|lesbian|trans ~ doctor|doctors|gp|gps|man|men|nurse|nurses|staff|woman|women ~3 mustnt|shouldnt ~2 examine|touch|treat",
    "@origin|foreigners|immigrants ~12 taking ~ over",
    "@origin|gay|lesbian|trans ~ doctor|doctors|nurse|nurses|staff ~3 mustnt|not|shouldnt ~ be ~ allowed",
    "@origin|gay|trans ~ doctor|doctors|nurse|nurses|staff ~3 never|not|shouldnt ~2 dealing|examining|touching|treating",
    "@origin|overseas ~ doctor|doctors|nurse|nurses|staff ~6 allowed|let ~ near ~ british|english|our|us|white",
    "a ~ man ~3 sort ~ her ~ out",
    "a ~2 so and so",
    "a ~2 so-and-so|so-and-sos",
    "absolute|complete|failed|pathetic|sad|self-important|total|tripping|useless|worthless nobodies|nobody",
    "accidents ~ happen|happening ~ to",
    "acts|dressed|dresses|looks ~ like ~ a ~ hooker|prostitute|slag|slapper|slut|tart|tramp|whore",
    "advert|advertisement ~ for ~ condoms|contraception",
    "after|once|when ~ i|im|ive|we ~2 done|finished ~ with ~ {person}",
    "again ~2 and ~ see ~ what ~ happens",
    "all ~ these|those ~ foreigners|immigrants|migrants|refugees",
    "allowed|fit ~2 to ~ breed|reproduce",
    "am|be|im ?not responsible ~ for ~ what ~ i ~2 do",
    "and ~ so ~ will ~ my ~ boys|brothers|family|lads|mates|sons",
    "and ~ then ~ ill ~ have ~ her|him",
    "arent|isnt|not ~ even ~ proper|real ~ man|men|woman|women",
    "arent|isnt|not|wouldnt ~ fit ~ to ~ care|caring|look|looking ~ after|for ~ animals|cattle|dog|dogs|pets|pigs",
    "are|being|bunch|is|pair|proper|right|s|so|was|were two faced",
    "are|hes|is|shes|theyre|was ~2 fresh|straight ~ off ~ the ~ boat",
    "are|is|r just|merely|only glorified",
    "argument|evidence|proof ~ against|that ~ evolution",
    "argument|fight|row in an empty room",
    "around|round ~ here ~ dont|never|wont ~ forget $",
    "around|round ~ here ~ have ~ long ~ memories",
    "arrogant|bossy|odious|pathetic|patronising|pompous|rude|smug|snotty little boy|girl|hitler|madam|man|twerp|woman",
    "arrogant|disgusting|evil|fat|ghetto|greaseball|greasy|ignorant|illiterate|lowlife|nasty|pathetic|racist|redneck|retarded|smug|spineless|stupid|ugly|vile|worthless ~2 piece|pieces of ?absolute|fuckin|fucking|human|stinking|total|utter crap|filth|garbage|shit|trash",
    "arrogant|lazy|miserable|nasty|old|right|rude|smug|sneaky|stupid|useless so and so",
    "arrogant|lazy|miserable|nasty|old|right|rude|smug|sneaky|stupid|useless so-and-so|so-and-sos",
    "as much use as a|an",
    "ashamed ~ to ~ call ~ herself|himself|themselves|yourself|yourselves",
    "asking|begging for a|an ~ beating|hiding|kicking|punch|slap|slapping|smack|thump",
    "attacked|battered|beaten|decked|glassed|hit|hurt|killed|missing|murdered|punched|shot|slapped|smacked|stabbed ~2 for less",
    "awful|pity|shame|terrible ~ if ~8 broken|keyed|scratched|slashed|smashed ~3 wouldnt ~ it",
    "a|the brain|face|personality|voice to match",
    "back ?from|to where ~ he|she|they|theyve|u|you ~ came|come $",
    "back ?from|to where|wherever ~ he|she|they|theyve|u|you ~ came|come ~ from",
    "back ~ to ~ afghanistan|africa|albania|asia|bangladesh|bulgaria|china|desert|europe|india|iran|iraq|jamaica|jungle|lithuania|nigeria|pakistan|poland|romania|somalia|syria|turkey",
    "back|belong|belongs|should ~4 in ~ the ~ kitchen",
    "back|bring|bringing|come|coming ~3 bat|blade|crowbar|gun|hammer|knife|machete|shotgun",
    "bag|bucket|lump|sack|tub ~ of ~ crap|garbage|hammers|lard|potatoes|shit|spanners|spuds",
    "bang|shag ~ her|him",
    "bash|brick|kick|put|smash ~3 door|doors|window|windows|windscreen ~ in|through",
    "bash|kick|knock|punch|smash ~3 face|head|lights|teeth ~ in|off|out",
    "battered|beat|beaten ~ black ~ and ~ blue",
    "be ~ careful ~6 accidents ~ happen",
    "be ~ outside|waiting after|till|until|when ~3 closes|closing|finish|finishes|leave|leaves|shift",
    "be ~ trouble ~ if ~3 {person}",
    "beast|brute|horror|monster|nightmare ~ of ~ a|an ~ doctor|man|manager|nurse|person|receptionist|woman",
    "beat|knock|shake|slap ~2 sense ~ into ~ {person}",
    "bedside manner of a|an ~2 brick|butcher|corpse|cow|dog|donkey|goat|hyena|killer|murderer|pig|psychopath|rabid|rat|robot|rock|rottweiler|slug|snake|toad|troll|wild",
    "before|if|when ~ i ~ lose ~ my ~ temper",
    "belong|belongs ~ in ~ a|the ~ bin|cage|circus|gutter|museum|zoo",
    "belong|belongs|kept|locked|put ~ in a cage|zoo",
    "bend ~ {person} ~ over",
    "bet ~ that|the|your ~ {person} ~ goes ~ like ~ a ~ rabbit|train",
    "bet ~ that|the|your ~ {person} ~2 dyke|gay|lesbian|lesbo|lezza|lezzer|poof|queer|tranny $",
    "bet ~6 beats|hits|knocks ~ her|him ~ about|around",
    "better cross ~ the ~ road|street $",
    "better get|have ~8 dentist",
    "better hide|run",
    "better hope|pray",
    "better ~ get|hire ~ a ~ bodyguard",
    "better ~ not ~ be ~ on ~ her|his ~ alone|own",
    "better ~ watch ~ herself|himself|themselves|yourself ~ around|on|outside|round",
    "better ~ watch ~ herself|himself|themselves|yourself ~ in ~ the ~ car|carpark|dark|street",
    "better|gonna|hell|ll|shell|theyll|wanna|want|will|youll ~2 sleep ~ with ~ a|the ~ light|lights ~ on",
    "better|more ~2 advice|answers|care|compassion|diagnosis|empathy|help|sense|sympathy|understanding ~2 from|off ~ a|an|my|the ~ budgie|cat|chimp|dog|donkey|goldfish|hamster|horse|monkey|parrot|rabbit|tortoise",
    "better|needs|wants ~2 watch herself|himself|themselves $",
    "better|nicer|prettier ~6 mouth ~ shut",
    "better|want|wants ~ mind|watch ~ her|his|their ~ car|house|tyres|windows",
    "be|gonna|ill ~ wait|waiting ~ for ~ her|him|them|you ~ after|till|until|when ~ he|she|they|you ~ clocks|closes|lock|locks",
    "be|gonna|ill ~ wait|waiting ~ for ~2 {person} ~ after ~ closing|shift|work",
    "be|gonna|ill ~ wait|waiting ~ for ~2 {person} ~3 car park",
    "be|gonna|ill ~ wait|waiting ~ for ~2 {person} ~3 carpark|home|outside",
    "be|gonna|ill ~ wait|waiting ~2 car ~ park ~ for ~2 {person} ~ later|tonight $",
    "be|gonna|ill ~ wait|waiting ~2 carpark|outside ~ for ~2 {person} ~ later|tonight $",
    "be|gonna|ill|will ~2 come|coming ~ for ~ u|ya|you|yous|youse",
    "be|look|looks ~ better ~ on ~ her|his ~ back|knees",
    "bin|gutter|street|streets ~ where ~ he|she|they ~ belong|belongs",
    "bitterest|dumbest|meanest|miserablest|nastiest|stupidest|thickest|ugliest|vilest cow|creature|cretin|git|human|individual|man|person|witch|woman ~ alive|ever|i|in|ive|on",
    "black|blacks|white|whites ?foreign|ghetto|immigrant cockroaches|filth|leeches|parasites|savages|scroungers|scum|vermin",
    "bled|bleed|bleeding ~ our|the|this ~ country|nhs ~ dry",
    "bloke|doctor|fresh|guy|lady|lot|man|nurse|one|ones|somebody|someone|woman ~3 off ~ a|the ~ boat|boats|dinghies|dinghy",
    "bloody|dirty|filthy|fucking|typical ~ @groups|@origin|dyke|dykes|gay|lesbian|lesbians|woman|women",
    "bloody|dirty|filthy|lazy|stupid|thick|useless ~ @groups|@origin",
    "blow ~ up ~ that|the|this|your ~ building|place|practice|surgery",
    "bomb|burn|torch ?down that|the|this|your ?bloody|fucking|whole building|lot|place|practice|surgery",
    "boot|kick ~ up ~ the ~ arse|ass|backside|bum|pants",
    "border bunnies|bunny|hopper|hoppers|jumper|jumpers",
    "bored ~ housewives",
    "boring|old|silly fart|farts",
    "born so|that|this dim|dumb|rude|stupid|thick|ugly|useless",
    "bought|buy|buys ~ her|his|their|your ~ certificate|degree|licence|qualification|qualifications",
    "boys|friends|lads|mates ~2 that|who|whod|wholl ~3 love ~ to ~ have ~ a ~ word ~ with",
    "boys|lads|mates ~5 have ~ a ~ word ~ with",
    "boys|lads|mates ~5 have|having ~ a ~ chat ~ with ~ that|your",
    "boy|child|children|girl|kid|kids|schoolboy|schoolgirl ~ playing ~ ?at doctor|doctors|nurse|nurses",
    "brain dead",
    "brain|brains ~ cell|cells",
    "brain|brains ~3 dynamite|gunpowder",
    "brain|brains|intelligence of one",
    "brain|brains|intelligence|iq ~ than ~3 {person}",
    "brain|brains|intelligence|iq|memory ~3 of ~ a|an ~2 amoeba|brick|doorknob|gnat|goldfish|pea|peanut|plank|potato|rock|rocks|sheep|turnip",
    "brain|brains|iq of a|an",
    "break|bust|smash|snap|wring ~3 {person} ~ arm|arms|face|fingers|hand|hands|head|jaw|leg|legs|neck|necks|nose|ribs|teeth",
    "breed|breeding ~ for|like ~ benefits|council|houses|money|rabbits|rats",
    "brick|bricks ~ through ~ her|his|their|your ~ window|windows",
    "bring|bringing|brought ~2 my ~ boys|brothers|cousins|lads|mates ~8 deal|properly|show|sort|teach",
    "british|english ~ doctors|nurses|staff ~ for ~ british|english ~ patients|people",
    "british|english|our ~6 not ~ any|these|those ~ @groups",
    "british|english|white ~ doctor|doctors|gp|gps|nurse|nurses|receptionist ~5 not ~ another ~ foreigner|one",
    "brothers|cousins|friends|lads|mates ~ that|who|whod ~3 meet|visit ~2 {person}",
    "bugger|eff|f|fck|fuck|fuk|naff|piss|sod ~ off",
    "built like a|an",
    "burka|burqa|headscarf|hijab|niqab|turban ~12 dont|not ~ allowed|want|welcome ~ her|him|it|that|them ~ here",
    "burka|burqa|headscarf|hijab|niqab|turban ~12 get ~ her|him|them ~ out",
    "burka|burqa|headscarf|hijab|niqab|turban ~12 this ~ is ~ britain|england|uk $",
    "burn|roast|rot ~ in ~ hell",
    "buy|get ~3 {person} ~ a ~ brain|life|personality",
    "camel jockey|jockeys",
    "came|come|coming ~ over ~ here ~4 get|getting|take|taking|took ~2 my|our ~ appointments|benefits|houses|jobs|money",
    "camp ~ as ~ christmas ~8 not|shouldnt ~ be ~ allowed",
    "cannot|cant|dont|never ~ trust ~ a|an|any ~ @origin",
    "cant ~ speak ~ english|it|language ~2 go ~ back ~ to ~ afghanistan|africa|albania|asia|bangladesh|china|ghana|her|his|india|iraq|jamaica|lagos|nigeria|pakistan|poland|romania|somalia|syria|their|where|your",
    "cant ~ speak ~ english|it|language ~8 bugger|clear|fuck|piss|sod ~ off",
    "cant|wont ~ be ~ responsible ~ for ~ what ~ happen|happens|i",
    "careful ~ speaking|talking ~ to ~2 like ~ that",
    "careful ~ who ~ he|she|they ~ annoys|crosses|upset|upsets|winds",
    "careful ~3 driving|getting|going|walking ~3 alone|car|dark|home|night",
    "carve|cut|slash|smash ~ ur|yer|your ~ face|throat",
    "cat ~ brought|dragged|dragging ~ in",
    "catch|catches ~ something ~ deadly|horrible|nasty",
    "catch|find|meet|see ~2 {person} ~ in ~ the ~ carpark|park|street",
    "catch|meet|meeting|see|seeing ~ her|him|them|ya|you ~3 outside",
    "catch|see ~4 {person} ~4 battered|dead|finished|meat|sorry",
    "cell|jail|prison ~ where ~ he|she|they|you ~ belong|belongs",
    "certificate|degree|licence|qualification|qualifications ~5 cereal|cracker|crackers|raffle|tombola",
    "charisma|personality of a|an",
    "check|wonder ~4 degree|degrees|qualification|qualifications ~3 bought|fake|genuine|real",
    "cheers|done|thanks ~3 einstein|einsteins|genius|geniuses|sherlock $",
    "chimp|chimpanzee|goldfish|monkey|toddler could ~6 better than ~2 {person}",
    "ching chong",
    "chuck|lob|put|throw ~3 {person} ~ through",
    "clearly|obviously ~ a ~ dyke|gay|homo|lesbian|poof ~8 can ~ always ~ spot|tell",
    "clucking|gossiping|old|squawking biddies|fishwives|hen|hens",
    "comeuppance",
    "come|going|gonna|id|ill|wanna ~6 break|bust|smash|snap ~ somebodys|someones ~ arms|face|head|jaw|legs|neck|nose|teeth",
    "consequences for her|him|them|u|you $",
    "consequences ~ u|you ~ wont ~ like",
    "consequences ~12 are|theyre ~ coming $",
    "cotton picker|pickers",
    "could|going|gonna|id|ill|im|should|somebody|somebodys|someone|someones|wanna|want|will|would ~ batter|belt|chin|deck|drag|flatten|floor|glass|headbutt|hit|kick|kill|knife|knock|lamp|murder|punch|shoot|slap|smack|smash|spit|stab|strangle|throttle|thump|twat|wallop ~ {person}",
    "council ~ estate|house ~ trash|type|types",
    "country|place|surgery|town ~3 full ~ of ~2 @groups",
    "cracking|fine|great|lovely|nice ~ pair ~ on ~ that|the ~ doctor|girl|lady|nurse|physio|receptionist|woman",
    "cracking|great|lovely|nice|peachy ~ arse|ass|boobs|bum|rack|tits",
    "crawl|crawled|creep|crept|slither|slithered ~ back ~ into|under ~3 gutter|rock|sewer|stone|swamp",
    "daft|old|silly|stupid bat|bats|goat|goats|trout",
    "dance|piss|spit ~ on ~3 grave|graves",
    "dark alley|alleyway",
    "deal|dealt|sort|sorted ~ out|with ~2 {person} ~2 once and for all",
    "deal|sort ~ out|with ~2 {person} ~5 dont|not ~ mean",
    "death|hanged|hanging|jail|prison|sacked|shot|struck ~6 too ~ good ~ for ~ her|him|them",
    "deport|kick|send|ship ~2 @origin ~ cleaner|doctor|gp|locum|lot|nurse|one|receptionist|staff ~3 back|home|out ~4 boat|country|flight|plane|where",
    "deport|send|sent ~ her|him|them ~ back|home $",
    "deserve|deserved|deserves|hope|hoping|want|wants|wish ~5 get|gets|got run over",
    "deserve|deserves all he|she|they get|gets",
    "deserve|deserves ~ everything|whatever ~2 bad|coming|happens",
    "didnt|doesnt|dont ~ know ~ who ~ you|youre ~2 dealing|messing ~ with",
    "didnt|dont|refuse|refused|wont ~2 have|see|want ~ a|an|another|any @origin|bisexual|black|gay|lesbian|trans|transgender ~2 doctor|doctors|gp|locum|nurse|nurses|one|ones|receptionist|touching",
    "die in a ditch|fire|hole",
    "die|dies|happens ~12 ill|well ~ be ~ waiting ~ for ~ her|him|them|you $",
    "dip shit|shits",
    "diversity ~ hire|hires|quota",
    "doctor|doctors|gp|gps|half|he|locum|locums|none|nurse|nurses|receptionist|receptionists|she|staff|they|you ~4 speak ~ bloody|fucking|proper ~ english",
    "doctor|doctors|gp|gps|nurse|nurses|receptionist|receptionists|she|woman|women ~4 belong|belongs|should ~2 at ~ home ~2 cleaning|cooking|making",
    "doctor|doctors|gp|nurse|nurses|receptionist|staff ~4 born ~ in ~ our|this ~ country",
    "doctor|doctors|nurse|nurses|receptionist|receptionists|staff|them|they ~4 cant speak english ~8 go ~ back ~ home|where",
    "doctor|doctors|nurse|nurses|receptionist|receptionists|staff|woman|women ~4 are|is ~3 hormonal|menopausal $",
    "doctor|doctors|nurse|nurses|receptionist|receptionists|staff|woman|women ~4 are|is ~3 hormonal|menopausal ~ bitches|cows|nightmare|nightmares|woman|women",
    "doctor|dr death|doom",
    "doctor|gp|locum|manager|nurse|pharmacist|receptionist ~ is ~ clearly|definitely|obviously ~ on ~ the ~ spectrum",
    "doctor|gp|locum|manager|nurse|receptionist ~3 clearly|obviously ~ on ~ drugs|something",
    "doctor|gp|manager|nurse|receptionist d|would|wouldve ~ be ~ in ~ casualty|hospital ~ by ~ now",
    "doctor|gp|nurse ~2 who ~ was ~ born ~ british|english|here ~3 not",
    "doctor|gp|nurse|receptionist|someone|staff ~2 who ~ arent|isnt|wasnt asian|black|foreign|foreigner|gay|indian|muslim $",
    "doctor|gp|nurse|receptionist|someone|staff ~2 who ~ arent|isnt|wasnt asian|black|foreign|foreigner|gay|indian|muslim for a change",
    "doctor|gp|nurse|receptionist|someone|staff ~2 who ~ arent|isnt|wasnt asian|black|foreign|foreigner|gay|indian|muslim for once",
    "doctor|her|him|locum|nurse|one|receptionist|them ~2 from ~ god ~ knows ~ where",
    "doesnt ~ know ~ how ~ close ~ he|she|they ~ came ~ earlier|today|tonight",
    "dont ~ be ~ surprised ~ if ~ ur|your ~4 car|cars|house|houses|place|tyres|windows",
    "dont ~ be ~ surprised ~ if ~ {person} ~3 get|gets ~ a ~ kicking|knock|slap|smack|visit",
    "dont ~ like ~ it|our|the ~ country|culture|way|ways ~3 go ~ back|home",
    "dont|never ~2 book|give|send ~ me|us ~ a|an|another ~ @origin|black ~ doctor|gp|locum|nurse|one",
    "dont|never|rather|refuse|wont ~4 examined|seen|touched|treated ~ by ~ a|an ~ doctor|man|nurse|woman ~ in ~ a ~ burka|burqa|headscarf|hijab|niqab|turban",
    "dont|never|rather|refuse|wont ~4 examined|seen|touched|treated ~ by ~ a|an|any|the ~ @origin|black|brown|coloured|gay|trans",
    "dont|not|wont ~ want ~5 burka|headscarf|hijab|niqab|turban ~3 examining|near|telling|touch|touching|treating",
    "down ~ like ~ a|the ~ animal|animals|dog|dogs",
    "downhill|ruined|worse ~ since ~ all|the ~ @groups",
    "do|doing bird|time for",
    "dragged ~ up ~ in|on ~2 council|estate|gutter|slum",
    "drag|dragged|pull|pulled ~ her|him|them ~ across|over ~ the ~ counter|desk",
    "dregs ~ of ~ humanity|society",
    "drop|go|just ?and dead|die",
    "drowned|smothered|strangled ~ at ~ birth",
    "dumb|fat|thick|thik|ugly ~ as ~ a|anything|bricks|fuck|hell|mince|muck|mud|owt|pig|pigshit|planks|shit|shite|two",
    "eat ~ their ~ young",
    "eff|fck|fk|fuck|fuckin|fucking|fuk|screw dem|her|him|off|them|u|ya|you|yourself|yourselves|yous",
    "eff|fck|fk|fuck|fuk|screw all|every|that|the|these|those ?bloody|fucking {person}",
    "employed|employing|hired|hires|hiring|recruited|recruiting ~6 bottom of the barrel",
    "employ|get|hire ~3 british|english people|staff",
    "employ|hire ~2 able ~ bodied",
    "end ~ up ~ in ~ casualty|hospital ~ yourselves",
    "end|ends ~ up ~ in ~ a|the ~ box|canal|ditch|gutter|morgue|river",
    "english ~3 or ~ go ~ back|home",
    "english ~6 like ~ being ~ abroad",
    "enjoy ~ her|his|their|ur|your ~3 while ~ he|she|they|u|ya|you ~ still ~ can",
    "evidence|proof ~ that ~ anybody|anyone ~3 doctor|job|nurse|qualified",
    "eye ~ candy",
    "face ~ only ~ a ~ mother ~2 love",
    "face ~ while ~ it|its ~ still ~ intact|pretty",
    "face ~4 crack|curdle|sour|stop ~ clock|clocks|milk|mirror|mirrors",
    "face|head|teeth kicked|kicking|punching|smashed|smashing ~ in",
    "face|mug ~ like ~3 arse|bag|bulldog|dog|horse|pig|slapped|smacked|weekend|wet",
    "favor|favour ~3 die|disappear|emigrate|quit|resign|retire",
    "fck|fuck|fuk {person}",
    "fed|sick|tired ~ of ?all|the|these|those @groups",
    "females|woman|women ~ cant|should|shouldnt ~2 be ~ charge|doctor|doctors|gp|gps|managers|surgeons",
    "female|her|nurse|receptionist|she|woman|women ~8 seen ~ and ~ not ~ heard",
    "female|woman|women ~2 doctor|doctors|gps|nurses|receptionists|staff ~4 emotional|hormonal|hysterical",
    "find out what i am like",
    "find out what im like",
    "find ~ herself|himself ~3 in ~ need ~ of ~ a ~ ambulance|doctor|nurse",
    "find ~ her|his|their|your ~ own ~ arse|ass|backside",
    "find ~ out ~ where ~3 drinks|drives|live|lives|park|parks",
    "find|get|give|want ~2 somebody|someone ~ british|english|white $",
    "flaming|raving|screaming fairy|poof|queen|queens",
    "flooded|infested|invaded|overrun|overrunning|swamped ~2 by|with ~2 @groups|mongrels",
    "for ~ her|his|their ~ own ~ kind|lot",
    "foreigner|foreigners|immigrant|immigrants ~8 string ~ a ~ sentence",
    "foreign|foreigner ~2 doctor|doctors|nurse|nurses|receptionist|receptionists|staff|who ~6 barely|cannot|cant|doesnt|dont|hardly ~2 speak ~ english",
    "foreign|immigrant ~8 deport|deported|kicked|send|sent|ship|shipped ~2 back|home|out",
    "friends|lads|mates ~6 pay|paying ~3 a ~ call|visit $",
    "full of herself|himself|themselves|yourself|yourselves",
    "funny ~ how ~ accidents|things ~3 catch|happen",
    "funny|interesting|strange ~ how ~4 @origin|foreigners|immigrants|overseas ~8 benefits|bmw|bmws|car|cars|drive|drives|houses|jobs|mercedes|money",
    "gay|lesbian|queer|trans ~ doctor|doctors|gp|nurse|nurses ~6 too ~ eager|interested|keen",
    "gay|lesbian|trans ~6 not|shouldnt ~ be ~ allowed|doing|touching|working",
    "get ~ the|them|these|those ~ @groups ~ out",
    "gets|given|got ~2 her|his|that|the|this ~ job ~3 because|cos|coz ~ he|hes|she|shes|they|theyre ?are|is|s ?a @origin|black|gay|lesbian|trans|woman",
    "get|gets hers|theirs",
    "get|gets ~ hurt ~4 not|wont ~ be ~ me",
    "get|gets|getting a hiding|kicking|punch|slap|slapping|smack|thump",
    "get|gets|got ~ what|whats ~ coming $",
    "get|give|want ~3 one ~ of ~ our ~ own",
    "get|got that|this {person} alone",
    "ghetto ?black|typical|white chick|chicks|family|folk|folks|girl|girls|lot|man|men|people|woman|women",
    "give|gives ~2 {person} ~ what ~2 coming|deserve|deserves",
    "give|gives|giving ~3 {person} ~ a ~ beating|clip|hiding|kicking|punch|slap|smack",
    "gladly|gonna|happily|id|ill ~2 push|shove ~2 {person} ~ under ~ a|the ~ bus|car|lorry|train|tube",
    "gladly|happily ~ drop ~ my ~ knickers|pants|trousers",
    "gladly|happily ~ see ~3 {person} ~3 run ~ over",
    "gladly|happily|like|love|wanna|want ~2 see ~3 {person} ~3 in ~ a|the ~ box|coffin|grave|morgue|wheelchair",
    "glorified ~ drug ~ dealer|dealers|pusher|pushers",
    "glorified|trumped ~2 dinner|tea ~ ladies|lady",
    "go back to ~ her|his|their|ur|whatever|wherever|whichever|your ~ came|country|from|own",
    "go to hell",
    "go ~ back ~ to ~ where ~ he|she|they|you ~ belong|belongs|came",
    "gob|mouth on legs",
    "god ~ help ~ {person} ~3 if ~ i ~ catch|find|get|meet|see",
    "going|gonna|hell|ll|shell|theyll|will|youll ~2 regret ~ crossing|messing|upsetting ?with me|us",
    "going|gonna|id|ill|wanna ~2 break|bust|smash|snap|wring ~ her|his|ur|your ~ arms|face|head|jaw|legs|neck|nose",
    "going|gonna|ill ~ find her|him|them|u|ya|you $",
    "going|gonna|ill ~ find ~ that|these|those|your ~ {person}",
    "going|gonna|ill ~ make|to ~2 {person} ~ cry",
    "going|gonna|ill|im ~3 words with ~2 {person} ~ outside",
    "going|gonna|ill|somebody|someone|someones ~3 put ~ {person} ~ in ~ hospital|wheelchair",
    "going|gonna|ill|will ~2 come|coming for ?that|the|this|your {person} $",
    "going|gonna|i|ill|should|somebody|someone|we|will ~ sort ~3 {person} ~2 out",
    "gonna|hell|shell|theyll|ull|yall|youll ~2 get ~ what ~ he|she|they|u|ya|you ~ deserve|deserves $",
    "gonna|id|ill ~ swing ~ for ~2 {person}",
    "gonna|id|ill ~3 give ~2 something ~ to ~ cry ~ about",
    "gonna|ill|im ~3 look|looking ~ her|him|you ~ up $",
    "gonna|ill|somebody|someone ~4 teach ~3 {person} ~2 some ~ respect",
    "gonna|i|ill|im|we|well ~ be|come|coming ~ back ~ with ~ me|my|our ~ boys|brothers|cousins|crew|gang|lads|mates $",
    "gonna|i|ill|im|we|well ~ be|come|coming ~ back ~ with ~ me|my|our ~ boys|brothers|cousins|crew|gang|lads|mates ~ and ~ see|then|u|ya|you",
    "good for nothing|nothings",
    "good seeing to",
    "good-for-nothing|good-for-nothings",
    "got ~ boys|friends|lads|mates|people ~ that|who ~ can|could|will|would ~ deal with ~2 {person} $",
    "got ~ the ~ job ~3 sleeping|slept ~ with",
    "got|have|ive ~ a ~ temper",
    "got|have|i|ive ~6 short temper",
    "go|goes|going ~ back ~ to ~ her|his|their ~ corner ~ shop|shops",
    "great|lovely|nice ~ arse|boobs|bum|legs|rack|tits ~ on ~2 {person}",
    "grin|smile|smirk ~3 knocked|slapped|wiped ~ off",
    "gtfo|stfu",
    "gypsies|gypsy|traveller|travellers ~8 robbing|stealing|thieves|thieving",
    "habit ~ of ~3 accident|accidents",
    "had|have it coming",
    "half a brain|brain-cell|braincell",
    "half ~ the|these|those ~ doctors|nurses|receptionists|staff ~2 here ~ on ~ visas",
    "hang|kill ~ urself|yourself|yourselfs|yourselves",
    "happens ~ if|when ~ anyone|people|they|you ~ cross|crosses|mess ~ me|with",
    "harold ~ shipman",
    "has|with no braincells|brains|soul",
    "has|with no heart $",
    "hate ~ for ~ anything|something ~ to ~ happen ~ to ~ that|the|your ~ doctor|doctors|gp|gps|manager|nurse|nurses|receptionist|receptionists|staff",
    "hate ~ for ~ that|the|your ~ doctor|gp|manager|nurse|receptionist ~ to ~ have ~ an ~ accident",
    "have ~ long ~ memories ~ and ~ short ~ fuses|tempers",
    "have|having ~ words ~ outside",
    "head ~ flushed|flushing ~ down",
    "hell|shell|theyll ~ sort ~ u|you|yous ~ out $",
    "hell|shell|theyll|ull|yall|youll ~2 be sorry",
    "hell|shell|theyll|ull|youll ~ pay",
    "hell|shell|theyll|ull|youll ~ regret $",
    "hell|shell|theyll|ull|youll ~ regret ~ it|speaking|talking|that|this|treating|what",
    "hell|shell|theyll|ull|youll ~ regret ~ the ~ day|way",
    "hell|shell|theyll|ull|youll ~2 regret|rue ~ the ~ day ~3 born",
    "hell|shell|theyll|youll deserve it $",
    "hell|shell|theyll|youll know about it $",
    "hell|shell|theyll|youll ~ be ~ the ~ one|ones ~ needing|needs ~ a|an ~ ambulance|doctor|hospital",
    "hell|shell|theyll|youll ~ wish ~ he|hed|she|shed|they|theyd|you|youd ~ hadnt $",
    "hell|shell|theyll|youll ~ wish ~ he|hed|she|shed|they|theyd|you|youd ~ never ~2 born|crossed|messed|met",
    "hell|shell|theyll|you|youll ~2 find|see ?out what ~2 capable",
    "help|pity ~ anyone|whoever|whoevers ~5 live|lives|living|married ~ to|with ~2 {person}",
    "her|him ~2 bend|bending|bent ~ over ~ a|me|my|the ~ bed|couch|desk|knee|table",
    "her|his ~ face ~2 uglier|worse",
    "her|his|that|their|your ~ kind|sort|type ~3 around|near|touching|treating ~2 my|our ~ children|family|kids",
    "her|his|their|ur|your lack of brain|braincells|brains|intelligence",
    "her|his|their|your card|cards ~ are|is|s ~ marked",
    "her|his|their|your ~ days ~4 numbered",
    "her|his|your ~ shift ~ end|ends|finish|finishes ~3 see ~ her|him|you",
    "hes|ill|im|were coming for her|him|ya|you $",
    "hes|shes ~ dead|really|so|that ~ common $",
    "hes|shes|theyre|ur|you|your|youre ~2 full of bs|bullshit|crap|it|shit",
    "hes|shes|theyre|youre ~ lucky ~ i ~ am|didnt|held|im|kept|stayed|was|wasnt",
    "hes|shes|theyre|youre ~ lucky ~6 cameras|cctv|other|others|witnesses",
    "hes|shes|they|theyd|theyve|youve ~3 off ~ a|the ~ boat",
    "he|hed|she|shed|they|theyd|you|youd better not be ~3 when i",
    "he|hell|she|shell|u|you|youll ?will ~ pay|regret|suffer $",
    "hired|job|promoted ~3 because ~ hes|shes|theyre ~ @origin|black|disabled|gay",
    "hit|knocked by a bus|lorry|train|truck",
    "home ~ safe ~8 wouldnt ~ want ~ anything",
    "hope ~ i ~ calm ~ down",
    "hope ~16 see ~ how ~ he|she|they|you ~ like|likes ~ it",
    "hope ~4 building|office|place|practice|surgery ~3 blows|burn|burned|burns|burnt|explodes",
    "hope ~4 her|his|their|ur|your ~ children|family|husband|kids|mum|wife ~3 catch|get|gets ~ cancer|hurt|ill|sick",
    "hope ~4 {person} ~ children|family|husband|kids|mum|wife ~3 catch|get|gets ~ cancer|hurt|ill|sick",
    "hope ~4 {person} ~6 lose|loses ~5 children|everything|family|home|house|job|jobs|kids",
    "hope ~5 enjoy|enjoys ~ her|his|their|your ~ drive|journey|walk ~ home|to|tonight",
    "hope ~6 car|house|windows ~3 burned|burnt|keyed|smashed|torched|trashed|vandalised",
    "hope ~6 drive|walk ~3 dark",
    "hope|pray ~3 never ~ catch|get ~ her|him|them|u|you ~ alone",
    "hope|pray ~4 children|family|husband|kids|mum|wife ~3 get|gets ~ treated ~ like ~ i|me|us|we",
    "hope|pray ~4 children|family|husband|kids|mum|wife ~3 get|gets ~ treated ~ the ~ same|way",
    "hope|pray|wish ~4 {person} ~3 kills ~ herself|himself|themselves",
    "hope|pray|wish ~4 {person} ~7 burn|burns|choke|chokes|crash|crashes|dead|die|dies|gutter|hit|homeless|hurt|rot|rots|suffer|suffers",
    "hope|pray|wish ~4 {person} ~7 cancer|covid $",
    "hope|pray|wish ~4 {person} ~7 cancer|covid and",
    "hope|wish ~2 {person} ~ car|cars ~3 clamped|nicked|scratched|stolen|towed|written",
    "hope|wish ~4 get|gets ~ the ~ same ~ treatment ~2 herself|himself|someday|sometime|themselves",
    "hope|wish ~4 get|gets ~ the ~ same ~ treatment ~2 one ~ day",
    "hope|wish ~4 {person} ~3 fall|falls|trips ~ down|off|over",
    "hope|wish ~4 {person} ~7 falls|get|gets ~ ill|sick ~ herself|himself|themselves",
    "hope|wish ~4 {person} ~9 end|ends ~ up ~3 dole|gutter|homeless|streets",
    "horrible|nasty|proper|real|right ~2 piece of work",
    "hurt ~8 it ~ wont ~ be ~ me",
    "i know people $",
    "i ~ mean ~ finished",
    "i ~ never ~ forget ~ a ~ face",
    "id ~ hate ~ to ~ be ~2 {person} ~3 if|when",
    "id ~ have ~ {person} ~ outside",
    "id|ill hurt ~ {person}",
    "id|would|wouldnt ~2 give ~ her|him ~ one $",
    "if ignorance|rudeness|stupidity|ugliness was|were",
    "if ~ i ~ catch|see ~ {person} ~6 hell|hes|shell|shes|theyre|youll|youre ~2 get|getting ~ battered|decked|hurt|one|slapped $",
    "if ~ i ~ catch|see ~ {person} ~6 hell|hes|shell|shes|theyre|youll|youre ~2 get|getting ~ it $",
    "ignorance is bliss ~8 happiest",
    "ill ~ be ~ back ~4 he|she|they|you ~ wont ~ enjoy|like ~ it",
    "ill ~ make ~ sure ~3 never ~ forget|forgets ~ me|my|this",
    "illegals",
    "ill|im|well|were bring|bringing ~ my ~ brothers|cousins|lads|mates $",
    "ill|somebody|somebodys|someone|someones ~2 hurt ~ {person}",
    "ill|will remember her|his|their|ur|your face $",
    "ill|will ~ find ~ all|each|every ~2 of ~ them|you|yous",
    "im ~ just ~ the ~ man|woman ~ to ~ do|sort|teach",
    "im ~ not ~ saying ~ i ~ wont $",
    "important ~ nobody",
    "in ~ a ~ cage|home|zoo ~ where ~ he|she|they ~ belong|belongs",
    "in ~ her|his|their ~ place ~ for ~ good",
    "in ~ her|his|their ~ place ~ permanently|properly",
    "instead ~ of ~3 @groups",
    "is it a man or a girl|lady|woman",
    "is ~ a ~ walking ~ disease|infection|plague|std|stds|virus",
    "is|its|s|theres ~2 a bloke|guy|man in a dress|skirt|wig",
    "is|what|whats ~ coming to ~2 {person}",
    "it ~ wont ~ be ~ pretty $",
    "itll|karma ~2 catch|catches ~ up ~ on|with",
    "its|thats ~ how|what ~ her|his|their ~ kind|lot|sort|type ~ are|behave|do|does|is",
    "its|that|thats ~ their ~ culture|kind|religion|sort ~ for ~ you",
    "it|its ~ isnt|not ~ britain|england ~ any|anymore ?more $",
    "i|id ~ like|love ~ to ~ get ~2 {person} ~ alone ~ in ~ a ~ room",
    "i|id ~ like|love ~ to ~ get ~2 {person} ~ on ~ her|his ~ own $",
    "i|ill ~ be ~ waiting ~ outside ~4 doctor|gp|manager|nurse|receptionist ~4 finish|finishes|leaves|shift",
    "i|ill|im ~2 climb|climbing|come|coming|jump|jumping ~ over ~ that|the ~ counter|desk|hatch",
    "i|im going|gonna|will ?to hurt ~ {person}",
    "jailbait",
    "jew|jewish|jews ~12 all|more ~ about ~ ?the cash|money|profit",
    "jew|jewish|jews ~6 grasping|greedy|stingy|tight",
    "jew|jewish|jews ~8 always|just|only ~4 cash|money",
    "jew|jewish|jews ~8 greedy|overcharged|overcharging|stingy|tight",
    "jiga|jigga|jigger boo|boos",
    "jumped-up|little|stuck-up nobodies|nobody",
    "jumped-up|stuck-up ?little {person}",
    "jumped|stuck up ?little {person}",
    "jumped|stuck up nobodies|nobody",
    "jungle|porch bunnies|bunny|monkey|monkeys|monkies",
    "just ~ so ~ he|she ~ knows $",
    "karma ~2 bite|bites|catch|catches|comes|finds|get|gets|hit|hits",
    "karma|karmas ~2 coming ~ for ~ {person}",
    "keep it|this up ~3 see what happens",
    "keep ~ an ~ eye ~ behind|over ~ her|his|your ~ shoulder",
    "keep|keeping an eye on ur|your car|house|tyres|windows ~3 if i was|were you",
    "key|keyed|scratch|slash|smash ~3 doctors|gps|managers|nurses|receptionists ~ car|cars|tyres",
    "kick ~ {person} ~ out ~ of ~ bed",
    "kill|killing|kills ~2 @groups|cops|cracker|crackers|faggots|fags|niggers|whites",
    "kiss|lick ~ my ~ arse|ass",
    "knock|knocking|punch|punching|slap|slapping|smack|smacking|wipe|wiping ~ her|his|that|the|your ~2 grin|look|smile|smirk ~ off",
    "know it all bitch|cow|git|madam|prat|twit",
    "know where ~ drink|drinks|drives|goes|live|lives|park|parks|shop|shops|sleeps|walks|works",
    "know ~ people ~ who ~ know ~ people",
    "know ~ ur|your face",
    "know ~ what|where|which ~ nursery|school ~ her|his|their|your ~ child|children|daughter|kids|son",
    "know ~ what|which ~ bus|car|road|route|time|train|way ~3 {person} ~3 drive|drives|get|gets|go|goes|leaves|takes|walk|walks ~ home",
    "know ~ which ~ car|house ~ belongs|is ~2 doctors|hers|his|nurses|receptionists|yours $",
    "know ~ which ~ car|house ~ belongs|is ~2 {person} $",
    "know ~2 address|car|cars|children|house|kids|route|school ~3 drive|drives|he|live|lives|she|they|you",
    "know ~2 what ~ time ~4 clocks|finish|finishes|gets|leave|leaves",
    "know|knowing|knows ~ where ~3 {person} ~ live|lives|park|parks",
    "kys",
    "lads ~6 a ~ word ~ with",
    "laugh|laughing ~ out ~ the ~ other ~ side ~ of ~ her|his|their|your ~ face",
    "lazy|overpaid|useless ~ clock|pen ~ pusher|pushers|watcher|watchers",
    "learn to speak english",
    "learn ~12 happy ~ to ~ teach ~ her|him|them $",
    "learn ~3 english|language ~6 or ~3 bugger|clear|fuck|get|go|piss|push|sod ~ back|home|off|out",
    "learned|learnt|qualified|trained ~ in ~2 bush|jungle|mud ~ clinic|hospital|hut|school",
    "learned|learnt|trained ~ medicine ~2 from|off|on ~ google|tiktok|wikipedia|youtube",
    "learned|learnt|trained ~ medicine ~3 hut|jungle|mud|village",
    "learn|learned|learnt ~2 speak ~ bloody|fucking|proper ~ english",
    "legs ~ on ~ that|the ~ doctor|girl|nurse|physio|receptionist",
    "less ~2 brains|charm|compassion|empathy|intelligence|personality|sense|warmth ~ than ~ a|an",
    "lesson ~ he|she|they|you ~2 never|wont ~ forget",
    "lights ~ knocked|knocking|punched|punching ~ out",
    "lights ~ on ~ but ~ nobody|nobodys|noones ~ home ~4 {person}",
    "like ~ being ~ in ~ africa|baghdad|bangladesh|india|kabul|pakistan|poland|romania",
    "like ~ he|hed|hes|she|shed|shes|they|theyd|theyve|u|you|youve ~2 crawl|crawled|dragged|pulled ~ out ~ of ~ a|the ~ bin|ditch|gutter|hedge|sewer|skip|swamp",
    "like ~ he|hes|she|shes|they ~2 crawled ~ out ~ from ~ under",
    "like ~ that|this ~3 and ~ see ~ what ~ happens",
    "like ~ the ~ animals|dogs|pigs|rats|scum|vermin ~ they|you ~ are",
    "like|love|wanna|want ~ to ~ see ~3 {person} ~2 battered|beaten|burn|burned|cancer|covid|dead|die|humiliated|hurt|punched|slapped|suffer|suffering",
    "lined ~ up ~4 dealt|gassed|hanged|hung|shot|wall",
    "line|lined ~ all|em|every|the|them ~5 up ~ against ~ a|the ~ wall",
    "lock ~ her|him ~ up $",
    "lock ~ your ~ door|doors ~ tonight ~ {person}",
    "long memory ~4 know|remember ~ her|his|their|your ~ face|name",
    "long ~ memory ~4 short ~ fuse",
    "looks ~ like ~ a ~ drug ~ addict|crackhead|junkie",
    "look|looked|looks like ~ he|hed|hes|she|shed|shes|they|theyd|theyve ~2 dragged through a hedge",
    "look|looked|looks ~ like ~ he|hes|she|shes ~3 out ~ of ~ jail|nick|prison",
    "look|looking ~ over ~ her|his|their|your ~ shoulder",
    "look|looking|ogle|stare|staring ~ at ~2 {person} ~ arse|boobs|bum|chest|cleavage|legs|tits",
    "look|looks ~ like ~ a|an ~2 bag|bulldog|cow|dog|donkey|ferret|frog|gargoyle|goblin|hag|hippo|horse|monkey|ogre|pig|potato|pug|rat|slug|thumb|toad|troll|walrus|weasel|whale|witch",
    "lose|losing it ~4 go|going ~ for",
    "lot|people|scum ~ from ~ the ~ estate|estates ~8 mustnt|shouldnt ~ be ~ allowed ~ to ~ touch|treat|work",
    "love ~ to ~ get ~3 {person} ~ alone",
    "love ~ to ~ take ~3 {person} ~ for ~ a ~ ride",
    "lovely|nice ~ car|family|house|kids ~12 shame ~ if",
    "lowest ~ form ~ of ~ life",
    "lucky ~ i|im ~ a|am ~ calm|nice|patient|reasonable ~ man|person|woman ~6 next ~ dont|not|time|wont",
    "lucky ~3 did|didnt ~ batter|chin|deck|floor|hit|kill|lamp|punch|slap|smack|thump",
    "lucky ~4 cameras|cctv|witnesses",
    "lucky ~4 only ~ a ~ complaint",
    "lucky ~6 counter|desk|glass|screen|window ~ between",
    "made|making an enemy",
    "make me come back in|round|there $",
    "make sure ~3 {person} ~2 never practices|practises|work|works",
    "make ~ her|his|that|the|their|your ~2 life ~ ?a ?living hell|nightmare",
    "make ~ sure ~ he|she|they ~ regrets|suffer|suffers",
    "make ~ sure ~ he|she|they|you ~ suffer",
    "make ~ {person} ~ disappear|vanish",
    "make ~2 {person} ~ pay ~ for ~ everything|it|that|this|what",
    "mam|mom|mother|mum ~4 keep|kept ~ her ~ legs ~ closed|shut",
    "mark ~ my ~ words ~8 pay|regret|sorry|suffer",
    "may her|his|their|your children|family|kids ~2 die|rot|suffer",
    "may ~2 {person} ~ burn|die|rot|suffer",
    "may ~3 rot",
    "me ~ outside ~ ?of hours|work",
    "meet|see|seeing ~ {person} ~4 away ~ from ~ here|work $",
    "menace to society",
    "mentally challenged|defective|deficient|retarded|subnormal",
    "mess|messes|messing ~ with ~ me|my ~ children|dad|daughter|family|husband|kids|mum|son|wife",
    "met|seen ~ more ~ brains|charm|compassion|empathy|intelligence|personality|warmth ~ from|in ~ a|an",
    "mind|watch ~ her|his|their ~ step",
    "mins|minutes ~ in ~ a ~ room ~ with",
    "mins|minutes ~ with ~2 {person} ~3 alley|alleyway|carpark|outside $",
    "mins|minutes ~ with ~2 {person} ~3 car park $",
    "minutes ~ alone ~ with ~2 {person}",
    "miserable|pathetic|poor|sorry excuse for a|an ~2 adult|being|doctor|gp|human|man|manager|nurse|person|professional|receptionist|woman",
    "more intelligent|interesting ~ doorknobs|furniture|houseplants|plants|potatoes|rocks",
    "more ~ sense ~ out ~ of ~ a|my|the ~ brick|cabbage|cat|dog|goldfish|lamppost|plank|potato|rock|turnip",
    "most hateful|horrible|miserable|nasty|obnoxious|poisonous|spiteful|vile bitch|cow|creature|git|human|individual|man|person|witch|woman",
    "mud ~ hut|huts",
    "nastiest|rudest|stupidest|ugliest|vilest ~ creature|human|man|person|woman ~ alive",
    "need ~ fewer|less ~ @groups",
    "need|needs ~ her|his|their|your ~ head ~ checked|checking|examined|examining|seeing|tested|testing",
    "neither|nor will my boys|brother|brothers|cousins|family|friends|husband|lads|mates|sons",
    "never|wouldnt ~ trust ~2 {person} ~4 my ~ cat|dog|goldfish|hamster|pet",
    "next ~ one ~ need|needing ~ a ~ ambulance|doctor",
    "next ~ time ~3 wont ~ be ~ so ~ calm|nice|polite",
    "no ~ surprise|wonder ~12 he|hes|she|shes|they|theyre ~3 @groups|gypsy|pikey|traveller|travelling",
    "no ~ wonder ~8 run ~ by ~ foreigners|immigrants|muslims|women",
    "nobody|noone ~ would ~ miss ~ {person} ~2 if",
    "not a threat ~4 promise|warning",
    "not ~ a ~ violent ~ man|person|woman ~ but ~2 {person}",
    "not ~ another|some foreigner|immigrant",
    "not ~ heard|seen ~ the ~ last ~ of ~ me|us",
    "not ~ somebody|someone ~ you ~ want ~ to ~ annoy|cross|upset",
    "not ~ these|those ~ foreigners|immigrants|imports|migrants",
    "nothing but glorified",
    "nothing ~ to ~ lose ~8 {person} ~2 knows ~ it",
    "not|wont be responsible for my actions",
    "no|not ~ a|an|any|some|the ~ @origin|black doctor|doctors|gp|gps|nurse|nurses|one|ones|receptionist",
    "off ~ the ~ biscuits|cakes|chips|donuts|doughnuts|pies",
    "once|till|until|when ~ i|we ~ catch ~ up ~ with",
    "once|till|until|when ~ i|we ~ get ~ hold ~ of",
    "one eye open",
    "one|somebody|someone ~ going|is|will ~3 lose ~ her|his|their ~ temper ~ with ~2 {person}",
    "only ~ employed|gave|got|hired ~ her|him|them ~3 job ~ because ~4 @groups|black|burka|foreign|gay|headscarf|hijab|muslim|turban",
    "only ~ employed|got|hired ~ her|him|them ~ because ~2 asian|black|foreign|muslim",
    "only ~ good ~ for ~ making ~ babies|brews|coffee|sandwiches|tea",
    "or ~ i|ill|im ~2 sort ~ her|him|them|you",
    "out of a paper bag",
    "out ~ of ~ jail|prison ~10 isnt|not ~ happy|pleased ~ with ~ how",
    "outside ~8 need|needs ~ a ~ ambulance|doctor ~ herself|himself|themselves",
    "overgrown baby|child|kid|schoolboy|schoolgirl|teenager|toddler",
    "oxygen thief|thieves",
    "pack ~ of ~ animals|hyenas|jackals|rats|vultures|wolves",
    "paid|pay ~ with ~ her|his|their|your ~ life|lives",
    "past ~ her|his|their ~ sell",
    "pay|paying ~ {person} ~ a ~ little|personal ~ visit",
    "pay|paying ~3 a ~ visit ~6 knows ~ what ~ for",
    "people ~ like ~ {person} ~3 end|ends ~ up ~3 accident|accidents|hospital|hurt",
    "people ~ like ~ {person} ~3 tend|tends ~ to ~ have ~2 accident|accidents",
    "people ~ round ~ here ~ dont ~ take ~ kindly",
    "people|somebody|someone ~3 do ~ something ~ about ~ her|him|u|ya|you|yous $",
    "personality transplant",
    "photo|photos|pic|picture|pictures ~ of ~ {person} ~ car|cars|house|plate|reg",
    "phwoah|phwoar|phwoarr",
    "pick|picking ~ her|his|their|ur|your ~ teeth ~ up",
    "piece|pieces of ?absolute|fuckin|fucking|human|stinking|total|utter crap|filth|garbage|shit|trash who",
    "piece|pieces of ?absolute|fuckin|fucking|human|stinking|total|utter crap|filth|garbage|shit|trash ~2 {person}",
    "pile ~ of ~ ash|ashes|cinders",
    "piss|piss-up up ~ in ~ a ~ brewery",
    "pity|shame ~ if ~ {person} ~4 gets|got|was|were ~ broken|burned|burnt|damaged|keyed|scratched|smashed",
    "pity|shame|tragedy ~ if ~6 burn|burned|burns|burnt|fire|keyed|smashed|torched|vandalised",
    "pray ~ he|she|you ~ never ~ need ~ my ~ help $",
    "pray ~ i|we ~ never ~ bump|meet|run|see",
    "pretend|pretending|pretends to be ?a clinicians|doctor|doctors|nurse|nurses|professionals $",
    "product|result ~ of ~ inbreeding|incest",
    "proper|real british|english ?born|speaking doctor|doctors|gp|gps|nurse|nurses|receptionist|receptionists|staff",
    "protective ~8 tell ~ that|the|your ~ {person}",
    "put ~ her|him|them|you ~ in ~ the ~ grave|ground",
    "put ~2 {person} ~ down ~3 animal|dog|horse|like",
    "put ~3 out ~ of ~ her|his|their ~ misery",
    "race traitor|traitors",
    "rag|sand|towel ~ head|heads|nigger|niggers",
    "ram|shove|stick ~4 up ~ ur|yer|your ~ arse|ass|backside",
    "regret ~ it|this ~ mark ~ my ~ words",
    "regret ~ the ~ day ~ he|she|they|you ~ crossed|met ~ me",
    "regret ~ the ~ day ~ he|she|they|you ~ was|were ~ born",
    "regret ~ the ~ day ~6 mark ~ my ~ words",
    "remember ~ my ~ face $",
    "remember ~ this ~ face ~3 because|cos|coz|youll",
    "remember ~4 i ~ know ~ her|his|their ~ address|children|family|husband|kids|wife",
    "run ~2 {person} ~ over",
    "see how big|brave|clever|cocky|gobby|hard|lippy|mouthy|smart|tough",
    "see ~ how ~ safe ~ he|she|they|you ~ feel|feels",
    "see ~ how ~ {person} ~ like|likes ~ it ~ when",
    "see ~ what ~ happens ~ to ~ her|him|them|ya|you $",
    "see ~ {person} ~3 hanging|hung|strung ~ from|up",
    "send|ship ~ the ~ @origin ~ doctors|lot|nurses|ones|receptionists|staff ~ home",
    "send|ship ~2 @groups ~2 back|home",
    "sexy ~ doctor|doctors|gp|gps|nurse|nurses|receptionist|receptionists",
    "shame ~ if ~8 her|his|your ~ car|house|tyres|windows",
    "shame ~2 if ~ anything|something ~2 happen|happened|happening|happens",
    "short of a biscuit|full|picnic|shilling",
    "should ~ be ~ put ~ out ~ to ~ grass|pasture",
    "shower of bastards|clowns|cowboys|pricks|shit|shite|twats|wankers",
    "shut da|tha|the fck|fk|fuck|fucking|fuk up",
    "shut it for her|him|them|you",
    "shut ~ ur|yer|your ~ face|gob|hole|mouth|trap",
    "sick|tired ~ of ~ @origin ~ accent|accents|doctors|nurses|people|staff",
    "slant|slanty|slitted|slitty eyed|eyes",
    "slash|slashed|slashing ~3 tires|tyres",
    "slit her|his|that|their|them|this|ur|yer|your ~2 neck|throat|throats",
    "slit|slits for eyes",
    "smash|trash|wreck ~3 building|place|practice|reception|surgery ~ up",
    "smile ~8 crack ~ her|his|that|their ~ face",
    "so ~ many ~2 @groups ~2 here|now|working",
    "so ~ watch ~ it $",
    "somebody|somebodys|someone|someones ~2 going|gonna ~2 wait|waiting ~2 for ~ {person} ~3 car|carpark|home|outside",
    "somebody|someone ~2 gag|muzzle ~ her|him|them",
    "somebody|someone ~3 do ~ something ~ to",
    "somebody|someone|someones ~2 going|gonna ~ to ~ lose ~ it ~ with",
    "sort ~3 {person} ~2 out good|permanently|properly",
    "spear chucker|chuckers",
    "stick ~ to ~ women|womens ~ issues|problems|stuff|things",
    "string ~ her|him|them ~ up",
    "strung ~ up $",
    "sub human|humans",
    "such ~ a ~ tease",
    "suck ~2 me|my ~3 balls|bollocks|cock|dick|knob|nuts",
    "surprised ~ if ~4 accident|brick|car|house|tires|tyres|windows",
    "take ~ that|the ~ rag|thing|towel ~ off ~ her|his ~ head",
    "taken|taking|took ~ over ~ by ~ @groups",
    "take|taken ~ out ~ and ~ beaten|executed|hanged|hung|killed|shot",
    "take|taken ~ out ~ back",
    "taste of her|his|their|your own medicine",
    "teach ~3 {person} ~2 a ~ lesson",
    "teach ~3 {person} ~2 lesson|manners ~4 one ~ way ~ or ~ another",
    "teach ~3 {person} ~5 lesson|manners|respect ~4 bat|belt|boot|fist|fists|hammer|knife",
    "teach ~5 hard way",
    "that ~ {person} ~ is|s ~ finished",
    "that|the|this fanciable|fit|hot|sexy doctor|doctors|gp|locum|nurse|nurses|physio|receptionist|receptionists",
    "that|the|this|your ~ {person} ~ is|s|was ~ lucky ~ i ~ am|didnt|held|im|kept|stayed|was|wasnt",
    "that|the|ya|you daft|gormless|idle|useless article $",
    "the brain|brains|face|intelligence|iq|looks to match",
    "them|these|those ~2 @groups ~6 cannot|cant|dont ~ even ~ understand",
    "these|those blacks|foreigners|gypsies",
    "they ~ dont|never|wont ~ forget ~ me $",
    "theyll|ull|you|youll find out what happens $",
    "theyll|yall|youll|youse get theirs|yours",
    "theyre|you|youre ~ all ~2 going|gonna ?to pay ~ for ~ it|that|this",
    "they|theyll ?will ~ pay $",
    "thing ~2 not ~ a ~ human|person",
    "things ~ could|might|will|would ~ get ~2 nasty|ugly|unpleasant ~ for ~2 {person}",
    "think ~ about ~ her|his|their ~ children|family|kids ~2 before",
    "third world ~ doctor|doctors|gp|gps|nurse|nurses|staff",
    "thrice|twice ~ as ~ dense|dim|fat|stupid|thick|ugly",
    "told ~ my ~ brothers|lads ~ about ~ that|the|your ~ doctor|gp|locum|manager|nurse|receptionist $",
    "too many women ~3 problem|running",
    "too old to ~ be|work",
    "too ~ fat|obese ~ to ~ be ~ a|giving|lecturing|telling",
    "too ~ many ~ burkas|burqas|headscarves|hijabs|turbans",
    "too ~ many ~ foreigners|immigrants|women ~ at|in|on ~6 downhill|standards",
    "too ~ many ~ of ~ that|their|them ~ kind|lot|sort|type about|around|here|now|round|working",
    "too ~ many ~2 @groups",
    "too ~ old|senile ~3 doddery|gaga|senile",
    "trailer|white ~ trash",
    "try ~ that ~ with ~ me ~2 outside",
    "twice before ~ getting|going|leaving|walk|walking|walks ~3 alone|car|home|work",
    "typical ~ karen",
    "typical ~ of ~ her|his|that|their|them ~ culture|kind|lot|people|race|religion|sort|type",
    "ugly stick",
    "ugly ~ inside ~ and ~ out",
    "up yours",
    "up ~ to ~ me ~8 be ~ in ~ hospital",
    "ur|yer|your days are numbered",
    "u|ya|yer|you ~ awful|bitter|disgusting|evil|fat|hateful|horrible|miserable|nasty|pathetic|spiteful|stupid|ugly|vile ~2 bag|cow|creature|individual|lot|man|men|people|person|thing|woman|women",
    "wait ~ till|until ~ my ~ boyfriend|brother|brothers|dad|family|husband|partner|son|sons ~ finds|gets|hears",
    "wait ~ till|until ~ my ~ boys|brothers|lads|mates|sons ~ hear|hears ~ how ~ u|you ~ spoke|talked|treated",
    "wait|waiting ~ till|until ~ i|we ~ catch|get|see",
    "walking ~ advert|advertisement ~ for ~ contraception|stupid|stupidity|ugly",
    "wanna|want ~ to ~ be ~ careful ~2 treating",
    "want ~ anything|something ~ to ~ happen ~ to ~ her|his|that|the|their|your",
    "want ~ as ~ an ~ enemy",
    "wasnt|werent on the titanic",
    "waste of air|oxygen|skin|space",
    "watch her|his|their|ur|your back",
    "watch ~ her|his|their|ur|your ~ mouth|tongue",
    "watch ~ my back if i was|were",
    "watch ~ out ~ for ~ me ~ next ~ time $",
    "watch ~ urself|yourself|yourselves",
    "watch ~ what ~ happens ~ next ~ time ~ u|you",
    "watch ~ what ~ i ~ said|say ~4 if ~ i ~ was|were ~ that|the|this|your ~ {person}",
    "wearing ~ her|his|their|your ~ coffee|dinner|drink|lunch|tea",
    "wear|wearing|wears ~ low|short|tight ~ skirt|skirts|top|tops ~4 attention|doctors|men",
    "what a|an ~2 awful|disgusting|evil|hateful|horrible|miserable|nasty|obnoxious|odious|pathetic|spiteful|vile ~2 creature|individual|lot|man|people|person|specimen|woman",
    "what ~ i|id ~ do ~ to ~ {person}",
    "white ~ british|people ~ need ~ not ~ apply",
    "who ~ need|needs ~ bringing|taking ~ down ~ a ~ peg",
    "whoever ~6 deserves|needs|ought|should ~2 be ~ hanged|hanging|hung|lynched|shooting|shot|strung",
    "why ~6 seen|served|treated ~3 by ~4 burka|burqa|headscarf|hijab|niqab|turban",
    "with ~ her|his|the|those ~ big|fit|great|lovely|massive|nice|sexy ~ arse|ass|boobs|bum|jugs|legs|package|rack|tits",
    "with ~ people ~ who ~ have ~ braincells|brains",
    "wont be alone|nice|polite",
    "wont be coming to talk $",
    "wont be grinning|laughing|smiling|smirking",
    "wont be to chat|talk",
    "wont ~ be ~ a ~ chat|conversation|talk|word",
    "wont ~ know ~ whats ~ hit ~ em|her|him|them",
    "world ~4 better ~2 without ~ her|him|people|that|the|them|these|this|those|you|your",
    "would ~ be ~ hanged|hung|lynched|shot|strung",
    "wouldnt ~ mind ~ her|him|them ~ bending|bent|naked|undressed|undressing",
    "you|youll ~ lose ~ more ~ than ~ that $",
    "you|youve ~ been ~ warned",
    "{person} ?absolutely|proper|really reek|reeks|smell|smells|stank|stink|stinks",
    "{person} are|is a cancer|disease|plague $",
    "{person} could|need|needs|should|want|wants to lose ~2 kilos|lbs|pounds|stone|weight",
    "{person} ~ a ~ man ~ or ~ a ~ woman",
    "{person} ~ are|is|s|was ~ a|an|just|only ~ glorified",
    "{person} ~ are|is|s|was|were ~ a ~ blight|cancer|disease|plague|stain|tumour ~ on|to",
    "{person} ~ are|is|s|was|were ~ as ~ bent|bitter|cold|daft|dense|dim|dumb|mad|miserable|rough|sour|stupid|thick|ugly|useless ~ as",
    "{person} ~ are|is|s|was|were ~ a|an ~ walking ~ catastrophe|disaster|liability|nightmare",
    "{person} ~ are|is|s|was|were ~ a|an|real|right|such ~2 pain ~ in ~ the ~ arse|ass|backside|bum",
    "{person} ~ are|is|s|was|were ~ dumber|fatter|lazier|nastier|stupider|thicker|uglier ~ than",
    "{person} ~ are|is|s|was|were ~ the ~ human ~ equivalent ~ of",
    "{person} ~ can|could|should ~ go ~ ?and jump ~ off ~2 bridge|cliff|roof",
    "{person} ~ deserves|needs|ought|should ~ be ~8 and ~2 hanged|hung|killed|shot $",
    "{person} ~ deserve|deserves|need|needs|ought|should ~ battered|beaten|burn|burned|burnt|dead|die|hanged|hung|hurt|kill|killed|locked|lynched|punched|slapped|smacked|stabbed|strung",
    "{person} ~ deserve|deserves|need|needs|ought|should ~ be ~ run down|over by ~ a|the ~ bus|car|lorry|train|truck",
    "{person} ~ deserve|deserves|need|needs|ought|should ~ be ~4 run down|over $",
    "{person} ~ deserve|deserves|need|needs|ought|should ~ shooting|shot $",
    "{person} ~ deserve|deserves|need|needs|ought|should ~ shooting|shot for",
    "{person} ~ deserve|deserves|need|needs|ought|should ~6 set ?on alight|fire",
    "{person} ~ deserve|deserves|need|needs|want|wants ~6 a|good ~ battering|beating|belt|hiding|kick|kicking|punch|slap|smack",
    "{person} ~ get|gets ~ what ~ he|she|they|u|you ~ deserve|deserves $",
    "{person} ~ had|has|have the brain|brains|manners|morals of a|an",
    "{person} ~ had|has|have the communication|interpersonal|people|social skills of a|an",
    "{person} ~ had|has|have ~ all ~ the ~ charisma|charm|compassion|empathy|humour|personality|tact|warmth ~ of ~ a|an",
    "{person} ~ is ~ clearly|obviously ~ one ~ of ~ them|those ~2 foreigners|gay|lesbians|lot|trans|types",
    "{person} ~ is ~ one ~ of ~ those ~ @groups",
    "{person} ~ is|s ~ an ~ illegal",
    "{person} ~ is|s ~ clearly|definitely|obviously|probably|so ~ a|an ~ gay|lesbian|lesbo|lezza|queer",
    "{person} ~ is|s|was ~ a ~ child|kid|schoolboy|schoolgirl ~ playing",
    "{person} ~ is|s|was ~ a ~ wet blanket|lettuce|weekend|wipe",
    "{person} ~ is|s|was ~ a ~2 fairy|pansy $",
    "{person} ~ is|s|was ~ a|an ~ clueless|incompetent|petulant|silly|spoilt|stroppy|stupid|sulky|useless child|kid|schoolboy|schoolgirl",
    "{person} ~ is|s|was ~ a|proper|right|such|total ~ drama ~ queen",
    "{person} ~ ll|will ~ pay ~ personally",
    "{person} ~ needs|wants ~ to ~ be ~ careful $",
    "{person} ~ need|needs|ought|should ~2 be ~ put down",
    "{person} ~ need|needs|want|wants battering|bombing|burning|drowning|hanging|kicking|locking|punching|putting|shooting|slapping|strangling|stringing|torching",
    "{person} ~ piece ~ of ~ work",
    "{person} ~ reeked|reeks|smelled|smells|smelt|stank|stinks|stunk ~ like ~ a|an ~ bin|pig|pigsty|sewer|skunk|tart|toilet|tramp",
    "{person} ~ reeked|reeks|smelled|smells|smelt|stank|stinks|stunk ~ of ~ curry|garlic|kebab",
    "{person} ~2 days ~ are ~ numbered $",
    "{person} ~2 gonna|ll|will ~ regret ever|what",
    "{person} ~2 mean girl|girls",
    "{person} ~2 need|needs|want|wants ~ her|his|their ~ face|head|teeth ~ kicking|knocking|punching|smashing ~ in|out",
    "{person} ~2 regret|regrets ~ the ~ day ~3 born",
    "{person} ~3 about as approachable|bright|caring|charming|cheerful|clever|competent|friendly|helpful|pleasant|sharp|smart|sympathetic|useful|warm|welcoming as a|an",
    "{person} ~3 chased|driven|hounded|run ~ out ~ of ~ area|country|town",
    "{person} ~3 deserves|need|needs|should|wants ~6 taught|teaching ~ a ~ lesson $",
    "{person} ~3 hate|hates ~ british|christian|english|white ~ folk|patients|people",
    "{person} ~3 need|needs ~ to ~ get ~ laid|shagged",
    "{person} ~3 only ~ good ~ for ~ one ~ thing",
    "{person} ~4 borrowed time",
    "{person} ~4 helpful|use|useful as a|an",
    "{person} ~4 look|looked|looks ~ like ~ a|an ~3 and ~ act|acted|acts|behave|behaved|behaves|talk|talks ~ like ~ one $",
    "{person} ~4 piece|pieces of ?absolute|fuckin|fucking|human|stinking|total|utter crap|filth|garbage|shit|trash",
    "{person} ~4 put out to grass|pasture",
    "{person} ~4 short ~ career ~3 believe|mark|trust ~ me|my",
    "{person} ~4 woke ~2 brigade|lot|type|types",
    "{person} ~5 are|is|s|was|were ~ a|an|such ~3 bitter|disgusting|evil|hateful|horrible|miserable|nasty|poisonous|spiteful|twisted|venomous|vile|vindictive|wretched ~2 bloke|creature|individual|lady|man|men|people|person|specimen|woman|women",
    "{person} ~5 from ~ the ~ third ~ world",
    "{person} ~6 lights ~ on ~ but ~ nobody|nobodys|noones ~ home",
    "{person} ~8 a|an ~2 awful|disgusting|evil|hateful|horrible|nasty|vile human being",
    "{person} ~8 see ~ where ~ it ~ gets ~ ya|you",
];

/// Prejudice said without a slur: a group of people named (by origin, faith, colour, sexuality
/// or what they wear) and, in the same sentence, words that shut them out or run them down
/// ("should go back to her call centre", "here illegally", "here for the benefits", "keep his
/// lifestyle out of it", "they all are"). Neither alone is abuse: "the polish nurse was
/// brilliant", "they all are so helpful" (`find_pairs`).
const IDENTITIES: &str = lines![
    "another @origin",
    "like ~ a ~ foreigner|gypsy|immigrant|pikey|traveller",
    "ladies|women ~ doctors|gps|surgeons",
    "eastern ~ european|europeans",
    "with ~ a|an|her|his|that|the ~ accent",
    "gypsies|gypsy|pikey|pikeys|traveller|travellers ~ camp|families|family|lot|people|site",
    "cleaner|doctor|doctors|gp|gps|locum|manager|nurse|nurses|pharmacist|physio|receptionist|receptionists|staff ~3 are|is|was|were ~2 @origin|bisexual|black|gay|lesbian|pikey|trans|transgender|traveller",
    "binbag|rag|rags|tablecloth|thing|things|towel ~3 on|over|round ~ her|his|their ~ face|faces|head|heads",
    "consultant|doctor|gp|locum|manager|nurse|receptionist|surgeon ~3 a ~ girl|woman",
    "female|girl|lady|woman ~ boss|doctor|doctors|gp|gps|manager|surgeon",
    "doctor|doctors|gp|he|manager|nurse|nurses|receptionist|receptionists|she ~3 really|so|too|very ~ ancient|old",
    "an|another|some|that|the|this ~ foreigner|gypsy|immigrant|jew|migrant|paki|refugee",
    "ancient|elderly|geriatric|old ~ biddy|bloke|dear|doctor|doctors|git|gp|lady|man|men|nurse|nurses|receptionist|receptionists|woman|women",
    "asylum ~ seeker|seekers",
    "@origin|bisexual|black|disabled|european|gay|lesbian|trans|transgender ~2 bloke|cleaner|cleaners|doctor|doctors|girl|gp|gps|guy|hca|lady|locum|locums|lot|man|manager|men|nurse|nurses|one|ones|people|person|pharmacist|physio|receptionist|receptionists|staff|woman|women",
    "@groups|lesbians",
    "burka|burkas|burqa|headscarf|headscarves|hijab|hijabs|niqab|niqabs|turban|turbans",
    "from ~ africa|bangladesh|india|nigeria|pakistan|poland|romania",
];
const HOSTILITY: &str = lines![
    "is|its|this ~ britain|england $",
    "slow|slows ~ everything|things ~ down",
    "eat|eats ~ cats|dog|dogs",
    "here ~ for ~ the ~ benefits|money",
    "always ~ the ~ lazy|rude|useless|worst ~ ones",
    "are|is ~ a ~ danger|risk ~ around|to|with",
    "checked ~ my ~ pockets|purse|wallet",
    "no ~ wonder ~ he|she|they ~ cant|couldnt|didnt|doesnt|wasnt",
    "no ~ wonder ~2 chaos|mess|shambles",
    "bet|must|probably ~2 illegal|illegals",
    "get ~ rid ~ of ~ her|him|them",
    "off ~ having ~ babies|kids",
    "rather ~ be ~ at|home ~2 babies|children|kids",
    "come ~ here ~ and ~ take|taking ~ all|our|the ~ appointments|benefits|homes|houses|jobs|money",
    "should ~ work ~ in ~ the ~ back",
    "dress|dressed ~ normal|normally|properly",
    "isnt|not ~2 british|english ~2 any|anymore",
    "go ~4 own ~ country",
    "on ~ benefits|dole",
    "whats ~ wrong ~ with ~ british|english|local",
    "should ~ be ~ at ~ home ~ not ~ working",
    "bothered ~ to ~ learn|understand ~ english|our|us",
    "keep ~ it|that ~ to ~ herself|himself|themselves",
    "employ|hire|train ~ our ~ own",
    "treat|treated|treats ~ patients|people|us ~ like ~ animals|cattle",
    "forces|forcing|ramming|rams|shoves|shoving ~3 down ~ my|our|peoples ~ throat|throats",
    "know|knows ~ where ~ britain|england|scotland|wales ~ is",
    "bring|brings ~ crime|disease|trouble",
    "with ~ all ~ her|his|their ~ faculties|marbles",
    "not|shouldnt ~ be ~ around|near ~ children|kids",
    "sending|sends ~ her|his|their ~ money|wages ~ back|home",
    "doesnt|dont|never|not ~3 care ~ about ~ british|english|white",
    "retire ~ and ~ let ~ somebody|someone",
    "is ~ this ~ britain|england",
    "always ~2 attitude|chip",
    "employ|get|hire ~2 people|somebody|someone ~ normal",
    "look|looks ~ after ~ their ~ own $",
    "its ~ not ~ right $",
    "not ~ natural $",
    "taking ~2 all ~ our|the ~ appointments|beds|houses|jobs",
    "arent|isnt|not ~ as ~ capable|clever|competent|good",
    "past ~ it $",
    "flapping|flouncing|mincing|prancing",
    "we ~ pay ~ for ~ them",
    "like ~3 ape|apes|gorilla|monkey|monkeys",
    "check|hold|mind|watch ~ your ~ bag|handbag|pockets|purse|valuables|wallet",
    "go|going|send|sent|ship|shipped ~ back ~ to ~ her|his|their|your ?own boat|call|country|desert|homeland|hut|jungle|kind|people|tribe|village",
    "here ~ illegally",
    "keep ~ her|his|their ?private beliefs|faith|life|lifestyle|religion|ways ~ to ~ herself|himself|themselves",
    "keep ~ her|his|their ?private beliefs|faith|life|lifestyle|religion|ways ~ out",
    "push|pushes|pushing|ramming ~ her|his|their ~ agenda|lifestyle|religion",
    "came|come|coming ~ over ~ here",
    "own ~ people",
    "steal|stealing|stole|take|taking|took ~ our ~ appointments|beds|homes|houses|jobs|money|places",
    "steal|stealing|stole|take|taking|took ~ jobs ~ from|off",
    "crooks|fiddle|fiddling|fraudsters|scam|scammers",
    "pickpocket|pickpockets",
    "clutch|clutching|hide|hold|lock|watch|watching ~2 my|our|your ~ handbag|handbags|purse|purses|valuables|wallet|wallets",
    "examine|examines|examining|touch|touches|touching|treat|treating|treats ~2 british|english|white ~ children|kids|patients|people|women",
    "proper|real ~ british|english|white ~ bloke|doctor|doctors|girl|gp|lady|man|nurse|nurses|one|ones|people|person|receptionist|staff|woman",
    "belong|belongs ~ here",
    "belong|belongs ~ in ~ our|this ~ country",
    "her|his|their ~ kind|sort|type ~ all|always|are|never",
    "bought|fake|forged ~ certificate|certificates|degree|degrees|doctor|qualification|qualifications",
    "put ~ in ~ a ~ home",
    "cant|doesnt|dont ~ understand ~ british|english ~ culture|patients|people|ways",
    "ahead|before|over ?of us ?british|english brits|locals|pensioners|taxpayers",
    "be ~ in ~ a ~ care|nursing|old ~ home|peoples ~2 herself|himself|themselves|yourself",
    "draining|milk|milking|rob|robbing|robs ~ the ~ country|nhs|system",
    "look|looking|looks ~ down ~ on ~ me|patients|us",
    "certificate|degree|degrees|qualification|qualifications ~2 cornflakes|cracker|ebay|internet|market|online",
    "reeked|reeks|smell|smelled|smells|smelt|stank|stink|stinks ~ like|of ~ curry|garlic|kebab|kebabs|onions|spice|spices",
    "can|ought|should ~ go ~ home $",
    "take ~ her|his|their ~ family|friends|mates|relatives ~ with",
    "limp ~ wristed",
    "he|she|them|these|they|those ~ hate|hates ~ british|christians|english|men|us|white|whites|women",
    "hate|hates ~ british|christians|english|men|whites|women $",
    "chip ~ on ~ her|his|their ~ shoulder|shoulders",
    "learn ~ english ~3 or ~ go|leave|off",
    "greedy|stingy|tight ~ fisted",
    "tested ~ for ~ aids|disease|diseases|hiv",
    "they|theyre ~ all ~ aggressive|alcoholics|criminals|dirty|drunk|drunks|fake|frauds|lazy|liars|rude|scroungers|stupid|thick|thieves|useless|violent",
    "naturally ~ aggressive|criminal|dirty|dishonest|lazy|stupid|violent",
    "rather ~ than ~ help|see|treat ~2 british|christian|christians|english|white|whites",
    "poison|poisoned|poisoning|poisons ~3 on ~ purpose",
    "aggressive|arrogant|cold|dirty|dishonest|filthy|greedy|ignorant|incompetent|late|lazy|loud|miserable|moody|rude|slow|smelly|stupid|thick|unhelpful|useless|violent ~6 they|theyre ~ all|always|generally|normally|typically|usually ~ are|be|do $",
    "aggressive|arrogant|cold|dirty|dishonest|filthy|greedy|ignorant|incompetent|late|lazy|loud|miserable|moody|rude|slow|smelly|stupid|thick|unhelpful|useless|violent ~6 they|theyre ~ all|always|generally|normally|typically|usually ~ are ~ to ~ british|english|men|patients|us|white|whites|women",
    "are|is ~ all|always|typically|usually ~ aggressive|arrogant|dirty|dishonest|filthy|greedy|ignorant|incompetent|late|lazy|loud|rude|smelly|stupid|thick|useless|violent",
    "typical ~ of ~ them $",
    "british|english ~ doctors|nurses|people|staff|workers ~4 out ~ of ~ jobs|work",
    "so|too|very ~ camp",
    "keep ~ it ~ behind|indoors",
    "mustnt|shouldnt ~ be ~2 practice|practise|treat|treating|work|working",
    "think ~ they|theyre ~ better ~ than ~ everyone|the|us",
    "its ~ their ~ culture|religion|way $",
    "their ~ own ~ language ~2 about ~ me|patients|us",
    "not ~ even ~ qualified|trained $",
    "came|come|coming ~ here ~ with ~ nothing",
    "we ~ all ~ know ~ what ~ them|they|theyre",
    "tone ~ it ~ down",
    "nicked|nicking|nicks|pinches|pinching ~ my|our|stuff|things",
    "fix ~ her|his|their|your ~ own ~ countries|country",
    "whatever ~ he|she|they ~ claim|claims|say|says",
    "how ~ they|theyre ~2 brought|raised",
    "own kind",
    "country ~2 dogs|doomed|finished|overrun|ruined",
    "any|half|most|none ~ of ~ them ~2 speak ~ english",
    "degenerate|degenerates|deviant|deviants|freak|freaks|groomer|groomers|nonce|nonces|paedo|paedos|pervert|perverts",
    "didnt|dont|never|not|wouldnt ~2 want ~ her|him|that|them ~2 examine|examining|near|touch|touching|treat|treating",
    "this ~ is ~ britain|england|scotland|wales ~ not",
    "they ~ think ~ they ~ own ~ the ~ country|place",
    "they|those ~ have ~ no ~ feelings|heart|hearts|manners|morals|shame|soul|souls",
    "stick ~ to ~ babies|cleaning|cooking|housework|kitchen|nursing|typing",
    "had|have|i|we ~2 check|checked|checking ~ my|our ~ bag|car|handbag|pockets|purse|wallet ~3 still ~ there",
    "drug|drugs ~ dealer|dealers|mule|mules|smuggler|smugglers",
    "remember|remembers ~ the ~ ark|dinosaurs|romans|war",
    "one ~ foot ~ in ~ the ~ grave",
    "curse|cursed|hex|juju|voodoo|witchcraft",
    "evil ~ eye",
    "them|they ~ all ~ are|do $",
    "not ~ wanted|welcome ~ here|in",
    "criminal|criminals|rapist|rapists|sympathiser|sympathisers|terrorist|terrorists|thief|thieves|thieving",
    "keep ~ her|him|it|them ~ away ~ from ~ my|our ~ children|daughter|family|kids|son|wife",
    "should ~ all ~ be ~ kicked|sent|thrown ~ back|home|out",
    "shouldnt ~ be ~ at|behind|on|working ~3 desk|front|reception",
    "dont ~ know ~ what ~ they|theyre ~ doing",
    "dirty|filthy|smelly|thieving ~ bunch|lot $",
];

/// A member of staff, or someone, named: read with `LEERING` after it.
const SOMEONE: &str = lines!["{person}", "he|her|hes|him|she|shes"];
/// Sexual remarks and leering, read only after someone named in the same sentence: "the nurse
/// can examine me any time if you know what I mean", "ask the receptionist if she's single"
/// (`find_pairs`). Alone they are often innocent: "the parking is a joke, if you catch my drift".
const LEERING: &str = lines![
    "if ~ you ~ know ~ what ~ i|im ~ mean|saying",
    "body|figure ~ built|made ~ for",
    "built|made ~ for ~ sex|sin",
    "made ~ for ~ more|something ~ other|than",
    "lips|mouth ~3 could|should ~ be ~ doing|used",
    "if ~ he|she ~ lose|lost|took ~ her|off|the ~2 clothes|scrubs|top|uniform",
    "on ~ her|his ~ own ~ without ~ her|his|the ~ uniform",
    "we ~ can|could ~ have ~ a|bit|some ~ fun $",
    "check|examine|feel|touch ~ my ~ balls|bits|junk|package|privates|prostate ~2 any ~ day|time",
    "if ~ hes|shes ~ on ~ top",
    "asking ~ for ~ it $",
    "bed ~ bath",
    "and ~ not ~ for ~ a ~ cup ~ of ~ coffee|tea",
    "sponge ~ bath ~2 any|anytime",
    "real|right ~ goer|stunner",
    "want ~ her ~ number $",
    "if ~ he|she ~ lost ~ a ~ few",
    "single $",
    "hes|shes ~ fit|gorgeous|hot|sexy|tasty as $",
    "face ~ for ~ radio",
    "cracking|great|lovely|nice ~ arse|ass|body|boobs|bum|cleavage|curves|figure|legs|rack|tits",
    "wouldnt ~ mind ~ her|him ~3 check|checking|examine|examining|touch|touching|undressing",
    "hed|shed ~2 be ~2 attractive|fit|hot|pretty ~ if",
    "is|s ~ gorgeous|sexy|stunning $",
    "the ~ old ~ fashioned ~ way $",
    "bend|bending ~ down|over ~ again|all|more|often",
    "whenever ~ he|she ~ likes|wants $",
    "dress|skirt|skirts|top|uniform ~3 really|so|too|very ~ low|short|tight",
    "sit ~ on ~ my ~ face",
    "bend|bending ~ down $",
    "crumpet|hottie|stunner|totty $",
    "cracking|fine|great|lovely|nice ~ pair $",
    "cracking|fine|great|lovely|nice ~ pair ~ on ~ her|him",
    "tight|tighter ~ scrubs|skirt|top|trousers|uniform|uniforms",
    "any ~ way ~ he|she ~ likes|wants",
    "is|s ?proper|really|so|very|well fit $",
    "give ~ me ~ her|his ~ number $",
    "chosen|employed|here|hired|picked ~3 for ~ her|his|their looks",
    "bit ~ of ~ alright|crumpet|fluff|skirt|totty",
    "just ~ to ~ see ~ her|him $",
    "put ~ in ~ her|it $",
    "legs ~ open",
    "need|needs ~ a ~ proper|real ~ man",
    "catch ~ my ~ drift",
    "if ~ you ~ catch ~ my ~ meaning",
    "he|hes|she|shes ~3 up ~ for ~ it $",
    "wink ~ wink",
    "wink $",
    "well fit",
    "dreaming|fantasising|thinking ~ about ~ her|him ~2 bed|later|tonight",
    "check|examine|touch ~ me ~ anywhere",
    "id ~ be ~ in ~ there $",
    "is ~ a ~ 10|ten",
    "wants it $",
    "those ~ eyes|legs|lips $",
    "under ~ her|that ~ blouse|skirt|top|uniform",
    "was ~ see ~ through",
    "body ~ to ~ die ~ for",
    "dinner ~ and ~ dessert",
    "extra ~ special ~ treatment",
    "do ~ more ~ than ~ check|examine|look|take",
    "on ~ me ~ anywhere|somewhere",
    "take ~ her|him ~ home ~2 night|tonight",
    "handle|have ~ me ~ any ~ day|time",
    "hed|shed ~2 be ~ fun",
    "single ~ i ~ hope",
    "nudge ~ nudge",
    "dilf|gilf|milf|milfs",
    "gagging ~ for ~ it",
    "be ~ on ~ page ~ 3|three",
    "gave|give|gives|paid|pay ~ her|him|me ~2 happy ~ ending",
    "good ~ spank|spanking",
    "legs ~ up ~ to ~ her|his ~ armpits",
    "dressed|dresses ~ like ~4 clubbing|hooker|prostitute|slag|stripper|tart",
    "onlyfans",
    "settle ~ for ~ a|one ~ night",
    "boobs|cleavage|tits ~ out",
    "can|could ~ massage|rub|touch ~ more ~ than ~ my",
    "low ~ cut|top|tops",
    "shorter|tighter ~ skirt|skirts",
    "should ~ wear ~ a ~ lower|shorter|tighter ~ dress|skirt|top|uniform",
    "check|examine|touch ~ me ~ all ~ day|night",
    "night ~ with ~ her|him $",
    "in ~ the ~ sack",
    "legs ~ in ~ her|that|those ~ dress|skirt|tights",
    "glamour|lingerie|underwear ~ model",
    "sex ~ on ~ legs",
    "in ~ a|her|his ~ bikini|lingerie|maids|nurses|schoolgirl|underwear ~ costume|outfit|uniform",
    "bounce ~ coin|coins|pennies ~ off",
    "for ~ a ~ feel|fondle|grope",
    "ought|should ~ be ~ on ~ her|his ~ back|knees",
    "dress|scrubs|skirt|top|trousers|uniform ~ leaves|left ~ little|nothing ~ to ~ the ~ imagination",
    "wants ~ me $",
    "like ~ a ~ porn|porno|pornstar",
    "beautiful|pretty ~ girl|girls|woman|women ~2 ought|should",
    "strip ~ club|clubs|joint",
    "wants ~ some ~ fun $",
    "body|internal|intimate|rectal ~ check|exam|examination ~2 any ~ day|time",
    "show|shown ~ a ~ good ~ night|time",
    "he|she ~ can ~ check|examine|feel|touch ~ my ~ balls|bits|junk|package|privates|prostate",
    "good|proper ~ seeing|servicing|workout ~4 if ~ he|she ~ fancied|fancies|wanted|wants",
    "with ~ her|his ~ mouth|tongue $",
    "if ~ you ~ catch|get ~ my ~ drift",
    "body|check|exam|examination ~2 and ~ then ~ some",
    "hands ~3 can ~ go ~ anywhere|wherever",
    "right ~ sort $",
    "bending|bent down|over and|to ~6 made|makes ~ my ~2 day|week",
    "in ~ her|his ~ bra|knickers|lingerie|underwear",
    "easy ~ on ~ the ~ eye ~ and ~ easy",
];

/// A group generalised about: prejudice when said against them ("asian doctors are all the
/// same, no bedside manner"), praise when said for them ("the polish nurses are all the same,
/// brilliant"), so read only in a sentence without praise (`PRAISE`). ("No surprise there" and
/// "surprise surprise" are said of the service as often: "the polish receptionist was on her own
/// again, no surprise there".)
const GENERALISING: &str = lines![
    "are ~ all ~ the ~ same $",
    "they ~ always ~ do $",
    "they|theyre ~ all ~ like ~ that|this $",
    "what ~ do ~ you ~ expect ~ from ~ them|these|those",
    "they ~ dont ~ care ~ about ~ us $",
    "what ~ do ~ you ~ expect $",
    "them|they ~ all ~ got|have ~ an|that|the ~ attitude",
    "says ~ it ~ all $",
];

/// Words of praise: a sentence holding one generalises kindly (`GENERALISING`).
static PRAISE: WordSet = WordSet::new(words![
    "brilliant",
    "lovely",
    "great",
    "fantastic",
    "amazing",
    "wonderful",
    "excellent",
    "kind",
    "helpful",
    "star",
    "stars",
    "superb",
    "best",
    "good",
    "nice",
    "caring",
    "friendly",
    "efficient",
    "thorough",
    "professional",
    "reassuring",
    "gentle",
    "fab",
    "quick",
    "painless",
    "smiling",
    "asset",
    "credit",
    "friendliest"
]);

pub const PHRASES: &[(&str, &str)] = &[("threat_or_attack", THREATS)];

/// Cues, read only in pairs (`find_pairs`).
pub const CUES: &[(&str, &str)] = &[
    ("identity", IDENTITIES),
    ("hostility", HOSTILITY),
    ("generalising", GENERALISING),
    ("someone", SOMEONE),
    ("leering", LEERING),
];

/// How a pair of cues is read.
struct Pair {
    first: &'static str,
    second: &'static str,
    /// The rule of the finding it makes.
    rule: &'static str,
    /// Not in a sentence that praises (`PRAISE`).
    unless_praised: bool,
}

/// Cues read in pairs: a group named and then hostility to it (see `IDENTITIES`), or a
/// generalisation without praise; someone named and then a sexual remark (`LEERING`).
const PAIRS: [Pair; 3] = [
    Pair {
        first: "identity",
        second: "hostility",
        rule: "prejudice",
        unless_praised: false,
    },
    Pair {
        first: "identity",
        second: "generalising",
        rule: "prejudice",
        unless_praised: true,
    },
    Pair {
        first: "someone",
        second: "leering",
        rule: "sexual_remark",
        unless_praised: false,
    },
];

/// Whether the sentence of the token at `i` praises (`PRAISE`; not "no good"), from token `from`
/// on.
fn praised(tokens: &[Token], i: usize, from: usize) -> bool {
    let clause = tokens[i].clause;
    (from..tokens.len()).any(|k| {
        tokens[k].clause == clause
            && PRAISE.contains(tokens[k].norm)
            && (k == 0 || !norm_at!(tokens, k - 1, "no", "not", "never"))
    })
}

/// Each pair of cues (`PAIRS`) in one sentence, the second after the first: the finding's rule
/// and the span from one to the other.
fn find_pairs(phrases: &[Match], tokens: &[Token]) -> Vec<(&'static str, Range<usize>)> {
    let is_cue = |m: &Match, rule: &str| m.cue && m.kind == Kind::Abuse && m.rule == rule;
    let mut found = Vec::new();
    for Pair {
        first,
        second,
        rule,
        unless_praised,
    } in PAIRS
    {
        // Said of them, after them, in the same sentence: not words they said ("the polish
        // nurse told me to mind my wallet because of pickpockets"; but "can't understand a word
        // the doctor says, he should …").
        let pairs = crate::patterns::pairs(
            phrases,
            |m| is_cue(m, first),
            |group, h| {
                is_cue(h, second)
                    && tokens[h.tokens.start].clause == tokens[group.tokens.start].clause
                    && !(unless_praised && praised(tokens, h.tokens.start, 0))
                    && !(group.tokens.end..h.tokens.start).any(|k| {
                        !tokens[k + 1].after_comma
                            && norm_at!(
                                tokens,
                                k,
                                "told",
                                "said",
                                "says",
                                "asked",
                                "warned",
                                "advised",
                                "explained"
                            )
                    })
            },
        );
        for (group, hostile) in pairs {
            let range = group.tokens.start..hostile.tokens.end;
            if !found.iter().any(|(_, r)| *r == range) {
                found.push((rule, range));
            }
        }
    }
    found
}

/// Words between a copula and an insult that keep it aimed at the subject ("is a total …").
static FILLERS: WordSet = WordSet::new(words![
    "rudest",
    "nastiest",
    "laziest",
    "ugliest",
    "stupidest",
    "dumbest",
    "thickest",
    "meanest",
    "fattest",
    "smuggest",
    "vilest",
    "grumpiest",
    "moodiest",
    "coldest",
    "worst",
    "a",
    "and",
    "as",
    "twice",
    "dried",
    "an",
    "the",
    "such",
    "total",
    "complete",
    "absolute",
    "utter",
    "right",
    "proper",
    "real",
    "little",
    "big",
    "biggest",
    "fat",
    "old",
    "silly",
    "stupid",
    "daft",
    "dozy",
    "nothing",
    "but",
    "just",
    "another",
    "like",
    "bunch",
    "pack",
    "load",
    "lot",
    "of",
    "bloody",
    "fucking",
    "fuckin",
    "effing",
    "so",
    // "she's that thick"
    "that",
    "too",
    "very",
    "really",
    "most",
    "typical",
    "miserable",
    "horrible",
    "nasty",
    "vile",
    "ugly",
    "lazy",
    "arrogant",
    "rude",
    "sad",
    "two-faced",
    "useless",
    "ignorant",
    "awful",
    "obnoxious",
    "patronising",
    "condescending",
    "smug",
    "power",
    "mad",
    "crazy",
    "jumped-up",
    "jumped",
    "benefit",
    "benefits",
    "drugged",
    "doped",
    "coked",
    "up",
    "snotty",
    "snooty",
    "stuck",
    "fucken",
    "dumb",
    "thick",
    "lying",
    "sour",
    "grumpy",
    "evil",
    "pure",
    "bitter",
    "judgemental",
    "moody",
    "nosy",
    "trumped",
    "self-important",
    "incompetent",
    "clueless",
    "overpaid",
    "not",
    "only",
    "vindictive",
    "spiteful",
    "cold",
    "heartless",
    "cruel",
    "disgusting",
    "poisonous",
    "venomous",
    "snide",
    "sly",
    "all",
    "hateful",
    "pathetic",
    "worthless",
    "dirty",
    "filthy",
    "white",
    "trailer",
    "brainwashed",
    "sick",
    "twisted",
    "spoiled",
    "entitled",
    "ungrateful",
    "pair",
    "couple",
    "gang",
    "coven",
    "gaggle",
    "herd",
    "flock",
    "nest",
    "probably",
    "clearly",
    "obviously",
    "definitely",
    "basically",
    "literally",
    "well",
    "mardy",
    "stroppy",
    "gormless",
    "pompous",
]);

/// Things said of people that are not people: a copula after them doesn't make an insult personal.
static NOT_PEOPLE: WordSet = WordSet::new(words![
    "attitude",
    "attitudes",
    "behaviour",
    "behavior",
    "manner",
    "manners",
    "tone",
    "treatment",
    "response",
    "communication",
    "it",
    "this",
    "that",
    "system",
    "service",
    "place",
    "surgery",
    "practice",
    "wait",
    "phone",
    "phones",
    "app",
    "website",
    "building",
    "experience",
    "process",
    "booking",
    "line",
    "queue",
    "list",
    "lists",
    "referral",
    "referrals",
    "room",
    "rota",
    "appointment",
    "appointments",
    "clinic",
    "clinics",
    "there",
    "which",
    "what",
]);

/// A word for a thing or a doing, not a person: "the system", "the bastard machine".
fn names_a_thing(t: &Token) -> bool {
    NOT_PEOPLE.holds(t) || THINGS.holds(t)
}

/// Things a patient swears at: "the bastard machine".
static THINGS: WordSet = WordSet::new(words![
    "machine",
    "thing",
    "things",
    "computer",
    "printer",
    "door",
    "doors",
    "lift",
    "car",
    "park",
    "parking",
    "meter",
    "kiosk",
    "screen",
    "form",
    "forms",
    "traffic",
    "bus",
    "train",
    "rain",
    "weather",
    "tablet",
    "leaflet",
    "chair",
    "chairs",
    "barrier",
    "ticket",
    "letter",
    "email",
    "text",
    // Ailments: "this bastard cough", "my back is a bitch".
    "rash",
    "cough",
    "cold",
    "virus",
    "bug",
    "infection",
    "flu",
    "pain",
    "headache",
    "migraine",
    "back",
    "knee",
    "hip",
    "tooth",
    "condition",
    "illness",
    "disease",
]);

/// Verbs a person does: "that cow hung up on me".
static PERSON_VERBS: WordSet = WordSet::new(words![
    "hung", "shouted", "told", "said", "refused", "laughed", "rolled", "smirked", "ignored",
    "sneered", "snapped", "yelled", "barked", "wouldnt", "wont", "didnt", "couldnt", "cant",
    "kept", "gave", "sent", "made", "acted", "spoke", "talked", "treated", "looked", "stared",
    "glared", "tutted", "sighed", "lied", "shrugged", "working", "works", "who", "that", "needs",
    "guarding", "manning", "running", "sitting", "sat", "should", "has", "had", "thinks", "does",
    "did", "just", "then",
]);

/// Where the insult stands in a place staff work: "the cow on reception".
static STAFF_PLACES: WordSet = WordSet::new(words![
    "reception",
    "desk",
    "front",
    "counter",
    "phone",
    "phones",
    "switchboard",
    "dispensary",
    "pharmacy",
    "surgery",
    "practice",
    "room",
]);

/// A place staff work within `reach` words from `from`, in the sentence of the word before it:
/// "… on reception", "… behind the front desk".
fn staff_place_ahead(tokens: &[Token], from: usize, reach: usize) -> bool {
    let clause = tokens[from - 1].clause;
    let ahead = tokens.get(from..).unwrap_or_default();
    ahead
        .iter()
        .enumerate()
        .take(reach)
        .take_while(|(_, t)| t.clause == clause)
        .any(|(k, t)| {
            // "the front desk", but not "in front of everyone".
            STAFF_PLACES.contains(t.norm)
                && !(t.is("front") && ahead.get(k + 1).is_some_and(|n| n.is("of")))
        })
}

/// Someone else's words, reported: "someone called the nurse a stupid cow", "a patient was
/// shouting 'you fat cow' at reception", "the receptionist called me a liar". Not when the
/// patient is the one calling names ("I called her a cow").
fn reported(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let from = i.saturating_sub(6);
    let Some(verb) = (from..i).rev().find(|&k| {
        in_clause(tokens, k, clause)
            && norm_at!(
                tokens,
                k,
                "called",
                "calling",
                "calls",
                "shouting",
                "shouted",
                "screaming",
                "screamed",
                "yelling",
                "yelled",
                "swearing",
                "swore"
            )
    }) else {
        return false;
    };
    let by_the_patient = tokens[verb.saturating_sub(3)..verb]
        .iter()
        .any(|t| t.clause == clause && norm_in!(t, "i", "id", "ill", "im", "we", "ive"));
    // "called me a liar", not "the nurse called Sue is …" (a name, not a name-calling).
    let between = &tokens[verb + 1..i];
    let named_as = tokens[verb].norm.starts_with("call")
        && (!between.iter().any(|t| t.is("a") || t.is("an"))
            || between.iter().any(|t| is_copula_word(t.norm)));
    !by_the_patient && !named_as
}

/// A token is a name: a known first name, a word after a title, or a capitalised word inside a
/// sentence that isn't a common word.
pub fn is_name(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    if !token.is_word || token.norm.len() < 2 {
        return false;
    }
    // Most words are in lower case: only a known first name can be a name then (asked first,
    // as few words are one).
    if !token.capitalised {
        // "dr jones is a knob": a surname in lower case, after a title and before "is".
        let after_title_before_verb = i > 0
            && tokens[i - 1].is_title()
            && tokens[i - 1].clause == token.clause
            && token.norm.len() >= 3
            && tokens.get(i + 1).is_some_and(|n| {
                n.clause == token.clause && (COPULAS.contains(n.norm) || norm_in!(n, "on", "at"))
            })
            && lexicon::class_of(token.norm).is_none()
            && !token.is_person_word()
            && !COPULAS.contains(token.norm)
            && !is_modal(token.norm)
            && !norm_in!(token, "should", "shall", "must");
        return (token.is_first_name() || after_title_before_verb) && !token.is_not_name();
    }
    if token.is_not_name() {
        return false;
    }
    let after_title = i > 0 && tokens[i - 1].is_title() && tokens[i - 1].clause == token.clause;
    let inside_sentence = i > 0 && tokens[i - 1].clause == token.clause;
    // "Shaz on reception", "Baz at the desk": whoever stands there is a person.
    let at_staff_place = token.capitalised
        && !token.all_caps
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.clause == token.clause && norm_in!(n, "on", "at", "from", "behind"))
        && staff_place_ahead(tokens, i + 1, 4);
    // "Kerry the receptionist is …": a capital before "the", a role and a verb ("Ask the
    // doctor" is not a name; nor, opening the sentence, "Honestly the nurse is …").
    let before_role = !token.all_caps
        && (inside_sentence || !token.norm.ends_with("ly") || token.is_first_name())
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is("the") && n.clause == token.clause)
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.clause == token.clause && n.is_person_word())
        && tokens.get(i + 3).is_some_and(|n| {
            n.clause == token.clause && (COPULAS.contains(n.norm) || PERSON_VERBS.contains(n.norm))
        })
        && lexicon::class_of(token.norm).is_none();
    token.is_first_name()
        || before_role
        || (after_title && token.capitalised)
        || (at_staff_place && lexicon::class_of(token.norm).is_none())
        || (token.capitalised
            && !token.all_caps
            && inside_sentence
            && lexicon::class_of(token.norm).is_none()
            && !token.is_person_word())
}

/// A token that stands for a person: a pronoun, a role, a name, a mention.
pub fn is_person(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    token.is_person_word() || token.norm.starts_with('@') || is_name(tokens, i)
}

fn is_copula(tokens: &[Token], i: usize) -> bool {
    is_copula_word(tokens[i].norm)
}

fn is_copula_word(word: &str) -> bool {
    COPULAS.contains(word)
}

/// "I was seen by that idiot", "I got that moron again": pointed at with "that" after a verb
/// or a preposition, whoever the sentence is about ("I was that idiot" is the patient).
fn pointed_at_with_that(tokens: &[Token], i: usize) -> bool {
    // ("that joke of a leaflet" is a thing)
    i > 1
        && !word_is(tokens, i + 1, "of")
        && word_is(tokens, i - 1, "that")
        && in_clause(tokens, i - 2, tokens[i].clause)
        && norm_at!(
            tokens,
            i - 2,
            "by",
            "with",
            "than",
            "saw",
            "seen",
            "see",
            "got",
            "get",
            "had",
            "met"
        )
}

/// The patient speaking of themself: "made me feel like an idiot", "I felt stupid".
fn said_of_self(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    behind(tokens, i, clause).take(6).any(|t| {
        norm_in!(
            t, "i", "me", "myself", "im", "ive", "we", "us", "feel", "felt", "feeling", "like",
            "treat", "treated", "treating", "treats", "called", "calling"
        )
    })
}

/// A name the patient calls themself: "I feel like a waste of space", "I'm such a waste of
/// oxygen". Not a threat that starts with the patient ("I feel like I could kill him").
fn called_self(tokens: &[Token], start: usize) -> bool {
    let clause = tokens[start].clause;
    // "my husband is a stubborn old goat": from the article, past the words that describe him.
    let from = (start.saturating_sub(3)..start)
        .rev()
        .find(|&b| norm_at!(tokens, b, "a", "an"))
        .map_or(start, |a| a + 1);
    let k = back_over_fillers(tokens, from, 3);
    let before = |n: usize| {
        k.checked_sub(n)
            .map(|b| &tokens[b])
            .filter(|t| t.clause == clause)
            .map_or("", |t| t.norm)
    };
    // "like" is a filler itself ("just like a …"): the walk back may have passed it.
    let the_patient_is = one_of!(before(1), "im", "myself", "feel", "felt", "feeling")
        || (before(1) == "like" && one_of!(before(2), "feel", "felt", "feeling", "im"))
        // "I am a silly old fool", "call me a silly old fool but …"
        || (before(1) == "am" && before(2) == "i")
        || (before(1) == "me" && before(2) == "call")
        // "my daughter says she's fat", "my wife keeps saying she's worthless": of themself.
        || (matches!(before(1), "hes" | "shes") && matches!(before(2), "says" | "saying"))
        // "my husband is an idiot for not coming sooner": the patient's own family.
        || (one_of!(before(1), "is", "was")
            && lexicon::is_relative(before(2))
            && before(3) == "my");
    the_patient_is
        && !norm_at!(
            tokens, start, "i", "ill", "id", "im", "gonna", "going", "will", "wanna", "want",
            "bringing",
            // "I'm coming for you", "I'm not a violent man but …", "I'm sick of Indian accents"
            "coming", "not", "sick", "tired"
        )
}

/// "The new system is a bitch to use", "it's a bitch", "parking's a bitch": the word at `i` is
/// said of a thing ("… is a …", the copula perhaps run into the subject).
fn said_of_a_thing(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let thing = |word: &str| NOT_PEOPLE.contains(word) || THINGS.contains(word) || word == "life";
    // Only "a" and words that make it stronger between: "that's a stupid bitch" is a person,
    // "that's right bitch" is said to one.
    static BETWEEN: WordSet = WordSet::new(words![
        "a", "real", "total", "absolute", "right", "proper", "bit", "of", "such"
    ]);
    let k = back_over(tokens, i, 4, &BETWEEN);
    // "karma's a bitch": a threat.
    let karma = behind(tokens, i, clause).any(|t| t.is("karma"));
    // "a bitch move": what a person did.
    let move_of_a_person = tokens.get(i + 1).is_some_and(|n| n.is("move"));
    if k == i || !word_is(tokens, k, "a") || karma || move_of_a_person {
        return false;
    }
    let before = |n: usize| {
        k.checked_sub(n)
            .map(|b| &tokens[b])
            .filter(|t| t.clause == clause)
    };
    // Not "a man that is a …": "that" after a person is the person.
    let after_a_person = |n: usize| before(n).is_some_and(|t| t.is_person_word());
    match before(1) {
        Some(t) if t.apostrophe_s => {
            t.norm.strip_suffix('s').is_some_and(thing) && !after_a_person(2)
        }
        Some(t) if norm_in!(t, "is", "was") => {
            before(2).is_some_and(|s| thing(s.norm)) && !after_a_person(3)
        }
        _ => false,
    }
}

/// "the nurse's advice was as useful as a chocolate teapot", "the doctor's handwriting was like
/// something the cat dragged in": said of a thing of theirs, not of them.
fn of_their_thing(tokens: &[Token], start: usize) -> bool {
    static OWNED: WordSet = WordSet::new(words![
        "advice",
        "handwriting",
        "writing",
        "notes",
        "explanation",
        "explanations",
        "answer",
        "answers",
        "instructions",
        "letter",
        "letters",
        "diagnosis",
        "prescription",
        "computer",
        "desk",
        "office",
        "spelling",
        "car"
    ]);
    let clause = tokens[start].clause;
    let owner = (start.saturating_sub(12)..=start)
        .rev()
        .take_while(|&k| in_clause(tokens, k, clause))
        .find(|&k| tokens[k].is_person_word() || tokens[k].is_first_name());
    owner.is_some_and(|k| {
        tokens[k].apostrophe_s
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.clause == clause && (names_a_thing(n) || OWNED.contains(n.norm)))
    })
}

/// "the automated phone system is a soulless robot": the insult at `i` is what a thing is ("is a
/// …" after a thing, and no person named before it in the sentence: not "the man who answers
/// the phone is a weasel", nor "the room is full of …").
fn subject_is_a_thing(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let copula = (i.saturating_sub(5)..i)
        .rev()
        .take_while(|&k| in_clause(tokens, k, clause))
        .find(|&k| norm_at!(tokens, k, "is", "was"));
    copula.is_some_and(|k| {
        let subject = k.checked_sub(1).map(|s| &tokens[s]);
        let a_thing = subject.is_some_and(|s| {
            s.clause == clause
                && names_a_thing(s)
                && !norm_in!(s, "that", "this", "there", "which", "what")
        });
        let called_a = tokens.get(k + 1).is_some_and(|t| t.is("a") || t.is("an"))
            && !tokens[k + 1..i].iter().any(|t| t.is("of"));
        let person_before = (0..k)
            .rev()
            .take_while(|&b| in_clause(tokens, b, clause))
            .any(|b| {
                tokens[b].is_person_word()
                    || tokens[b].is_first_name()
                    || norm_at!(tokens, b, "who", "whoever", "someone", "anyone", "everyone")
            });
        a_thing && called_a && !person_before
    })
}

/// A child's mischief, named fondly by the parent: a pet name ("my little monkey", "our cheeky
/// madam", "my brats"), or a child called a mild word, "little" or "cheeky" said ("my son is a
/// little monster", "the baby's a cheeky devil").
fn said_fondly_of_a_child(tokens: &[Token], i: usize) -> bool {
    static PET_WORDS: WordSet =
        WordSet::new(words!["little", "cheeky", "wee", "lovely", "gorgeous"]);
    let pet_name = norm_at!(tokens, i, "monkey", "monkeys", "madam", "brat", "brats") && {
        let k = back_over(tokens, i, 2, &PET_WORDS);
        k > 0 && tokens[k - 1].clause == tokens[i].clause && norm_at!(tokens, k - 1, "my", "our")
    };
    if pet_name {
        return true;
    }
    static MISCHIEF: WordSet = WordSet::new(words![
        "monster",
        "devil",
        "terror",
        "horror",
        "menace",
        "rascal",
        "monkey",
        "demon",
        "gremlin",
        "tyrant",
        "nightmare",
        "madam",
        "minx",
        "scamp",
        "rogue",
        "monsters",
        "devils",
        "terrors",
        "horrors",
        "menaces",
        "rascals",
        "monkeys",
        "demons",
        "gremlins",
        "tyrants",
        "nightmares",
        "brat",
        "brats"
    ]);
    static FOND: WordSet = WordSet::new(words!["a", "little", "cheeky", "right", "proper", "real"]);
    static CHILD: WordSet = WordSet::new(words![
        "son",
        "daughter",
        "baby",
        "toddler",
        "boy",
        "girl",
        "kid",
        "kids",
        "child",
        "grandson",
        "granddaughter",
        "lad",
        "one",
        "twins"
    ]);
    if !MISCHIEF.contains(tokens[i].norm) {
        return false;
    }
    let k = back_over(tokens, i, 4, &FOND);
    let fondly = (k..i).any(|b| norm_at!(tokens, b, "little", "cheeky"));
    let before = |n: usize| {
        k.checked_sub(n)
            .map(|b| &tokens[b])
            .filter(|t| t.clause == tokens[i].clause)
    };
    let child = |t: &Token| {
        CHILD.contains(t.norm) || t.norm.strip_suffix('s').is_some_and(|w| CHILD.contains(w))
    };
    fondly
        && match before(1) {
            Some(t) if t.apostrophe_s => child(t),
            Some(t) if norm_in!(t, "is", "was", "are", "can", "be") => before(2).is_some_and(child),
            _ => false,
        }
}

/// "The attitude of some staff stinks": the person at `i` is not the subject, but what is said
/// of a thing of theirs.
fn of_a_thing(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let mut k = i;
    if k > 0
        && norm_at!(
            tokens,
            k - 1,
            "the",
            "some",
            "all",
            "these",
            "those",
            "that",
            "this",
            "your",
            "certain"
        )
    {
        k -= 1;
    }
    k >= 2
        && word_is(tokens, k - 1, "of")
        && in_clause(tokens, k - 2, clause)
        && NOT_PEOPLE.contains(tokens[k - 2].norm)
}

/// The first of the filler words ("a total", "such a") standing right before token `i` in its
/// sentence, at most `most` of them: `i` itself when there are none.
fn back_over_fillers(tokens: &[Token], i: usize, most: usize) -> usize {
    back_over(tokens, i, most, &FILLERS)
}

/// The first of the words in `words` standing right before token `i` in its sentence, at most
/// `most` of them: `i` itself when there are none.
fn back_over(tokens: &[Token], i: usize, most: usize, words: &WordSet) -> usize {
    let clause = tokens[i].clause;
    let mut k = i;
    while k > 0
        && in_clause(tokens, k - 1, clause)
        && words.contains(tokens[k - 1].norm)
        && i - k < most
    {
        k -= 1;
    }
    k
}

/// The subject of "… is/was/are <insult>" when it is a person: returns the subject's index.
fn predicated_person(tokens: &[Token], i: usize) -> Option<usize> {
    let clause = tokens[i].clause;
    // Walk back over fillers to a copula, or to a contraction that holds one.
    let k = back_over_fillers(tokens, i, 8);
    if k == 0 || !in_clause(tokens, k - 1, clause) {
        return None;
    }
    let copula = k - 1;
    // With the copula left out, as people write and speak: "she a liar", "you so fake"; or
    // run into the subject: "the GP's a fossil" (read "gps", but a plural takes no "a").
    let article = |words: &[&str]| tokens[k..i].iter().any(|t| words.contains(&t.norm));
    let dropped_copula = k < i
        && ((norm_at!(
            tokens, copula, "she", "he", "you", "u", "ya", "they", "yall"
        ) && article(&["a", "an", "so", "such"]))
            || (tokens[copula].norm.ends_with('s')
                && tokens[copula].is_person_word()
                && article(&["a", "an"])));
    if dropped_copula {
        return Some(copula);
    }
    if PERSON_COPULAS.contains(tokens[copula].norm) {
        return (tokens[copula].norm != "thats").then_some(copula);
    }
    // "the receptionists admit it's crap": the copula holds its own subject, a thing.
    if norm_at!(tokens, copula, "its", "thats", "theres", "heres", "whats") {
        return None;
    }
    if !is_copula(tokens, copula) {
        return None;
    }
    // The subject: the nearest word before the copula that is a person, with nothing that is
    // plainly not a person in between ("the system is a joke" stays criticism).
    let mut s = copula;
    while s > 0 && in_clause(tokens, s - 1, clause) && copula - s < 10 {
        s -= 1;
        let norm = tokens[s].norm;
        // Another clause's verb: "the nurse was run off her feet, the staffing is shite". (Not
        // "the receptionist who was on the phone is …".)
        if one_of!(norm, "is", "was", "are", "were")
            && s > 0
            && !norm_at!(
                tokens,
                s - 1,
                "who",
                "that",
                "which",
                "whoever",
                "everyone",
                "anyone"
            )
        {
            return None;
        }
        // The patient is the subject: "treated me like I was stupid".
        let the_patient =
            one_of!(norm, "i", "me", "im", "we", "us", "myself") && !tokens[s].all_caps;
        // "spoke to my daughter like she was stupid": how she was treated, not what she is.
        let as_if = s > 0 && word_is(tokens, s - 1, "like") && one_of!(norm, "she", "he", "they");
        // "the woman I spoke to was …": the patient is inside a clause about the subject.
        let relative = the_patient
            && s > 0
            && in_clause(tokens, s - 1, clause)
            && tokens[s - 1].is_person_word()
            && !norm_at!(tokens, s - 1, "i", "me", "we", "us")
            && tokens.get(s + 1).is_some_and(|v| {
                norm_in!(
                    v, "spoke", "saw", "see", "seen", "talked", "dealt", "met", "had", "got",
                    "asked", "rang", "called", "phoned"
                )
            });
        if relative {
            return Some(s - 1);
        }
        // "my blood results were shit": the patient's own thing is the subject.
        // ("people who grow their own vegetables are …": inside a clause about the subject.)
        let in_relative_clause = tokens[s.saturating_sub(4)..s]
            .iter()
            .any(|t| t.clause == clause && norm_in!(t, "who", "that", "which"));
        if one_of!(norm, "my", "our", "their", "your") && s + 1 < copula && !in_relative_clause {
            return None;
        }
        // "the doctor's handwriting is crap": the handwriting is the subject.
        if tokens[s].apostrophe_s && s + 1 < copula && is_person(tokens, s) {
            return None;
        }
        // "the lady on reception this morning is …": when, not who.
        if one_of!(norm, "this", "that")
            && tokens.get(s + 1).is_some_and(|t| SHIFTS.contains(t.norm))
        {
            continue;
        }
        // "the system she has to use is rubbish", "the app you lot use is a joke": the thing is
        // the subject, and the person is inside a clause about it.
        // (Not "the nurse that she saw is …": "that" joins the clause to the person.)
        if one_of!(norm, "she", "he", "they", "you", "we")
            && s > 0
            && names_a_thing(&tokens[s - 1])
            && !norm_at!(
                tokens,
                s - 1,
                "that",
                "which",
                "what",
                "this",
                "it",
                "there"
            )
        {
            return None;
        }
        // "the nurse over there is …": where she stands.
        if one_of!(norm, "there", "here") && s > 0 && word_is(tokens, s - 1, "over") {
            s -= 1;
            continue;
        }
        // "all of you at that desk are …", "the lady on the phones is …", "every doctor in this
        // place is …": where they stand, not the subject.
        let at_place = |t: &Token| norm_in!(t, "at", "on", "behind", "in");
        if (one_of!(norm, "this", "that") && s > 0 && at_place(&tokens[s - 1]))
            || ((STAFF_PLACES.contains(norm) || norm == "place")
                && behind(tokens, s, clause).take(2).any(at_place))
        {
            continue;
        }
        if NOT_PEOPLE.contains(norm) || the_patient || as_if {
            // "whoever runs this place is a crook", "everyone who works in this surgery is
            // trash": the place is not the subject, the people who work there are.
            return (!the_patient && !as_if)
                .then(|| relative_subject(tokens, s))
                .flatten();
        }
        // "the management is a joke": the organisation is the subject, not a person.
        if norm == "management" {
            return None;
        }
        // "the wait for a doctor is a disgrace", "my referral to a specialist was a shambles":
        // the thing is the subject, the person only what it was for (not "the wait for the
        // receptionist who is a cow").
        let article = s - usize::from(s > 0 && norm_at!(tokens, s - 1, "a", "an", "the"));
        if article >= 2
            && norm_at!(tokens, article - 1, "for", "to", "with")
            && names_a_thing(&tokens[article - 2])
            && !word_is(tokens, s + 1, "who")
        {
            return None;
        }
        // ("her feet, the parking is shite": "her" is never the subject.)
        if is_person(tokens, s)
            && !one_of!(
                norm,
                "reception",
                "team",
                "lot",
                "one",
                "her",
                "him",
                "them",
                "his"
            )
        {
            return Some(s);
        }
        if one_of!(norm, "reception", "lot") && s > 0 {
            continue; // "the woman on reception is", "you lot are"
        }
    }
    None
}

/// The person a relative clause ending before token `end` is about: "whoever runs this place",
/// "everyone who works in this surgery", "the people that run this practice".
fn relative_subject(tokens: &[Token], end: usize) -> Option<usize> {
    let clause = tokens[end].clause;
    let from = end.saturating_sub(6);
    (from..end).rev().find_map(|k| {
        let t = &tokens[k];
        if t.clause != clause {
            return None;
        }
        if t.is("whoever") {
            return Some(k);
        }
        let person_before = k > 0
            && in_clause(tokens, k - 1, clause)
            && plainly_a_person(&tokens[k - 1])
            && !norm_at!(tokens, k - 1, "i", "me", "we", "us", "you");
        // "I told the receptionist that the app is a joke": "that" after an object says what
        // was told; only a subject that opens the sentence has a "that" clause about it.
        let opens_sentence = |p: usize| {
            behind(tokens, p, clause).all(|t| norm_in!(t, "the", "all", "those", "these", "and"))
        };
        let relative = person_before && (t.is("who") || (t.is("that") && opens_sentence(k - 1)));
        relative.then(|| k - 1)
    })
}

/// As `predicated_person`, letting one or two describing words of any kind stand before the
/// insult noun: "they are foreign filth", "she is a two-bit fraud".
fn predicated_person_loosely(tokens: &[Token], i: usize) -> Option<usize> {
    // "been talking trash", "they're smoking trash": a verb, not a description.
    let verbs_too = norm_at!(tokens, i, "trash", "garbage", "rubbish");
    static NOT_DESCRIBING: WordSet = WordSet::new(words![
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "onto", "the",
        "my", "your", "our", "their", "his", "her", "its", "this", "that", "these", "those", "and",
        "or", "not", "no", "nor", "if", "when", "than", "then", "as", "been", "being", "be", "get",
        "got", "have", "has", "had", "do", "does", "did", "going", "gone", "off", "up", "down",
        "out", "over", "under", "every", "any", "some", "what", "which", "who", "there", "here",
        "me", "him", "them", "us", "it", "is", "was", "are", "were",
    ]);
    predicated_person(tokens, i)
        .or_else(|| coordinated(tokens, i))
        .or_else(|| {
            (1..=2).find_map(|n| {
                let from = i.checked_sub(n)?;
                let describing = tokens[from..i].iter().all(|t| {
                    t.clause == tokens[i].clause
                        && t.is_word
                        && t.norm.len() >= 3
                        && !NOT_DESCRIBING.contains(t.norm)
                        && !(verbs_too && (t.norm.ends_with("ing") || t.norm.ends_with("in")))
                        && !t.is_person_word()
                });
                describing
                    .then(|| predicated_person(tokens, from))
                    .flatten()
            })
        })
}

/// The second of two things said of someone: "he is a rude little man and a disgrace".
fn coordinated(tokens: &[Token], i: usize) -> Option<usize> {
    let clause = tokens[i].clause;
    // Back over fillers to the "and", then the first thing said must itself be said of a person.
    let and = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| word_is(tokens, k, "and") && in_clause(tokens, k, clause))?;
    let between_fillers = tokens[and + 1..i].iter().all(|t| FILLERS.contains(t.norm));
    (between_fillers && and > 0 && tokens[and - 1].is_word)
        .then(|| predicated_person(tokens, and - 1))
        .flatten()
}

/// A question that says it: "is the receptionist thick or just rude?", "why are all the women on
/// reception such witches?"
fn asked_of_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let k = back_over_fillers(tokens, i, 4);
    // Back over the person and where they stand, to the copula that opens the question.
    let mut person = false;
    for c in (k.saturating_sub(8)..k).rev() {
        let token = &tokens[c];
        if token.clause != clause {
            return false;
        }
        let word = token.norm;
        if one_of!(word, "is", "are", "was", "were") {
            let opens = c == 0
                || !in_clause(tokens, c - 1, clause)
                || norm_at!(tokens, c - 1, "why", "come", "so");
            return person && opens;
        }
        if token.is_person_word() && !one_of!(word, "i", "me", "we", "us") {
            person = true;
        } else if !(one_of!(
            word, "the", "that", "your", "this", "these", "those", "all", "of", "on", "at",
            "behind", "here", "there"
        ) || STAFF_PLACES.contains(word))
        {
            return false;
        }
    }
    false
}

/// "receptionist very bad woman, stupid and ugly": an insulting adjective right after the person
/// (across "and" and other insulting adjectives), the verb left out as people write it.
fn follows_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    // The adjective ends the phrase: "mental" in "mental health" describes a thing.
    let ends_phrase = tokens.get(i + 1).is_none_or(|n| {
        n.clause != clause
            || norm_in!(n, "and", "or", "but", "too", "as", "like")
            || matches!(lexicon::class_of(n.norm), Some((Class::InsultAdjective, _)))
    });
    if !ends_phrase {
        return false;
    }
    let mut k = i;
    while k > 0 && i - k < 4 && in_clause(tokens, k - 1, clause) {
        let before = &tokens[k - 1];
        if before.is_person_word() {
            return !norm_in!(
                before, "i", "me", "we", "us", "you", "u", "one", "lot", "team", "staff"
            );
        }
        let joins = norm_in!(before, "and", "very", "so", "really")
            || matches!(
                lexicon::class_of(before.norm),
                Some((Class::InsultAdjective, _))
            );
        if !joins {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the sentence of token `i` names any of `words` ("a hoe in the garden").
pub(crate) fn sentence_names(tokens: &[Token], i: usize, words: &[&str]) -> bool {
    tokens
        .iter()
        .filter(|t| t.clause == tokens[i].clause)
        .any(|t| words.contains(&t.norm))
}

/// "… mock me, fucking lowlife": an insult sworn at someone, with no article before it (the
/// patient speaking of themself says "a", "like": "made me feel like a bloody idiot").
fn sworn_at(tokens: &[Token], i: usize) -> bool {
    i > 0
        && tokens[i - 1].clause == tokens[i].clause
        && norm_at!(
            tokens,
            i - 1,
            "fucking",
            "fuckin",
            "fking",
            "effing",
            "bloody",
            "stupid",
            "dirty",
            "filthy"
        )
        && (i < 2
            || tokens[i - 2].clause != tokens[i].clause
            || !norm_at!(
                tokens,
                i - 2,
                "a",
                "an",
                "like",
                "the",
                "as",
                "such",
                "total",
                "complete",
                "absolute"
            ))
}

/// "treat us like cattle", "treated like a piece of meat": how someone was treated.
fn treated_like(tokens: &[Token], i: usize) -> bool {
    let mut before = behind(tokens, i, tokens[i].clause)
        .map(|t| t.norm)
        .skip_while(|w| one_of!(*w, "a", "an", "piece", "of", "bunch", "herd", "load"));
    before.next() == Some("like") && before.take(3).any(|w| w.starts_with("treat"))
}

/// "you cow", "you stupid fat pig": the insult is said to someone.
fn addressed(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let k = back_over_fillers(tokens, i, 4);
    k > 0
        && in_clause(tokens, k - 1, clause)
        && norm_at!(tokens, k - 1, "you", "u", "ya", "yous", "youse", "ye")
        && (k - 1 == 0
            || !in_clause(tokens, k - 2, clause)
            || !norm_at!(tokens, k - 2, "thank", "see", "told", "made"))
}

/// Whether token `i - n` is "a" or "an" and the words between it and the noun at `i` only
/// describe: "an arrogant prick", "a snake".
fn after_article(tokens: &[Token], i: usize, n: usize) -> bool {
    let clause = tokens[i].clause;
    i >= n
        && norm_at!(tokens, i - n, "a", "an")
        && tokens[i - n + 1..i].iter().all(|t| {
            t.clause == clause && (insulting_describer(t.norm) || FILLERS.contains(t.norm))
        })
}

/// A word that makes the insult noun after it aimed at a person: "stupid cow", "lazy sod".
fn insulting_describer(word: &str) -> bool {
    static DESCRIBERS: WordSet = WordSet::new(words![
        "silly",
        "old",
        "little",
        "lazy",
        "miserable",
        "stuck-up",
        "jumped-up",
        "snotty",
        "nosy",
        "dozy",
        "lying",
        "sour",
        "ass",
        "arse",
        "useless",
        "worthless",
        "moody",
        "heartless",
        "ignorant",
        "bitter",
        "spiteful",
        "vile",
        "evil",
        "selfish",
        "mardy",
        "stroppy",
        "grumpy",
        "nasty",
        "horrible",
        "arrogant",
        "smug",
        "pompous",
        "condescending",
        "patronising",
    ]);
    DESCRIBERS.contains(word)
        || matches!(lexicon::class_of(word), Some((Class::InsultAdjective, _)))
}

/// "the cow on reception", "that idiot hung up on me", "what a clown".
fn used_as_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let next = tokens.get(i + 1).filter(|t| t.clause == clause);
    let before = (i > 0 && in_clause(tokens, i - 1, clause)).then(|| &tokens[i - 1]);
    // "staffed by trolls", "run by clowns", "run by the gestapo".
    let by = i - usize::from(i > 0 && norm_at!(tokens, i - 1, "the", "a"));
    let staffed_by = by >= 2
        && word_is(tokens, by - 1, "by")
        && norm_at!(tokens, by - 2, "staffed", "run", "manned", "managed", "employed")
        // ("run by a joke of a system")
        && next.is_none_or(|t| !t.is("of"));
    // "cows, the lot of them", "idiots, every one of you".
    // (Not "a joke how many of them there are".)
    let said_of_a_group = (i + 1..(i + 5).min(tokens.len().saturating_sub(1))).any(|k| {
        in_clause(tokens, k, clause)
            && in_clause(tokens, k + 1, clause)
            && word_is(tokens, k, "of")
            && norm_at!(tokens, k + 1, "them", "you", "yous", "ya")
            && norm_at!(tokens, k - 1, "lot", "one", "all", "each", "both")
    });
    // "… on reception", "… behind the desk".
    // A capital with nothing before it is a name: "Dick at the pharmacy always has a smile".
    let a_name = tokens[i].capitalised && !tokens[i].all_caps && before.is_none();
    // "… is still on reception", "… who works behind the desk".
    let at_staff_place = !a_name
        && ahead(tokens, i + 1, clause)
            .take(4)
            .position(|t| {
                !norm_in!(
                    t, "is", "was", "still", "always", "usually", "now", "who", "works", "working",
                    "sat", "sitting", "stood", "standing"
                )
            })
            .is_some_and(|p| {
                norm_at!(
                    tokens,
                    i + 1 + p,
                    "on",
                    "at",
                    "behind",
                    "in",
                    "from",
                    "answering"
                ) && staff_place_ahead(tokens, i + 1 + p, 3)
            });
    // An insulting adjective before an insult noun is an insult whatever follows: "stupid cow".
    let insulting_adjective = before.is_some_and(|b| {
        insulting_describer(b.norm)
        // "stuck up cow", "jumped up little Hitler"
        || (b.is("up") && i > 1 && norm_at!(tokens, i - 2, "stuck", "jumped"))
    });
    // "that cow hung up on me" / "the snake told me".
    let determiner = (i > 0
        && in_clause(tokens, i - 1, clause)
        && norm_at!(
            tokens,
            i - 1,
            "that",
            "this",
            "the",
            "those",
            "these",
            "some"
        ))
        || (i > 1
            && in_clause(tokens, i - 2, clause)
            && norm_at!(tokens, i - 2, "that", "this", "those", "these"));
    // "that cow hung up on me", "this ho Korina".
    let acts = determiner
        && next.is_some_and(|n| {
            PERSON_VERBS.contains(n.norm) || (n.capitalised && is_name(tokens, i + 1))
        });
    // "I'd rather see a vet than that clown.": the last word, pointed at; or pointed at with
    // "that" anywhere after a verb or a preposition ("I was seen by that idiot Dr Ford").
    let pointed_at = (i >= 2
        && next.is_none()
        && norm_at!(tokens, i - 1, "that", "this")
        && norm_at!(tokens, i - 2, "than", "by", "with", "to", "from"))
        || pointed_at_with_that(tokens, i);
    // "what a clown" / "what an absolute joke she is".
    // "what a clown she is", "the nurse, what a witch", "what a bunch of clowns".
    // "what an arrogant prick": one or two describing words may stand between.
    let what_a = (1..=3).any(|n| {
        i > n && norm_at!(tokens, i - n - 1, "what", "such") && after_article(tokens, i, n)
    }) || (i > 3
        && word_is(tokens, i - 4, "what")
        && word_is(tokens, i - 1, "of")
        && norm_at!(tokens, i - 2, "bunch", "lot", "pack", "load", "shower"));
    // A bunch of them are people; a single one needs a person nearby.
    let exclaimed = what_a
        && (word_is(tokens, i - 1, "of")
            || window(tokens, i, NEARBY).any(|t| {
                t.clause == clause
                    && (t.norm.starts_with('@')
                        || (t.is_person_word() && !norm_in!(t, "i", "me", "we", "us", "one")))
            }));
    // "your cow of a receptionist", "that joke of a doctor".
    let of_a_person = tokens.get(i + 1).is_some_and(|t| t.is("of"))
        && tokens.get(i + 2).is_some_and(|t| norm_in!(t, "a", "an"))
        && ahead(tokens, i + 3, clause)
            .take(2)
            .any(|t| t.is_person_word());
    // "the new manager, a snake in a cheap suit": said of the person just named.
    let apposition = (1..=3).any(|n| {
        i > n
            && after_article(tokens, i, n)
            && tokens[i - n].after_comma
            && in_clause(tokens, i - n - 1, clause)
            && plainly_a_person(&tokens[i - n - 1])
            && !tokens[i - n - 1].norm.starts_with('@')
            && !norm_at!(tokens, i - n - 1, "i", "me", "we", "us", "myself")
            // "the nurse, a joke of a conversation": said of something else.
            && next.is_none_or(|t| !t.is("of"))
    });
    // "a waiting room full of junkies", "a load of dossers": people named as a herd.
    // ("a gang of power hungry witches": describing words may stand between.)
    let of = (1..=3)
        .find(|&k| i > k && word_is(tokens, i - k, "of"))
        .filter(|&k| {
            tokens[i - k + 1..i]
                .iter()
                .all(|t| t.clause == clause && t.is_word)
        });
    let a_herd_of = of.is_some_and(|k| {
        norm_at!(
            tokens,
            i - k - 1,
            "full",
            "load",
            "loads",
            "bunch",
            "pack",
            "crowd",
            "gang",
            "herd",
            "horde",
            "swarm",
            "hordes"
        )
    }) && tokens[i].norm.ends_with('s')
        && !tokens[i].norm.ends_with("ss")
        // ("a bunch of bad ass birds of prey")
        && next.is_none_or(|t| !t.is("of"));
    a_herd_of
        || pointed_at
        || apposition
        || at_staff_place
        || insulting_adjective
        || acts
        || exclaimed
        || said_of_a_group
        || staffed_by
        || of_a_person
}

/// An insult tacked on after a comma and what a person did, with nothing but a word like
/// "absolute" before it and nothing after: "Dr Patel wants his head examining, absolute quack".
fn epithet(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let intensified = i >= 2
        && in_clause(tokens, i - 1, clause)
        && (norm_at!(
            tokens,
            i - 1,
            "absolute",
            "total",
            "complete",
            "utter",
            "proper",
            "right",
            "the"
        ) || insulting_describer(tokens[i - 1].norm))
        && tokens[i - 1].after_comma
        && in_clause(tokens, i - 2, clause);
    // "… total joke": said of what happened as often as of who did it.
    let of_a_situation = norm_at!(
        tokens, i, "joke", "disgrace", "shambles", "shit", "crap", "rubbish", "trash", "garbage"
    );
    let ends_sentence = !in_clause(tokens, i + 1, clause);
    // Or the insult alone after a comma, last in its sentence: "… going to the dogs, vermin".
    let alone = i >= 1 && tokens[i].after_comma && in_clause(tokens, i - 1, clause);
    // An intensified one may end its phrase only: "…, absolute quack, and the receptionist was
    // no better".
    let ends_phrase = ends_sentence || tokens[i + 1].after_comma;
    ((intensified && ends_phrase) || (alone && ends_sentence))
        && !of_a_situation
        && behind(tokens, i - 1, clause).any(|t| {
            (plainly_a_person(t) || t.is_title()) && !norm_in!(t, "i", "me", "we", "us", "myself")
        })
}

/// The insult in "the fat receptionist", "that ugly woman": an adjective on a person word.
fn modifies_a_person(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    ahead(tokens, i + 1, clause)
        .take(3)
        .position(|t| {
            // A pronoun takes no adjective: "crap, he didn't answer" is two things said.
            t.is_person_word()
                && !norm_in!(
                    t,
                    "you",
                    "u",
                    "one",
                    "lot",
                    "team",
                    "reception",
                    "staff",
                    "management",
                    "he",
                    "she",
                    "they",
                    "him",
                    "her",
                    "them",
                    "i",
                    "me",
                    "we",
                    "us"
                )
        })
        // "the ugly one on reception"
        .or_else(|| {
            tokens
                .get(i + 1)
                .filter(|t| t.is("one") && t.clause == clause)
                .and_then(|_| staff_place_ahead(tokens, i + 2, 3).then_some(0))
        })
        .is_some_and(|p| {
            // Only describing words stand between an adjective and its noun, and no comma:
            // "crap and the receptionists" is two things.
            !tokens[i + 1..=i + 1 + p].iter().any(|t| t.after_comma)
                && tokens[i + 1..i + 1 + p].iter().all(|t| {
                    matches!(lexicon::class_of(t.norm), Some((Class::InsultAdjective, _)))
                        || (FILLERS.contains(t.norm)
                            && !norm_in!(
                                t, "a", "an", "the", "and", "as", "of", "but", "like", "such"
                            ))
                })
        })
}

/// Swearing aimed at a person: "fucking receptionist", "shitty doctor". ("Shit" and "shite" are
/// listed as insults for a person too, and judged there: "you're shit", "shit at communicating".)
fn profanity_at_person(tokens: &[Token], i: usize, word: &str) -> bool {
    let strong = one_of!(
        word, "fuck", "fucking", "fuckin", "fuk", "fuking", "fking", "fcking", "fkn", "effing",
        "shitty", "cocking", "sodding"
    );
    if !strong {
        return false;
    }
    let reported = i >= 2 && norm_at!(tokens, i - 2, "told", "telling", "tells", "said", "says");
    modifies_a_person(tokens, i) && !reported
}

fn span_of(tokens: &[Token], range: Range<usize>) -> Range<usize> {
    tokens[range.start].span.start..tokens[range.end - 1].span.end
}

/// How far, in tokens either side, a rule looks for the person a remark is about. Bounded, so
/// a long comment with no full stops still costs time in proportion to its length.
const NEARBY: usize = 12;

/// The tokens within `reach` of `i`.
fn window<'a>(
    tokens: &'a [Token<'a>],
    i: usize,
    reach: usize,
) -> impl Iterator<Item = &'a Token<'a>> {
    tokens[i.saturating_sub(reach)..(i + reach + 1).min(tokens.len())].iter()
}

/// A name or a description of someone's looks near a remark: returns their token indexes.
fn identifying(tokens: &[Token], at: usize) -> Vec<usize> {
    let clause = tokens[at].clause;
    let mut found = Vec::new();
    // A name ("Gemma", "Dr Brennan"), or a title with a name or an initial after it ("dr b").
    let named = |i: usize| {
        let token = &tokens[i];
        is_name(tokens, i)
            || (token.is_title()
                && tokens.get(i + 1).is_some_and(|n| {
                    n.clause == token.clause && (n.capitalised || (n.norm.len() == 1 && n.is_word))
                }))
    };
    let from = at.saturating_sub(NEARBY);
    for (i, token) in tokens
        .iter()
        .enumerate()
        .skip(from)
        .take(2 * NEARBY + 1)
        .filter(|(_, t)| t.clause == clause)
    {
        let role_nearby = tokens.iter().skip(i.saturating_sub(4)).take(9).any(|t| {
            t.clause == clause
                && t.is_person_word()
                && !norm_in!(t, "you", "u", "they", "them", "lot")
        });
        // "the Tuesday morning receptionist" (not "chest pain all morning and the receptionist").
        let on_shift = SHIFTS.contains(token.norm)
            && ahead(tokens, i + 1, clause)
                .take(2)
                .any(|t| t.is_person_word() && !t.is("and"));
        // "the lady on reception this morning", "the nurse on Thursday".
        // ("the doctor who does the Thursday clinic", "the HCA who took my bloods today")
        let at_a_time = (token.is("today")
            || SHIFTS.contains(token.norm)
                && behind(tokens, i, clause).next().is_some_and(|t| {
                    norm_in!(
                        t,
                        "this",
                        "that",
                        "on",
                        "a",
                        "last",
                        "yesterday",
                        "the",
                        "every"
                    )
                }))
            && behind(tokens, i, clause).take(8).any(|t| {
                t.is_person_word()
                    && !norm_in!(t, "you", "u", "they", "them", "lot", "i", "me", "we", "us")
            });
        // "The practice manager", "the pharmacist": a role one person holds.
        let sole = (token.is("manager") || token.is("pharmacist"))
            && behind(tokens, i, clause)
                .next()
                .is_some_and(|t| t.is("practice") || t.is("the"));
        // "the nurse who does the smear tests", "the man who runs the dispensary": a duty.
        let by_duty = token.is_person_word()
            && tokens.get(i + 1).is_some_and(|t| t.is("who"))
            && tokens.get(i + 2).is_some_and(|t| {
                norm_in!(
                    t, "does", "did", "runs", "ran", "takes", "took", "answers", "answered"
                )
            });
        let described = (APPEARANCE.contains(token.norm) && role_nearby)
            || on_shift
            || at_a_time
            || sole
            || by_duty;
        if named(i) || described {
            found.push(i);
        }
    }
    // "Dr Reynolds rushed me out the door. Honestly he is a pompous twit": he or she, named in
    // the sentence before.
    let pronoun = tokens[at.saturating_sub(4)..=at]
        .iter()
        .any(|t| t.clause == clause && norm_in!(t, "he", "she", "hes", "shes"));
    if found.is_empty() && pronoun {
        found.extend((0..at).filter(|&i| tokens[i].clause + 1 == clause && named(i)));
    }
    found
}

/// The word at `i` said not to be so: "she's not stupid", "he isn't a liar", "you're no fool".
fn denied(tokens: &[Token], i: usize, adjective: bool) -> bool {
    static ARTICLES: WordSet = WordSet::new(words!["a", "an", "so", "that", "very"]);
    let k = back_over(tokens, i, 2, &ARTICLES);
    let mut before = behind(tokens, k, tokens[i].clause).map(|t| t.norm);
    let (negation, verb) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
    // A noun takes an article: "isn't cracker a racist term?" asks.
    (one_of!(negation, "isnt", "wasnt", "arent", "werent") && (adjective || k < i))
        || (one_of!(negation, "not", "no")
            && (COPULAS.contains(verb) || PERSON_COPULAS.contains(verb)))
}

/// "Popped out for a fag", "a packet of fags", "fag ends": the cigarette, not the slur.
fn about_cigarettes(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let before = behind(tokens, i, clause).take(4).any(|t| {
        norm_in!(
            t, "smoke", "smoking", "smoked", "smokes", "smoker", "smokers", "light", "lighting",
            "lit", "having", "have", "had", "out", "nip", "nipped", "pop", "popped", "dying",
            "packet", "pack", "box", "buy", "bought", "roll", "rolled", "rolling", "cadge",
            "quick", "outside", "sneaky"
        )
    });
    let after = tokens.get(i + 1).is_some_and(|t| {
        t.clause == clause
            && norm_in!(
                t, "break", "breaks", "end", "ends", "butt", "butts", "packet", "packets", "ash",
                "smoke", "outside", "machine", "papers"
            )
    });
    before || after
}

/// "queer" as a name for someone ("happy birthday queer", "that queer ass"), not the identity
/// ("queer students", "as a queer woman", "we're queer").
fn queer_as_a_name(tokens: &[Token], i: usize) -> bool {
    let clause = tokens[i].clause;
    let next = tokens
        .get(i + 1)
        .filter(|t| t.clause == clause && t.is_word);
    let as_a_noun =
        next.is_none_or(|n| norm_in!(n, "ass", "shit", "bitch", "fuck", "cunt", "boy", "boi"));
    let of_self = tokens[i.saturating_sub(3)..i].iter().any(|t| {
        t.clause == clause
            && norm_in!(
                t, "im", "i", "am", "we", "were", "as", "being", "proud", "and", "are", "be"
            )
    });
    as_a_noun && !of_self
}

/// The American "X-ass Y" ("bitch ass nigga", "redneck ass name", "fake ass fans"), a form used
/// to run someone down; not "my ass", "kick his ass", "bad ass", "pain in the ass".
fn x_ass_y(tokens: &[Token], i: usize) -> bool {
    static NOT_X: WordSet = WordSet::new(words![
        "my", "your", "yo", "ya", "ur", "his", "her", "their", "our", "the", "a", "an", "its",
        "it", "that", "this", "kick", "kicking", "kicked", "kiss", "kissing", "kissed", "lick",
        "whoop", "whooped", "whooping", "beat", "beating", "pain", "in", "on", "up", "off", "of",
        "out", "half", "bad", "badass", "smart", "whole", "big", "cover", "save", "saved", "get",
        "got", "move", "sit", "haul", "hauling", "own", "and", "or", "to", "for", "with", "dumb",
    ]);
    let clause = tokens[i].clause;
    let (x, y) = (&tokens[i - 1], &tokens[i + 1]);
    x.clause == clause
        && y.clause == clause
        && x.is_word
        && y.is_word
        && !NOT_X.contains(x.norm)
        && !NOT_X.contains(y.norm)
        && !COPULAS.contains(y.norm)
}

/// A pronoun, a role or a known first name: not a word that is a name only by its capital.
fn plainly_a_person(token: &Token) -> bool {
    token.is_person_word()
        || token.is_first_name()
        || token.norm.starts_with('@')
        || PERSON_COPULAS.contains(token.norm)
}

fn is_modal(word: &str) -> bool {
    one_of!(
        word, "to", "lets", "will", "would", "could", "can", "might", "may"
    )
}

/// A comment written in Dutch, Spanish or Portuguese, where some words look like English insults
/// ("hoe" is "how", "negro" is "black").
fn in_another_language(tokens: &[Token]) -> bool {
    static FOREIGN: WordSet = WordSet::new(words![
        "ik", "je", "het", "een", "niet", "zijn", "moet", "maar", "ook", "naar", "nog", "waar",
        "zich", "weer", "jullie", "mij", "wordt", "werd", "hij", "zij", "niks", "heeft", "moest",
        "kan", "heb", "geen", "veel", "el", "los", "las", "mi", "muy", "fue", "y", "una", "nadie",
        "pero", "que", "por", "para", "estaba", "llevaba", "tengo", "tiene", "muito", "nao",
    ]);
    tokens
        .iter()
        .filter(|t| FOREIGN.contains(t.norm))
        .take(2)
        .count()
        == 2
}

/// Words `find` reads in a way of their own, a line each (`own`): the word's line is looked up
/// once rather than the word compared with each (a comparison costs the kiosk's wasm its code).
static OWN_READINGS: WordSet = WordSet::new(lines![
    "spastic",
    "fag|fags",
    "hoe|hoes",
    "negro|negros|kunt",
    "cripple",
    "coon",
    "hick",
    "queer",
    "ho",
    "hos",
    "faggot|faggots",
    "bastard",
    "bitch",
    "cock",
    "bollocks",
    "dog|dogs",
    "trash|garbage|rubbish",
    "excuse|excuses",
    "robot|robots|zombie|zombies",
    "disgrace",
    "shit",
    "shite|crap",
    "waste",
    "drunk",
]);

/// The lines of `OWN_READINGS`.
mod own {
    pub const SPASTIC: u32 = 0;
    pub const FAG: u32 = 1;
    pub const HOE: u32 = 2;
    pub const NEGRO: u32 = 3;
    pub const CRIPPLE: u32 = 4;
    pub const COON: u32 = 5;
    pub const HICK: u32 = 6;
    pub const QUEER: u32 = 7;
    pub const HO: u32 = 8;
    pub const HOS: u32 = 9;
    pub const FAGGOT: u32 = 10;
    pub const BASTARD: u32 = 11;
    pub const BITCH: u32 = 12;
    pub const COCK: u32 = 13;
    pub const BOLLOCKS: u32 = 14;
    pub const DOG: u32 = 15;
    pub const TRASH: u32 = 16;
    pub const EXCUSE: u32 = 17;
    pub const ROBOT: u32 = 18;
    pub const DISGRACE: u32 = 19;
    pub const SHIT: u32 = 20;
    pub const SHITE: u32 = 21;
    pub const WASTE: u32 = 22;
    pub const DRUNK: u32 = 23;
}

/// Abuse and attacks on staff, from the words and from the phrase matches of kind `Abuse`.
pub fn find(tokens: &[Token], phrases: &[Match], findings: &mut Vec<Finding>) {
    let mut hits: Vec<(&'static str, Range<usize>, Option<usize>)> = Vec::new();
    for i in 0..tokens.len() {
        let Some((class, word)) = lexicon::class_of(tokens[i].norm) else {
            continue;
        };
        let reading = OWN_READINGS.arm(word);
        // Medical words: "spastic diplegia", "spastic paraplegia".
        if reading == Some(own::SPASTIC)
            && tokens.get(i + 1).is_some_and(|n| {
                norm_in!(
                    n,
                    "diplegia",
                    "paraplegia",
                    "quadriplegia",
                    "hemiplegia",
                    "cerebral",
                    "palsy",
                    "colon",
                    "bladder",
                    "muscles",
                    "movements",
                    "paresis"
                )
            })
        {
            continue;
        }
        if class != Class::Slur && reported(tokens, i) {
            continue;
        }
        // "Dr Pratt", "Nurse Daft": a surname after a title.
        if class != Class::Slur
            && tokens[i].capitalised
            && i > 0
            && tokens[i - 1].is_title()
            && tokens[i - 1].clause == tokens[i].clause
        {
            continue;
        }
        let hit = match class {
            // In Britain a fag is also a cigarette: a slur unless it is being smoked or bought.
            _ if reading == Some(own::FAG) => (!about_cigarettes(tokens, i)
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| norm_in!(n, "boy", "boys", "ass", "bitch", "lover")))
            .then_some("slur"),
            // "hoe" is Dutch for "how"; "cripple" is also a verb ("to cripple the industry").
            _ if matches!(reading, Some(own::HOE | own::NEGRO)) && in_another_language(tokens) => {
                None
            }
            _ if reading == Some(own::CRIPPLE) && i > 0 && is_modal(tokens[i - 1].norm) => None,
            // "a Maine coon": the cat; "a hick town": the place.
            _ if (reading == Some(own::COON) && i > 0 && word_is(tokens, i - 1, "maine"))
                || (reading == Some(own::HICK)
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| norm_in!(n, "town", "village"))) =>
            {
                None
            }
            _ if reading == Some(own::QUEER) && queer_as_a_name(tokens, i) => Some("slur"),
            // "ho ho ho", "hi ho", "westward ho".
            _ if reading == Some(own::HO)
                && [i.wrapping_sub(1), i + 1].iter().any(|&n| {
                    tokens
                        .get(n)
                        .is_some_and(|t| norm_in!(t, "ho", "hi", "heigh", "westward", "land"))
                }) =>
            {
                None
            }
            // "a ho", "that ho": a woman called one, with or without anyone to point at.
            _ if matches!(reading, Some(own::HO | own::HOS))
                && i > 0
                && tokens[i - 1].clause == tokens[i].clause
                && norm_at!(
                    tokens,
                    i - 1,
                    "a",
                    "the",
                    "that",
                    "this",
                    "your",
                    "some",
                    "these",
                    "those",
                    "them",
                    "little",
                    "young",
                    "old",
                    "dumb",
                    "stupid",
                    "fat",
                    "phat",
                    "minded",
                    "loyal",
                    "ugly",
                    "lazy"
                ) =>
            {
                Some("slur")
            }
            // "faggots and peas": the dish.
            _ if reading == Some(own::FAGGOT)
                && !addressed(tokens, i)
                && sentence_names(
                    tokens,
                    i,
                    &[
                        "peas", "gravy", "mash", "chips", "onions", "meal", "dinner", "butcher",
                        "butchers",
                    ],
                ) =>
            {
                None
            }
            // "a hoe in the garden": the tool.
            _ if reading == Some(own::HOE)
                && sentence_names(
                    tokens,
                    i,
                    &[
                        "garden",
                        "gardening",
                        "allotment",
                        "weeding",
                        "weeds",
                        "rake",
                        "spade",
                        "digging",
                        "shed",
                    ],
                ) =>
            {
                None
            }
            // "the bastard machine ate my slip": sworn at a thing; "bastard freezing", "bastard
            // heavy": a swearword for "very".
            _ if reading == Some(own::BASTARD)
                && tokens.get(i + 1).is_some_and(|n| {
                    (n.clause == tokens[i].clause && names_a_thing(n))
                        || norm_in!(
                            n,
                            "freezing",
                            "cold",
                            "hot",
                            "boiling",
                            "heavy",
                            "hard",
                            "expensive",
                            "slow",
                            "sore",
                            "painful",
                            "awful"
                        )
                }) =>
            {
                None
            }
            // "a bastard of a car park": sworn at a thing.
            _ if reading == Some(own::BASTARD)
                && tokens.get(i + 1).is_some_and(|n| n.is("of"))
                && tokens.get(i + 2).is_some_and(|n| n.is("a") || n.is("an"))
                && !ahead(tokens, i + 3, tokens[i].clause)
                    .take(2)
                    .any(|t| t.is_person_word()) =>
            {
                None
            }
            // "the new system is a bitch to use", "parking's a bitch", "the parking is a
            // bastard": hard going.
            _ if matches!(reading, Some(own::BITCH | own::BASTARD))
                && said_of_a_thing(tokens, i) =>
            {
                None
            }
            // "my son is a little monster at bedtime", "my little monkey": a parent, fondly.
            _ if said_fondly_of_a_child(tokens, i) => None,
            // "she's not stupid, she just can't hear": denied (not "not just rude but a liar").
            Class::InsultAdjective | Class::PersonInsult | Class::StrongInsult
                if denied(tokens, i, class == Class::InsultAdjective) =>
            {
                None
            }
            // "the GP was a waste of time": the appointment, not the person.
            _ if reading == Some(own::WASTE)
                && tokens.get(i + 1).is_some_and(|n| n.is("of"))
                && tokens.get(i + 2).is_some_and(|n| {
                    norm_in!(n, "time", "money", "effort", "energy", "breath")
                }) =>
            {
                None
            }
            // "a cock up": a blunder.
            _ if reading == Some(own::COCK) && tokens.get(i + 1).is_some_and(|n| n.is("up")) => {
                None
            }
            // "the dog's bollocks": the very best; "a dog's dinner": a mess.
            _ if reading == Some(own::BOLLOCKS)
                && i > 0
                && norm_at!(tokens, i - 1, "dogs", "dog") =>
            {
                None
            }
            _ if reading == Some(own::DOG)
                && tokens
                    .get(i + 1)
                    .is_some_and(|n| norm_in!(n, "bollocks", "dinner", "breakfast", "life")) =>
            {
                None
            }
            Class::Slur => Some("slur"),
            Class::VulgarInsult => Some("vulgar_insult"),
            Class::StrongInsult => ((!said_of_self(tokens, i)
                || addressed(tokens, i)
                || pointed_at_with_that(tokens, i)
                || predicated_person(tokens, i).is_some()
                || sworn_at(tokens, i))
                && !called_self(tokens, i))
            .then_some("insult"),
            // Said of things as often as of people ("the new app is trash"): only with a plain
            // person as the subject, not any capitalised word (a team, a phone, a month).
            Class::PersonInsult if reading == Some(own::TRASH) => {
                let compound = tokens.get(i + 1).is_some_and(|n| {
                    n.clause == tokens[i].clause
                        && norm_in!(
                            n, "talk", "talking", "talker", "talkers", "bag", "bags", "can",
                            "cans", "bin", "bins"
                        )
                });
                let talked = i > 0 && tokens[i - 1].norm.starts_with("talk");
                let of_a_person = !compound
                    && !talked
                    && (predicated_person_loosely(tokens, i)
                        .is_some_and(|s| plainly_a_person(&tokens[s]))
                        || (addressed(tokens, i) && !word_is(tokens, i - 1, "like")));
                of_a_person.then_some("insult")
            }
            // "a poor excuse for a doctor" is said of a person; "a piss poor excuse from the
            // manager" of what they said.
            Class::PersonInsult
                if reading == Some(own::EXCUSE)
                    && tokens.get(i + 1).is_none_or(|n| !n.is("for")) =>
            {
                None
            }
            // "my dad gets violent when he's drunk", "the locum was drunk": a state told, not a name
            // ("a drunk", "the old drunk").
            Class::PersonInsult
                if reading == Some(own::DRUNK)
                    && i > 0
                    && norm_at!(
                        tokens,
                        i - 1,
                        "hes",
                        "shes",
                        "is",
                        "was",
                        "were",
                        "are",
                        "im",
                        "get",
                        "gets",
                        "got",
                        "getting",
                        "so",
                        "very",
                        "too",
                        "been",
                        "theyre"
                    ) =>
            {
                None
            }
            // "the automated phone system is a soulless robot": said of a thing.
            Class::PersonInsult if subject_is_a_thing(tokens, i) => None,
            // "they treat patients like cattle": how patients were treated, not what anyone is.
            Class::PersonInsult if treated_like(tokens, i) => None,
            // "acted like a robot", "like zombies", "like talking to a robot": how someone went
            // about it.
            Class::PersonInsult
                if reading == Some(own::ROBOT)
                    && behind(tokens, i, tokens[i].clause)
                        .take(4)
                        .any(|t| t.is("like")) =>
            {
                None
            }
            // "a disgrace to the profession": a judgement of how someone did their job.
            Class::PersonInsult
                if reading == Some(own::DISGRACE)
                    && tokens.get(i + 1).is_some_and(|n| n.is("to"))
                    && tokens[i + 1..].iter().take(4).any(|t| {
                        norm_in!(
                            t,
                            "profession",
                            "nhs",
                            "practice",
                            "surgery",
                            "uniform",
                            "job",
                            "medicine",
                            "nursing"
                        )
                    }) =>
            {
                None
            }
            Class::PersonInsult => {
                // These words have innocent uses ("the queue was a joke", "a rat in the car park");
                // "shit" and "crap" are what the service is as often as what a person is.
                let mass_noun = matches!(reading, Some(own::SHIT | own::SHITE));
                // "she is the shit", "my GP is shit hot": praise. "shit at communicating": bad
                // at a task.
                let the_best = reading == Some(own::SHIT)
                    && ((i > 0 && word_is(tokens, i - 1, "the"))
                        || tokens.get(i + 1).is_some_and(|n| n.is("hot")));
                // "a bit shit today": how they did on the day.
                let at_a_task = mass_noun
                    && (tokens.get(i + 1).is_some_and(|n| {
                        n.clause == tokens[i].clause
                            && norm_in!(n, "at", "with", "today", "yesterday", "tonight", "this")
                    }) || (i > 0 && word_is(tokens, i - 1, "bit")));
                // "the nurse is a beast at taking bloods": a skill.
                let good_at = tokens.get(i + 1).is_some_and(|n| n.is("at"))
                    && tokens.get(i + 2).is_some_and(|n| n.norm.ends_with("ing"));
                // "I'm a silly old fool for forgetting": the patient, of themself.
                ((!the_best && !at_a_task && !good_at && predicated_person_loosely(tokens, i).is_some()
                    || addressed(tokens, i)
                    || epithet(tokens, i)
                    || asked_of_a_person(tokens, i)
                    || (!mass_noun && used_as_a_person(tokens, i))
                    // "crap people", "shit doctors"
                    || (mass_noun && modifies_a_person(tokens, i)))
                    && !called_self(tokens, i))
                .then_some("insult")
            }
            // "nasty to elderly patients": how someone behaved, which is criticism ("too stupid
            // to" is not).
            Class::InsultAdjective
                if (i == 0 || !word_is(tokens, i - 1, "too"))
                    && tokens.get(i + 1).is_some_and(|n| {
                        n.clause == tokens[i].clause && norm_in!(n, "to", "towards")
                    })
                    && tokens.get(i + 2).is_none_or(|n| !n.is("look")) =>
            {
                None
            }
            // "the nurse was heartless when I told her": how someone was at a moment.
            Class::InsultAdjective
                if i > 0
                    && norm_at!(tokens, i - 1, "was", "were")
                    && tokens.get(i + 1).is_some_and(|n| {
                        n.clause == tokens[i].clause
                            && norm_in!(n, "when", "during", "about", "after")
                    }) =>
            {
                None
            }
            // "the chubby nurse was brilliant with my son": a look named in praise.
            // "the chubby nurse was brilliant" (not "the staff are nice, shame about the gobby
            // receptionist": praise of others first).
            Class::InsultAdjective if modifies_a_person(tokens, i) && praised(tokens, i, i) => None,
            // "I felt like the stupidest person in the room": the patient, of themself.
            Class::InsultAdjective => ((predicated_person(tokens, i).is_some()
                || coordinated(tokens, i).is_some()
                || follows_a_person(tokens, i)
                || addressed(tokens, i)
                || modifies_a_person(tokens, i)
                || asked_of_a_person(tokens, i))
                && !called_self(tokens, i))
            .then_some("insult_about_person"),
            Class::Profanity => {
                profanity_at_person(tokens, i, word).then_some("profanity_at_person")
            }
        };
        if let Some(rule) = hit {
            hits.push((rule, i..i + 1, predicated_person(tokens, i)));
        }
    }
    // A few words that are insults only in a certain place, each read where it stands.
    for i in 1..tokens.len() {
        let ends_clause = tokens
            .get(i + 1)
            .is_none_or(|n| n.clause != tokens[i].clause);
        let of_a_person =
            |at: usize| predicated_person(tokens, at).is_some_and(|s| plainly_a_person(&tokens[s]));
        let hit = match tokens[i].norm {
            // "she's massive": size said of a person, with nothing after it ("a huge help").
            "massive" | "huge" | "enormous" | "gigantic" | "humongous"
                if ends_clause && of_a_person(i) =>
            {
                Some(("insult_about_person", i..i + 1))
            }
            // "a sad little man", "a sad old cow", "a sad loser": of a person (not "he is sad
            // since mum died", "a sad little waiting room", "a sad excuse for a surgery").
            "sad"
                if norm_at!(
                    tokens,
                    i + 1,
                    "loser",
                    "losers",
                    "specimen",
                    "individual",
                    "individuals"
                ) || (norm_at!(tokens, i + 1, "little", "pathetic", "old")
                    && tokens.get(i + 2).is_some_and(|n| {
                        n.is_person_word() || lexicon::class_of(n.norm).is_some()
                    })) =>
            {
                Some(("insult", i..i + 1))
            }
            // "a rude little madam", "a lazy madam": only with a word that makes it one.
            "madam"
                if norm_at!(tokens, i - 1, "right", "cheeky", "rude", "proper")
                    || insulting_describer(tokens[i - 1].norm) =>
            {
                Some(("insult", i - 1..i + 1))
            }
            // "She is the worst." — said of a person, with nothing after it.
            "worst" if word_is(tokens, i - 1, "the") && ends_clause && of_a_person(i - 1) => {
                Some(("insult", i - 1..i + 1))
            }
            "ass" if i + 1 < tokens.len() && x_ass_y(tokens, i) => Some(("insult", i - 1..i + 2)),
            _ => None,
        };
        if let Some((rule, range)) = hit {
            hits.push((rule, range, None));
        }
    }
    for Match {
        rule,
        tokens: range,
        ..
    } in phrases
        .iter()
        .filter(|m| m.kind == Kind::Abuse && !m.cue)
        .cloned()
    {
        // "she told me he should be sacked", and "the doctor said my son was a drama queen":
        // words said to or by the patient, reported.
        let reported = [range.start.wrapping_sub(2), range.start + 1]
            .into_iter()
            .any(|k| norm_at!(tokens, k, "told", "telling", "tells", "said", "asked"))
            || reported(tokens, range.start);
        // "what the fuck is …", "the fuck off": an exclamation, not aimed at anyone.
        let exclaimed = range.start >= 1
            && word_is(tokens, range.start - 1, "the")
            && norm_at!(
                tokens,
                range.start,
                "fuck",
                "fck",
                "fuk",
                "fk",
                "fuckin",
                "fucking"
            );
        // "I'm scared I'll hurt her": a carer afraid of themself, which is urgent, not a threat.
        // (Not "be afraid, I'll kill you".)
        // ("I'm worried he'll kill her": the fear at the match's head.)
        let before = || behind(tokens, range.start, tokens[range.start].clause).take(4);
        let feared = before()
            .chain(&tokens[range.start..range.end.min(range.start + 2)])
            .any(|t| norm_in!(t, "scared", "afraid", "worried", "frightened", "terrified"))
            && before()
                .chain(&tokens[range.start..range.start + 1])
                .any(|t| norm_in!(t, "im", "i", "am", "ive"))
            // "I'm not afraid to slit your throat" is a threat.
            && !before().any(|t| norm_in!(t, "not", "never", "aint"));
        // "a man outside says he's going to stab someone": another's threat, told, which is
        // urgent.
        let told = (1..3).any(|d| {
            range.start > d
                && norm_at!(tokens, range.start - d - 1, "says", "said", "saying")
                && norm_at!(
                    tokens,
                    range.start - d,
                    "he",
                    "hes",
                    "she",
                    "shes",
                    "they",
                    "theyre"
                )
                && !tokens[range.start - d].after_comma
        });
        // "I deserve to die", "they say I deserve to die", "I want to kill myself, please
        // someone help", "he says he's going to kill himself": of the one who says it, which is
        // urgent (not "he should kill himself"). "A pain through my back like a knife": a
        // likeness.
        let of_self_or_likeness = range.clone().any(|k| {
            norm_at!(tokens, k, "myself", "meself")
                || (k > 0
                    && norm_at!(tokens, k, "himself", "herself", "themselves", "themself")
                    && norm_at!(tokens, k - 1, "kill", "hurt", "harm")
                    && !word_is(tokens, range.start, "should"))
                || (k > 1
                    && norm_at!(tokens, k, "knife", "blade", "hammer")
                    && word_is(tokens, k - 2, "like"))
                // "a headache like someone hit me with a hammer" (not "I'd like someone to …")
                || (k > 0
                    && norm_at!(tokens, k, "someone", "somebody")
                    && word_is(tokens, k - 1, "like")
                    && !word_is(tokens, k + 1, "to"))
                || (k > 0
                    && norm_at!(tokens, k, "deserve", "deserves")
                    && norm_at!(tokens, k - 1, "i", "im", "me"))
        });
        // "if looks could kill", "the new system … it's going to kill someone": no one's threat.
        // "I'd kill for a receptionist like her": a wish, not a threat.
        let wished = range
            .clone()
            .any(|k| word_is(tokens, k, "kill") && word_is(tokens, k + 1, "for"));
        let of_no_one = range.start > 0
            && norm_at!(tokens, range.start, "going", "gonna", "could")
            && norm_at!(
                tokens,
                range.start - 1,
                "looks",
                "its",
                "it",
                "which",
                "system"
            );
        if !reported
            && !exclaimed
            && !feared
            && !told
            && !of_no_one
            && !wished
            && !of_self_or_likeness
            && !called_self(tokens, range.start)
            && !of_a_thing(tokens, range.start)
            // "it's a waste of space having two empty rooms"
            && !(word_is(tokens, range.start, "waste") && said_of_a_thing(tokens, range.start))
            && !of_their_thing(tokens, range.start)
        {
            hits.push((rule, range, None));
        }
    }
    for (rule, range) in find_pairs(phrases, tokens) {
        if !reported(tokens, range.start)
            && !hits
                .iter()
                .any(|(_, r, _)| r.start < range.end && range.start < r.end)
        {
            hits.push((rule, range, None));
        }
    }
    let mut named_clauses = Vec::new();
    for (rule, range, _subject) in &hits {
        let clause = tokens[range.start].clause;
        findings.push(Finding {
            kind: Kind::Abuse,
            spans: vec![span_of(tokens, range.clone())],
            rule,
        });
        if named_clauses.last() != Some(&clause) {
            let who = identifying(tokens, range.start);
            if !who.is_empty() {
                named_clauses.push(clause);
                let mut spans = vec![span_of(tokens, range.clone())];
                spans.extend(who.into_iter().map(|w| tokens[w].span.clone()));
                findings.push(Finding {
                    kind: Kind::NamedStaff,
                    spans,
                    rule: "identifiable_person",
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analyse;

    /// The longest list is kept in alphabetical order, a new line in its place: brotli packs
    /// it smaller so (README).
    #[test]
    fn the_threats_are_in_alphabetical_order() {
        assert!(super::THREATS.lines().is_sorted());
    }

    #[test]
    fn every_pair_names_cue_rules_that_exist() {
        // A misspelt name would make a pair that silently never matches.
        let named = |name: &str| super::CUES.iter().any(|(rule, _)| *rule == name);
        for pair in &super::PAIRS {
            assert!(named(pair.first), "no cue rule `{}`", pair.first);
            assert!(named(pair.second), "no cue rule `{}`", pair.second);
        }
    }

    /// (what the case shows, comment, whether it is nudged as abuse)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "another's threat to kill himself, told: urgent, not abuse",
            "My husband says he's going to kill himself tonight",
            false,
        ),
        (
            "another's threat to others, told",
            "a man outside says he's going to stab someone",
            false,
        ),
        (
            "a pain like a knife: a likeness",
            "a pain through my back like a knife",
            false,
        ),
        (
            "a fear for someone, at the head of the threat",
            "my brother beats his wife and I'm worried he'll kill her",
            false,
        ),
        (
            "a daughter's word for herself, told",
            "my daughter has stopped eating and says she's fat",
            false,
        ),
        (
            "a headache like a blow: a likeness",
            "a headache like someone hit me with a hammer",
            false,
        ),
        (
            "a doctor wished dead by his own hand",
            "I hope the doctor kills himself",
            true,
        ),
        (
            "a receptionist told to kill herself",
            "the receptionist should kill herself",
            true,
        ),
        (
            "a wish to kill oneself, with a cry for someone's help: no threat",
            "I want to kill myself please someone help me",
            false,
        ),
        (
            "the system she has to use, called rubbish",
            "The receptionist was lovely but the system she has to use is clearly rubbish",
            false,
        ),
        (
            "the app you lot use, called a joke",
            "the app you lot use is a joke",
            false,
        ),
        (
            "the letter he sent, called pathetic",
            "the letter he sent was pathetic",
            false,
        ),
        (
            "the nurse that she saw, called a witch",
            "the nurse that she saw is a witch",
            true,
        ),
        (
            "a sad little waiting room: a place",
            "It's a sad little waiting room with no windows",
            false,
        ),
        (
            "a sad excuse for a surgery: the service",
            "What a sad excuse for a surgery, three weeks for a call back",
            false,
        ),
        ("a sad old cow", "The nurse is a sad old cow", true),
        (
            "a nurse over there, called a witch",
            "Nurse Ratched over there is a power-mad witch",
            true,
        ),
        (
            "the receptionist over there, praised",
            "The receptionist over there is lovely, she sorted everything",
            false,
        ),
        ("a sad little man", "The doctor is a sad little man", true),
        (
            "a brother who is sad",
            "My brother take too many tablets this morning because he is sad",
            false,
        ),
        (
            "bastard freezing: a swearword for very",
            "The heating in the waiting room is bastard freezing, please fix it",
            false,
        ),
        (
            "a simile: how she was spoken to, not what she is",
            "The doctor spoke to my daughter like she was stupid, she's 16 not 6",
            false,
        ),
        (
            "what she is, said plainly",
            "The receptionist was stupid and rude to my daughter",
            true,
        ),
        (
            "try that with me outside",
            "I'd like to see the manager try that with me outside",
            true,
        ),
        (
            "try that with me again, a blood test",
            "Could the nurse try that with me again next week, the blood test didn't work",
            false,
        ),
        (
            "a full body check, if you catch my meaning",
            "That doctor can give me a full body check any time, if you catch my meaning",
            true,
        ),
        (
            "a pharmacist who may not catch my meaning",
            "I'm not sure the pharmacist will catch my meaning on the phone, my English is limited, so I came in",
            false,
        ),
        (
            "a receptionist 'well up for it'",
            "The receptionist was flirting with me so I asked for her number, she's well up for it",
            true,
        ),
        (
            "a gay man for a smear, 'it's not right'",
            "I don't want a gay man doing my smear, it's not right",
            true,
        ),
        (
            "Polish nurses who don't care about English patients",
            "Polish nurses are cold and rough, they don't care about English patients",
            true,
        ),
        (
            "a Polish nurse who cares about English patients",
            "The Polish nurse really seems to care about English patients who are nervous, thank you",
            false,
        ),
        (
            "old women to retire and let someone with a brain",
            "Old women like that receptionist should retire and let someone with a brain do it",
            true,
        ),
        (
            "an old doctor retiring soon",
            "The old doctor should retire soon, he said so himself, we'll miss him",
            false,
        ),
        (
            "a turban, 'is this Britain'",
            "Another doctor in a turban, is this Britain or Delhi",
            true,
        ),
        (
            "black staff with an attitude",
            "Black staff always have an attitude",
            true,
        ),
        (
            "Eastern European nurses here for the benefits",
            "These Eastern European nurses are only here for the benefits",
            true,
        ),
        (
            "hire someone normal",
            "The disabled receptionist is too slow, hire someone normal",
            true,
        ),
        (
            "Jewish doctors looking after their own",
            "Jewish doctors always look after their own",
            true,
        ),
        (
            "Muslim nurses looking after their own patients",
            "The Muslim nurses look after their own patients so well, and everyone else too",
            false,
        ),
        (
            "a receptionist called 'a man or a woman'",
            "Is the receptionist a man or a woman? Hard to tell, it was rude either way",
            true,
        ),
        (
            "a man or a woman offered for a smear",
            "The receptionist asked if I'd prefer a man or a woman for my smear, good practice",
            false,
        ),
        (
            "women in burkas, 'it's Britain'",
            "Why do we have to be seen by women in burkas, it's Britain",
            true,
        ),
        (
            "a nurse in a hijab, Britain at its best",
            "The nurse in the hijab was so gentle with my son, it's Britain at its best",
            false,
        ),
        (
            "a Chinese doctor said to eat dogs",
            "The Chinese doctor probably eats dogs, wouldn't trust her",
            true,
        ),
        (
            "camp as Christmas, not to be allowed",
            "The doctor is camp as Christmas, made my husband uncomfortable, shouldn't be allowed",
            true,
        ),
        (
            "settling for a night with the nurse",
            "I'd marry the nurse tomorrow, though I'd settle for a night",
            true,
        ),
        (
            "settling for a night appointment",
            "I'd settle for a night appointment once a week, for people who work",
            false,
        ),
        (
            "a receptionist's boobs out",
            "Nice to see the receptionist's boobs out again today",
            true,
        ),
        (
            "a physio who could massage more",
            "The physio can massage more than my back next time",
            true,
        ),
        (
            "a physio who didn't touch more than my knee",
            "The physio didn't touch more than my knee, even though my hip was the problem",
            false,
        ),
        (
            "a doctor made to disappear",
            "Someone's going to make that doctor disappear one day",
            true,
        ),
        (
            "a prescription made to disappear",
            "The magic trick of this surgery is to make my prescription disappear every month",
            false,
        ),
        (
            "watch out for me next time",
            "Watch out for me next time, practice manager",
            true,
        ),
        (
            "watch out for me in a wheelchair",
            "Watch out for me next time I come in, I'll be in a wheelchair after my op, the ramp is too steep",
            false,
        ),
        (
            "find every one of you",
            "If my mum dies because of you I will find every one of you",
            true,
        ),
        (
            "all going to pay for this",
            "You're all going to pay for this, one way or another",
            true,
        ),
        (
            "paying for the parking",
            "You're going to pay for this parking, I assume, since the machine took my coins",
            false,
        ),
        (
            "a GP prayed to get what she deserves",
            "I pray every night that the GP gets what she deserves",
            true,
        ),
        (
            "a son who gets what he deserves, a diagnosis",
            "I hope my son gets what he deserves, a proper diagnosis after two years",
            false,
        ),
        (
            "a council estate type",
            "The receptionist looks like she's never done a day's work, typical council estate type",
            true,
        ),
        (
            "doctors from India here for the money",
            "Doctors from India are only here for the money and don't care about us",
            true,
        ),
        (
            "a doctor from India, praised",
            "The doctor from India was brilliant, so thorough",
            false,
        ),
        (
            "Muslim staff not to deal with women",
            "Muslim staff should not be dealing with women patients",
            true,
        ),
        (
            "their religion for you",
            "The nurse with the headscarf wouldn't touch my dog, that's their religion for you",
            true,
        ),
        (
            "struck off and strung up",
            "That GP should be struck off and strung up",
            true,
        ),
        (
            "banners strung up badly",
            "The banners outside are strung up badly and one fell on my car",
            false,
        ),
        (
            "her face is worse",
            "The receptionist's voice is like nails on a chalkboard and her face is worse",
            true,
        ),
        (
            "my face got worse after a cream",
            "My face got worse after the cream the GP gave me",
            false,
        ),
        (
            "a low top",
            "The receptionist was wearing a low top and I couldn't concentrate, not complaining",
            true,
        ),
        (
            "straight off the boat",
            "They let anyone in these days, the new receptionist is straight off the boat",
            true,
        ),
        (
            "came straight off the boat myself",
            "I came straight off the boat from Ireland and couldn't register for weeks",
            false,
        ),
        (
            "watch my back, if I were the manager",
            "I'd watch my back if I were the practice manager",
            true,
        ),
        (
            "remember my face",
            "Remember my face, because you'll be seeing it again",
            true,
        ),
        (
            "likened to Harold Shipman",
            "That doctor's bedside manner would make Harold Shipman look caring",
            true,
        ),
        (
            "a typical Karen",
            "That receptionist is a typical Karen, probably votes Tory",
            true,
        ),
        (
            "a typical Monday",
            "We had a typical Monday, the phones were jammed",
            false,
        ),
        (
            "able-bodied staff wanted",
            "Disabled staff on reception slow everything down, hire able bodied people",
            true,
        ),
        (
            "too fat to be giving advice",
            "The nurse is far too fat to be giving health advice, disgusting",
            true,
        ),
        (
            "a poster about weight and IVF",
            "The poster says I'm too fat to be given IVF, that seems harsh",
            false,
        ),
        (
            "a Jewish pharmacist said to overcharge",
            "The jewish pharmacist overcharged me, says it all really",
            true,
        ),
        (
            "a Jewish doctor who never charged",
            "Our Jewish doctor was brilliant and never charged for the letter",
            false,
        ),
        (
            "the street where he belongs",
            "I hope the doctor loses his licence and ends up on the street where he belongs.",
            true,
        ),
        (
            "bored housewives on a power trip",
            "Receptionists here are just bored housewives on a power trip",
            true,
        ),
        (
            "a mum who is a bored housewife",
            "My mum is a bored housewife since she retired, can you suggest a social prescriber?",
            false,
        ),
        (
            "won't know what's hit her",
            "That receptionist won't know what's hit her",
            true,
        ),
        (
            "a doctor needed outside of work",
            "If I ever see that locum outside of work he'll need a doctor himself",
            true,
        ),
        (
            "a stressed nurse needing a doctor",
            "The nurse was so stressed I think she'll need a doctor herself soon",
            false,
        ),
        (
            "it won't be pretty",
            "Someone will teach him some manners one day, and it won't be pretty",
            true,
        ),
        (
            "long memories round here",
            "Some people round here have long memories, your receptionist should remember that",
            true,
        ),
        (
            "they don't forget me",
            "I've dealt with people like your receptionist before, they don't forget me",
            true,
        ),
        (
            "please don't forget me",
            "Please don't forget me, I've been waiting for a callback since Monday",
            false,
        ),
        (
            "my lads told about the nurse",
            "I've told my lads about the nurse",
            true,
        ),
        (
            "mates told how bad the surgery is",
            "I've told my mates about how bad this surgery is",
            false,
        ),
        (
            "like being in Bangladesh",
            "Half the staff can't speak English properly, it's like being in Bangladesh",
            true,
        ),
        (
            "like being in a sauna",
            "It felt like being in a sauna in the waiting room",
            false,
        ),
        (
            "a foreigner who can't string a sentence",
            "Got seen by another foreigner who could barely string a sentence together",
            true,
        ),
        (
            "a shorter skirt",
            "I'd book more appointments if the nurse wore a shorter skirt",
            true,
        ),
        (
            "examine me all day",
            "The doctor's hands were lovely and warm, I'd let her examine me all day",
            true,
        ),
        (
            "prostate any day",
            "The nurse can check my prostate any day ;)",
            true,
        ),
        (
            "blood pressure any time",
            "The nurse can check my blood pressure any time, she is so gentle",
            false,
        ),
        (
            "what a view, of a nurse",
            "The nurse bent over to get a form and made my day, what a view",
            true,
        ),
        (
            "what a view, from the top floor",
            "From the top floor, what a view, but the lift was broken",
            false,
        ),
        (
            "back to wherever he came from",
            "Dr Okafor should go back to medical school, or better still back to wherever he came from",
            true,
        ),
        (
            "a good time shown, asked of a nurse",
            "Ask the brunette nurse if she wants to come for a drink with me, I'll show her a good time",
            true,
        ),
        (
            "bend a nurse over",
            "I'd happily bend the new nurse over the desk",
            true,
        ),
        (
            "bending over for an examination",
            "I had to bend over for the nurse to check my back and she was very professional",
            false,
        ),
        (
            "a hope to see how the doctor likes it",
            "Hope that doctor ends up on a trolley in a corridor like my dad did, see how he likes it",
            true,
        ),
        (
            "next time not so polite",
            "Next time I won't be so polite, and I won't be on my own",
            true,
        ),
        (
            "next time not so patient with the queue",
            "Next time I won't be so patient with the phone queue, I'll just go to A&E",
            false,
        ),
        (
            "someone going to lose it with the doctor",
            "One day someone's going to lose it with that doctor and I won't blame them",
            true,
        ),
        (
            "a receptionist who wants to be careful",
            "That receptionist wants to be careful, not everyone is as patient as me",
            true,
        ),
        (
            "the practice needs to be careful with data",
            "The receptionist needs to be careful with patient data, she read my address out loud",
            false,
        ),
        (
            "lucky there were other people there",
            "You're lucky there were other people in the waiting room",
            true,
        ),
        (
            "lucky there were people about when I fainted",
            "I was lucky there were other people in the waiting room when I fainted, they got help",
            false,
        ),
        (
            "all these immigrants",
            "No wonder the place is a mess with all these immigrants running it",
            true,
        ),
        (
            "old women shouldn't be working",
            "Old women shouldn't be working on the front desk, they're useless with computers",
            true,
        ),
        (
            "a dad who shouldn't be working at 70",
            "My dad shouldn't be working at 70 but he has to, so please offer evening appointments",
            false,
        ),
        (
            "Muslims who look down on us",
            "These Muslims on reception always look down on us",
            true,
        ),
        (
            "staff who look down on us at the disabled toilet",
            "The disabled toilet is always locked and the staff look down on us when we ask for the key",
            false,
        ),
        (
            "never forgets my name",
            "I'll make sure that doctor never forgets my name",
            true,
        ),
        (
            "never forget how kind the nurse was",
            "I'll make sure my kids never forget how kind the nurse was",
            false,
        ),
        (
            "not someone you want to upset",
            "I'm not someone you want to upset, trust me",
            true,
        ),
        (
            "not someone who complains",
            "I'm not someone who complains, but this was too much",
            false,
        ),
        (
            "don't know who you're dealing with",
            "You don't know who you're dealing with",
            true,
        ),
        (
            "never know who you're dealing with at 111",
            "When you ring 111 you never know who you're dealing with, it's a lottery",
            false,
        ),
        (
            "the receptionist can go and jump off a cliff",
            "The receptionist can go and jump off a cliff",
            true,
        ),
        (
            "never forget a face",
            "I've got a long memory and I never forget a face, receptionist",
            true,
        ),
        (
            "a photo of the receptionist's car",
            "I've taken a photo of the receptionist's car",
            true,
        ),
        (
            "a photo of the receptionist's notice",
            "I took a photo of the receptionist's notice about parking because it's wrong",
            false,
        ),
        (
            "you'll lose more than that",
            "If I lose my job because of your sick note mess, you'll lose more than that",
            true,
        ),
        (
            "pray you never need my help",
            "Pray you never need my help, doctor",
            true,
        ),
        (
            "sick of Indian accents",
            "English should be a requirement, I'm sick of Indian accents on the phone",
            true,
        ),
        (
            "sick of people moaning about the Polish nurses",
            "I'm sick of people moaning about the Polish nurses, they're brilliant",
            false,
        ),
        (
            "well fit",
            "The nurse was well fit, wouldn't mind her taking more than my blood pressure",
            true,
        ),
        (
            "thinking about her tonight",
            "Tell the new physio I'll be thinking about her tonight",
            true,
        ),
        (
            "the GP a waste of time",
            "The GP was a complete waste of time, didn't listen and didn't help",
            false,
        ),
        (
            "the GP a waste of a medical degree",
            "The GP is a waste of a medical degree",
            true,
        ),
        (
            "make your life hell",
            "I'm going to make your life hell, Dr Coleman",
            true,
        ),
        (
            "I know people",
            "You haven't heard the end of this, I know people",
            true,
        ),
        (
            "knowing people who waited longer",
            "I know people who have waited longer than me, but three weeks is still too long",
            false,
        ),
        (
            "God help that nurse if I see her",
            "God help that nurse if I see her in Tesco",
            true,
        ),
        (
            "God help the receptionists when the system goes live",
            "God help the receptionists when the new system goes live, it's awful",
            false,
        ),
        (
            "coming for you",
            "If my mum dies because of you, I'm coming for you",
            true,
        ),
        (
            "the bus the nurse gets home",
            "I know which bus that nurse gets home",
            true,
        ),
        (
            "which bus gets home",
            "I don't know which bus gets home from here after 6, please put a timetable up",
            false,
        ),
        (
            "people like that doctor have accidents",
            "People like that doctor end up having accidents",
            true,
        ),
        (
            "your days are numbered",
            "Your days at this surgery are numbered, sweetheart, and not because of a complaint",
            true,
        ),
        (
            "not a violent man but the nurse",
            "I'm not a violent man but that nurse is pushing it",
            true,
        ),
        (
            "not a violent person, people get angry",
            "I'm not a violent person but I understand why people get angry in that queue",
            false,
        ),
        (
            "taught a lesson",
            "the locum should be taken outside and taught a lesson",
            true,
        ),
        (
            "taught a lesson in customer service",
            "The receptionist needs to be taught a lesson in customer service",
            false,
        ),
        (
            "nobody would miss her",
            "Nobody would miss that receptionist if she disappeared",
            true,
        ),
        (
            "nobody would miss the desk",
            "Nobody would miss the old reception desk, it's falling apart",
            false,
        ),
        (
            "so many Polish staff, gladly",
            "So many Polish staff working here now, which is great for my mum who speaks Polish",
            false,
        ),
        (
            "a headscarf touching me",
            "I don't want a doctor in a headscarf touching me",
            true,
        ),
        (
            "immigrants before us taxpayers",
            "These immigrants get appointments before us taxpayers",
            true,
        ),
        (
            "wear less tight clothes for the ECG",
            "The nurse asked me to wear less tight clothes for the ECG next time, fair enough",
            false,
        ),
        (
            "eye candy on the desk",
            "Nice to have some eye candy on the front desk for a change",
            true,
        ),
        (
            "find out what I'm capable of",
            "Carry on like this and you'll find out what I'm capable of",
            true,
        ),
        (
            "a car not in one piece",
            "Don't be surprised if your car's not in one piece tomorrow",
            true,
        ),
        (
            "don't be surprised if your patients leave",
            "Don't be surprised if your patients leave for the new practice in town",
            false,
        ),
        (
            "mark my words, he'll pay",
            "Mark my words, that doctor will pay for what he did",
            true,
        ),
        (
            "mark my words, the practice will close",
            "Mark my words, this practice will be closed within a year if it carries on like this",
            false,
        ),
        (
            "bringing my brothers to sort it",
            "next time I'm bringing my brothers and we'll sort this out properly",
            true,
        ),
        (
            "bringing my brother to explain",
            "I'm bringing my brother to the next appointment so he can help explain, my English is not good",
            false,
        ),
        (
            "a group robbing the system",
            "All these Romanians working here are robbing the system",
            true,
        ),
        (
            "a degree got online",
            "The Chinese doctor probably got her degree online",
            true,
        ),
        (
            "can't trust an Asian receptionist",
            "You can't trust an Asian receptionist with your private information",
            true,
        ),
        (
            "should be in a care home herself",
            "The old dear on reception should be in a care home herself",
            true,
        ),
        (
            "an old man who should be in a care home, with concern",
            "The old man in the waiting room should be in a care home, not left waiting two hours on a hard chair",
            false,
        ),
        (
            "run out of town",
            "the nurse needs to be run out of town",
            true,
        ),
        (
            "see what happens to you",
            "Keep refusing my appointments and see what happens to you",
            true,
        ),
        (
            "wait and see what happens to her results",
            "We'll just have to wait and see what happens to her test results, nobody will tell us anything",
            false,
        ),
        (
            "someone going to wait for the doctor in the car park",
            "One of these days someone's going to wait for that doctor in the car park",
            true,
        ),
        (
            "somebody was waiting for the doctor in the car park",
            "Somebody was waiting for the doctor in the car park to ask about their prescription and got told off",
            false,
        ),
        (
            "that receptionist alone",
            "I'd like to get that receptionist alone for five minutes",
            true,
        ),
        (
            "the doctor alone without mum",
            "I just wanted to get the doctor alone for a few minutes without my mum there and she made that happen, thank you",
            false,
        ),
        (
            "if I see that doctor he's getting it",
            "if I see that doctor outside he's getting it",
            true,
        ),
        (
            "if I see the nurse she'll get it sorted",
            "If I see the nurse tomorrow she'll get it sorted, she always does, unlike reception",
            false,
        ),
        (
            "the job because she's black",
            "She's obviously got the job because she's black, not because she's any good",
            true,
        ),
        (
            "the job because he's a friend of the partners",
            "The locum got the job because he's a friend of the partners, it's obvious",
            false,
        ),
        (
            "a gay nurse kept away from the kids",
            "Gay male nurse, no thanks, keep him away from my kids",
            true,
        ),
        (
            "foreigners treating British people",
            "The doctors here are all foreigners who can barely speak English and shouldn't be treating British people",
            true,
        ),
        (
            "love to see the GP get cancer",
            "I'd love to see that GP get cancer and be told to wait 3 weeks",
            true,
        ),
        (
            "the fit doctor",
            "Shame the fit doctor didn't need to do an intimate exam on me",
            true,
        ),
        (
            "the fit note doctor",
            "The fit note doctor was very understanding about my back",
            false,
        ),
        (
            "may that doctor suffer",
            "May that doctor suffer the way my dad suffered",
            true,
        ),
        (
            "may the doctor have a lovely retirement",
            "May the doctor have a lovely retirement, she deserves it",
            false,
        ),
        (
            "karma to find her",
            "I hope karma finds that receptionist",
            true,
        ),
        (
            "falling down the stairs wished",
            "I hope the manager falls down the stairs",
            true,
        ),
        (
            "falling in love with a job",
            "I hope the nurse falls in love with her new job, she was so nervous",
            false,
        ),
        (
            "a thing, not a person",
            "The nurse is a thing, not a person",
            true,
        ),
        (
            "like the dogs they are",
            "Treat them like the dogs they are",
            true,
        ),
        (
            "a doctor called a disease",
            "That doctor is a disease",
            true,
        ),
        (
            "a cancer specialist",
            "The doctor is a cancer specialist and still couldn't see me for weeks",
            false,
        ),
        (
            "a doctor born in this country",
            "Can't we have a doctor who was born in this country",
            true,
        ),
        (
            "Polish people taking all the appointments",
            "Polish people are taking all the appointments",
            true,
        ),
        (
            "Polish people taking the trouble to learn English",
            "Polish people are taking all the trouble to learn English, give them more help at the desk",
            false,
        ),
        (
            "women not as good",
            "I don't want a lady doctor, women aren't as good",
            true,
        ),
        (
            "older nurses not as rushed",
            "The older nurses are not as rushed as the young ones, more time for you",
            false,
        ),
        (
            "old women past it",
            "Old women shouldn't work on reception, they're past it",
            true,
        ),
        (
            "a gay receptionist flapping",
            "The gay receptionist was flapping his hands about, put him in the back office",
            true,
        ),
        (
            "a group said to run the practice",
            "Jews run this practice for profit, obviously",
            true,
        ),
        (
            "back to where you belong",
            "The Muslim doctor wouldn't shake my hand, go back to where you belong",
            true,
        ),
        (
            "asylum seekers we pay for",
            "Asylum seekers get seen first, we pay for them",
            true,
        ),
        (
            "like talking to a monkey",
            "The African locum was like talking to a monkey",
            true,
        ),
        (
            "the next one needing a doctor",
            "If anything happens to my mum, the doctor will be the next one needing a doctor",
            true,
        ),
        (
            "hating to be her when my husband finds out",
            "I'd hate to be that receptionist when my husband finds out",
            true,
        ),
        (
            "hating to be a receptionist here",
            "I'd hate to be a receptionist here, the abuse they get is awful",
            false,
        ),
        (
            "he'll have it coming",
            "One of these days someone's going to snap and that doctor will have it coming",
            true,
        ),
        (
            "had it all in hand, coming to help",
            "The nurse had it all in hand, coming to help me straight away",
            false,
        ),
        (
            "looking over her shoulder",
            "Let's just say the manager should start looking over her shoulder",
            true,
        ),
        (
            "things unpleasant for the receptionist",
            "Things could get very unpleasant for the receptionist if this happens again",
            true,
        ),
        (
            "things ugly in winter",
            "Things will get ugly in winter when the flu clinics start, please plan ahead",
            false,
        ),
        (
            "a shame about your windows",
            "It would be a shame if your reviews suddenly got a lot worse, and your windows too",
            true,
        ),
        (
            "a shame if the car park closed",
            "It would be a shame if the car park closed, it's the only one near",
            false,
        ),
        (
            "regretting what she said",
            "Mark my words, that nurse will regret what she said",
            true,
        ),
        (
            "regretting not referring me",
            "The doctor will regret not referring me when the scan shows what I've said all along",
            false,
        ),
        (
            "bringing a baseball bat",
            "Next time I'm bringing a baseball bat",
            true,
        ),
        (
            "outside when the surgery closes, for a lift",
            "I'll be outside waiting for my lift when the surgery closes, it's cold, can we wait inside",
            false,
        ),
        (
            "people who know people, watch it",
            "I know people who know people, so watch it",
            true,
        ),
        (
            "a carer who knows people at the council",
            "My mum's carer knows people who know people at the council, and even they couldn't get her seen",
            false,
        ),
        (
            "nothing to happen to your windows",
            "Wouldn't want anything to happen to your nice new surgery windows",
            true,
        ),
        (
            "nothing to happen to my mum while she waits",
            "I wouldn't want anything to happen to my mum while she waits two hours, please prioritise the elderly",
            false,
        ),
        (
            "warned of consequences",
            "You've been warned, next time there will be consequences for the doctor personally",
            true,
        ),
        (
            "how things catch fire",
            "Funny how things catch fire round here",
            true,
        ),
        (
            "how things break on a Monday",
            "Funny how things always break on a Monday, the lift was out again",
            false,
        ),
        (
            "a son out of prison, not happy with how",
            "My son's just out of prison and he's not happy with how you treated me",
            true,
        ),
        (
            "a brother out of prison who can't register",
            "My brother is just out of prison and the surgery won't register him, he's not happy and neither am I",
            false,
        ),
        (
            "see where it gets you",
            "Keep it up doctor and see where it gets you",
            true,
        ),
        (
            "looking you up",
            "I've got your name and I'll be looking you up",
            true,
        ),
        (
            "looking you up to leave a review",
            "I'll look you up on the NHS website to leave a review",
            false,
        ),
        (
            "immigrants who come over here",
            "These immigrants come over here and get seen before us",
            true,
        ),
        (
            "a daughter who came over here from Spain",
            "My daughter came over here from Spain to look after me and couldn't register as a temporary patient",
            false,
        ),
        (
            "helping only her own people",
            "The Asian receptionist only helps her own people",
            true,
        ),
        (
            "a gay nurse pushing his lifestyle",
            "Why do we have to have a gay nurse pushing his lifestyle on us",
            true,
        ),
        (
            "a doctor pushing his agenda of weight loss",
            "The doctor kept pushing his agenda of weight loss when I came about my knee",
            false,
        ),
        (
            "Eastern Europeans out of our NHS",
            "Get these Eastern Europeans out of our NHS",
            true,
        ),
        (
            "a son who sleeps with the light on",
            "My son has to sleep with the light on and the doctor laughed, please be kinder",
            false,
        ),
        (
            "a car park that's a bastard to get out of",
            "The car park is a bastard to get out of at rush hour",
            false,
        ),
        (
            "if looks could kill",
            "If looks could kill, the receptionist's face when I asked for a callback",
            false,
        ),
        (
            "a system that's going to kill someone",
            "The new system is a disaster, it's going to kill someone one day if urgent calls can't get through",
            false,
        ),
        (
            "I will hurt the receptionist",
            "It's simple, I will hurt the receptionist next time",
            true,
        ),
        (
            "an injection that's going to hurt you",
            "The nurse said the injection is going to hurt you a bit, and it really did",
            false,
        ),
        (
            "the bedside manner of a serial killer",
            "The doctor has the bedside manner of a serial killer",
            true,
        ),
        (
            "praying his children are treated the same",
            "I pray that doctor's own children get treated the way he treated my son",
            true,
        ),
        (
            "the bedside manner of a favourite uncle",
            "The doctor had the bedside manner of a favourite uncle",
            false,
        ),
        (
            "gays, not natural",
            "Why are there so many gays working here, it's not natural",
            true,
        ),
        (
            "not a natural communicator",
            "Not a natural communicator, the new doctor, but he knows his stuff",
            false,
        ),
        (
            "a gypsy, check your purse",
            "That receptionist is a gypsy, I'd check your purse",
            true,
        ),
        (
            "keep an eye on your bag",
            "Keep an eye on your bag in the waiting room, someone had theirs stolen last week",
            false,
        ),
        (
            "typical lazy Brits",
            "Typical lazy Brits on reception, can't be bothered",
            true,
        ),
        (
            "he'll wish he hadn't",
            "Next time I see that doctor in town he'll wish he hadn't",
            true,
        ),
        (
            "you'll wish you'd never crossed me",
            "You'll wish you'd never crossed me, doctor",
            true,
        ),
        (
            "you'll wish you never changed the phones",
            "You'll wish you never changed the phone system once the complaints come in",
            false,
        ),
        (
            "breaking someone's jaw",
            "If my wife's results are lost again I'll come down there and break someone's jaw",
            true,
        ),
        (
            "a step that could break someone's leg",
            "You could break someone's leg on that broken step outside",
            false,
        ),
        (
            "taught a lesson",
            "The receptionist needs to be taught a lesson",
            true,
        ),
        (
            "a lesson in customer service",
            "The receptionist needs to be taught a lesson in customer service",
            false,
        ),
        (
            "not England any more",
            "Too many of them working here now, can't even understand what they say, it's not England any more",
            true,
        ),
        (
            "not the England of your own GP",
            "It's not England any more where you could see your own GP, the system has changed",
            false,
        ),
        (
            "not stupid, just can't hear",
            "She's not stupid, she just can't hear. Please train staff to face patients and speak clearly.",
            false,
        ),
        (
            "isn't an idiot, needs things explained",
            "My dad isn't an idiot, he just needs things explained slowly",
            false,
        ),
        (
            "not just rude, a liar",
            "She's not just rude, she's a liar",
            true,
        ),
        (
            "not a doctor, a butcher",
            "He's not a doctor, he's a butcher",
            true,
        ),
        (
            "hurt, and it won't be me",
            "Someone will end up hurt if this carries on, and it won't be me",
            true,
        ),
        (
            "people round here don't forget",
            "Your receptionist wants to be careful, people round here don't forget",
            true,
        ),
        (
            "someone hurt on an icy ramp",
            "Someone will end up hurt on that icy ramp, please grit it",
            false,
        ),
        (
            "people round here don't forget kindness",
            "People round here don't forget kindness, and we won't forget Dr Bell",
            false,
        ),
        (
            "his own kind",
            "The Pakistani doctor only looks after his own kind",
            true,
        ),
        (
            "the country finished, with Polish cleaners",
            "Polish cleaners everywhere, this country is finished",
            true,
        ),
        (
            "do any of them speak English",
            "Another Romanian nurse, do any of them speak English",
            true,
        ),
        (
            "a bloke off the boat",
            "Get a real doctor, not some bloke off the boat",
            true,
        ),
        (
            "off the boat from Belfast",
            "I came off the boat from Belfast this morning and the temporary registration was easy but slow",
            false,
        ),
        (
            "the NHS finished, said by a Polish nurse",
            "The Polish nurse said the NHS is finished if the government doesn't fund it, I agree",
            false,
        ),
        (
            "the nurses' station, filthy",
            "The nurses' station is filthy and nobody wipes the chairs",
            false,
        ),
        (
            "the kids' play area, dirty",
            "The kids' play area is dirty and a child was crying because a toy was broken",
            false,
        ),
        (
            "the patient, a silly old fool",
            "I'm a silly old fool for forgetting my appointment, but a reminder text would help",
            false,
        ),
        (
            "the patient, a daft old bat",
            "I'm a daft old bat and forgot my glasses",
            false,
        ),
        (
            "call me a silly old fool",
            "Call me a silly old fool but I preferred paper prescriptions",
            false,
        ),
        (
            "the receptionist, a silly old fool",
            "Tell that receptionist she's a silly old fool",
            true,
        ),
        (
            "the doctor, a daft old bat",
            "The doctor is a daft old bat who can't remember my name",
            true,
        ),
        (
            "the bedside manner of a rabid dog",
            "The receptionist has the bedside manner of a rabid dog",
            true,
        ),
        (
            "the bedside manner of a saint",
            "The new doctor has the bedside manner of a saint",
            false,
        ),
        (
            "put down like a lame horse",
            "They should put the receptionist down like a lame horse",
            true,
        ),
        (
            "put down as a no show",
            "The receptionist put me down as a no show like I'd forgotten, I was sat right there",
            false,
        ),
        (
            "a trumped up tea lady",
            "Nurse is a trumped up tea lady",
            true,
        ),
        (
            "waiting in the car park for the doctor tonight",
            "I'll be waiting in the car park for the doctor tonight",
            true,
        ),
        (
            "waiting in the car park for a prescription, as agreed",
            "I'll be waiting in the car park for the doctor to bring my prescription out, as agreed, because of my dogs",
            false,
        ),
        (
            "a group generalised about, without praise",
            "Asian doctors are all the same, no bedside manner and just want you out",
            true,
        ),
        (
            "a group generalised about, with praise",
            "The polish nurses are all the same, brilliant and efficient every time",
            false,
        ),
        (
            "'no surprise there' of the staffing",
            "The polish receptionist was on her own again, no surprise there, they never have enough staff",
            false,
        ),
        (
            "a group's lateness generalised",
            "The nigerian nurse was late again, they always are",
            true,
        ),
        (
            "a clinic late on Mondays, not her fault",
            "The polish nurse was late because the clinic overran, they usually are on Mondays, not her fault",
            false,
        ),
        (
            "rude to a drug rep, pushy reps",
            "Our african GP was rude to the drug rep, they always are pushy, good on her",
            false,
        ),
        (
            "a sexual remark about a receptionist",
            "Ask the receptionist if she's single, she's fit",
            true,
        ),
        (
            "'single sex' clinic asked of a receptionist",
            "I asked the receptionist if the clinic is single sex, she didn't know",
            false,
        ),
        (
            "a lovely pair of earrings",
            "The receptionist wore a lovely pair of earrings, and she was kind too",
            false,
        ),
        (
            "'a stunner at finding a vein'",
            "The nurse was a stunner at finding a vein first time",
            false,
        ),
        (
            "words the doctor says, then prejudice",
            "Can't understand a word the asian doctor says, he should learn english or leave",
            true,
        ),
        (
            "looks like an inmate and acts like one",
            "The nurse with the tattoos looks like a prison inmate and acts like one",
            true,
        ),
        (
            "a building that looks like a prison",
            "The new building looks like a prison and acts like one, no windows",
            false,
        ),
        (
            "looked like she had a cold",
            "the receptionist looked like she had a cold and acted like it",
            false,
        ),
        (
            "a warning about the car park, not a wish",
            "The car park is a death trap in the dark, someone will get run over",
            false,
        ),
        (
            "struck off and then run over",
            "That doctor should be struck off and then run over",
            true,
        ),
        (
            "'hope he gets run over'",
            "I hope that smug doctor gets run over on his way home",
            true,
        ),
        (
            "a parent's fond 'cheeky little brats'",
            "The twins are cheeky little brats in the waiting room but the nurse was brilliant with them",
            false,
        ),
        (
            "'my little brat': a parent, fondly",
            "My son is a little brat at jab time, the nurse was so patient",
            false,
        ),
        (
            "'a brat' of a receptionist",
            "That receptionist is a brat, sulking when I asked a question",
            true,
        ),
        (
            "'my doctor, a monkey': 'my' is the doctor's, not a pet name",
            "My doctor, a monkey who couldn't find a vein",
            true,
        ),
        (
            "taking our appointments, of 'the polish lot'",
            "send the polish lot home, they're taking our appointments",
            true,
        ),
        (
            "keep her private life to herself",
            "the lesbian nurse should keep her private life to herself, nobody wants to see that",
            true,
        ),
        (
            "on the fiddle",
            "asian doctors are all on the fiddle, this one's no different",
            true,
        ),
        (
            "a pickpocket, watching my purse",
            "the romanian cleaner is a pickpocket, I'm watching my purse",
            true,
        ),
        (
            "a danger to patients",
            "foreign nurses are a danger to patients, can't understand a word",
            true,
        ),
        (
            "a nurse's advice about pickpockets",
            "the polish nurse told me to keep my wallet in my bag because of pickpockets in the car park, good advice",
            false,
        ),
        (
            "understaffing a danger, foreign nurses doing their best",
            "understaffing is a danger to patients, the foreign nurses do their best",
            false,
        ),
        (
            "the polish lot at the cafe taking spaces",
            "the polish lot who run the cafe next door take our car park spaces",
            false,
        ),
        (
            "go back to her call centre",
            "the indian receptionist should go back to her call centre",
            true,
        ),
        (
            "here illegally",
            "the african nurse is probably here illegally",
            true,
        ),
        (
            "a thief, they all are",
            "that eastern european cleaner is a thief, they all are",
            true,
        ),
        (
            "keep his lifestyle out of it",
            "the gay nurse should keep his lifestyle out of the surgery, disgusting",
            true,
        ),
        (
            "run by foreigners who can't even speak English",
            "no wonder nothing works, the place is run by foreigners who can't even speak english",
            true,
        ),
        (
            "not seen by a woman in a headscarf",
            "I won't be seen by a woman in a headscarf, this is a Christian country",
            true,
        ),
        (
            "asked if an illegal immigrant, called racist",
            "the receptionist asked if I was an illegal immigrant because I had no GP registration, that's racist",
            false,
        ),
        (
            "a mum who can't even speak English well",
            "my mum is Polish and can't even speak English well, please offer an interpreter",
            false,
        ),
        (
            "thieves in the car park, an indian neighbour",
            "the car park is full of thieves breaking into cars, my indian neighbour had her window smashed",
            false,
        ),
        (
            "not seen by a trainee, asking for the polish nurse",
            "I don't want to be seen by a trainee for my smear, I'd like the polish nurse who did it last time",
            false,
        ),
        (
            "a trans son seen by the right name",
            "my son is trans and the new form won't let him be seen by the right name",
            false,
        ),
        (
            "a black nurse, they all are wonderful",
            "the black nurse was wonderful with my dad, they all are at this surgery",
            false,
        ),
        ("a masked 'cow'", "the receptionist is a f*cking c*w", true),
        (
            "taken out and shot",
            "Dr Ahmed should be taken out and shot for what he did",
            true,
        ),
        (
            "taken out and shown the garden",
            "my dad was taken out and shown the garden by the nurse, lovely, but the appointment was late",
            false,
        ),
        (
            "the same treatment one day, wished",
            "hope the receptionist gets the same treatment one day, see how she likes it when nobody helps her dying mum",
            true,
        ),
        (
            "the same good treatment, wished for all",
            "I hope everyone gets the same treatment I had from Dr Lee, she was brilliant, not like the locum",
            false,
        ),
        (
            "a nurse's advice as useful as a teapot",
            "the nurse's advice was as useful as a chocolate teapot, I still don't know how to use my inhaler",
            false,
        ),
        (
            "a doctor's handwriting like the cat dragged in",
            "the doctor's handwriting on my note was like something the cat dragged in, I couldn't read it",
            false,
        ),
        (
            "a phone system a soulless robot",
            "the automated phone system is a soulless robot",
            false,
        ),
        (
            "a man on the phone a smug weasel",
            "The man who answers the phone is a smug little weasel",
            true,
        ),
        (
            "a waiting room full of scroungers",
            "The waiting room is full of junkies and scroungers",
            true,
        ),
        (
            "a smug know-nothing, of a bearded pharmacist",
            "the pharmacist with the beard is a smug know-nothing",
            true,
        ),
        (
            "a child a little monster, fondly",
            "my son is a little monster at bedtime but the nurse calmed him right down for his jabs",
            false,
        ),
        (
            "a baby a little devil, fondly",
            "my partner says the baby is a little devil at night but the health visitor's tips helped",
            false,
        ),
        (
            "a receptionist a little monster",
            "the receptionist is a little monster",
            true,
        ),
        (
            "a son's doctor a little devil",
            "my son's doctor is a little devil",
            true,
        ),
        (
            "not trusting 'his sort', of a turban",
            "the new doctor wears a turban, I don't trust his sort",
            true,
        ),
        (
            "not trusting a booking system",
            "I don't trust the new booking system, the old one was better",
            false,
        ),
        (
            "'all the same that lot', of an origin",
            "that Asian receptionist is as thick as they come, all the same that lot",
            true,
        ),
        (
            "'all the same', of a wait",
            "the black nurse and the asian doctor were both wonderful, all the same I waited an hour",
            false,
        ),
        (
            "a faith's doctors who 'shouldn't treat women'",
            "muslim doctors shouldn't treat women, it's disgusting",
            true,
        ),
        (
            "foreign doctors who shouldn't work so long",
            "foreign doctors shouldn't work such long hours, you're burning them out",
            false,
        ),
        (
            "a group said to hate white people",
            "your staff are all immigrants who hate white people",
            true,
        ),
        (
            "'get someone british'",
            "why is a black man answering the phone in a GP practice, get someone british",
            true,
        ),
        (
            "someone English-speaking for a nan",
            "can you get someone english speaking on the phone line for my nan, she can't follow the recorded message",
            false,
        ),
        (
            "'them lot from the estates' not allowed to work",
            "them lot from the estates shouldn't be allowed to work in a surgery, the receptionist proves it",
            true,
        ),
        (
            "people from an estate parking",
            "the lot from the estate opposite shouldn't be allowed to park in the surgery car park",
            false,
        ),
        (
            "can't speak it, go back to a city",
            "I didn't come to England to be treated by someone who can't speak it, go back to Lagos",
            true,
        ),
        (
            "a mum who can't speak English went home",
            "my mum can't speak english so she had to go back home and wait for my brother to translate",
            false,
        ),
        (
            "bending over a desk, said of a receptionist",
            "the receptionist has lovely legs, wouldn't mind her bending over my desk",
            true,
        ),
        (
            "bending over backwards",
            "the nurse was bending over backwards to help me",
            false,
        ),
        (
            "women seen and not heard",
            "women like that receptionist should be seen and not heard",
            true,
        ),
        (
            "kids seen and not heard, quoted",
            "kids should be seen and not heard according to the receptionist, who told mine off for crying",
            false,
        ),
        (
            "a waste of space, said of rooms",
            "it's a waste of space having two empty rooms while people wait in the corridor, sort it now",
            false,
        ),
        (
            "a waste of space, said of a man",
            "the new receptionist is a waste of space",
            true,
        ),
        (
            "a group only here for benefits",
            "all these africans in the nhs are only here for the benefits, including your new doctor",
            true,
        ),
        (
            "learn the language or clear off",
            "can't understand a word the indian doctor says, they should learn the language or clear off",
            true,
        ),
        (
            "learning English, or a daughter to translate",
            "I'm trying to learn english, or get my daughter to come and translate, please offer interpreters",
            false,
        ),
        (
            "a faith and money",
            "the jewish partner only cares about money, what a surprise",
            true,
        ),
        (
            "a faith and kindness",
            "the jewish doctor was so kind, always made time for us and never about money",
            false,
        ),
        (
            "sent back on the next flight",
            "send the romanian nurse back on the next flight, we don't want her here",
            true,
        ),
        (
            "sent back to see mum",
            "please send the polish nurse back to see my mum next week, she was wonderful",
            false,
        ),
        (
            "teeth knocking out",
            "that receptionist needs her teeth knocking out",
            true,
        ),
        (
            "teeth looking at",
            "my wife needs her teeth looking at but the dentist list is closed, can you refer",
            false,
        ),
        (
            "'prettier if she kept her mouth shut'",
            "the receptionist would be prettier if she kept her mouth shut",
            true,
        ),
        (
            "'needs a man to sort her out'",
            "that nurse needs a man to sort her out",
            true,
        ),
        (
            "a woman doctor who 'should be at home making dinner'",
            "the female doctor should be at home making dinner not diagnosing",
            true,
        ),
        (
            "'jailbait'",
            "the young receptionist is jailbait, I'd have a go",
            true,
        ),
        (
            "'back to her mud hut'",
            "the foreign nurse needs to go back to her mud hut",
            true,
        ),
        (
            "'an illegal'",
            "the receptionist is an illegal, bet she's not even got papers",
            true,
        ),
        (
            "'come over here and take our appointments'",
            "these people come over here and take our appointments",
            true,
        ),
        (
            "a patient who should be at home making tea",
            "I should be at home making tea for my kids, not waiting here two hours",
            false,
        ),
        (
            "a family who came over in the 60s",
            "my family came over here in the 60s and take pride in this surgery, it's gone downhill",
            false,
        ),
        (
            "asked if one was an illegal immigrant",
            "the receptionist asked if I was an illegal immigrant because I had no GP registration, that's racist",
            false,
        ),
        (
            "'send her back', of a nurse",
            "you can't understand a word the african nurse says, send her back",
            true,
        ),
        (
            "muslim staff 'should not be allowed'",
            "muslim staff should not be allowed to wear those things at work",
            true,
        ),
        (
            "immigrant doctors 'killing people'",
            "all these immigrant doctors are killing people with their mistakes",
            true,
        ),
        (
            "'full of eastern europeans'",
            "no wonder it's chaos, the place is full of eastern europeans",
            true,
        ),
        (
            "a gay doctor who 'shouldn't be doing smears'",
            "the doctor is obviously gay, shouldn't be doing smears",
            true,
        ),
        (
            "a patient sent back home by the hospital",
            "the hospital sent him back home the same day with a broken wrist, disgraceful",
            false,
        ),
        (
            "a waiting room full of refugees who need interpreters",
            "the waiting room is full of refugees who need interpreters, please book more",
            false,
        ),
        (
            "a gay patient who wanted a chaperone",
            "the nurse shouldn't be doing smears without a chaperone offered, I'm gay and felt awkward",
            false,
        ),
        (
            "a nationality and 'useless', of a receptionist",
            "the pakistani receptionist was useless like the rest of them",
            true,
        ),
        (
            "'no common sense' put down to being foreign",
            "you can tell the doctor is foreign, no common sense",
            true,
        ),
        (
            "'hire proper british people'",
            "the surgery should hire proper british people",
            true,
        ),
        (
            "a burka, 'get her out'",
            "the receptionist wears a burka, how can we see if she's smiling, get her out",
            true,
        ),
        (
            "'blacks like her always'",
            "blacks like her always have an attitude",
            true,
        ),
        (
            "covid blamed on a chinese doctor",
            "the chinese doctor probably brought covid here",
            true,
        ),
        (
            "'all stick together'",
            "the asian receptionists all stick together and ignore the english patients",
            true,
        ),
        (
            "an interpreter service that never turns up",
            "the interpreter for polish patients is useless, she never turns up",
            false,
        ),
        (
            "a polish nurse never lazy",
            "the polish nurse is never lazy, always rushing about helping people",
            false,
        ),
        (
            "english-speaking staff asked for",
            "please hire english speaking staff for the phones as well as other languages, the line is confusing",
            false,
        ),
        (
            "an indian doctor who probably saved a life",
            "the indian doctor probably saved my life, she spotted my sepsis",
            false,
        ),
        (
            "refugees who need more support",
            "refugees like him need more support than a 10 minute appointment",
            false,
        ),
        (
            "'needs a good seeing to'",
            "the receptionist needs a good seeing to",
            true,
        ),
        (
            "wanting a nurse alone in a room",
            "I'd like to get that nurse alone in a room",
            true,
        ),
        (
            "'only good for one thing', of women doctors",
            "female GPs are only good for one thing",
            true,
        ),
        (
            "'dresses like a slapper'",
            "the receptionist dresses like a slapper",
            true,
        ),
        (
            "'a walking advert for ugly'",
            "that nurse is a walking advert for ugly",
            true,
        ),
        (
            "'know it all cow'",
            "nurse practitioner Sam is a smug know it all cow",
            true,
        ),
        (
            "good at seeing to a leg ulcer",
            "the doctor was good at seeing to my mum's leg ulcer, thank you",
            false,
        ),
        (
            "the doctor alone, without mum",
            "I'd like to get the doctor alone without my mum there next time, I couldn't talk freely",
            false,
        ),
        (
            "a form only good for one thing",
            "the online form is only good for one thing, wasting my time",
            false,
        ),
        (
            "'I deserve to die', of the patient",
            "they say I deserve to die",
            false,
        ),
        ("'he deserves to die'", "that doctor deserves to die", true),
        (
            "'put you in the ground'",
            "you lot will be sorry, I'll put you in the ground",
            true,
        ),
        (
            "'should be lined up and dealt with'",
            "people like that doctor are why the NHS is dying, should be lined up and dealt with",
            true,
        ),
        (
            "a headscarf not wanted here",
            "the new doctor wears a headscarf, we don't want that here",
            true,
        ),
        (
            "foreign doctors said to be killing the NHS",
            "foreign doctors are killing our NHS",
            true,
        ),
        (
            "'like they all do', of a black receptionist",
            "the black receptionist had a chip on her shoulder like they all do",
            true,
        ),
        (
            "refugees called parasites",
            "these refugees get everything for free and we get nothing, parasites",
            true,
        ),
        (
            "a shortage of foreign doctors, said of the NHS",
            "the lack of foreign doctors is killing the NHS, we need more staff not fewer",
            false,
        ),
        (
            "a patient's own headscarf",
            "I wear a headscarf and the receptionist asked me to take it off for a photo, not ok",
            false,
        ),
        (
            "the physio waiting list, a joke",
            "I had a car crash in 2015 and my neck still hurts, the physio waiting list is a joke",
            false,
        ),
        (
            "a group said to be untrustworthy",
            "these people from india cant be trusted with our medical records",
            true,
        ),
        (
            "a group said to run the NHS",
            "jews running the NHS into the ground for profit as usual",
            true,
        ),
        (
            "a nationality said to explain a mistake",
            "the doctor was polish so obviously no idea what hes doing",
            true,
        ),
        (
            "'how their lot are'",
            "these eastern europeans on reception are rude because thats how their lot are",
            true,
        ),
        (
            "'one of our own' after refusing a black doctor",
            "dont give me a black doctor again, i want one of our own",
            true,
        ),
        (
            "a group said to jump the queue",
            "the surgery is full of immigrants jumping the queue ahead of us who paid in",
            true,
        ),
        (
            "'instead of all these africans'",
            "get some british nurses in instead of all these africans",
            true,
        ),
        (
            "a nationality that helped, said kindly",
            "Dr Chaudhry is indian so of course she knew exactly what to say to my nan in punjabi, lovely",
            false,
        ),
        (
            "refugees who find doctors hard to trust",
            "refugees at our church say they can't trust doctors after what happened back home, a leaflet would help",
            false,
        ),
        (
            "asking for the same doctor, not a different one",
            "dont give me a different doctor every time, I want to see the same one",
            false,
        ),
        (
            "a group at risk, asking for screening",
            "asians are more at risk of diabetes so why is there no screening in urdu",
            false,
        ),
        (
            "a patronising little man",
            "Dr Green is a patronising little man",
            true,
        ),
        (
            "a lovely little man",
            "the doctor is a lovely little man",
            false,
        ),
        (
            "sued and then shot",
            "the doctor should be sued into the ground and then shot",
            true,
        ),
        (
            "a wet lettuce and a coward",
            "the locum is a wet lettuce and a coward",
            true,
        ),
        (
            "a doctor told to watch his car",
            "the doctor better watch his car in the car park",
            true,
        ),
        (
            "a doctor called a predator",
            "that doctor is a predator",
            true,
        ),
        (
            "a woman sent back to the kitchen",
            "the receptionist should be at home in the kitchen",
            true,
        ),
        (
            "a nurse making tea in the kitchen",
            "The nurse was in the kitchen making tea while the queue built up",
            false,
        ),
        (
            "a faith named, what do you expect",
            "the doctor's a jew, what do you expect",
            true,
        ),
        (
            "a black nurse, typical",
            "the black nurse had a real attitude, typical",
            true,
        ),
        (
            "a black woman not heard, typical",
            "I'm a black woman and the GP didn't take my pain seriously, typical",
            false,
        ),
        (
            "staff called hormonal menopausal women",
            "your receptionists are all hormonal menopausal women",
            true,
        ),
        (
            "a menopausal receptionist who understood",
            "The receptionist is menopausal like me and was really understanding about my HRT",
            false,
        ),
        (
            "an Asian doctor told to go back home",
            "the Asian doctor couldn't understand a word, go back home",
            true,
        ),
        (
            "a turban resented, this is Britain",
            "the doctor's turban made me uncomfortable, this is Britain",
            true,
        ),
        (
            "a chaplain in a turban, Britain at its best",
            "The chaplain in a turban was kind, this is Britain at its best",
            false,
        ),
        (
            "not some immigrant",
            "get me a doctor who speaks proper English not some immigrant",
            true,
        ),
        (
            "an immigrant oneself",
            "As an immigrant myself I found it hard to understand the registration forms",
            false,
        ),
        (
            "a lazy nationality",
            "the receptionist is a typical lazy Polish",
            true,
        ),
        (
            "some foreign doctors praised",
            "Some foreign doctors are excellent, the issue is the 10 minute appointment",
            false,
        ),
        (
            "a white doctor asked for, not an Indian one",
            "can I see a white doctor please, not the Indian one",
            true,
        ),
        (
            "a female GP asked for, not the male one",
            "I asked for a female GP, not the male one, and was refused",
            false,
        ),
        ("a man called a bender", "the male nurse is a bender", true),
        (
            "a bender, of drinking",
            "My husband went on a bender after his diagnosis and the GP didn't offer any support",
            false,
        ),
        (
            "a raving queen",
            "that doctor is obviously a raving queen",
            true,
        ),
        (
            "treated by someone in a burka, resented",
            "why do we have to be treated by someone in a burka",
            true,
        ),
        (
            "a kind doctor in a hijab",
            "I was seen by a lovely doctor in a hijab who took time to explain everything",
            false,
        ),
        (
            "a faith told to go home",
            "all these muslims on reception should go home",
            true,
        ),
        (
            "the parking is a bastard",
            "the parking is a bastard, never any spaces",
            false,
        ),
        (
            "a receptionist called a bastard",
            "the receptionist is a bastard",
            true,
        ),
        (
            "ready to kill someone, of the wait",
            "By the time I got seen I was ready to kill someone, 2 hours late",
            false,
        ),
        (
            "a face remembered, as a threat",
            "I'll remember her face",
            true,
        ),
        (
            "a kind face always remembered",
            "I'll always remember her face, she was so kind",
            false,
        ),
        (
            "staff wished in a wheelchair",
            "I'd happily see the manager in a wheelchair after what he did",
            true,
        ),
        (
            "smelling like a tramp, said of staff",
            "the nurse smelt like a tramp and looked like one too",
            true,
        ),
        (
            "faggots and peas, the dish",
            "Faggot and peas isn't a meal I'd serve patients but the hospital food was grim",
            false,
        ),
        (
            "the slur said to someone, with a meal named",
            "you faggot, enjoy your dinner",
            true,
        ),
        (
            "a bastard of an ailment",
            "the bastard rash on my leg still isnt sorted after 3 visits",
            false,
        ),
        ("a clown emoji for a name", "the gp is a total 🤡", true),
        (
            "a clown emoji for a balloon",
            "kids loved the 🤡 balloon at the flu clinic",
            false,
        ),
        (
            "wishing staff run over",
            "the nurse should be sacked and then run over",
            true,
        ),
        (
            "results run over with a patient",
            "The doctor should be run over the results by the nurse first",
            false,
        ),
        (
            "a product of inbreeding",
            "the GP is clearly a product of inbreeding",
            true,
        ),
        (
            "too stupid to do something, of staff",
            "these so called nurses are too stupid to tie their own shoelaces",
            true,
        ),
        (
            "too stupid to understand, of oneself",
            "I was too stupid to understand the form",
            false,
        ),
        (
            "a wench, said of a receptionist",
            "receptionist = wench",
            true,
        ),
        (
            "like dealing with robots",
            "It's like dealing with robots on the phone",
            false,
        ),
        (
            "like talking to a robot",
            "Honestly it's like talking to a robot at reception",
            false,
        ),
        (
            "lucky to have a screen between",
            "Tell the receptionist she's lucky there's a screen between us",
            true,
        ),
        (
            "lucky to have a patient team",
            "She's lucky she has such a patient team around her, because she was very disorganised",
            false,
        ),
        (
            "not responsible for what one does next",
            "I'm not responsible for what I do next time she's rude to me",
            true,
        ),
        (
            "dragged over the desk",
            "If I was a man I'd have dragged her over the desk",
            true,
        ),
        (
            "regret said of losing patients",
            "You'll regret losing patients like me when the funding drops",
            false,
        ),
        (
            "regret said as a threat",
            "You'll regret treating me like that, mark my words",
            true,
        ),
        ("a race traitor", "the receptionist is a race traitor", true),
        (
            "sent back from where they came",
            "Go back from where you came",
            true,
        ),
        (
            "going back to where one came from",
            "I had to go back to where I came from because the pharmacy was closed",
            false,
        ),
        (
            "told to shut up, sworn",
            "tell that receptionist to shut the fuck up",
            true,
        ),
        (
            "a little town called hick",
            "I live in a little hick town and the bus to the surgery is hourly",
            false,
        ),
        (
            "a Maine coon, the cat",
            "my Maine coon needs worming and the vet is shut",
            false,
        ),
        ("girls called ghetto", "the ghetto girls on reception", true),
        (
            "a ghetto, the place",
            "my grandad grew up in a ghetto in Warsaw",
            false,
        ),
        (
            "more sense out of a brick than the doctors",
            "You'd get more sense out of a brick than the doctors here",
            true,
        ),
        (
            "more sense out of the website",
            "You'd get more sense out of the website than the phone line",
            false,
        ),
        (
            "knowing which car is the doctor's, said as a threat",
            "I know which car is the doctor's",
            true,
        ),
        (
            "knowing which car is the doctor's, said of the parking",
            "I know which car is the doctor's because he parks in the disabled bay every day",
            false,
        ),
        (
            "wishing staff onto the streets",
            "I hope the doctor gets struck off and ends up on the streets where he belongs",
            true,
        ),
        (
            "hoping staff can help people on the streets",
            "I hope the doctor can keep helping the people sleeping on the streets near here",
            false,
        ),
        ("'that ho', with nobody else named", "I love this ho", true),
        (
            "a hoe in the garden",
            "my dad hurt his back with a hoe in the garden",
            false,
        ),
        (
            "ho ho ho",
            "the Christmas tree in reception is lovely, ho ho ho",
            false,
        ),
        (
            "'not afraid' before a threat",
            "I'm not afraid to slit your throat tomorrow",
            true,
        ),
        (
            "a carer afraid of hurting the one cared for",
            "I'm a carer and I'm at the end of my tether, I'm scared I'll hurt her",
            false,
        ),
        (
            "'be afraid' before a threat",
            "Be afraid, I'll hurt her if she does that again",
            true,
        ),
        (
            "a son who can't speak proper English yet",
            "My son can't speak proper English yet and the receptionist was impatient with him",
            false,
        ),
        (
            "staff who can't speak proper English",
            "The doctor can't even speak proper English, send him back",
            true,
        ),
        (
            "asking for a proper English doctor",
            "I want a proper English doctor",
            true,
        ),
        ("a gimp", "the locum is a gimp", true),
        (
            "a sexual remark about a receptionist",
            "the blonde receptionist is fit, I'd give her one",
            true,
        ),
        (
            "a receptionist described by her legs",
            "tell the nurse with the nice legs to give me a call ;)",
            true,
        ),
        (
            "one more chance",
            "I'd give her one more chance but she was rude again",
            false,
        ),
        ("one star", "I'd give them one star if I could", false),
        (
            "a nurse described by her smile",
            "The nurse with the nice smile was the only friendly one",
            false,
        ),
        (
            "a patient of her own body",
            "I'm a woman with big boobs and the nurse said my back pain is my own fault",
            false,
        ),
        (
            "karma's a bitch, a threat",
            "Karma's a bitch, remember that receptionist",
            true,
        ),
        (
            "that's a stupid bitch, of a person",
            "that's a stupid bitch on reception",
            true,
        ),
        (
            "a bitch move, of a person",
            "it was a bitch move of her to cancel without telling me",
            true,
        ),
        (
            "life's a bitch",
            "Life's a bitch when you can't get a GP appointment",
            false,
        ),
        (
            "a plural written with a z",
            "ur all a bunch of wankerz",
            true,
        ),
        (
            "'kunt' in Dutch is 'can'",
            "Kunt u mij terugbellen, ik heb niet veel tijd en de wachttijd was lang",
            false,
        ),
        (
            "an exclamation mark run into the next sentence",
            "The nurse was lovely!Thanks again",
            false,
        ),
        (
            "an exclamation mark inside a word",
            "the receptionist is a b!tch",
            true,
        ),
        (
            "scum after a nationality",
            "sick of polish scum on the reception desk",
            true,
        ),
        (
            "a surgery overrun with foreigners",
            "the surgery is overrun with foreigners these days",
            true,
        ),
        (
            "a surgery swamped with patients",
            "The surgery is swamped with patients every Monday, more staff needed",
            false,
        ),
        ("suck my balls", "tell the manager to suck my balls", true),
        (
            "needs to lose a few stone, of a person",
            "The receptionist needs to lose a few stone before she lectures me about my weight",
            true,
        ),
        (
            "needs to lose weight, the patient told",
            "The nurse said I need to lose a few stone and gave me a leaflet, nothing else",
            false,
        ),
        (
            "a husband who needs to lose weight for an operation",
            "My husband needs to lose weight before his operation and nobody will refer him to the dietitian",
            false,
        ),
        (
            "a face to match",
            "The nurse has a voice like nails on a blackboard and a face to match",
            true,
        ),
        (
            "a bedside manner to match",
            "Lovely new doctor with a bedside manner to match her skills",
            false,
        ),
        (
            "lined up against a wall",
            "They should line the whole lot of them up against a wall",
            true,
        ),
        (
            "made to line up against a wall for want of seats",
            "We had to line up against the wall in the corridor because there were no seats",
            false,
        ),
        (
            "getting what she deserves, said as a threat",
            "if I see that receptionist in town she'll get what she deserves",
            true,
        ),
        (
            "getting what she deserves, said as praise",
            "She'll get what she deserves one day, a medal! Best nurse ever",
            false,
        ),
        (
            "the most miserable woman in a county",
            "Congratulations to the receptionist for being the most miserable woman in Yorkshire",
            true,
        ),
        (
            "the most miserable woman, the patient of herself",
            "I felt like the most miserable woman alive after that appointment",
            false,
        ),
        (
            "the stupidest person in the room, the patient of herself",
            "I felt like the stupidest person in the room when the doctor explained it",
            false,
        ),
        (
            "the stupidest man alive",
            "that doctor is the stupidest man alive",
            true,
        ),
        (
            "better advice from a dog",
            "I'd get better medical advice from my dog",
            true,
        ),
        (
            "more joy from a cat than the phone line",
            "I've had more joy from my cat than from the appointment line",
            false,
        ),
        (
            "a bitch to use, of a system",
            "The new booking system is a bitch to use",
            false,
        ),
        (
            "a bitch to everyone, of a person",
            "the receptionist is a bitch to everyone",
            true,
        ),
        (
            "parking's a bitch",
            "It's a bitch to park here on a Monday",
            false,
        ),
        (
            "a man that acts like one",
            "a man that is a bitch to his patients",
            true,
        ),
        (
            "the attitude of some staff stinks",
            "The attitude of some staff stinks",
            false,
        ),
        (
            "the receptionist stinks",
            "the treatment of patients by that receptionist stinks, and so does she",
            true,
        ),
        (
            "his head kicking in",
            "that doctor wants his head kicking in",
            true,
        ),
        (
            "a head hurt in a fall",
            "My son's head was smashed in a fall at school and the surgery wouldn't see him, we went to A&E",
            false,
        ),
        (
            "sacked and humiliated",
            "I'd love to see the practice manager sacked and humiliated",
            true,
        ),
        (
            "not on the Titanic",
            "Shame the receptionist wasn't on the Titanic",
            true,
        ),
        (
            "ashamed to call herself a woman",
            "the nurse should be ashamed to call herself a woman",
            true,
        ),
        (
            "ashamed to call myself a patient here",
            "I'm ashamed to call myself a patient of this practice",
            false,
        ),
        (
            "more compassion in a traffic warden",
            "I've seen more compassion in a traffic warden",
            true,
        ),
        (
            "more compassion from the hospital",
            "I've seen more compassion from the hospital than from this surgery",
            false,
        ),
        (
            "a fight in an empty room",
            "The practice manager could start a fight in an empty room",
            true,
        ),
        ("run by the gestapo", "Reception run by the gestapo", true),
        (
            "run by a joke of a system",
            "the surgery is run by a joke of a system",
            false,
        ),
        (
            "back with a baseball bat",
            "I'll be back with a baseball bat",
            true,
        ),
        (
            "back with a husband",
            "I came back with my husband because nobody would listen to me on my own",
            false,
        ),
        (
            "smash the place up",
            "I'm going to smash this place up next time",
            true,
        ),
        (
            "pay with your life",
            "If my mum dies because of you, I'll make sure you pay with your life",
            true,
        ),
        (
            "when I lose my temper",
            "Keep ignoring me and you'll find out what happens when I lose my temper",
            true,
        ),
        (
            "sorry I lost my temper",
            "I'm sorry I lost my temper at reception, but please understand I'd been waiting three weeks",
            false,
        ),
        (
            "waiting for the doctor after work",
            "I'll be waiting for the doctor after work",
            true,
        ),
        (
            "'deal with' someone, not by a complaint",
            "someone needs to deal with that doctor, and I don't mean a complaint",
            true,
        ),
        (
            "not meant as a complaint",
            "I don't mean this as a complaint, but the practice should deal with the receptionists' workload",
            false,
        ),
        (
            "a skill ('a beast at taking bloods')",
            "The nurse is a beast at taking bloods, didn't feel a thing",
            false,
        ),
        (
            "a beast who shouted",
            "The receptionist is a beast, shouted at an old man in front of everyone",
            true,
        ),
        (
            "'negro' in Spanish is black",
            "Llevaba mi abrigo negro y nadie me ayudó en recepción",
            false,
        ),
        (
            "'hoe' in Dutch is how",
            "Ik moest lang wachten, hoe kan dat?",
            false,
        ),
        (
            "refusing a nurse for her colour",
            "I don't want to be seen by a black nurse",
            true,
        ),
        (
            "seen by a black nurse, praised",
            "I was seen by a black nurse who was lovely and so gentle",
            false,
        ),
        (
            "asking for a female doctor",
            "I'd rather be seen by a female doctor but there's never one available",
            false,
        ),
        (
            "too many of a faith",
            "Too many muslims working here now",
            true,
        ),
        (
            "too many locums",
            "Too many locums and not enough permanent doctors",
            false,
        ),
        (
            "a nationality called lazy",
            "the new GP is a typical lazy Pole",
            true,
        ),
        (
            "disabled people clogging up a room",
            "Disabled people clogging up the waiting room with their scooters, ridiculous",
            true,
        ),
        (
            "gypsies not to be allowed",
            "Gypsies shouldn't be allowed to register here",
            true,
        ),
        (
            "travellers shouldn't be refused",
            "Travellers shouldn't be refused registration, my friend was turned away and that's discriminatory",
            false,
        ),
        (
            "asking if staff are a man or a woman",
            "that thing on reception, is it a man or a woman?",
            true,
        ),
        (
            "wishing someone's children suffer",
            "May the receptionist's children suffer like my mum did",
            true,
        ),
        (
            "may I suggest",
            "May I suggest longer opening hours, my kids suffer when they miss school for appointments",
            false,
        ),
        (
            "women doctors called emotional",
            "The female doctors here are all emotional wrecks who can't make decisions",
            true,
        ),
        (
            "women doctors praised",
            "The female doctors here are brilliant and really listened",
            false,
        ),
        (
            "bitch misspelt, receptionist spelt as said",
            "that recepshunist is a bich",
            true,
        ),
        (
            "blood counts shortened",
            "My blood cnts were never explained to me",
            false,
        ),
        (
            "looks like he crawled out of a skip",
            "Long wait, rude staff, and a doctor who looks like he crawled out of a skip",
            true,
        ),
        (
            "a dog crawled out of a hedge",
            "My dog crawled out of the hedge and I was late, but they still could have seen me",
            false,
        ),
        (
            "wishing everyone loses their jobs",
            "I hope you all lose your jobs, you deserve nothing",
            true,
        ),
        (
            "a shower of shite",
            "Thanks for nothing you useless shower of shite",
            true,
        ),
        (
            "a shower of rain",
            "It was a shower of rain all morning and there's no shelter outside",
            false,
        ),
        (
            "cursing a system is about the service",
            "screw the new triage system, just let me book an appointment",
            false,
        ),
        (
            "cursing the people is abuse",
            "fuck the receptionists, they never pick up",
            true,
        ),
        (
            "'better cross the road' to a shop",
            "You'd better cross the road to the pharmacy because ours never has stock",
            false,
        ),
        (
            "'no brains for forms' said of oneself",
            "I've got no brains for forms, and nobody helped me fill it in",
            false,
        ),
        (
            "hoping a nurse's kids are treated as kindly",
            "I hope the nurse's kids get treated as kindly as she treated mine",
            false,
        ),
        (
            "bought a degree",
            "Is the doctor actually qualified or did he buy his degree online?",
            true,
        ),
        (
            "not fit to look after animals",
            "These people aren't fit to look after animals let alone patients",
            true,
        ),
        (
            "wishing a child treated as badly",
            "Hope the doctor's kids get treated the way he treated me",
            true,
        ),
        (
            "the last word, pointed at",
            "I'd rather be seen by a vet than that clown",
            true,
        ),
        (
            "god help whoever lives with someone",
            "God help anyone who has to live with that receptionist",
            true,
        ),
        (
            "god help anyone who needs an appointment",
            "God help anyone who needs an appointment on a Monday",
            false,
        ),
        (
            "a failed nobody",
            "the practice manager is a failed nobody on a power trip",
            true,
        ),
        (
            "she'll deserve it",
            "One day someone is going to lose their temper with that receptionist and she'll deserve it",
            true,
        ),
        (
            "the ugly stick",
            "she must have been hit with the ugly stick",
            true,
        ),
        (
            "in prison where he belongs",
            "I would happily see that doctor struck off and in prison where he belongs",
            true,
        ),
        (
            "with no heart",
            "That nurse is a cold fish with no heart",
            true,
        ),
        (
            "the brain of one",
            "The woman on the phone sounded like a dalek and had the brain of one too",
            true,
        ),
        (
            "an insult at people where they stand ('at that desk')",
            "All of you at that desk are vultures",
            true,
        ),
        (
            "a herd with describing words between",
            "this surgery is run by a gang of power hungry witches",
            true,
        ),
        (
            "'no brains' said of people",
            "receptionists = power mad gatekeepers with no brains",
            true,
        ),
        (
            "'no brains needed' is about a job",
            "no brains needed to fix the bloody phones, just hire more people",
            false,
        ),
        (
            "crawl back under a rock",
            "Dr Evans should crawl back under whatever rock he came from",
            true,
        ),
        (
            "minutes with someone in the car park",
            "I'd like 5 minutes with that doctor in the car park",
            true,
        ),
        (
            "minutes with the doctor to talk",
            "I'd like ten minutes with the doctor outside of the usual rush to talk properly",
            false,
        ),
        (
            "teach someone some respect",
            "someone needs to teach that receptionist some respect and I'm happy to do it",
            true,
        ),
        (
            "wishing someone loses their home",
            "i hope the doctor who sent me away loses his licence and his house",
            true,
        ),
        (
            "better cross the road",
            "if i see that receptionist in town she'd better cross the road",
            true,
        ),
        (
            "a poor excuse for a man",
            "That doctor is a disgrace to his profession and a poor excuse for a man",
            true,
        ),
        (
            "deserves a kick in the teeth",
            "Whoever designed this system deserves a kick in the teeth",
            true,
        ),
        (
            "peasants",
            "Your receptionists are rude, ignorant peasants",
            true,
        ),
        (
            "'wants to watch herself'",
            "The receptionist wants to watch herself, I've had enough of her attitude",
            true,
        ),
        (
            "a mother who needs to watch herself on a ramp",
            "My mum needs to watch herself on the ramp, it's slippery when wet",
            false,
        ),
        (
            "'need a lesson in manners and a slap'",
            "Receptionists need a lesson in manners and a slap",
            true,
        ),
        (
            "a subject two clauses back: 'the nurse was run off her feet, the staffing is shite'",
            "Poor nurse was run off her feet, the staffing here is shite",
            false,
        ),
        (
            "'her' is never a subject: 'her weed was trash'",
            "All I did was say her weed was trash",
            false,
        ),
        (
            "'whoever is on reception today is a proper knob'",
            "Whoever is on reception today is a proper knob.",
            true,
        ),
        (
            "a relative clause's verb: 'the receptionist who was on the phone is a cow'",
            "The receptionist who was on the phone is a cow",
            true,
        ),
        (
            "'a joke how few of them there are'",
            "Staff do their best but it's a bloody joke how few of them there are",
            false,
        ),
        (
            "'a cock up': a blunder",
            "the pharmacist said the prescription was never sent, what a cock up",
            false,
        ),
        (
            "sarcasm: 'thanks for nothing, geniuses'",
            "Thanks for nothing, geniuses",
            true,
        ),
        (
            "a genius idea, thanked in sarcasm",
            "Thanks for the genius idea of closing the phone lines at lunch",
            false,
        ),
        (
            "'their lack of brains'",
            "Do you hire receptionists for their lack of brains?",
            true,
        ),
        (
            "'born this stupid'",
            "Was the doctor born this stupid or did he have to practise?",
            true,
        ),
        (
            "'born this way', with a heart condition",
            "I was born this way, with a heart condition, and the surgery never reviews it",
            false,
        ),
        (
            "qualifications from a cereal box",
            "The nurse must have got her qualifications from a cereal box",
            true,
        ),
        (
            "'a chimp could run this place better than the manager'",
            "Honestly, a chimp could run this place better than the manager",
            true,
        ),
        (
            "'a toddler could use the new screen'",
            "A toddler could use the new check-in screen, it's so easy, better than the old one",
            false,
        ),
        (
            "'should be shot of' a computer: rid of it",
            "The doctor should be shot of that ancient computer, it took ages to load",
            false,
        ),
        (
            "'should be shot', said of a person",
            "That receptionist should be shot",
            true,
        ),
        (
            "'costs a bomb'",
            "Parking costs a bomb at the hospital, can the surgery do blood tests instead",
            false,
        ),
        (
            "'burn this bloody place down'",
            "I'll burn this bloody place down",
            true,
        ),
        (
            "'my little monkey': a child, fondly",
            "My little monkey had his jabs and the nurse was so patient with him",
            false,
        ),
        (
            "'those foreign doctors', spoken up for",
            "Those foreign doctors who trained abroad should get more support with the computer system",
            false,
        ),
        (
            "'these women', praised",
            "These women on reception were so kind to me",
            false,
        ),
        (
            "immigrants waiting for an interpreter, said with sympathy",
            "These immigrants can't even speak to a GP without waiting weeks for an interpreter, it's unfair on them",
            false,
        ),
        (
            "immigrants 'taking our jobs'",
            "Get some British staff in, not these immigrants taking our jobs",
            true,
        ),
        (
            "a foreign doctor who 'can barely speak English'",
            "I don't want to be seen by a foreign doctor who can barely speak English",
            true,
        ),
        (
            "'typical of her lot'",
            "The receptionist in the hijab was rude, typical of her lot",
            true,
        ),
        (
            "'a man in a dress' on reception",
            "Why is a man in a dress on reception",
            true,
        ),
        (
            "'those eastern Europeans' who 'can't even understand'",
            "Those eastern Europeans on reception can't even understand a simple request",
            true,
        ),
        (
            "a veiled threat: not responsible for my actions",
            "If that receptionist laughs at me again I won't be responsible for my actions",
            true,
        ),
        (
            "a veiled threat: slashed tyres",
            "Someone should slash that doctor's tyres, see how he likes waiting",
            true,
        ),
        (
            "a veiled threat: bringing the brothers",
            "I'm coming back tomorrow and I'm bringing my brothers",
            true,
        ),
        (
            "bringing cousins to translate",
            "I had to bring my cousins to translate because there was no interpreter",
            false,
        ),
        (
            "a veiled threat: words outside",
            "I'll be having words with that doctor outside, not in here",
            true,
        ),
        (
            "words had outside about parking",
            "Had words with the receptionist outside about the parking, she was helpful",
            false,
        ),
        (
            "a veiled threat: hoping never to get someone alone",
            "That GP wants to hope I never get him alone",
            true,
        ),
        (
            "never getting the doctor alone, for privacy",
            "I never get her alone, my husband always comes in with me",
            false,
        ),
        (
            "a surname after a title that is also an insult",
            "Dr Pratt was kind and thorough, thank you",
            false,
        ),
        ("the same word, called", "Dr Pratt is a pratt", true),
        (
            "a glorified pharmacist",
            "The doctor is a glorified pharmacist with a god complex",
            true,
        ),
        (
            "a glorified corridor",
            "The waiting room is a glorified corridor with no windows",
            false,
        ),
        (
            "a child playing dress-up",
            "The new doctor is a child playing dress-up",
            true,
        ),
        (
            "a child playing up in pain",
            "My son is a child playing up because he's in pain",
            false,
        ),
        (
            "amateurs pretending to be doctors",
            "Bunch of clueless amateurs pretending to be doctors",
            true,
        ),
        (
            "pretending to be a doctor's secretary",
            "one was pretending to be doctor's secretary and refused to book",
            false,
        ),
        (
            "telling a doctor to go back where he came from",
            "Dr Ali should go back where he came from",
            true,
        ),
        (
            "going back where I came from",
            "I had to go back where I came from because the pharmacy was closed",
            false,
        ),
        (
            "a drama queen and a liar",
            "The nurse is a drama queen and a liar",
            true,
        ),
        (
            "a doctor not trusted with a dog",
            "I wouldn't trust that doctor to treat my dog",
            true,
        ),
        (
            "staff who should be put in a zoo",
            "Whoever is on reception should be put in a zoo",
            true,
        ),
        (
            "a waiting room like a zoo",
            "The waiting room is like a zoo on Monday mornings",
            false,
        ),
        (
            "a veiled threat: that doctor is finished",
            "If anything happens to my dad, that doctor is finished, and I mean finished",
            true,
        ),
        (
            "a veiled threat: keep an eye on your car",
            "I'd keep an eye on your car if I were you, Dr Green",
            true,
        ),
        (
            "a warning to keep an eye on your car",
            "Keep an eye on your car in the car park, there have been break-ins",
            false,
        ),
        (
            "a veiled threat: an enemy made",
            "You've made an enemy today, love",
            true,
        ),
        (
            "a veiled threat: where someone lives",
            "I'll make sure everyone knows where that nurse lives",
            true,
        ),
        (
            "a veiled threat: a room with someone",
            "Give me ten minutes in a room with that practice manager",
            true,
        ),
        (
            "a veiled threat: not on shift when I come back",
            "Tell the nurse she'd better not be on shift when I come back",
            true,
        ),
        (
            "a veiled threat: a long memory and a name",
            "I've got a long memory and I know her name",
            true,
        ),
        (
            "a long memory for lost prescriptions",
            "I've got a long memory and this is the third time my prescription was lost",
            false,
        ),
        (
            "a veiled threat: a smirk wiped off",
            "One day that smirk will get wiped off her face, permanently",
            true,
        ),
        (
            "a doctor finished for the day",
            "The doctor is finished at 6, so the late slots go quickly",
            false,
        ),
        (
            "hoping staff get what they deserve, in text-speak",
            "hope the gp gets wot he deserves",
            true,
        ),
        (
            "hoping everyone catches a disease",
            "hope u all get covid",
            true,
        ),
        (
            "hoping a patient's own relative gets cancer treatment",
            "I hope my mum gets cancer treatment soon, the referral is stuck",
            false,
        ),
        (
            "hoping for cancer referrals",
            "I hope you get cancer referrals sorted faster than mine was",
            false,
        ),
        (
            "hoping a relative is spared a disease",
            "I hope my son doesn't get covid in that crowded waiting room",
            false,
        ),
        (
            "hoping a doctor's children fall ill",
            "I hope the doctor's kids get sick and he has to wait like us",
            true,
        ),
        (
            "like a robot: how someone went about it",
            "The doctor acted like a robot reading from a script",
            false,
        ),
        (
            "two faced, written as two words",
            "Paula at the desk is two faced",
            true,
        ),
        (
            "an insult of someone known by when they worked, far from the verb",
            "the lady on reception this morning with the long nails is a rude cow",
            true,
        ),
        (
            "someone known by when they worked, praised",
            "the receptionist this morning was a saint",
            false,
        ),
        (
            "a veiled threat: their days are numbered",
            "Tell the doctor his days are numbered",
            true,
        ),
        (
            "a veiled threat: it won't be to talk",
            "Next time I come in it won't be to talk",
            true,
        ),
        (
            "a veiled threat: people who can deal with someone",
            "I've got people who can deal with that receptionist",
            true,
        ),
        (
            "a veiled threat: picking teeth up",
            "One more word and she'll be picking her teeth up off the floor",
            true,
        ),
        (
            "a veiled threat said not to be one",
            "Not a threat, just a promise: that receptionist will regret today",
            true,
        ),
        (
            "a plea that says it is not a threat",
            "This is not a threat to complain, it's a plea: please answer the phone",
            false,
        ),
        (
            "someone should do something about a thing",
            "Someone should do something about the phones, they ring out every morning",
            false,
        ),
        (
            "a relative whose days are numbered",
            "The consultant told my mum that dad's days are numbered and nobody has called since",
            false,
        ),
        (
            "staff hired from the bottom of the barrel",
            "Whoever hired that lot was scraping the bottom of the barrel",
            true,
        ),
        (
            "a useless article, said of a person",
            "That doctor couldn't diagnose a cold, the useless article",
            true,
        ),
        (
            "a useless article to read",
            "I read a useless article on the practice website about booking",
            false,
        ),
        (
            "dragged through a hedge, said of staff",
            "The receptionist looks like she's been dragged through a hedge backwards",
            true,
        ),
        (
            "dragged through a hedge, said of oneself",
            "I looked like I'd been dragged through a hedge after waiting in the rain",
            false,
        ),
        ("smashing windows in", "I'll smash your windows in", true),
        (
            "a brick through the window, reported",
            "Someone put a brick through the surgery window last week and it's still boarded up",
            false,
        ),
        (
            "breaking a nurse's arm",
            "I will break the nurse's arm if she touches my son again",
            true,
        ),
        (
            "a room full of junkies",
            "The waiting room is full of junkies and scroungers",
            true,
        ),
        (
            "a load of dossers",
            "Why should I wait behind a load of dossers",
            true,
        ),
        (
            "full of patients",
            "The waiting room was full of patients and very hot",
            false,
        ),
        (
            "finding another one",
            "If the pharmacy gets my prescription wrong again I'll find another one",
            false,
        ),
        (
            "finding out what I'm like",
            "If that receptionist speaks to my wife like that again she'll find out what I'm like",
            true,
        ),
        (
            "living on borrowed time, a person",
            "That receptionist is living on borrowed time",
            true,
        ),
        (
            "living on borrowed time, a system",
            "The system is living on borrowed time, it crashes every Monday",
            false,
        ),
        (
            "a cancer on a town",
            "the lot of you are a cancer on this town",
            true,
        ),
        (
            "a blight on the high street, said of a building",
            "The new building is a blight on the high street",
            false,
        ),
        (
            "once and for all, a person",
            "somebody ought to deal with that doctor, once and for all",
            true,
        ),
        (
            "once and for all, the phones",
            "Somebody ought to sort the phones out once and for all",
            false,
        ),
        (
            "a veiled threat: shutting a mouth",
            "That receptionist wants to watch her mouth or someone will shut it for her",
            true,
        ),
        (
            "watching a step",
            "The receptionist said \"watch your step\" as I came in, the ramp is lethal",
            false,
        ),
        (
            "a living hell for a manager",
            "I'm going to make that manager's life a living hell",
            true,
        ),
        (
            "a living hell for the patient",
            "My pain makes my life a living hell and I can't get a physio appointment",
            false,
        ),
        (
            "ending badly for her",
            "She wants to be careful speaking to people like that, it could end badly for her",
            true,
        ),
        (
            "ending badly for them",
            "It ended badly for them when the locum left, patients had nowhere to go",
            false,
        ),
        (
            "a piece of shit, said of a screen",
            "The self check-in screen is a piece of shit",
            false,
        ),
        (
            "a piece of shit, said of a person",
            "That receptionist is a piece of shit",
            true,
        ),
        (
            "the dog's bollocks is praise",
            "Dr Morris is the dog's bollocks, shame you can never see him",
            false,
        ),
        (
            "a bastard of a car park",
            "Bastard of a car park, took 20 minutes to find a space",
            false,
        ),
        (
            "a face like thunder is a mood",
            "The receptionist had a face like thunder but she sorted it, fair play",
            false,
        ),
        (
            "the patient's own results",
            "The nurse said my blood results were shit and then laughed",
            false,
        ),
        (
            "their own things, in a clause about the subject",
            "People who work here and park their own cars in the disabled bays are scum",
            true,
        ),
        (
            "the doctor's handwriting",
            "The doctor's handwriting is crap, the pharmacist couldn't read it",
            false,
        ),
        (
            "the doctor's receptionist",
            "The doctor's receptionist is a cow",
            true,
        ),
        (
            "the management is a joke",
            "The staff are run ragged, the management is a fucking joke",
            false,
        ),
        (
            "a bit shit on the day",
            "The doctor was a bit shit today to be honest, didn't seem to listen",
            false,
        ),
        (
            "crap, then a pronoun",
            "The manager's response was crap, he didn't answer any of my questions",
            false,
        ),
        (
            "crap and the receptionists",
            "The app is crap and the receptionists admit it's crap too",
            false,
        ),
        (
            "shit hot is praise",
            "My GP is shit hot, the rest of the service is a shambles",
            false,
        ),
        (
            "a piss poor excuse from someone",
            "Such a piss poor excuse from the practice manager about the missing letter",
            false,
        ),
        (
            "a poor excuse for a doctor",
            "He is a poor excuse for a doctor",
            true,
        ),
        (
            "heartless, said of a person",
            "The nurse is a cold, heartless woman",
            true,
        ),
        (
            "heartless at a moment",
            "The nurse was heartless when I told her my mum had died",
            false,
        ),
        (
            "a walking disaster",
            "the pharmacist is a walking disaster zone",
            true,
        ),
        (
            "a walking disaster, said of oneself",
            "I'm a walking disaster with forms so please make the website simpler",
            false,
        ),
        (
            "put in her place for good",
            "someone needs to put that receptionist in her place, permanently",
            true,
        ),
        (
            "a slur in two words",
            "that doctor is a spear chucker",
            true,
        ),
        ("sub human, spaced", "the staff are sub human", true),
        (
            "a sarcastic comparison",
            "The receptionist is about as friendly as a rattlesnake",
            true,
        ),
        (
            "a sincere comparison",
            "The nurse is about as lovely as a person can be",
            false,
        ),
        (
            "a thing as much use as a teapot",
            "The phone system is as useful as a chocolate teapot",
            false,
        ),
        (
            "a face that could curdle milk",
            "The nurse has a face that could curdle milk",
            true,
        ),
        (
            "the lights are on",
            "the lights are on but nobody's home with that receptionist",
            true,
        ),
        (
            "dumber than rocks",
            "that doctor is dumber than a box of rocks",
            true,
        ),
        (
            "the patient's own husband, compared",
            "My husband is stupider than me with computers, so online booking is impossible for him",
            false,
        ),
        (
            "a veiled threat: coming for a doctor",
            "If my son dies because of this, I will come for that doctor",
            true,
        ),
        (
            "coming for an appointment",
            "I will come for the nurse appointment next week, thank you for fitting me in",
            false,
        ),
        (
            "a veiled threat: lucky I was in a good mood",
            "That nurse is lucky I was in a good mood today",
            true,
        ),
        (
            "lucky, said of the patient",
            "I'm lucky I didn't need anything urgent because nobody answered",
            false,
        ),
        (
            "a veiled threat: messing with family",
            "You'll find out what happens when you mess with my family",
            true,
        ),
        (
            "messing with tablets",
            "The pharmacy keeps messing with my mum's tablets",
            false,
        ),
        (
            "seen in the street, kindly",
            "I saw Dr Shah in the street last week and she asked after my son, lovely",
            false,
        ),
        (
            "calling for someone's job is criticism",
            "The receptionist should be sacked for how she spoke to me",
            false,
        ),
        (
            "a superlative before the insult",
            "those receptionists are the rudest bunch of witches I've ever met",
            true,
        ),
        (
            "whoever designed it, shot",
            "Whoever designed this booking system should be shot, and the manager with them",
            true,
        ),
        (
            "a threat at the end of a sentence",
            "I'm holding that doctor personally responsible and he will pay",
            true,
        ),
        (
            "paying, innocently",
            "My husband will pay for the private referral if he has to",
            false,
        ),
        (
            "an epithet with 'the'",
            "I bet the doctor bought his degree off the internet, the fraud",
            true,
        ),
        (
            "learning, said to the patient",
            "My daughter says you'll learn, the system never changes",
            false,
        ),
        (
            "everyone who works in a place",
            "Everyone who works in this surgery is pure trash",
            true,
        ),
        (
            "the people who run a place",
            "The people who run this place are crooks and liars",
            true,
        ),
        (
            "what was told, not who",
            "I told the receptionist that the app is a joke",
            false,
        ),
        ("a place, first word", "That surgery is a joke", false),
        (
            "an insult with its adjective tacked on",
            "the doctor looked at me like i was something on his shoe, arrogant prick",
            true,
        ),
        (
            "what a, with an adjective",
            "the doctor, what an arrogant prick",
            true,
        ),
        (
            "an insult in apposition",
            "It's gone downhill since the new manager, a snake in a cheap suit, took over",
            true,
        ),
        (
            "praise in apposition",
            "Dr Evans, an absolute gem of a doctor, sorted everything",
            false,
        ),
        (
            "a joke of a conversation, in apposition",
            "I spoke to the nurse, a joke of a conversation as she kept being interrupted",
            false,
        ),
        (
            "jumped up, as a verb",
            "The receptionist jumped up to help the man who fell",
            false,
        ),
        (
            "the GOAT is praise",
            "Nurse Amy is the goat, best injections ever",
            false,
        ),
        (
            "a favour: retire",
            "Hey receptionist, do us all a favour and retire",
            true,
        ),
        (
            "a favour: answer the phone",
            "Do us all a favour and answer the phone before 9",
            false,
        ),
        (
            "a name the patient calls themself",
            "I feel like a waste of space when they talk to me like that",
            false,
        ),
        (
            "a threat that starts with the patient",
            "I feel like I could kill that receptionist",
            true,
        ),
        (
            "a veiled threat: a habit of accidents",
            "People like that doctor have a habit of having accidents",
            true,
        ),
        (
            "a comparison: all the warmth of",
            "The nurse has all the warmth of a morgue drawer",
            true,
        ),
        ("an equals sign for 'is'", "reception staff = trash", true),
        (
            "an insult tacked on after what a doctor did",
            "Dr Patel wants his head examining, absolute quack",
            true,
        ),
        (
            "praise tacked on",
            "The nurse sorted it in a minute, absolute star",
            false,
        ),
        (
            "a joke tacked on, said of what happened",
            "Dr Smith rushed me out, total joke",
            false,
        ),
        (
            "a slur as a hashtag",
            "#faggots are a sign something is wrong",
            true,
        ),
        (
            "a veiled threat: a shame if something happened",
            "It would be a shame if something happened to that receptionist's car",
            true,
        ),
        (
            "a veiled threat: knowing where they drink",
            "I've got a long memory and I know where this lot drink on a Friday",
            true,
        ),
        (
            "wishing harm by karma",
            "I hope karma bites that doctor hard",
            true,
        ),
        (
            "the world better without someone",
            "Honestly the world would be a better place without that receptionist in it",
            true,
        ),
        (
            "praise they deserve",
            "The nurses deserve all the praise they get",
            false,
        ),
        (
            "catching up, innocently",
            "I'm going to catch up with the practice manager next week to discuss this",
            false,
        ),
        (
            "a threat, someone else to do it",
            "Someone's going to hurt that receptionist one day and I won't be sorry",
            true,
        ),
        (
            "wishing a hanging",
            "If I had my way that doctor would be hung",
            true,
        ),
        (
            "sacked, said of the job",
            "the doctor would be sacked anywhere else",
            false,
        ),
        (
            "bad at a task, sweary",
            "The staff were shit at communicating",
            false,
        ),
        ("the person, sweary", "The doctor is shit", true),
        (
            "'the GP's a fossil', the verb run into the subject",
            "The GP's a fossil who belongs in a museum",
            true,
        ),
        (
            "a comparison that insults",
            "The doctor's got less personality than a lamp post",
            true,
        ),
        (
            "a circus, then nobody",
            "The whole place is a circus, nobody knows what's going on.",
            false,
        ),
        (
            "a jab that will hurt",
            "the nurse said the jab is going to hurt her a little",
            false,
        ),
        (
            "asking for a smack",
            "Your receptionist is asking for a smack",
            true,
        ),
        (
            "a veiled threat: witnesses",
            "The nurse is lucky there were witnesses",
            true,
        ),
        (
            "a veiled threat: waiting outside at closing",
            "I'll be outside when the surgery closes",
            true,
        ),
        (
            "queueing outside at eight",
            "I'll be outside the surgery at 8 tomorrow to queue again",
            false,
        ),
        (
            "doing something about the parking",
            "Someone needs to do something about the parking",
            false,
        ),
        (
            "the warmth of a grandmother is praise",
            "The nurse has the warmth of a grandmother, lovely lady",
            false,
        ),
        (
            "not an aggressive person, honestly",
            "I'm not an aggressive person but the phone queue makes me furious",
            false,
        ),
        (
            "text-speak for a threat",
            "some1 shud smack that receptionist",
            true,
        ),
        (
            "sworn at a machine",
            "The bastard machine ate my prescription slip",
            false,
        ),
        (
            "a disgrace to the profession judges the work",
            "Dr Lloyd is a disgrace to the profession for how he treated my mum",
            false,
        ),
        (
            "said to someone's face",
            "You're a disgrace to the uniform, you horrible woman.",
            true,
        ),
        (
            "an insult sworn at someone",
            "you made me wait an hour just to mock me, fucking lowlife",
            true,
        ),
        (
            "the patient calling themself names",
            "the receptionist made me feel like a bloody idiot",
            false,
        ),
        (
            "an insult before a name",
            "that cow Sandra hung up on me",
            true,
        ),
        (
            "a pair of them",
            "the doctors here are a pair of thugs",
            true,
        ),
        (
            "someone else's words, reported",
            "Someone called the nurse a stupid cow and she handled it brilliantly",
            false,
        ),
        (
            "words shouted at the staff by another patient",
            "Another patient was shouting \"you fat cow\" at reception and nobody intervened",
            false,
        ),
        (
            "the patient called names, reported",
            "The receptionist called me a liar in front of everyone",
            false,
        ),
        (
            "the patient calling names",
            "I called her a stupid cow and I'd do it again",
            true,
        ),
        (
            "a nurse called by her name",
            "the nurse called Sue is an evil witch",
            true,
        ),
        (
            "a medical word",
            "My son has a spastic diplegia diagnosis",
            false,
        ),
        (
            "wicked is praise",
            "The nurse was wicked, proper sound",
            false,
        ),
        (
            "the subject of a clause about the patient",
            "The woman I spoke to was a complete moron who couldn't spell my name.",
            true,
        ),
        (
            "a taxi, not a person",
            "One we were in was filthy and stinking.",
            false,
        ),
        ("misspelt", "the docter is a stupid idoit", true),
        (
            "an attitude, not the person",
            "The receptionist's attitude was vile",
            false,
        ),
        (
            "insulting words after the person, the verb left out",
            "receptionist very bad woman, stupid and ugly",
            true,
        ),
        (
            "mental health, after a person",
            "physio, mental health and pain medication all talk together",
            false,
        ),
        (
            "a horrible, spiteful woman",
            "She is a wretched, spiteful woman and I hope she gets her comeuppance.",
            true,
        ),
        (
            "how someone behaved is criticism",
            "The staff are rude and I've seen them be nasty to elderly patients",
            false,
        ),
        (
            "how someone looks is not",
            "the receptionist is too ugly to look at",
            true,
        ),
        (
            "a question that says it of the staff",
            "why are all the women on reception such witches??",
            true,
        ),
        (
            "a question about the staff that insults nobody",
            "why are the staff on reception so busy?",
            false,
        ),
        (
            "an insult noun standing at the staff's place",
            "Nice to see the resident troll is still on reception",
            true,
        ),
        (
            "a rude word for a person, with the verb that makes it one",
            "Your receptionist wants putting down",
            true,
        ),
        (
            "the dog is put down, not a person",
            "our dog needs putting down and I can't face it",
            false,
        ),
        (
            "a creature of habit is the patient",
            "I am a creature of habit and like seeing the same doctor",
            false,
        ),
        (
            "an insult with no insult word",
            "is there a single member of staff here with half a brain?",
            true,
        ),
        (
            "a mask around a whole word",
            "look at these niggers* again",
            true,
        ),
        ("queer as a name for someone", "happy birthday queer", true),
        (
            "queer as an identity",
            "As a queer woman I felt welcome here",
            false,
        ),
        ("we're queer", "We're here and we're queer!", false),
        ("ho said of someone", "you are a ho", true),
        (
            "ho ho ho",
            "Ho ho ho, merry Christmas to all the staff!",
            false,
        ),
        (
            "hoe in Dutch",
            "Ik weet niet hoe het moet, maar het was goed",
            false,
        ),
        ("a word cut short", "the staff here are ho…", false),
        ("trash said of a person", "she is trash", true),
        (
            "trash said of a team",
            "The Lakers are trash this season",
            false,
        ),
        (
            "trash as a compound",
            "they were talking trash about the parking",
            false,
        ),
        (
            "a loosely described insult noun",
            "they are foreign filth",
            true,
        ),
        ("X-ass Y", "that bitch ass receptionist", true),
        (
            "kick his ass",
            "I wanted to kick my own ass for forgetting",
            false,
        ),
        (
            "same old shit",
            "Same old shit every time, no appointments",
            false,
        ),
        (
            "stupid said of the patient",
            "treated me like I was stupid",
            false,
        ),
        ("cripple as a verb", "the cuts will cripple the NHS", false),
        ("a veiled threat", "I know where the manager parks", true),
        (
            "waiting, innocently",
            "I'll wait for the doctor to call me after lunch",
            false,
        ),
        (
            "waiting, as a threat",
            "I'll be waiting for her in the car park",
            true,
        ),
        (
            "piece of paper",
            "threw the piece of paper into the trash",
            false,
        ),
        (
            "the fuck as an exclamation",
            "What the fuck is the point of an 8am scramble?",
            false,
        ),
        ("fuck you", "fuck you and your appointments", true),
        (
            "a threat to knock teeth out",
            "I'll knock her teeth out",
            true,
        ),
        (
            "useless before a dehumanising noun",
            "Sack the lot of them, useless vermin.",
            true,
        ),
        ("a quack", "Your GP is a quack and a fraud.", true),
        (
            "a jumped-up insult",
            "You're nothing but jumped-up secretaries.",
            true,
        ),
        ("an insult said of a group", "Cows, the lot of them.", true),
        (
            "an unknown word before the insult",
            "Dr Price is a bumbling fool.",
            true,
        ),
        (
            "lined up and shot",
            "You should all be lined up and shot.",
            true,
        ),
        (
            "the brains of a goldfish",
            "Your receptionist has the brains of a goldfish.",
            true,
        ),
        (
            "X of a Y",
            "Your cow of a receptionist hung up on me.",
            true,
        ),
        ("what a bunch of", "Honestly, what a bunch of clowns.", true),
        (
            "what a, said of the service",
            "What a joke of a system.",
            false,
        ),
        (
            "a question that says it",
            "Is the receptionist thick or just rude?",
            true,
        ),
        ("an innocent question", "Is the receptionist new?", false),
        (
            "the ugly one on reception",
            "Sack the ugly one on reception.",
            true,
        ),
        (
            "a plural insult",
            "Reception are a bunch of power hungry harpies.",
            true,
        ),
        (
            "two things said",
            "The doctor is a rude little man and a disgrace.",
            true,
        ),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong = crate::wrongly_judged(CASES, |t| analyse(t).flagged());
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// (what the case shows, comment, whether the person insulted can be told)
    const NAMED_CASES: &[(&str, &str, bool)] = &[
        (
            "the nurse told by her duty",
            "The nurse who does the smear tests is a sadistic witch",
            true,
        ),
        (
            "the man who runs the dispensary",
            "The man who runs the dispensary is a thieving weasel",
            true,
        ),
        (
            "a sentence opened by an adverb: not a name",
            "Honestly the nurse is a cow",
            false,
        ),
        (
            "opened by a word of feeling: not a name",
            "Sadly the receptionist is a rude cow",
            false,
        ),
        (
            "a nickname before the role",
            "Shaz the receptionist is a rude cow",
            true,
        ),
        (
            "the one who does the bloods on a Wednesday",
            "the lady who does the bloods on a Wednesday is a butcher and a bully",
            true,
        ),
        (
            "the practice manager: a role one person holds",
            "the practice manager is a spineless weasel",
            true,
        ),
        (
            "the pharmacist in the surgery",
            "The pharmacist in the surgery is an arrogant tosser",
            true,
        ),
        (
            "managers in general",
            "the managers here are spineless weasels",
            false,
        ),
        (
            "he, named in the sentence before",
            "Seen at 10. Dr Reynolds rushed me out the door. Honestly he is a pompous twit.",
            true,
        ),
        (
            "he, with nobody named before",
            "Seen at 10 by a locum. Honestly he is a pompous twit.",
            false,
        ),
        (
            "the male nurse is identifiable",
            "the male nurse is a creepy weirdo",
            true,
        ),
        (
            "the doctor of a day's clinic is identifiable",
            "The doctor who does the Thursday clinic is a complete moron",
            true,
        ),
        (
            "the one who did something today is identifiable",
            "The HCA who took my bloods today is a heifer",
            true,
        ),
        (
            "the one on the phones, described",
            "The older lady on the phones is a dragon",
            true,
        ),
        (
            "the male nurse doing his job",
            "The male nurse was gentle and explained everything",
            false,
        ),
        (
            "the shift someone works",
            "The Tuesday morning receptionist is a complete cow",
            true,
        ),
        (
            "a morning, not a shift",
            "I have had chest pain all morning and the receptionist is a stupid cow.",
            false,
        ),
        ("a title and a name", "Dr Fraser is a crook", true),
        ("a title and an initial", "dr b is a knob", true),
        (
            "a modal verb after the title is not a surname",
            "the doctor would be a fool to ignore this",
            false,
        ),
        (
            "a name before 'the' and a role",
            "Kerry the receptionist is a poisonous dwarf",
            true,
        ),
        (
            "described by looks",
            "the ginger receptionist is a moron",
            true,
        ),
        (
            "nobody in particular",
            "the receptionists are morons",
            false,
        ),
    ];

    #[test]
    fn named_staff_is_found_when_the_person_can_be_told() {
        let wrong = crate::wrongly_judged(NAMED_CASES, |t| analyse(t).has(crate::Kind::NamedStaff));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
