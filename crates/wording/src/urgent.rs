//! Urgent need: anything that needs help now rather than a reply next week. Phrases, read after
//! normalisation ("can't" is "cant"), within one sentence.

use std::ops::Range;

use crate::lexicon::WordSet;
use crate::text::{Token, ahead, behind, in_clause};
use crate::{Finding, Kind};

const STROKE: &str = lines![
    "headache ~16 sudden|suddenly ~3 worse",
    "pregnant|weeks ~12 eyes|sight|vision ~3 blurred|blurry|flashing|funny|strange|weird|wrong",
    "pregnant|weeks ~12 pain ~4 top ~ of ~ my ~ bump|stomach|tummy",
    "fallen|fell ~12 slurred|slurring ~6 drowsy|sleepy",
    "lost ~2 sight|vision in",
    "left|right ~ side ~6 belongs ~ to ~ somebody|someone ~ else",
    "cannot|cant|couldnt ~ get ~ her|his ~ words ~ out",
    "fall|fallen|fell ~12 not ~ with ~ it",
    "started ~ speaking|talking ~ gibberish|nonsense ~6 arm|confused|face|hand|slurring",
    "loss ~ of ~ feeling|power ~ in ~ her|his|my ~ arm|arms|leg|legs",
    "hes|is|shes|started ~ slurring",
    "cant ~ walk ~ straight ~8 slurring",
    "cannot|cant ~ see ~ clearly|properly ~12 came ~ on ~ sudden|suddenly",
    "headache ~8 sight|vision ~3 blurred|blurry|double ~8 been|being|keep|keeps ~2 sick|vomiting",
    "not ~ move|moving ~ her|his|left|one|right ~ side",
    "eyes ~2 roll|rolled|rolling|rolls ~ back",
    "eyes ~2 rolling ~8 jerking|respond|responding|shaking|twitching",
    "floppy|limp ~8 eyes ~2 roll|rolled|rolling",
    "face ~ droop*|dropped|fallen|falling",
    "one ~ side ~8 arm|fingers|hand ~2 cannot|cant|wont ~ grip",
    "half ~ her|his|my|the ~ body|face ~3 doesnt|isnt|not|stopped|wont ~ move|moving|work|working",
    "cannot|cant|couldnt ~ find ~ her|his ~ words",
    "cut|slashed|sliced ~12 cannot|cant ~ bend|feel|move|straighten ~2 finger|fingers|thumb",
    "heartburn|indigestion ~12 arm|arms|jaw ~2 ache|aches|aching|heavy|hurting|hurts|numb|pain|tingling|tingly",
    "bled ~12 feel|feeling|felt ~ dizzy|faint|lightheaded",
    "speech|words went ~8 came|come back",
    "words ~3 come|coming ~ out ~2 garbled|jumbled|muddled|wrong $",
    "dad|father|he|husband|mother|mum|she|wife ~2 speak|speaking|speaks|talk|talking ~ not ~ clear|right",
    "suddenly ~3 cannot|cant ~ swallow",
    "cannot|cant ~ feel ~ her|his|my|the ~ left|right ~ side of ~ her|his|my ~ body|face|head",
    "now ~2 cannot|cant ~ swallow $",
    "cannot|cant ~ swallow ~ anything|drink|fluids ~4 water",
    "slurred|slurring ~ her|his|my|speech|words",
    "speech ~2 drunk|slurred",
    "cannot|cant ~ feel|lift|move ~ her|his|my ~2 arm|arms|face|hand|hands|leg|legs|side",
    "sudden ~ blindness|confused|confusion|numbness|vision|weakness",
    "losing|lost|no ~ feeling|sensation ~ between ~ her|his|my ~ legs",
    "arm|face|hand|leg|side ~3 dead|drooping|droopy|dropped|floppy|limp|numb|weak",
    "drooped|drooping|drop|dropped|dropping on one side",
    "arm|face|hand|leg ~3 heavy ~8 speaking|speech|talking|words ~3 funny|garbled|jumbled|muddled|slurred|strange|weird|wrong",
    "words ~3 came|come|coming ~ out ~2 garbled|jumbled|muddled|wrong ~ now|since|suddenly|today",
    "arm|fingers|foot|hand|leg|side ~2 didnt|doesnt|wont ~ do ~ what ~ i",
    "gone|went ~ blind ~ in ~ her|his|left|my|one|right",
    "cannot|cant|couldnt|unable ~2 speak|talk ?so|that|very clearly|properly|right",
    "cannot|cant ~2 speak|talk ~ good|well ~ now|since|suddenly|today",
    "cannot|cant|couldnt|unable ~2 speak|talk ~ proper $",
    "face ~3 going|gone|looking|looks|went ~ funny|lopsided|strange|weird|wonky $",
    "face ~3 going|gone|looking|looks|went ~ funny|lopsided|strange|weird|wonky ~2 side",
    "seeing double",
    "mouth ~3 going|gone|looking|looks|went ~ crooked|drooping|droopy|lopsided|wonky",
    "face|mouth ~3 isnt|not ~ straight",
    "eyes|sight|vision ~3 goes|going|gone|went ~ double ~6 cannot|cant|dizzy|headache|numb|sick|slurred|suddenly|walk|weak",
    "double vision",
    "sudden|suddenly ~3 cannot|cant|unable ~ move|see|speak|talk|understand|walk",
];
/// Burns and scalds that blister, and pain worse than ever felt.
const INJURY: &str = lines![
    "diabetes|diabetic ~12 foot|toe|toes ~6 black|hot|pus|smell|smells|smelly|swollen",
    "taken|took ~4 double|treble|triple|twice ~3 dose",
    "back ~ passage ~8 dizzy|faint|lightheaded",
    "breathless|puffed|winded ~4 even|just ~ resting|sitting|talking",
    "hart|heart|hearts|ticker|tickers ~4 playing ~ up ~8 came|come|dizzy|faint|funny",
    "feet|fingers|foot ~3 gone|turned|turning black",
    "fall|fallen|fell ~12 cannot|cant ~3 bear|put|take ~ weight",
    "jaw ~3 cant|doesnt|wont close|open|shut",
    "pregnant|weeks ~12 fallen|fell|landed|slipped|tripped down|off|on|onto|over",
    "pregnant|weeks ~12 a|bad fall ~2 down|on|onto|over|this|today|yesterday",
    "havent|not ~4 passed ~ wind ~12 being|sick|vomiting",
    "blistering|peeling ~12 after|since ~3 antibiotic|antibiotics|medication|medicine|new|tablets",
    "wrong ~ medication|medicine|meds|pills|tablets ~12 ive ~ swallowed|taken",
    "eye|eyes ~4 hit|poked|punched|smacked|struck ~12 blind|blurred|blurry|double|sight|vision",
    "eye|eyes ~4 hit|poked|punched|smacked|struck ~12 cannot|cant see ~ out",
    "after|since ~2 fall ~ at|earlier|last|on|this|today|yesterday ~8 cannot|cant|couldnt|doesnt|dont ~ recall|remember ~ anything|things|what|where|who",
    "fallen|fell ~ down|off|out|over ~8 cannot|cant|couldnt|doesnt|dont ~ recall|remember ~ anything|things|what|where|who",
    "pressure ~ sore|sores|ulcer ~4 gone|turned|turning ~ black",
    "burn|burned|burns|burnt|scald|scalded ~12 white ~ skin",
    "abdomen|belly|stomach|tummy ~8 worse ~12 cannot|cant ~ stand|walk ~2 straight|upright",
    "ankle|arm|elbow|leg|wrist ~3 bent|hanging|sticking|twisted ~ funny|oddly|out|weird|wrong",
    "coin|food|something|sweet|toy ~3 stuck ~ in ~ her|his ~ throat",
    "see ~ her|his|my|the ~ bone|bones|tendon",
    "hes|home|im|is|shes ~2 covered ~ in ~ blood",
    "finger|fingers|fingertips|foot|hand|leg ~4 gone|turned|turning ~ black",
    "fall|fallen|fell ~12 cannot|cant ~ feel ~ her|his|my ~ arms|feet|hands|legs",
    "fallen|fell ~ down ~ the ~ stairs ~12 drowsy|sleepy|vomiting",
    "banged|bumped|hit|knocked|whacked ~ in|on ~ the ~ head ~12 drowsy|sleepy ~6 sick|vomiting",
    "drowsy|sick|spinning|vomited|vomiting ~12 after ~ a ~ bang|blow|bump|knock ~ on|to ~ her|his|my|the ~ head",
    "calf ~4 hot|painful|red|swollen ~10 flight|flying|plane",
    "bleeding|nosebleed|nosebleeds ~4 been ~ going ~ for ~2 hour|hours|minutes",
    "electrocuted|electrocution",
    "fall|fallen|fell ~ from|off|out ~2 balcony|roof|window",
    "crushed ~8 blue|cold|numb|swelling|swollen",
    "chemicals|glass|shard|splinter ~3 in ~ her|his|my ~ eye|eyes",
    "bleach|chemical|grinding|metal ~8 in ~ her|his|my ~ eye|eyes",
    "in ~ her|his|my ~ eye|eyes ~4 grinding|metal",
    "collision|crash|crashed ~12 now ~6 bleeding|dizzy|faint|hurts|numb|pain",
    "cut|gash|knife|wound ~8 cant|doesnt|not|wont ~ stop ~ bleeding",
    "red line|lines|streak|streaks ~4 going|spreading|tracking|up",
    "can|could ~ only ~ see ~ light|shadows|shapes",
    "got|has|have|with ~ a ~ stab wound|wounds",
    "boiling ~ fat|kettle|oil|water ~12 blister*|burned|burnt|peeling|scalded",
    "found ~6 garden|outside|snow|street ~12 barely|confused|freezing|shivering|unresponsive",
    "worst pain ~3 my life",
    "been ~ on ~ the ~ floor ~ all|for|since",
    "on ~ the ~ floor ~6 cannot|cant|unable ~ get ~ up",
    "ankle|arm|elbow|finger|fingers|foot|knee|leg|shoulder|toe|wrist ~3 bent ~ the ~ wrong ~ way",
    "blood ~ in ~ it|my|the ~12 dizzy|faint|lightheaded",
    "ankle|arm|elbow|foot|knee|leg|shoulder|wrist ~3 bent ~ backwards|funny|sideways",
    "bone ~3 poking|sticking out|through her|his|my|of|skin|the",
    "bone ~3 poking|sticking out|through $",
    "hes|keeps|shes|started|still|theyre ~ fitting|seizing $",
    "^ fitting|seizing|seizure $",
    "fit|fits|seizure ~6 cannot|cant|not ~ wake|waking",
    "fitted for ~3 mins|minutes",
    "weeks ~8 going|gone ~2 quiet|still",
    "breathe|breathing ~3 through ~ a ~ pillow|sponge|straw",
    "tongue ~4 too ~ big|large ~ for ~ her|his|my ~ mouth",
    "hangover|headache|it|its|pain ~8 came|come|comes ~ on ~2 in ~ instantly|seconds",
    "weeks ~6 hasnt|havent|isnt|not|stopped ~ kicked|kicking|moved|moving ~ all|for|like|since|today|yet",
    "baby ~3 hasnt|isnt|not|wasnt ~ kicking|moving ~ as|like ~ he|it|she|they ~ normal|normally|should|used|usually ~8 pregnant|weeks",
    "glass ~2 on|over ~ her|him|it|them $",
    "clots ~3 size ~ of ~2 egg|fist|golf|hand|lemon|orange|palm|plum",
    "tar|tarry ~2 poo|poos|stool|stools",
    "black ~2 poo|poos|stool|stools ~8 dizzy|faint|pale|weak",
    "stoma has|is ~2 blocked|stopped",
    "pacemaker|picc|port|wound ~4 hot|red|swollen ~10 fever|shivering|temperature",
    "diabetes|diabetic|sugar|sugars ~12 nail ~ polish|varnish",
    "diabetes|diabetic|sugar|sugars ~12 acetone",
    "not ~ herself|himself ~8 drowsy|fever|infection|temperature",
    "drowsy ~8 fever|infection|temperature|uti",
    "really|so|too|very ~ sleepy ~8 fever|infection|temperature|uti",
    "baby|pregnancy ~4 in ~ my|the ~ tube|tubes",
    "missed ~ a|my ~ period ~8 agony|collapsed|dizzy|faint|fainted|fainting|shoulder",
    "bump ~3 been|gone|is|so ~ quiet|still",
    "keep|keeps|now|started ~3 bringing|coughing|vomiting ~ up ~ blood",
    "hes|keeps|shes|started|still|theyre ~ fitting|seizing again|and|badly|for|nonstop",
    "hes|keeps|shes|started|still|theyre ~ fitting|seizing on ~2 bed|floor|ground|sofa",
    "having|into ~ a ~ hypo",
    "poo|poop|stool|stools ~4 black|tarry",
    "been|go|going|went ~3 loo|toilet ~8 black ~2 sticky|tarry",
];
const RASH: &str = lines![
    "rash ~4 didnt|doesnt|dont|isnt|not|wont ~ blanch|disappear|fade|fading|go",
    "glass ~ test",
    "dots|marks|spots ~4 didnt|doesnt|dont|isnt|not|wont ~ go ~ away ~6 glass|press|pressed|pressing",
    "non-blanching|nonblanching",
    "meningitis",
];
const SEPSIS: &str = lines![
    "infection|uti ~12 becoming|getting|gone|got|is|now|really|very ~2 confused|delirious|doolally|muddled",
    "confused|muddled ~12 hot ~ to ~ touch",
    "going|gone|turned ~3 yellow ~8 confused|drowsy|sleepy",
    "apixaban|edoxaban|rivaroxaban|thinners|warfarin ~12 black ~4 go|motions|poo|poos|stool|stools",
    "arm|foot|leg ~4 red|swollen ~3 hot ~12 fever|shivering|shivery|temperature",
    "ache|aching|pain ~12 gone|moved|moving|spread|spreading ~ to ~ the ~ bottom|right",
    "baby|babys|newborn|newborns ~12 yellow ~12 isnt|not|wont ~ feed|feeding",
    "codeine|fentanyl|morphine|oramorph|oxycodone|tramadol ~12 cannot|cant ~ keep|stay ~ awake",
    "burning ~ up ~8 talking ~ gibberish|nonsense|rubbish",
    "bleed|bleeding|period ~12 soak|soaked|soaking ~ through",
    "fluttering|pounding|racing ~12 keep|keeps|nearly ~2 blacking|passing ~ out",
    "fall|fallen|fell ~6 on ~2 head ~12 drowsy|sick|sleepy|vomit|vomiting",
    "groin|hernia ~8 agony|hard|painful|tender ~12 been ~ sick|throwing|vomiting",
    "stop ~ throwing|vomit|vomiting ~12 pregnant",
    "pregnant ~12 stop ~ throwing|vomit|vomiting",
    "know where he|i|she am|is and|has|with ~8 burning|fever|temperature",
    "cannot|cant|unable ~ lie ~ flat ~8 breathe|breathing|breathless|choking|gasping|suffocating",
    "catheter ~6 blocked|empty|nothing ~3 all|for|since ~3 day|hours|morning|night|yesterday",
    "dizzy|faint|lightheaded ~10 pee|urine|water|wee ~3 like ~ cola|tea|treacle",
    "knee|kneecap|shoulder ~3 came|dislocated|popped ~ out ~6 agony|cant|screaming",
    "rash ~12 mouth ~4 blisters|sores|ulcers",
    "neck ~ hurts|pain ~4 after ~ fall|falling|fell",
    "lump|swelling ~ behind ~ her|his|my|the ~ ear",
    "feeding ~ tube ~4 came|come|fallen|fell|pulled ~ out",
    "breast ~4 hot|red ~8 fever|shivery|temperature",
    "lost ~ the ~ feeling|power|use ~ in|of ~ both|her|his|my ~ arm|arms|leg|legs",
    "colostomy|ileostomy|stoma ~3 bag ~4 blood",
    "breathing ~ keeps ~ stopping",
    "apixaban|rivaroxaban|thinner|thinners|warfarin ~12 bleeding ~ from",
    "drank|drunk|swallowed ~3 acid|antifreeze|bleach|chemical|chemicals|cleaner|detergent|weedkiller",
    "breathe|breathless|wheezing ~12 one ~ word ~ at ~ a ~ time",
    "asthma|breathless|wheezing|wheezy ~12 barely|cannot|cant|hardly|struggling ~2 finish|speak|talk ~3 sentence|sentences",
    "fever|temperature ~8 ankle|hip|joint|knee ~4 hot|red",
    "pain ~ in ~ her|his|my|the ~ back ~6 fever|temperature",
    "jerking|twitching ~8 confused|confusion",
    "hasnt|havent|not ~ passed ~ wind",
    "steroids ~12 vomiting ~12 dizzy|faint|weak",
    "severe|sudden ~3 pain ~ behind|in ~ her|his|my ~ eye",
    "cannot|cant|unable ~2 pass|pee|wee ~ urine|water ~12 agony|pain|swollen",
    "breath* ~12 sleep|sleeping|slept ~2 propped|sitting ~ up",
    "heart ~ defibrillator|device|icd ~4 shocked|shocking|shocks",
    "baby ~4 lump ~8 crying|vomiting",
    "voice ~6 hot ~ potato",
    "fever|temperature ~8 neck ~3 hurts|pain|painful|stiff",
    "diarrhoea ~4 blood|bloody ~12 dizzy|faint|lightheaded",
    "came|fell ~ off ~ her|his|my ~ bike|horse|motorbike|scooter ~12 abdomen|belly|stomach|tummy",
    "hair ~4 tied|wound|wrapped ~ around|round ~ her|his ~ finger|toe",
    "coughing ~10 stopped|stops ~ breathing",
    "scar|stitches|wound ~4 burst|gaping|open|opened|split ~8 oozing|pus|smells|smelly",
    "comes|coming ~ in ~ waves ~8 sick|sweating|vomiting",
    "diarrhoea|sickness|vomiting ~12 barely|cannot|cant ~ stand",
    "jabbed|pricked|stabbed|stuck ~4 needle ~10 hepatitis|hiv",
    "cooker|hob|iron|kettle|oven ~8 blister|blistered|blistering|blisters",
    "whole ~ leg ~4 swollen ~ and ~ hot|painful|red",
    "transplant ~8 now ~3 fever|temperature",
    "hasnt|havent|isnt|not ~ passed|passing ~ any|much ~ urine|water|wee",
    "cannot|cant ~ put ~ weight ~ on ~6 fever|temperature",
    "her|his|my|their ketones ~ are|at|is|of ~ 3|4|5|6|7|8",
    "baby ~8 yellow ~8 isnt|not|wont ~ feed|feeding|waking",
    "baby ~4 going|gone|is|looking|looks|turning ~ yellow ~8 not ~ drinking|eating",
    "fever|temperature ~12 feet|hands ~ are|feel|is|so ~ cold|freezing|icy",
    "fall|fallen|fell ~12 hes|shes ~ not ~ making ~ sense",
    "belly ~ button|cord ~6 oozing|red|smelly ~8 fever|temperature",
    "newborn ~12 fever|temp|temperature",
    "catheter ~6 blocked|hasnt|isnt|not|stopped ~ blocked|drain|drained|draining",
    "lost ~ a|so ~ lot|much ~ blood",
    "pregnant|weeks ~8 pain ~12 bleeding",
    "baby|babys ~2 movements ~ feel|has|have|seem ~ changed|different",
    "pregnant|weeks ~8 bleeding ~12 cramping|cramps|pain|pains",
    "pains ~10 hes|im|shes ~2 weeks $",
    "indigestion ~12 gone|hes|im|shes clammy|grey|sweating|sweaty",
    "breath|breathless ~12 ankles|legs ~3 like ~ balloons",
    "sick|vomiting ~12 not ~ making ~ any ~ sense",
    "fever|temperature ~8 isnt|not ~ responding ~ to ~ anyone|me|properly|touch|us|voice|voices",
    "baby ~4 hasnt|not|wont ~ eat|eaten|fed|feed|feeding ~3 since breakfast|lunchtime|yesterday ~8 drowsy|floppy|hot|sleeping|sleepy",
    "red ~ hot ~ swelling ~10 fever|shivering|temperature",
    "fall|fallen|fell ~12 hip|hips ~4 broken|shortened|turned|twisted",
    "fever|temperature ~6 pain ~ in ~ her|his|my|the ~ back|kidneys|side",
    "crushing|ripping|tearing ~ pain ~4 shoulder ~ back|blade|blades ~8 clammy|dizzy|faint|sick|sweaty",
    "fever|temperature ~12 cannot|cant ~ think ~ properly|straight",
    "drowsy|fever|sleepy|temperature ~12 difficult|hard ~ to ~ rouse|wake",
    "cry|crying ~2 feeble|weak|weaker",
    "weak ~ cry",
    "pregnant|weeks ~8 cramps|pain|pains|tightenings ~ every ~2 mins|minutes",
    "finger|thumb|toe ~10 dangling|hanging ~ off",
    "baby|child|children|kid|kids|toddler ~6 left ~2 in ~ a|the ~ hot ~ car",
    "too ~ dizzy|faint|weak ~ to ~ stand|walk ~ now|today|up",
    "too ~ weak ~ to ~ get ~ to ~ the ~ bathroom|loo|toilet",
    "has|hes|shes ~ stopped ~ eating ~ and ~ drinking",
    "hadnt|hasnt|not|wont ~ fed|feed|feeding ~ for ~2 hours",
    "cannot|cant|not ~ keep ~ any|her|his|my|their ~ medication|meds|pills|steroids|tablets ~ down",
    "bang|crash|curtains|scream|screaming|thud ~8 doesnt|isnt|not|wont ~ answer|answering|respond|responding",
    "shouting ~6 slap|smack|thud",
    // Money taken by pressure: "bullied out of her pension by her lodger".
    "bullied|bullying|conned|pressured|pressuring|tricked ~ out ~ of ~ her|his|their ~ home|house|money|pension|savings",
    "put|slipped ~ something ~ in ~ her|his|my ~ drink",
    "sepsis|septic",
    // Collapse; no water passed (the kidneys failing).
    "leg|legs ~ gave|go|gone|went ~ from ~ under|underneath ~ her|him|me",
    "fall|falls|fell ~ down ~3 cannot|cant|doesnt|not|wont ~ answer|move|speak|talk|wake",
    "cannot|cant|hasnt|havent|not ~ pass|passed|pee|peed|weed ~ any|urine|water ~3 all|since ~ day|last|morning|night|yesterday",
    "barely|hardly ~ responding|responsive $",
    "been|hes|is|keeps|shes ~ barely|hardly ~ waking $",
    "been|hes|is|keeps|shes ~ barely|hardly ~ conscious|rousable",
    "collapsed|slumped ~8 isnt|not ~ breathing|moving|responding|waking",
    "catheter ~3 came|come|fallen|fell|pulled ~ out ~8 agony|bleeding|blood|pain",
    "month|months|pregnant|weeks ~12 see|seeing|sees ~ ?the flashes|flashing|lights|spots|stars",
    "pregnant|weeks ~12 ache|pain ~ under ~ her|my ~ ribs ~12 flashing|headache|sick|spots|swelling|swollen|vision|vomiting",
    "headache|migraine ~12 pregnant|weeks ~12 blown|blurred|flashing|puffy|swelling|swollen",
    "pregnant|weeks ~8 gushing|leaking|losing|trickling ~2 fluid|liquid|water|waters",
    "diarrhea|diarrhoea|vomiting ~10 now ~4 confused|drowsy|floppy|sleepy",
    "fallen|fell ~10 now ~4 sleepy ~4 confused|sick|vomiting",
    "fallen|fell|found|laid|lay|left|lying ~6 on ~ the ~ floor ~2 all|for ~ ages|hours|night",
    "birth|caesarean|delivery ~8 fever|rigors|shivering|shivers|temperature",
    "reaction ~3 drug|drugs|pill|pills|something|taken|took ~8 collapsed|fitting|shaking|sweating|swelling",
    "swallowed ~3 bone ~8 breath|breathe|breathing|choking|drooling|stuck",
    "pregnant ~12 shoulder tip|tips",
    "pregnant ~10 agonising|awful|bad|severe|sharp|stabbing ~3 pain|pains ~3 1|one ~ side",
    "gangrene|gangrenous",
    "cut|fingers|stoma|stump|ulcer|ulcers|wound|wounds ~4 going|gone|is|turned|turning ~ black",
    "bloke|boy|girl|lady|man|person|somebody|someone|woman ~4 lying ~8 isnt|not ~ breathing|moving|responding",
    "keep|keeps|kept ~ going ~ to ~ the ~ bathroom|loo|toilet ~8 blood",
    "just|pure blood $",
    "eyes|hes|ive|shes|skin ~3 going|gone|turned|turning ~ yellow",
    "eyes|skin ~3 are|is|looks ~ yellow ~8 confused|drowsy|fever|shivering|sick|temperature|vomiting",
    "now|suddenly|today ~3 cant|didnt|doesnt ~ know|recognise|recognize ~ who ~ i ~ am",
    "heart|hearts ~3 goin|going ~4 clappers|dozen",
    "i|im ~2 keep|kept ~ blacking ~ out",
    "pacemaker ~6 not|stopped ~ working $",
    "frothy phlegm|pink|spit|sputum",
    "lips ~3 funny|odd|strange|weird ~ color|colour",
    "passed|passing ~ black|tarry",
    "rash ~6 blistering ~2 peeling",
    "clear ~ fluid ~6 ear|ears|nose",
    "swollen ~ shut",
    "heart ~3 going|gone ~ crazy|mad|wild",
    "heart cant|doesnt|isnt|wont ~ slow|slowing ~ down",
    "heart ~4 banging|flipping|jumping|skipping ~12 dizzy|faint|giddy|lightheaded|woozy",
    "blood ~ in ~ her|his ~ nappy",
    "knees|legs ~3 going|gone|went ~ from ~ under ~ her|him|me ~12 speak|speech|talk|words",
    "cannot|cant ~ get ~ her|his|me|my ~ words ~ out ~ properly|right",
    "sick|vomit|vomiting ~6 smelling|smells|smelt ~ like|of ~ faeces|feces|poo|poop|sewage",
    "fever|infection|temperature ~12 seeing ~ things",
    "puffed ~ out ~12 ankles|legs ~3 like ~ balloons",
    "fingers|foot|hand|leg|toes ~3 going|gone|turned ~ white ~3 cold|dead|numb",
    "pee|peeing|waterworks|wee|weeing ~6 burning|fire|stinging ~12 rigors|shaking|shivering|shivery",
    "see|sees ~ people|things ~ that|who ~ not ~ there ~8 burning|fever|hot|temperature",
    "not ~ recognise|recognize ~ me ~12 speak|speaking|speaks|talk|talking|talks",
    "bleeding|blood ~ from ~ her|his|my ~ bottom|bum|rectum ~12 dizzy|faint|loads|lots|pale|weak",
    "has|he|hes|is|she|shes ~ going|gone|turned ~ a ~ awful|bad|funny|horrible|odd|strange ~ color|colour",
    "baby ~8 got|has|have ~ fever|temperature ~12 isnt|not|wont ~ drink|drinking|feed|feeding",
    "cannot|cant ~ pee|urinate|wee ~4 day|hours|pain|since|yesterday",
    "bead|beads|button|pea|peas|stone|toy ~6 nose|throat ~8 breath|breathe|breathing",
    "bleeding ~ from ~ her|his|my ~ back ~ passage ~12 all|dizzy|faint|filled|loads|lots|pan|weak",
    "dad|daughter|he|husband|mum|she|son|wife keeps ~ blacking ~ out",
    "defibrillator|icd|pacemaker ~8 blacking|collapsing|fainting|passing",
    "he|hes|she|shes ~3 making ~ sense ~16 diabetes|diabetic|insulin",
    "chest|crushing|tight ~12 now ~3 came|come|comes|coming ~ on ~3 rest|resting|sitting",
    "fall|fallen|fell|hit|knocked ~12 ankle|arm|leg|wrist ~4 not ~ normal|straight ~8 bend|bent|swelling|swollen",
    "pregnant ~16 pain|pains ~3 in ~ her|my|the ~ belly|stomach|tummy",
    "like ~ ice ~8 blotchy|blue|mottled|purple",
    "cannot|cant|no|not|unable ~8 feel|feeling ~ down ~ below",
    "fever|hot|shivering|shivers|shivery|temperature ~8 not ~ with ~ it",
    "head ~12 keep|keeps ~ dropping|nodding ~ off",
    "belly|stomach|tummy ~4 blown ~ up ~12 agony|sick|toilet|vomiting",
    "alcohol|drank|vodka ~8 cant|not|wont ~ wake",
    "boy|child|daughter|girl|son|toddler ~3 eat|eats ~ dads|grandmas|mums|my|nans ~ medicine|pills|tablets",
    "gone ~2 yellow ~12 not ~ with ~ it",
    "accident|collision|crash|fall|fallen|fell ~8 neck ~12 numb|pins|tingling|weak",
    "pregnant ~6 had|has|have|having|is ~ fit|fitting|seizure ~ again|now|today",
    "burn|burned|burns|burnt|scald|scalded ~8 body|chest|face ~4 big|huge|large|whole",
    "pain|pains ~3 goes|going|shooting|spreading ~ down|into ~ her|his|my ?left arm|jaw ~12 clammy|drenched|sweating|sweaty",
    "jelly|jelly-like ~4 blood|nappy|poo",
    "burning ~ up ~8 not ~ with ~ it",
    "erection ~8 hours|painful|wont ~ go",
    "fever|temperature ~8 back ~ from",
    "bitten|scratched ~ by ~ a ~ bat|monkey",
    "swallowed ~3 glass|nail|needle|pin|razor|toothpick",
    "nail ~ through ~ her|his|my ~ boot|finger|foot|hand|leg|shoe",
    "stuck ~ in|up ~ her|his|my ~ ear|nose ~8 bleeding|blood",
    "arm|finger|fingers|foot|hand|leg ~3 crushed ~12 bleeding|blue|cold|numb|white",
    "sudden ~ loss ~ of ~ hearing|sight|vision",
    "lain|lying ~ on ~ the ~ floor ~8 all|days|found|hours|night|since",
    "nappies|poo|stool|stools ~3 chalky|white",
    "breathing with gaps|pauses",
    "limp|limping ~8 fever|temp|temperature",
    "baby|child|dad|he|hes|husband|mum|she|shes|wife ~3 blue|gray|grey|mottled ~6 not ~ responding|responsive|waking",
    "pregnant ~6 fever|temperature",
    "getting|having ~2 contractions",
    "cry|crying ~3 high ~ pitched",
    "blistered|blistering|blisters ~6 bath|boiling|hot|kettle|water",
    "abdomen|belly|stomach|tummy ~4 distended|swollen ~ and ~ hard|rigid ~8 agony|pain|screaming|sick|vomiting",
    "cauda ~ equina",
    "numb|numbness ~4 bottom|bum|genitals|groin|privates|saddle",
    "cannot|cant ~ feel ~ my ~ backside|bottom|bum|privates ~12 bladder|bowels|control|pee|peed|wee|weed|wet",
    "been|got|was ~ drugged ~ and|at|by|last",
    "leaning ~ forward ~4 breath|breathe|breathing $",
    "ear|finger|fingertip|nail|thumb|toe ~6 hanging ~ off",
    "hit|poked|punched|smacked|struck ~ in ~ the ~ eye ~12 bleeding|blood|blurred|blurry|double|sight|vision",
    "hit|poked|punched|smacked|struck ~ in ~ the ~ eye ~12 cannot|cant see",
    "burn|burned|burnt|scald|scalded|scalding ~10 skin ~3 off",
    "smell|smelling|smells ~ of ~ gas",
    "inhaled|inhaling ~ fumes|smoke",
    "sick|vomited|vomiting|vomits ~8 projectile|shoots",
    "colostomy|ileostomy|stoma ~2 bag|output ~6 empty|hasnt|not|nothing|stopped ~12 pain|sick|swollen|vomiting",
    "baby|birth ~12 fever|temperature ~8 discharge|smells|smelly",
    "am|im ~2 struggling to breathe $",
    "blotchy|mottled ~ skin",
    "cold hands and|or feet",
    "chest ~8 standing|stood ~ on ~ it|me|my",
    "bm|glucose|meter|sugar|sugars ~3 reading|reads|saying|says|showing|shows ~ hi|lo $",
    "bm|glucose|meter|reader|sugar|sugars ~3 reading|reads|saying|says|showing|shows ~ hi|lo ~8 awful|breath|breathing|confused|dizzy|drowsy|rough|shaky|sick|sleepy|sweaty|terrible|thirsty|unwell|vomiting",
    "ankle|arm|hip|knee|leg|shoulder|wrist ~4 funny|odd|strange|weird|wrong ~ angle",
    "elephant ~2 on ~ me|my",
    "rusty ~ metal|nail ~12 jaw|spasm|spasms|stiff",
    "lockjaw",
    "pulse|rate ~3 at|is|of|was ~ 150|160|170|180|190|200|30|32|35|36|38|40 ~8 breathless|chest|collapsed|dizzy|faint|pain",
    "may|might|think ~3 broke|broken ~ her|his|my ~ ankle|arm|collarbone|hip|leg|wrist",
    "cannot|cant ~ put ~ any|no ~ weight ~ on ~ it",
    "fall|fallen|fell ~12 hip ~8 cannot|cant|unable|wont",
    "fever|temperature ~12 lips ~3 cracked|peeling",
    "accident|collision|crash ~12 now ~8 numb|numbness|pins|tingling",
    "bit|bite|bitten ~3 adder|snake",
    "talking ~2 to ~ people|somebody|someone ~4 arent|isnt|not ~ there",
    "seeing|seen|sees ~ animals|bugs|children|insects|kids|people|somebody|someone|spiders ~6 arent|isnt|not there $",
    "seeing|seen|sees ~ animals|bugs|children|insects|kids|people|somebody|someone|spiders ~6 arent|isnt|not there again|all|and|anymore|at|but|every|he|now|she|they",
    "banged|bumped|fall|fallen|fell|hit ~12 knocked out|unconscious",
    "abdomen|abdominal|belly|stomach|tummy ~ pain ~4 gone|moved|moving|spread|spreading ~4 right ~ hand|side",
    "catheter ~4 blocked|bypassing|stopped",
    "leg ~4 shortened|shorter",
    "sickle ~8 crisis",
    "pacemaker ~10 blacking|collapsed|collapsing|faint|fainted|fainting",
    "stop|stopped ~ passing ~ urine|water|wee",
    "stop|stopped ~ peeing|weeing",
    "waters ~4 bloody|brown|green|smelly",
    "meconium",
    "contractions|tightening|tightenings ~5 minutes",
    "baby ~3 isnt|not ~ mine|real $",
    "cord ~ stump ~8 oozing|pus|red|smells|smelly|swollen",
    "pregnant ~8 itching|itchy ~6 feet|hands|palms|soles",
    "abdomen|belly|bump|stomach|tummy ~3 rock ~ hard",
    "day|days|week|weeks ~ old ~ going|gone|is|looking|looks|s|turned|turning ~3 jaundiced|yellow",
    "few ~ words ~ at ~ a ~ time $",
    "breath|breathe|breathing|breathless ~8 few ~ words",
    "hes|im|is|keep|keeps|shes ~ gasping $",
    "hes|im|is|keep|keeps|shes ~ gasping and",
    "head|headache ~4 like ~3 bomb|exploded|exploding|explosion|thunder|thunderclap",
    "head|headache ~4 like ~ never ~ before",
    "done|had|taken|took ~3 cocaine|coke|drugs|ecstasy|ghb|heroin|ketamine|mdma|spice ~8 breathing|confused|fitting|hot|overheating|respond|responding|unconscious|wake",
    "drank|drink|drunk|swallowed|taken|took ~2 antifreeze|poison|weedkiller",
    "bleed|bleeding so|too|very much",
    "cannot|cant|havent|no|not ~ eat|eaten|eating ~3 no|nor|not|or ~ drink|drinking|drunk ~6 days",
    "eye|eyes ~3 splashed|sprayed|squirted ~3 acid|bleach|chemical|chemicals|cleaner",
    "splashed|sprayed|squirted ~4 acid|bleach|chemical|chemicals|cleaner ~4 eye|eyes",
    "appendix ~3 burst|bursting|rupture|ruptured",
    "fever|hot|rash|temperature ~10 hands ~2 feet ~3 cold|freezing|icy",
    "abdomen|belly|stomach|tummy ~3 hard|rigid ~ as ~ a ~ board|rock",
    "everything|everythings ~3 goes|going|turning ~ black|dark|fuzzy|grey",
    "very ~ high ~ fever|temperature",
    "fever|temp|temperature ~3 at|hit|is|of|reached|was ~ 104|105|39|40|41",
    "day|days|month|week|weeks ~ old ~6 fever|hot|temp|temperature",
    "1|2|one|two ~ months ~ old ~8 fever|temp|temperature",
    "glucose|ketones|sugar|sugars ~4 high ~6 been|being ~ sick",
    "glucose|ketones|sugar|sugars ~4 high ~8 confused|drowsy|throwing|vomited|vomiting",
    "am|im|is|shes ~2 pregnant|weeks ~8 headache|headaches ~8 flashes|flashing|puffy|swelling|swollen",
    "not ~ passed ~ urine|water|wee",
    "cannot|cant|couldnt ~ pass ~ any|my ~ urine|water|wee all|and|at|for|since",
    "her|his|my ~ waterworks ~3 blocked|packed|stopped",
    "came|come round|to on ~ the ~ floor",
    "everything ~ went ~ black|dark ~8 collapsed|fainted|fell|floor",
    "off ~ her|his|my ~ legs ~3 since|today|yesterday",
    "cannot|cant ~ stop ~ being ~ sick $",
    "didnt|dont ~ know ~ how ~ long ~ hed|hes|i|id|shed|shes ~ been ~ lying|there $",
    "found ~ dad|grandad|her|him|mum|nan|them ~ on ~ the ~ floor ~3 again|cold|confused|hours|morning|night|unconscious",
    "had|taken|taking|took ~ cocaine|ecstasy|ketamine|mdma|spice",
    "no ~ urine|water|wee ~ out ~ of ~ her|him|me ~3 since",
    "hasnt|havent|isnt|not ~ peeing|weeing",
    "hasnt|havent ~ peed|weed",
    "cannot|cant|couldnt|unable ~ pee|piss|urinate|wee at all $",
    "cannot|cant|couldnt|unable ~ pee|piss|urinate|wee at all and|for|now|since|today",
    "arm|foot|hand|leg ~4 going|gone|is|suddenly|turned ~ cold ~3 blue|numb|pale|white",
    "chest ~8 down|into|through ~ her|his|my ?left arm|arms|jaw|neck",
    "breathing ~8 and|has|hes|is|shes|theyre ~ going|gone|turned|turning ~ blue|grey|purple",
    "speech ~ gone|has|is|sounded|sounds|went ~2 funny|garbled|jumbled|muddled|strange|weird|wrong",
    "cannot|cant|couldnt|hasnt|havent|not|unable|wont ~4 keep|keeping ~ anything|drinks|fluids|food|liquids|nothing|water ~ down",
    "collapsed|convulsion*|floppy|seizure|seizures|unconscious|unresponsive",
    "like ~ a rag doll",
    "like ~ a ragdoll",
    "skin|skins ~3 blotchy|blue|clammy|grey|mottled",
    "cannot|cant|couldnt|wont ~ rouse|wake baby|dad|daughter|her|him|husband|mum|my|son|them|wife",
    "cannot|cant|couldnt|wont ~ wake up $",
    "cannot|cant|couldnt|wont ~ wake up and|at|now|please|properly",
    "fall|fallen|fell ~4 cannot|cant|didnt|not|wont ~ responding|wake|waking",
    "he|is|she ~ not ~ wake|waking $",
    "fall|fallen|fell ~8 hasnt|isnt|not ~ breathing|responding",
    "calf|leg ~4 hot|painful|red|swollen|tender ~12 hurts ~ to ~ breath|breathe",
    "calf|leg ~4 hot|painful|red|swollen|tender ~12 breath|breathless|breathlessness",
    "into|on|onto ~ her|his|my|the ~ handlebar|handlebars ~12 abdomen|belly|stomach|tummy",
    "fall|fell ~12 belly|stomach|tummy ~8 hard|pale|sick|swollen|vomiting",
    "high ~ pitch|pitched ~ cry|crying|scream|screaming|screams",
    "fall|fell|swollen ~12 cannot|cant|unable|wont ~ stand|walk ~ on ~ it",
    "cannot|cant|unable|wont ~ stand|walk ~ on ~ it ~8 fall|fell|swollen",
    "foreskin|penis|scrotum|testicle|testicles|willy ~6 pain|painful|swollen ~8 hour|hours|morning|started|suddenly|today",
    "fall|fallen|fell ~8 hasnt|isnt|not ~ moving $",
    "fall|fallen|fell ~8 hasnt|isnt|not ~ moving and|at|now",
    "never ~ felt ~ so|this ~ ill|poorly|unwell",
    "feel|feeling|feels ~ like ~ hes|i|im|shes ~ going|gonna ~ to ~ die",
    "feel|feeling|feels ~ like ~ hes|i|im|shes ~ going|gonna ~ to ~ collapse|faint $",
    "feel|feeling|feels ~ like ~ hes|i|im|shes ~ going|gonna ~ to ~ pass ~ out",
    "stoma hasnt|isnt|not|stopped ~2 emptied|output|producing|worked|working ~8 pain|sick|swollen|vomiting",
    "drowsy|sleepy ~12 breathing shallow|slow|slowly",
    "pain ~4 left|one|right ~ side ~6 am|im ~2 weeks ~ pregnant",
    "bite|bitten|cut|scratch|scratched|wound ~12 hot|red|spreading ~8 fever|feverish|shivering|shivery|temperature",
];
const MENTAL: &str = lines![
    "abandon|abandoning|leave|leaving ~ her|him|my|the ~2 at|on|outside ~ a|someones|the ~ church|door|doorstep",
    "accidentally|accidently|mistake ~6 gave|given|had|taken|took ~6 double|extra|twice",
    "afraid|frightened|scared|terrified ~ about|of ~ what ~ i|id|ill ~2 do",
    "afraid|frightened|scared|worried ~3 i|id|ill ~ do ~ something $",
    "afraid|frightened|scared|worried ~3 i|id|ill ~ do ~ something bad|silly|stupid",
    "afraid|frightened|scared|worried ~4 do ~ something ~ to ~ myself",
    "alcohol|booze|drink|gin|vodka|whiskey|whisky|wine ~ and ?a bunch|handful|load|loads|lots of meds|paracetamol|pills|tablets",
    "all ~ my ~ pills|tablets ~6 waiting ~ for ~ me",
    "all|everything|it to end|stop ~ forever|permanently",
    "am|i|im done trying $",
    "am|i|im ending it $",
    "angels|devil|god|jesus|satan|spirits ~ telling|tells|told|wanted|wants ~ her|him|me|them ~ to ~2 harm|hurt|kill|punish|things",
    "arms|legs|thighs|wrists ~4 covered ~ in ~ cuts $",
    "asleep|sleep ~3 and ~ never|not ~ wake ~2 again|ever|forever",
    "ate|eaten|swallowed|taken|took ~ some ~ of ~4 medicine|meds|pills|tablets ~8 dont|not ~ know|sure ~ how ~ many|much",
    "ate|eaten|swallowed|taken|took ~3 all|some ~ of ~ her|his|my ~ dads|fathers|grandads|grans|mothers|mums|nans ~ insulin|medication|methadone|morphine|oramorph|pills|tablets",
    "baby|boy|brother|child|daughter|girl|granddaughter|grandson|kid|kids|old|one|sister|son|toddler ~3 ate|drank|drunk|eaten|swallowed|taken|took ~4 alcohol|antifreeze|batteries|battery|bleach|button|cannabis|capsule|capsules|chemical|chemicals|cleaner|coin|coins|detergent|edible|edibles|liquid|magnet|magnets|medication|medicine|methadone|morphine|nicotine|oramorph|pills|pod|pods|poison|tablets|vape|vodka|weedkiller",
    "baby|child|daughter|granddaughter|grandson|kid|son|toddler ~3 eat|eats ~ all|loads|lots|many|some ~2 medicine|pills|tablets",
    "baby|daughter|son ~ is ~ evil|possessed",
    "banged|fell|hit|landed ~ on ~ her|his|my ~ head ~8 not ~ herself|himself|myself|right",
    "banging|hitting|punched|punching ~ wall|walls ~3 till|until ~ her|his|my ~ fists|hands|head|knuckles",
    "banging|hitting|punching ~ myself ~ in ~ the ~ face|head|stomach ~3 till|until|when|whenever",
    "barricaded|barricading ~ her|herself|himself|his|themselves ~ door|in|room",
    "bath ~4 with ~ a ~ blade|knife|razor",
    "been hoarding|stockpiling ~ my ~ insulin|meds|paracetamol|pills|tablets",
    "been ~ looking ~ at ~ the ~ bridge|cliff|cliffs|tracks $",
    "been|got|ive|think|was|were ~ spiked",
    "been|got|just|was ~ hit|knocked ~2 by ~ a|the ~ bus|car|lorry|motorbike|truck|van",
    "been|i|ive|started|to cut|cutting again",
    "been|keep|keeps|kept|start|started burning|cutting|harming again",
    "believes|convinced|saying|says|thinks ~3 baby|babys ~2 isnt|not ~ hers|his|real $",
    "believes|convinced|saying|says|thinks ~3 baby|babys ~2 isnt|not ~ hers|his|real and",
    "believes|convinced|says|thinks ~2 he|hes|i|im|she|shes ~2 the ~ chosen|god|jesus|messiah",
    "believes|convinced|sure|thinks ~4 everyone|government|neighbours|people|police ~3 following|listening|poisoning|spying|tracking|watching ~ her|him|me|them|us $",
    "believes|convinced|thinks ~ my|our|the ~ baby|child|daughter|son ~ is cursed|evil|possessed",
    "believes|convinced|thinks ~ my|our|the ~ baby|child|daughter|son ~ is the antichrist|demon|devil",
    "believes|says|thinks ~ he|hes|i|im|she|shes ~ am|is ~ god|jesus|messiah",
    "belt|cord|ligature|rope ~3 around|round ~ her|his|my ~ neck",
    "best|easiest|painless|quickest ~ way|ways ~ to ~ die|end",
    "best|easiest|painless|quickest ~ way|ways ~ to ~ go $",
    "better off soon",
    "better ~ i ~ am|be|was ~ dead",
    "better ~ off ~ not ~ alive|being|here|wake|waking",
    "better ~ off ~ with ~2 insurance money|payout|payouts",
    "better ~ off ~2 under ~ a|the ~ bus|ground|lorry|train",
    "better|easier|happier ~4 if ~ i ~ killed ~ myself",
    "better|easier|happier ~4 if ~ i ~2 die|died|disappear|disappeared",
    "better|happier ~3 without me $",
    "better|happier ~3 without me around|here|in",
    "be|being|join|joining ~ with ~3 in ~ heaven",
    "be|join ~ her|his|my ~ dad|daughter|father|gran|husband|mother|mum|nan|son|wife ~2 in ~ heaven",
    "biting|drown|hang|harm|harming|hitting|kill|killing|punching|scratching|shoot ~ herself|himself|themself|themselves",
    "bitten|stung ~12 swelling|swollen ~8 breath|breathe|breathing|collapsed|dizzy|faint|wheezing|wheezy",
    "blade|gun|knife|razor|rifle|shotgun ~8 use|using ~ it ~ on ~ meself|myself",
    "blade|hammer|knife|knives|machete ~3 for ~ protection",
    "blade|knife|knives ~3 beside|by|next|under ~2 bed|pillow",
    "blade|knife|razor ~3 to ~ her|his|my ~ arm|arms|skin|throat|wrist|wrists",
    "bled|bleed|bleeding out",
    "bled|bleed|bleeds ~2 to cope",
    "bleed|bleeds|hurt|hurts|pain ~3 to ~ feel ~ anything|something",
    "blood ~2 in ~ the ~ bowl|pan|toilet",
    "bottle|box|load|packet|pile|stash ~ of ~ paracetamol|pills|tablets ~3 next ~ to ~ me",
    "bought|carries|carrying|got ~2 a ~ axe|knife|knives|machete to protect",
    "bridge|canal|lake|quarry|reservoir|river|sea|weir ~8 about|of ~ going|jumping|walking ~ in|into|off|under $",
    "bridge|cliff|cliffs|railway|river|sea|tracks ~4 calling ~ me $",
    "bridge|cliff|edge|platform|roof|tracks ~6 almost|nearly ~ jumped",
    "bugs|cameras|microphones ~3 in ~ the ~ ceiling|lights|telly|tv|walls $",
    "burning|burns|burnt ~ her|his|their ?own arms|legs|skin|thighs|wrists",
    "burn|burned|burning|burns|burnt ~ herself|himself|myself ~ with ~ a|her|his|my ~ cigarette|cigarettes|fag|lighter|match|matches",
    "burn|burned|burning|burns|cut|cuts|cutting|scratch|scratches|scratching ~2 my ~ arms|legs|skin|thighs|wrists ~3 blade|blades|compass|glass|knife|lighter|razor",
    "burn|burning ~ myself ~ on ~ purpose",
    "burn|burning|cut|cutting|hit|hitting|hurt|hurting|scratch|scratching ~ myself ~ to ~ cope|feel|punish",
    "cannot|cant ~ see ~ myself ~ being ~ alive|around|here",
    "cannot|cant|couldnt ~ guarantee|promise|say ~ i|id|ill ~ be|keep|stay ~ safe ~ now|today|tonight",
    "cannot|cant|dont ~ see ~2 way forward $",
    "cannot|cant|dont ~ see ~2 way forward anymore",
    "cannot|cant|struggling|unable ~2 swallow ~3 dribbling|drooling|saliva|spit",
    "cant ~ see ~ a|any ~ future $",
    "cant|constantly|keep|stop thinking ~ about|of ~2 pills|tablets ~3 bathroom|cupboard|drawer|home|house",
    "cant|doesnt|dont ~ get ~ help ~5 i|ill|im ~2 dead|die|dying",
    "cant|dont ~ see ~ the ~ point any|anymore",
    "cant|dont ~ trust ~ myself ~3 alone|around|near|safe|with",
    "care ~ if ~ i ~ die|live|wake",
    "care|cares ~3 if ~ i ~ live|lived ~ or ~ die|died",
    "carved|carving|cut|cutting|scratched|scratching ~ letters|names|word|words ~ into ~ her|his|my|their ~ arm|arms|leg|legs|skin|thigh|thighs",
    "cat|children|dog|kids ~8 with ~ a ~ note",
    "ceiling|floor|walls ~3 are|keep|keeps ~ breathing|melting|moving|talking $",
    "children|everybody|everyone|family|husband|kids|they|theyd|wife ~4 better ~ off ~4 life ~ insurance",
    "chosen ~ by ~ god ~ to ~ cleanse|destroy|kill|punish|rid|save",
    "chuck|chucking|fling|threw|throw|throwing ~ myself ~ in|into|off|under",
    "close my eyes and never|not open",
    "coming ~ to ~ get|kill|take ~ her|him|me|us ~8 frightened|hid|hide|hiding|scared|terrified",
    "controlled ~ by ~ the ~ aliens|chip|government|radio|television|tv",
    "controlling|reading|stealing ~ my ~ thoughts",
    "cope|manage ~2 better|fine ~ without ~ me $",
    "could|going|gonna|ill|may|might ~2 do ~ something ~ drastic|silly|stupid $",
    "could|going|gonna|ill|may|might|not ~2 do ~ something ~ drastic|silly|stupid to|tonight",
    "crash|drive ~ myself ~2 into|off",
    "crash|drive|steer ~2 my ~ car ~2 into|off ~ a|the ~ bridge|cliff|lorry|river|tree|wall",
    "cutting ~ again|me|my|myself ~6 deep",
    "cutting ~2 her|his|my ~ arms|legs|thighs",
    "cut|cuts|cutting ~3 deep|deeper",
    "cut|cuts|scratched|slashed ~ my ~ arms|thighs|wrists",
    "cut|cutting|drown|drowning|end|ending|hang|hanged|hanging|harm|harming|hurt|hurting|kill|killing|poison|poisoning|shoot|shooting|smother|stab|stabbing|starve|starving|strangle|strangling|suffocate ~ meself|myself",
    "cut|cutting|slashed|slashing|slit ~2 her|his|my|their ~ wrist|wrists",
    "cut|slashed ~ her|his|their ~ arms|thighs ~ badly|deep|deeply|open",
    "danger ~ to ~ myself",
    "dark thoughts",
    "daughter|he|she|son ~3 cut|cuts|cutting ~ her|his ~ arms|thighs|wrists",
    "daughter|im|partner|she|shes|wife ~2 in labour",
    "dead ~8 want|wanting|wants ~ to ~ join ~ her|him|them",
    "decided|deciding|sorted|sorting ~ who ~ get|gets|will ~ my ~ belongings|stuff|things",
    "decided|deciding|sorted|sorting|worked ~ out ~ who ~ get|gets|will ~ my ~ belongings|stuff|things",
    "decided|going|gonna|ready ~ to ~ end ~ everything|it|my|things",
    "decided|going|plan|planning|threatened|threatening|tried|trying|want|wants ~3 to ~ end ~ her|his|their ?own life",
    "dehydrated ~8 drowsy|floppy|nappies|sunken|tears",
    "demon|demons|devil|satan ~3 making|said|says|telling|tells|told|wants ~ me",
    "did|done|taken|took ~ a|an ~ od",
    "die ~12 plan ~ to ~ do ~ it",
    "disappear ~ for ~ ever|good $",
    "disappear ~ forever|permanently",
    "doesnt|dont|no ~ wanna|want ~ to ~ exist|live|wake",
    "done|finished ~ with ~ life|living $",
    "dont think ~ my|the|this ~ baby ~ is ~ mine",
    "dont ~ think ~ i|ill ~ make ~ it ~ through|to ~ morning|tomorrow|tonight",
    "dont|no|not ~ wanna|want to be here ~2 anymore|longer|more|now|tomorrow",
    "doubled ~ up ~3 dose|insulin|meds|pills|tablets ~12 dizzy|drowsy|faint|sick|strange|unwell",
    "downed|had|necked|swallowed|taken|took ~2 bottles|boxes|packets|packs|strips|tubs ~ of ~2 amitriptyline|antidepressants|aspirin|citalopram|cocodamol|codeine|diazepam|fluoxetine|ibuprofen|medication|meds|morphine|painkillers|paracetamol|pills|sertraline|tablets|tramadol ~3 ago|earlier|last|this|today|tonight|yesterday",
    "downed|mixed|necked|swallowed|taken|took ~6 on ~ purpose",
    "downed|necked|swallowed ~8 strip|strips ~ of ~ codeine|ibuprofen|painkillers|paracetamol|pills|sleeping|tablets",
    "downed|necked|swallowed|taken|took ~ a ~ full|whole ~ bottle|box|packet|strip|tub ~ of",
    "downed|swallowed ~2 full|whole ~ bottle|box|pack|packet|strip|tub ~ of",
    "drank|drinking|drunk|swallowed ~2 antifreeze|bleach|detergent|weedkiller",
    "drinking|eat|eating|food ~8 i dont deserve food|it $",
    "drive ~ her|his|my|the ~ car ~ into",
    "drive|driving|swerve|swerving ~2 into|off ~ a|the bridge|cliff|lorry|road|tree|wall",
    "drown|drowning|hang|hanged|hanging ~ herself|himself|themselves",
    "drugs|fentanyl|heroin|methadone|overdose|spice ~12 going|gone|turned|turning ~ blue|grey",
    "end ~ it",
    "end ~ of ~ my ~ rope",
    "end ~2 misery|pain|suffering ~ for ~ ever|good",
    "end|ending everything",
    "end|ending ~ it|my ~ all|life",
    "engine ~ running ~ in ~ the ~ garage",
    "enough of it all",
    "enough ~ of ~ everything|life|living",
    "everyone|government|neighbour|neighbours|people|someone ~3 poison|poisoning ~ her|him|me|us",
    "extra|more ~4 insulin|medication|meds|pills|tablets ~8 on ~ purpose",
    "face another day|night $",
    "face ~ another ~ day|night ~ like ~ this",
    "face|mouth ~2 go|going|gone|went ~2 to ~ one ~ side",
    "fantasise|fantasising|fantasize|fantasizing ~ about ~2 crashing|dying|ending|jumping|killing",
    "feel to die",
    "feel|feeling ~ invincible ~12 sleep|sleeping|slept|spending|spent",
    "feel|feeling|felt ~ like ~ end|ending ~ it|things",
    "feel|feeling|felt ~ nothing ~ for ~ my|our|the ~ baby|newborn",
    "feel|feeling|felt ~3 drowning",
    "fighting|screaming|shouting|swearing|talking ~3 at|to|with ~ people|somebody|someone|things ~ that|who ~ arent|isnt|wasnt|werent ~ there $",
    "fighting|screaming|shouting|swearing|talking ~3 at|to|with ~ people|somebody|someone|things ~ that|who ~ arent|isnt|wasnt|werent ~ there and",
    "finish ~ her|his|my ~ life $",
    "finish ~ it ~ all",
    "fly|flying ~ off ~ the ~ balcony|bridge|roof",
    "following ~ her|him|me ~8 attack|hurt|kill|stab",
    "found ~3 medicine|meds|methadone|oramorph|pills|tablets ~4 ate|drank|eaten|swallowed ~ some",
    "garage ~6 car|engine ~2 running",
    "gasping ~ like ~ a ~ fish",
    "gave|given|giving ~ away ~ my ~ belongings|possessions|stuff|things",
    "gave|given|had|taken|took ~6 double|twice ~6 by ~ accident|mistake",
    "gave|give|given|giving ~ all|her|his|my|their ~1 belongings|possessions|stuff|things ~ away",
    "getting|got|taken|took ~5 rifle|shotgun ~2 out ~ of",
    "given|giving ~ up ~ on ~3 life|living $",
    "going ~ to ~ the ~ bridge ~ after|later|now|tonight $",
    "going|gonna ~ to ~ be ~ with ~ my ~ baby|dad|daughter|father|husband|mother|mum|partner|son|wife ~ again|soon|tonight ~8 died|gone|grave|heaven|lost|passed",
    "going|gonna ~ to ~ take ~ all ~ her|his|my ~ insulin|meds|pills|tablets now|today|tonight",
    "going|gonna ~2 jump ~ from|off ~ a|the ~ balcony|bridge|building|cliff|multi|roof|top",
    "going|gonna|plan|planning ~3 swallow|take ~2 all|whole ~ her|his|my|the|their ~ bottle|medication|meds|packet|pills|tablets",
    "going|gonna|will ~ cut|harm|hurt ~ herself|himself|myself",
    "goodbye|goodbyes ~4 without ~ anybody|anyone|them ~ knowing",
    "googled|googling|looked|researching|searched|searching ~4 bridge|bridges|building|buildings|cliff|cliffs ~3 highest|tallest",
    "got ~ the ~ pills|rope|tablets ~ ready",
    "got ~2 blade|blades|razor|razors ~ out",
    "got|have|made ~ a ~ plan ~6 do ~ it",
    "government|neighbour|neighbours|people|someone|they ~4 poison|poisoning ~ her|his|my|our|the ~ food|water",
    "go|going|went ~ to ~ the ~ bridge|cliffs|forest|lake|river|sea|woods ~6 never|not ~ come|coming ~ back",
    "had ~ a ~ full|whole ~ bottle|box|packet|strip|tub ~ of ~2 amitriptyline|antidepressants|aspirin|citalopram|cocodamol|codeine|diazepam|fluoxetine|ibuprofen|medication|meds|morphine|painkillers|paracetamol|pills|sertraline|tablets|tramadol $",
    "had ~2 too ~ many ~ of ~ her|his|my ~2 painkillers|paracetamol|pills|tablets",
    "had|smoked|snorted|swallowed|taken|took ~2 something ~12 agitated|burning|clenching|collapsed|fitting|hallucinating|overheating|paranoid|seizure|sense|shaking|twitching|unresponsive",
    "had|swallowed|taken|took ~3 bunch|handful|handfuls|load|loads|lots ~ of ~ meds|paracetamol|pills|tablets",
    "had|taken|took an overdoes",
    "hasnt|havent|not ~ slept ~ for ~3 days|nights ~12 chosen|god|invincible|mission|powers|special",
    "has|have|hes|is|shes|weve ~ become|gone|got ~2 confused ~2 overnight|suddenly",
    "has|have|hes|may|might|shes|theyve ~ swallowed|taken ~ something ~8 drowsy|floppy|unconscious|unresponsive",
    "head ~ against ~3 floor|wall|walls ~4 till|until ~3 black|bleed|bleeding|bleeds|bruised",
    "head ~3 saying|telling|tells|told ~ me ~ to ~2 burn|cut|die|end|harm|hurt|jump|kill|set|stab",
    "head ~6 command|commanding|commands|ordering|orders|tell|telling|tells ~ me ~ to ~2 attack|harm|hurt|kill|punish|stab",
    "hearing ~4 tell|telling|tells ~ me ~6 attack|harm|hurt|kill|punish",
    "hearing|seeing ~ things ~3 arent|not ~ there",
    "heart ~6 burst|bursting|explode|exploding ~ out ~ of ~ my ~ chest",
    "hear|heard|hearing ~ somebody|someone|something ~2 saying|tell|telling ~ me ~ to ~ burn|harm|hurt|jump|kill|set|stab",
    "hear|hearing ~ somebody|someone|things ~3 saying|tell|telling ~4 die|eating|harm|hurt|jump|kill|starve|traffic",
    "hear|hearing ~ voices",
    "hear|hearing ~6 arent|isnt|nobody ~ there",
    "hear|hearing|hears ~ her|his|my ~ dead|late ~4 calling|calls|telling|tells ~ her|him|me ~ home|over|to",
    "hear|hearing|hears ~ whispering|whispers ~4 say|saying|tell|telling|tells ~ her|him|me",
    "help ~ me ~4 do ~ it ~ now|today|tonight",
    "hes|is|shes ~ going|turning ~ blue|grey $",
    "he|hes|i|im|she|shes ~2 cannot|cant ~ carry|go ~ on ~ any|anymore|living",
    "he|husband|partner|people|she|somebody|someone|they|wife ~2 are|is|keep|keeps ~ poisoning ~ me|my",
    "he|i|she|they ~ can ~ fly $",
    "hit|hitting|punch|punching ~ myself ~8 bruise|bruised|bruises",
    "home ~ and ~ end|finish ~ it",
    "hoped|hoping|wanting ~ to ~ crash|die|drown",
    "hoped|hoping|wanting ~ to ~ get ~ hit|killed",
    "hope|hoping|wish|wishing ~2 i crash|crashed",
    "hope|pray|praying|wish ~ i ~ die $",
    "hope|pray|praying|wish ~ i ~ die ~2 sleep|soon|today|tonight",
    "hope|pray|praying|wish ~4 take|takes me quickly|soon|tonight",
    "hope|pray|praying|wish ~6 hurry ~ up ~ and ~ finish me off",
    "hope|pray|praying|wish ~6 hurry ~ up ~ and ~ finish|take me $",
    "hope|pray|praying|wish|wishing ~ i|im ~2 dont|never|wont|wouldnt ~ wake",
    "hope|want|wish ~2 somebody|someone ~3 end|kill|stab ~ me",
    "hope|want|wish ~2 somebody|someone ~3 shoot ~ me $",
    "hose|hosepipe|pipe ~4 exhaust",
    "how much longer ~4 carry|keep going|on like this",
    "how ~ many ~ paracetamol|pills|tablets ~3 die|kill|overdose|take|takes",
    "how ~ many ~3 painkillers|paracetamol|pills|tablets ~3 would ~ be ~ too ~ many|much",
    "how ~ much ~ longer ~ i ~ can ~ go|hold ~ on $",
    "how ~ to ~ stop ~ cutting $",
    "i ~ wanna|want|wanted ~ to ~ kill ~ me",
    "i ~ wanna|want|wish die",
    "i ~2 cannot|cant|dont ~3 carry|go ~ on ~ like ~ this $",
    "i ~2 disappear ~3 never ~ come ~ back",
    "if i didnt|never wake up ?again|tomorrow $",
    "if ~ i ~ just ~ crashed|drove into ~ a|the ~ bridge|cliff|lorry|river|tree|wall",
    "if ~ i ~ was ~2 dead|gone",
    "if ~ i ~ wasnt|werent ~2 alive|around|here",
    "if ~ im ~ not ~ here ~8 tell ~ my",
    "im ~ going|gonna ~2 jump $",
    "imagining|picturing|planning ~ my ~ funeral",
    "implanted|planted|put ~2 camera|chip|chips|device|tracker ~4 in ~ her|his|my ~ body|brain|head|teeth",
    "in ~ her|his|their ~ own ~ faeces|mess|poo|urine|waste|wee",
    "in ~2 bad|dark ~ place",
    "inside ~ her|him|me ~8 burn|cut ~ it|them ~ out",
    "insurance ~8 family|he|hed|husband|kids|she|shed|they|theyd|wife ~3 better ~ off",
    "i|ill ~ be ~ gone ~ by ~ the ~ time",
    "i|ill ~ wont ~ be ~ a ~ bother|burden|nuisance|problem ~ for|much ~ long|longer $",
    "i|im ~ going|gonna ~ to ~ jump $",
    "i|im ~ on ~ the ~ edge $",
    "i|im ~2 cannot|cant ~ carry|go ~ on $",
    "i|im ~2 deserve ~ to ~ be ~2 dead|hurt|punished",
    "i|im ~2 deserve ~ to ~ die|suffer",
    "i|im ~2 struggle|struggling|unable ~ to ~ keep|stay ~ safe",
    "i|im ~3 could|might ~2 harm|hurt|kill ~ somebody|someone",
    "jerking|shaking|twitching ~ whole ~ body ~6 isnt|not|unresponsive|wont",
    "join|joining ~3 in ~ heaven",
    "jump|jumping|step|stepping|walk|walking ~ in front of a|the bus|car|lorry|train|truck",
    "just ~ want out $",
    "keep ~ looking ~ at ~ the ~ bridge|cliff|cliffs|tracks",
    "keep ~ meself|myself ~ safe",
    "keep|keeps ~ looking|staring ~ at ~ my|the ~ knife|knives|rope",
    "kms",
    "know ~ how|when|where ~ i|ill|im ~ going|gonna ~ to ~ do ~ it",
    "last ~ time ~ anybody|anyone|everyone|they|you ~ has|have|needs|will ~2 bother|deal|worry",
    "left|writing|written|wrote ~2 a|my ~ goodbye|letter|letters|note|notes ~2 for|to ~ my|the ~ children|family|husband|kids|parents|partner|wife $",
    "letter|letters|note|notes ~6 in ~ case ~ i|im|ive ~ dead|gone",
    "letter|letters|note|notes ~6 in ~ case ~ i|im|ive ~ not ~ alive|around|here",
    "life ~3 aint|isnt|not ~ worth ~ it|living",
    "life ~8 want ~ to ~ end|finish ~ it $",
    "life|lifes ~ aint|isnt|not ~ worth ~ it anymore|now",
    "locked ~ herself|himself|themselves ~ in ~8 swallowed|taken ~ an|loads|pills|something|tablets",
    "looked|looking ~ for ~ a ~ place|spot ~ to ~ do ~ it",
    "lost ~ all ~ hope $",
    "lost ~ all|my|the ~ will ~ to ~ live",
    "made|written|wrote ~ a ~ will ~12 goodbye",
    "make|making ~ it ~ all ~ end|stop",
    "manic ~6 barely|hasnt|havent|no|not|without ~2 sleep|sleeping|slept",
    "medicine|paracetamol|pill|pills|tablet|tablets ~3 for|to ~ death|die|dying",
    "messaged|posted|posting|sent|texted ~2 goodbye|goodbyes ~8 answer|answering|reply|replying|responding",
    "messages|signs|speaking|talking ~ to ~ her|him|me ~ through ~ the ~ radio|television|tv",
    "message|messaged|post|posted|posting|text|texted ~4 sorry ~ for ~ everything",
    "methods|ways to die",
    "mission ~ from ~ god",
    "months|weeks|whole ~3 meds|methadone|pills|supply|tablets ~ all ~ at ~ once",
    "need|needs ~ it ~ all ~ to ~ end|stop $",
    "need|wanna|want|wish ~3 stop breathing|existing|living",
    "need|want|wanted|wish ~ it ~ to ~ end",
    "never been born",
    "no light ~5 tunnel for me",
    "no way out",
    "no ~ future ~ for ~ me|myself",
    "no ~ point ~8 swallowed|taken|took ~2 pills|tablets",
    "no ~ point|reason ~ in|to ~ carrying|going|life|live|living",
    "nobody|noone|one ~3 care|miss|notice ~3 if ~ i ~2 dead|die|died|disappear|disappeared|gone",
    "not ~ want|wanting ~ to ~ exist|live",
    "nothing ~ to ~ live ~ for",
    "not|stop|stopped ~ taking ~ my|the ~ medication|meds|pills|tablets ~2 so ~4 hoard|save|stockpile|store",
    "not|wont ~ be ~ able ~ to ~ stop ~ myself",
    "no|nobody|noone ~3 miss ~ me",
    "off|stopped|stopping ~3 antipsychotic|antipsychotics|aripiprazole|clozapine|lithium|olanzapine|quetiapine|risperidone ~12 out ~ of ~ control|hearing|manic|paranoid|psychotic|seeing|smashing|threatening|throwing|violent",
    "only ~ way ~ out ~6 dead|die|dying|end|ending|forever|permanent",
    "only ~2 get|manage|say|speak ~ a ~ few ~ words ~4 breath|breathe|breathing|breaths",
    "ordered|told ~2 by ~ ?the voice|voices",
    "out|trying ~ to ~ kill|poison ~ her|him|me|them",
    "overdose|overdosed",
    "paracetamol|pills|tablets ~2 lined|stockpiled",
    "paracetamol|pills|tablets ~2 ready to swallow|take",
    "pills|tablets and count|counting them",
    "plan ~ and ~ the ~ means",
    "plan|planned|planning ~ how ~ i|id|ill ~2 do ~ it $",
    "plan|planned|planning ~ to ~ end ~ everything|it|things ~ after|before|once|soon|tonight|when",
    "plan|planned|planning ~2 how ~ i|id|to ~2 do ~ it $",
    "plan|planned|planning|worked ~2 how|when ~ to ~ end ~ everything|it|things",
    "plan|planning ~ to ~ end ~ everything|it|things $",
    "plan|planning ~ to ~ end ~ everything|it|things soon|this|today|tomorrow|tonight",
    "plotting ~ to ~ hurt|kill|poison ~ her|him|me|us",
    "point ~ in|of ~ anything|existing|life|living",
    "point ~ in|of ~ waking ~ up $",
    "practiced|practicing|practised|practising ~ with ~ a ~ belt|cord|ligature|noose|rope",
    "punch|punched|punching ~ wall|walls ~6 bleed|bleeding|bleeds|broke|broken",
    "radio|television|telly|tv ~4 sending|speaking|talking|talks ~ to ~ her|him|me",
    "ran|run|running ~ out ~ of ~2 buprenorphine|epilim|insulin|keppra|methadone|subutex",
    "rather ~ be ~ dead ~ than ~1 carry|carrying|go|going|keep|live|living going|like|living|on",
    "said|saying ~ goodbye ~8 not ~ answering|replying|responding",
    "said|saying ~ goodbye|goodbyes ~ to ~ all|everybody|everyone $",
    "said|saying ~ my ~ goodbyes $",
    "said|saying|says ~6 sleep ~3 not ~ wake",
    "said|saying|says|threatened|threatening|threatens ~ hell|shell|theyll|to ~ jump",
    "said|say|saying ~ goodbye ~ to ~ my ~ children|daughter|husband|kids|partner|son|wife",
    "sat|sits|sitting ~4 with ~ a|her|his|my ~ rifle|shotgun",
    "sat|sitting ~4 pills|tablets ~3 in ~ front ~ of ~ me",
    "sat|sitting|standing|stood ~ at|on ~ the ~ edge|top ~ of ~ a|the ~ bridge|cliff|cliffs|flats|multi-storey|multistorey|roof|tower",
    "sat|sit|sitting ~5 with ~ a|the ~ ligature|noose|rope ~ beside|in|next|on|ready|round|under",
    "see no point $",
    "see ~2 way out $",
    "see ~2 way out any|anymore|now",
    "see ~2 way out of everything|it|life|this $",
    "see ~2 way out of everything|it|life|this ~ any|anymore|apart|but|except|now",
    "see ~3 future ~ for ~ me|myself",
    "seeing|sees ~ bugs|insects|snakes|spiders ~4 bed|ceiling|skin|wall|walls",
    "self harm*|injur*",
    "self-harm*|selfharm*",
    "should|somebody|someone ~2 put ~ me|myself ~ out ~ of ~ my ~ misery",
    "sick|tired ~ of ~ being ~ alive",
    "sick|tired ~ of|to ~ existing|life|live|living $",
    "sleep ~3 and ~ didnt|never|not|wouldnt ~ wake ?up $",
    "sleep ~4 never ~ wake",
    "so ~ i ~ dont|never|wont ~ wake ~ up",
    "stopped ~ taking ~6 hoarding|saving|stockpiled|stockpiling",
    "stopped|stopping ~ her|his|my ~ insulin ~ on ~ purpose",
    "suicid*",
    "swallowed|taken|took ~4 too ~ many",
    "swallowed|taken|took ~4 whole ~ my ~ bottle|packet|pills|tablets",
    "swallow|swallowed|take|taken|took ~2 everything ~4 cabinet|cupboard|drawer|medicine",
    "swallow|take them all $",
    "swallow|take them all now|today|tonight",
    "take ~2 too ~ many ~ paracetamol|pills|tablets ~3 last|this afternoon|evening|morning|night",
    "take|taking ~ her|his|their ~ own ~ life",
    "talked|talking|talks ~ about ~ bombing|killing|shooting|stabbing ~ everyone|people|someone|them",
    "talked|talking|talks ~ about ~ hanging|killing|overdosing ~ herself|himself|myself|themself|themselves",
    "talked|talking|talks ~ about ~ jumping ~ from|in|off",
    "talked|talking|talks|thinking|thinks|thought ~ about|of ~ ending|killing ~ herself|himself|myself|themselves",
    "talked|talking|talks|think|thinking|thought|thoughts ~ about|of ~ ending ~ it $",
    "tell ~ my ~ children|dad|family|husband|kids|mum|partner|wife ~ im ~ sorry $",
    "telling|tells|told|wants ~ me ~ to ~ join ~ her|him|them $",
    "the night ~3 finally ~ do|end ~ it",
    "the point anymore $",
    "thinking|thought ~ about ~ how ~ i|id ~ do ~ it $",
    "thinking|thought ~3 swallowing|taking ~ it|them ~ all $",
    "thinking|thought ~4 swallowing|taking ~ all ~ my ~ meds|pills|tablets $",
    "thinking|thought ~4 swallowing|taking ~ all ~ my ~ meds|pills|tablets and|now|today|tonight",
    "thinking|thought ~4 swallowing|taking ~ all ~ my ~ meds|pills|tablets at once $",
    "thinking|thoughts|urge|urges ~3 harm|harming|hurt|hurting|kill|killing|shaking|smother|smothering ~2 baby|child|children|daughter|her|him|kids|myself|people|somebody|someone|son|them",
    "think|thinking|thought ~ about|of ~ crash|crashing ~ my ~ car",
    "think|thinking|thought ~ about|of ~ letting ~ go $",
    "think|thinking|thought ~ about|of ~ swallowing|taking ~ all ~ my ~ meds|pills|tablets ?at ?once $",
    "think|thinking|thoughts ~ about|of ~ drowning|dying|hanging|jumping|overdosing",
    "think|thinking|thoughts ~ about|of ~ end|ending ~ everything|things $",
    "think|thinking|thoughts ~ about|of ~ end|ending ~ everything|things and|because|but|so",
    "think|thinking|thoughts ~2 about|of ~ death|dying ~ a|all|constantly|day|every|lot|time",
    "think|thinking|thought|thoughts ~ about|of ~ crashing|driving ~3 into",
    "think|thinking|thought|thoughts ~ about|of ~ ending ~ everything|it|things a|again|all|constantly|daily|every|lately|more|most|now|often|recently|since",
    "this ~ is ~ my ~ last ~ message|post|text|words $",
    "thoughts ~ about|of ~ taking ~3 all|everything|lot",
    "tied something ~3 around|round ~ my ~ neck",
    "till|until ~ it|they ~ bleed|bleeds ~3 when ~ i ~ feel ~ like ~ that|this $",
    "tired ~ of ~ waking ~ up",
    "to ~ finish ~ myself",
    "tonight is the night",
    "tonights ~ the ~ night ~6 do ~ it",
    "too ~ many ~ pills|tablet|tablets ~12 asleep|sleeping ~4 cant|not|wont ~ answer|respond|wake",
    "top|topped|topping herself|himself|meself|myself $",
    "top|topped|topping herself|himself|meself|myself and|because|cause|coz|now|today|tonight",
    "trust ~ myself ~ not ~ to ~ do ~ anything|something ?silly|stupid ?today|tonight $",
    "unalive|unalived|unaliving ~ herself|himself|me|meself|myself|themselves",
    "urge|urges ~ to ~ harm|hurt|jump|kill",
    "urge|urges|want ~2 to ~ crash|drive ~3 into",
    "use ~ it|one|them ~ on ~ herself|himself|myself",
    "voice ~3 said|saying|says|tell|telling|tells|told ~8 devil|evil|harm|hurt|kill|punish",
    "voices ~3 constant|louder|stronger|worse",
    "voices ~4 say|saying|tell|telling|told",
    "voice|voices ~12 have ~ to ~ hurt|kill|stop ~ her|him|them",
    "walk|walking ~ into ~ the ~ canal|lake|river|sea",
    "wana|wanna dead|die",
    "wanna|want|wanted ~ to ~ end ~ everything|things $",
    "wanna|want|wanted|wanting|wants|wish ~ to ~ disappear $",
    "wanna|want|wanted|wanting|wants|wish ~4 asleep|sleep ~ forever",
    "wanna|want|wanted|wants|wish|wishing ~ 2 ~ die",
    "wanna|want|wish to disappear ~3 never ~ be|come ~ back|found",
    "wanna|want|wish ~4 sleep ~10 ever again|forever $",
    "want more this life",
    "want|wanted ~ to ~ crash ~ my ~ car",
    "want|wanted|wanting|wants|wish|wishing ~ to ~ die",
    "want|wanted|wanting|wish|wishing to fade away",
    "want|wanted|wants ~2 to ~ join ~ her|his|my ~ dad|father|gran|grandad|grandma|husband|mother|mum|nan|wife $",
    "want|wanted|wants ~2 to ~ join ~ her|his|my ~ dad|father|gran|grandad|grandma|husband|mother|mum|nan|wife ~ and|in",
    "want|wanted|wants|wish ~ it ~2 to be over $",
    "want|wanted|wish ~ it ~ all ~ to ~ end|stop",
    "want|wanted|wish ~2 everything ~ to ~ end $",
    "want|wanted|wish|wishing to be dead|gone",
    "want|wanting|wish ~3 not|stop ~ exist|existing $",
    "want|wants die",
    "want|wish ~ everything|it ~ all ~ to ~ stop ~ for ~ ever|good",
    "way ~ out ~ but|except|other ~2 die|dying|end|ending|suicide",
    "what ~ i|id|ill ~ do ~ to ~ myself",
    "whats ~ the ~ point ~ in|of life|living",
    "whats ~ the ~ point ~ in|of ~ carrying|going on $",
    "wish ~ i ~ had|was|wasnt|were ~ dead|never",
    "wont ~ have|need ~ to ~ worry ~ about ~ me ~ after ~ today|tonight",
    "wont ~ need ~ it|them ~ where ~ hes|im|shes|theyre ~ going",
    "worked|working ~ out ~ how ~ many|much ~4 insulin|paracetamol|pills|tablets ~3 need $",
    "world ~3 turning ~ without ~ me",
    "writing|written|wrote ~ letters|notes ~2 for|to ~ my|the ~ children|dad|family|husband|kids|mum|parents|partner|wife",
];
const SAFEGUARDING: &str = lines![
    "11|12|13|14|15 ~ year ~ old ~ daughter|girl|got|is|was ~2 pregnant",
    "abroad ~8 married|marry ~8 against|doesnt|dont|not|scared|wont",
    "abroad|away|country|holiday|holidays|summer ~5 to be cut",
    "abuses|abusing ~ me|my|the ~ baby|child|children|daughter|kids|son",
    "adult|coach|leader|man|men|neighbour|stranger|teacher|tutor ~6 sending|sends|sent ~ her|him ~2 private|secret ~ messages|photos|texts",
    "adult|coach|leader|man|older|teacher|tutor ~4 messaging|texting ~ my ~4 daughter|old|son ~2 on ~ facebook|instagram|snapchat|tiktok|whatsapp",
    "adult|he|man|somebody|someone|stranger ~4 messaging|sending|texting ~ my ~6 ask|asking|wants ~ her|him ~ to ~ meet",
    "afraid|fear|fearing|frightened|scared|terrified ~ for ~ my ~ life|safety $",
    "afraid|frightened|scared|terrified ~ of ~ his ~ anger|moods|rages|temper",
    "afraid|frightened|scared|terrified ~ to ~ go ~ home",
    "afraid|frightened|scared|terrified ~2 he|hes|she|shes|they ~2 going|gonna|will ~ to ~ hurt|kill ~ me|us",
    "am|i|im ~2 afraid|frightened|scared|terrified|worried ~3 could|i|ill|might ~2 harm|hit|hurt|kill|shake ~ her|him|my|someone|the|them",
    "arent|isnt|never|not turned|turning her|him|my ~8 sores",
    "arent|isnt|not|unsafe ?safe at|in home|house",
    "are|been|hes|is|shes|theyre living ~2 in filth|squalor",
    "arms|legs|stomach|thighs|wrists ~6 on ~ purpose",
    "asked|asking|asks|tells|told ~ children|her|him|kids|them ~3 come|get ~ in|into|to ~ her|his ~ car|house|van",
    "asked|asks|tells|told ~ child|daughter|her|him|kid|son|them ~3 keep ~ it|this ~ secret",
    "asked|telling|tells|told ~ her|him ~ to ~ delete ~2 chats|messages|photos|pictures|texts $",
    "aunt|auntie|carer|carers|daughter|family|granddaughter|grandson|husband|lodger|nephew|niece|son|uncle|wife ~3 stealing|steals|stole|takes|taking|took ~3 her|his|their ~2 benefits|card|cards|money|pension|savings",
    "babies|baby|child|children|kids|little|toddler|toddlers ~4 left ~ on ~ her|his|their ~ own ~3 night|nights|overnight|weekend|weekends",
    "baby|boy|child|children|girl|kids|toddler ~3 alone ~6 for|since ~2 day|days|hours|night",
    "baby|boy|child|children|girl|kids|toddler ~5 are|been|is|left alone 2|3|4|5|five|four|several|three|two days|nights",
    "baby|boy|child|children|girl|kid|kids|lad|toddler ~6 covered ~ in ~ bruises|burns",
    "baby|child|children|daughter|granddaughter|grandson|kid|kids|son|toddler ~4 neglected|unsafe",
    "baby|child|children|daughter|kids|son|toddler ~5 left ~ hungry|unfed|unwashed",
    "baby|child|children|daughter|kid|kids|son ~4 at risk",
    "baby|child|children|kids|toddler ~8 late ~ at ~ night ~4 no|without ~ coat|coats|food|shoes|supervision",
    "baby|child|children|kid|kids|toddler ~2 left ~ alone|in ~3 all ~ day|night",
    "baby|child|he|kid|lady|man|neighbour|she|somebody|someone|woman ~4 calling|crying|screaming|shouting ~ for ~ help ~3 at ~ night",
    "battered|beat|beaten|beating|beats ~ her|him|me|them|us up",
    "beat|beaten|hit|hits|hitting|smacked|whipped ~3 with a|her|his|the belt|cable|slipper|stick|wire",
    "been ~ buying|giving ~6 boy|daughter|girl|nephew|niece|son ~ alcohol|booze|drugs|vodka|weed",
    "been|being ~ exploited|used ~6 for ~ her|his|their ~ benefits|money|pension",
    "been|keeps|kept ~3 asking|getting|inviting ~ my ~ boy|child|daughter|girl|granddaughter|grandson|kid|son ~8 alone ~ with ~ her|him|them",
    "been|keep|keeps|kept ~3 beating|choking|hitting|hurting|kicking|punching|strangling|threatening ~ me|us",
    "being ~ abused|beaten|drugged|exploited|groomed|hit|hurt|pimped|prostituted|starved|touched|trafficked",
    "belt|cigarette|grip|slap|whip ~ burns|mark|marks",
    "benefits|cash|money|pension|savings ~2 stolen|taken ~ by ~2 carer|carers|daughter|family|her|his|housemate|housemates|neighbour|son|their",
    "black ~ and ~ blue ~ because ~ of ~ her|him|them",
    "black ~ eye ~6 said|says ~3 boyfriend|dad|father|mother|mum|stepdad ~ did",
    "black ~ eye|eyes ~3 from|off ~ my ~ boyfriend|dad|ex|girlfriend|husband|mum|partner|stepdad|wife",
    "black ~ eye|eyes ~8 claims|said|says ~6 cupboard|door|walked",
    "black|bruise|bruised|bruises|marks ~6 claimed|claims|said|says ~ he|she ~ fell|walked",
    "bloke|guy|lad|man|person|somebody|someone|woman ~4 car|carpark|outside|reception|waiting ~5 saying|says|screaming|shouting|threatening|yelling ~3 going|gonna|hell|ill|shell|theyll|to|will ~2 attack|hit|hurt|kill|stab",
    "bloke|guy|man|men ~4 met ~ online ~4 bought|buying|buys|gave|gives|giving ~ her|him ~ alcohol|drink|drugs|gifts|phone|phones|presents|things|vapes",
    "bloke|man|men|stranger|strangers ~6 offered|offering|offers ~ her|his|my ~ child|children|daughter|kids|son ~ cigarettes|lifts|money|sweets|vapes",
    "boss|boyfriend|employer|family|husband|partner|uncle|wife ~4 keep|keeps|kept|taken|takes|took ~ her|his|my ~ documents|passport|passports",
    "bought|buying|buys|gives|giving ~ her|him ~ gifts|presents ~4 asked|asking|asks|wants ~2 photos|pics|pictures",
    "bought|buying|buys|sending|sends ~ her|him ~ gifts|presents ~8 between|messages|secret|tell",
    "boyfriend|brother|dad|daughter|friend|girlfriend|husband|i|im|ive|mum|partner|sister|son|we|weve|wife ~3 been|got|just ~ assaulted|attacked|glassed|mugged|stabbed",
    "boyfriend|carer|dad|daughter|girlfriend|he|husband|mum|partner|she|son|stepdad|stepmum|they|wife ~ doesnt|never|wont ~ let ~ her|him|me ~ leave ~2 flat|home|house",
    "boyfriend|cousin|lodger|stepdad|stepfather|uncle ~6 came|comes|coming|creeps ~ into ~ her|his|my ~ bedroom|room",
    "boyfriend|dad|ex|father|girlfriend|husband|mum|partner|stepdad|stepmum|wife ~6 beating|beats|choking|hits|hitting|hurting|punches|punching|stalking|strangling|threatening ~ me|us",
    "boyfriend|dad|ex|fella|girlfriend|husband|mum|partner|stepdad|wife ~2 knocked|knocking|knocks me|us about|around",
    "boyfriend|dad|ex|fella|girlfriend|husband|mum|partner|stepdad|wife ~2 pinned|pinning|pins|shoved|shoves|shoving ~ her|me|us ~ about|around|down|over",
    "boyfriend|dad|ex|girlfriend|he|husband|man|partner|she|someone|stepdad|they|wife ~6 came|showed|turned|turning|turns ~ round|up ~6 with ~ a ~ bat|crowbar|gun|hammer|knife|machete|weapon",
    "boyfriend|dad|he|hes|husband|partner|she|shes ~3 smashed|smashes|smashing|trashed|wrecked ~ my|our|the ~ flat|home|house|place ~ up",
    "boyfriend|dad|he|husband|man|mum|partner|she|stepdad|wife ~4 locked|locks ~ the ~ cupboards|food|fridge",
    "boyfriend|dad|he|husband|mum|partner|she|wife ~2 hid|hides ~ my|our|the ~ food|inhaler|keys|medication|meds|money|passport|phone|tablets",
    "boyfriend|daughter|grandson|lodger|man|nephew|son ~4 moved ~ in ~12 hes|is|looks|seems|shes ~ frightened|petrified|terrified",
    "boyfriend|ex|fella|girlfriend|husband|partner|wife ~2 bit|bites|biting|bitten ~ her|me",
    "boyfriend|ex|girlfriend|husband|partner|stepdad|wife ~8 threatened|threatening|threatens ~ me|us",
    "boyfriend|ex|girlfriend|husband|partner|wife ~3 checks|monitors|tracks ~ my ~ location|messages|phone ~8 afraid|follows|frightened|hit|hits|scared|threatens",
    "boyfriend|ex|he|husband|partner ~4 put|puts ~ her|him|me ~ in ~ hospital",
    "boyfriend|ex|he|husband|partner ~6 threatened|threatening|threatens ~ her|him ~ again",
    "boyfriend|girlfriend|he|husband|partner|she|wife ~ didnt|doesnt|wont ~ let ~ her|him ~5 on ~ her|his ~ alone|own",
    "boyfriend|girlfriend|he|husband|partner|she|wife ~4 read|reads ~ my ~ emails|messages|texts $",
    "boyfriend|girlfriend|husband|partner ~ doesnt|wont ~ let ~ her|him ~2 speak|talk",
    "boyfriend|girlfriend|husband|partner|wife ~2 doesnt|never|wont ~ allow|let ~ her|him ~ go|see ~2 anyone|doctor|family|friends|gp",
    "boyfriend|he|husband|partner ~ beat|hit|hurt ~ me ~ all|every ~ day|night|time",
    "boyfriend|husband|partner|wife ~ doesnt|isnt|never|wont ~ let|letting ~ me ~3 medication|meds|pills|tablets $",
    "boyfriend|man|stepdad|stepfather|uncle ~6 comes|coming|keeps|walking|walks ~3 bathroom|bedroom",
    "boy|child|children|girl|kids ~4 dirty|filthy|smelly|unwashed ~ and ~ hungry|starving|thin",
    "boy|child|daughter|girl|kid|old|son|teenager has been missing all|for|overnight|since",
    "boy|child|daughter|girl|kid|son|teenager is missing $",
    "boy|child|daughter|girl|kid|son|teenager is missing all|for|overnight|since",
    "boy|child|daughter|girl|kid|son|teenager ~6 disappearing|disappears|vanishing ~ nights|overnight",
    "boy|child|girl|kid|teenage|teenager ~4 sleeping|sleeps ~ in|on ~ a|the ~ bus|doorway|park|street|streets",
    "breached|breaking|broke|outside ~12 restraining ~ order",
    "breaking ~ point ~12 shaking|shook|slapped|slapping|smacked|smacking ~ dad|him|mum|them",
    "broke|broken ~ into ~ my|our ~ flat|home|house ~12 outside|still",
    "brother|carer|carers|daughter|family|husband|sister|son|wife ~6 leaves|leaving|left ~ her|him|them ~ with ~ no ~ food|heating|money",
    "brother|carer|daughter|granddaughter|grandson|nephew|niece|sister|son ~3 stealing|steals|stole ~ cash|money ~2 from|of ~ her|his|their ~ account|accounts",
    "brother|cousin|stepdad|uncle ~2 touch|touched|touches|touching my child|daughter|kids|nephew|niece|sister|son",
    "brother|dad|daughter|father|he|husband|mother|mum|partner|she|sister|son|uncle|wife ~ didnt|doesnt|wont ~ let ~ ?the anyone|carer|carers|doctor|gp|nobody|nurse ~ see|visit",
    "bruises|bruising|burns|marks ~12 boyfriend|dad|father|girlfriend|mum|partner|stepdad|stepmum ~2 caused|did|done",
    "bruise|bruises|burns|eye|marks ~12 not ~ to ~ tell",
    "bruise|bruises|burns|eye|marks ~8 didnt|doesnt|refuses|wont ~ ?to explain|say|talk|tell",
    "bullying|forced|forcing|making|pressured|pressuring ~ her|him|my|them ~2 into ~ giving|sign|signing",
    "burned|burnt ~ her|him|me ~ with ~ a ~ cigarette|iron|lighter",
    "buying|buys|gives|giving|sending|sends|sent ~ my ~ child|daughter|granddaughter|grandson|kid|son gifts|money|presents",
    "came|comes|coming ~ to ~ her|his|the ~ flat|home|house ~6 stealing|taking|took ~ money ~ from ~ her|him $",
    "cannot|cant|mustnt|shouldnt ~ tell ~ anybody|anyone|my ~ about ~ us $",
    "care ~ home ~8 arent|isnt|never|not|wont ~ changed|changing|fed|feed|feeding|washed|washing ~ dad|her|him|mum|them ~ and|enough|or|properly",
    "carer|carers ~2 didnt|hasnt|havent ~ been|come|turned|visited ~4 day|days",
    "carer|carers ~4 leave|leaves|left ~ her|him|me|them ~3 floor|hours|soiled|wet",
    "carer|carers ~4 pinching|stealing|steals|stole|stolen|takes|taking|took ~3 cards|jewellery|money|pension|purse|savings|wallet",
    "carer|carers ~6 bullies|bullying|hit|hits|hitting|pushed|pushing|shouted|shouting|shouts|slapped|slapping|slaps|swearing ~2 dad|gran|grandad|her|him|mum|nan|them",
    "carer|lodger ~8 moved ~ her|his ~ boyfriend|family|friends|girlfriend|partner ~ into",
    "carry|carrying|deliver|delivering|move|moving ~3 bags|packages|packets|parcels ~4 cities|london|town|towns",
    "cash|clothes|gifts|money|phone|presents|trainers ~8 didnt|doesnt|refused|refuses|wont ~ explain|say|tell ~2 where ~3 from $",
    "cash|clothes|gifts|money|phone|presents|trainers ~8 didnt|doesnt|refused|refuses|wont ~ explain|say|tell ~2 who ~4 bought|buys|gave|gives|sent",
    "checks|monitors|tracks|watches ~ where ~ i ~ am|go",
    "child|children|kids ~8 no|without ~ coat|coats|shoes ~6 night",
    "child|daughter|kid|old|son|teenager ~3 goes|going|gone|went ~ missing",
    "child|kid|man|neighbour|neighbours|someone|woman ~6 screaming|shouting|yelling ~2 help $",
    "child|kid|man|neighbour|neighbours|someone|woman ~6 screaming|shouting|yelling ~2 help and",
    "clothes|gifts|money|phone|presents|trainers ~6 from ~ a|an|some ~2 guy|man|men ~ he|she ~ met ~ online",
    "coach|cousin|grandad|grandpa|lodger|neighbour|stepdad|stepfather|teacher|uncle ~2 touch|touched|touches|touching her|him|me",
    "come|comes|coming ~ to ~ ours ~ for ~ dinner|food|meals|tea",
    "cousin|daughter|girl|granddaughter|niece|sister ~6 to be cut abroad|at|during|in|next|over|this|when",
    "covered ~ in ~ bed|pressure ~ sores",
    "cries|crying|screaming|screams ~4 hours ~12 never ~ see|seen ~ any|the ~ adult|adults|dad|father|mother|mum|parent|parents",
    "cut ~ my|our ~ daughter|girl|granddaughter|niece ~6 abroad|country|family|holiday|summer|visit",
    "dad|father|mother|mum|parents ~ leave|leaves|left ~ her|him|them ~6 for ~ days|nights $",
    "dealing|running|selling ~ drugs ~2 for ~ gang|gangs|lads|men|older",
    "death threat|threats",
    "did|do|does|doing ~ bad ~ things ~ to ~ her|him|me|my",
    "documents|id|passport ~12 said|says ~ he|i|she ~ owe|owes ~ her|him|them",
    "doesnt|dont|never|not|wont ~ feed ~ her|him|me|them|us",
    "doesnt|wont ~ let ~ me ~ see ~ a|the ~ doctor|gp|nurse ~ alone|on",
    "downstairs|neighbour|neighbours|upstairs ~4 screaming|screams ~12 bruised|bruises",
    "downstairs|next|upstairs ~6 crying|screaming|shouting ~ for ~ help",
    "dragged|dragging|drags|pulled|pulls ~ her|him|me ~ by ~ her|his|my|the ~ hair|neck|throat",
    "draining|emptied|emptying|stealing|steals|stole|stolen ~3 her|his|their ~ benefits|money|pension|savings",
    "drives|driving|drove ~ baby|children|kids|them ~3 drunk|high|stoned",
    "drives|driving|drove ~ drunk ~4 with ~ baby|children|her|him|kids|them",
    "ex ~12 come|coming ~ after|over|round ~3 friends|mates|me",
    "ex ~4 keep|keeps|kept ~ coming|showing|turning ~ round|up ~3 door|flat|garden|home|house|outside|window|windows|work",
    "ex|he|hes|she|shes|theyve ~2 carries|carrying|got|has ~ a ~ gun|hammer|knife|machete|weapon",
    "ex|he|she|they ~ know|knows ~ where ~ i ~ live|work",
    "ex|stalker ~2 keeps|kept ~ showing|turning ~ up ~ at ~ her|his|our ~ door|home|house|school|work",
    "ex|stalker ~4 outside ~ my|our ~ door|flat|home|house|work ~3 again|all|every",
    "feel|feeling|im ~2 unsafe ~12 gun|guns|rifle|shotgun",
    "fgm",
    "flat|home|house ~6 taken|taking|took ~ it ~ over",
    "followed|following|follows ~ me ~ home",
    "forced|forces|forcing|made|makes|making ~ to ~ carry|deal|move|sell ~ drugs",
    "forced|forces|forcing|made|makes|pressured ~ her|me ~3 sex",
    "forced|forces|forcing|made|make|makes|making ~ her|him|me ~ sleep ~ with ~ him|his|men|other|others|people|strangers|their|them",
    "forced|forces|made|makes|making ~ her|him ~ do|touch|watch ~ porn|rude|sexual",
    "forced|forces|made|makes|making ~ her|him|me ~ hand ~ over ~2 bank|benefits|card|cards|money|pension|wages",
    "forced|forces|made|makes|making ~ her|him|me|them ?to sleep ~3 car|cold|floor|garden|outside|shed|street",
    "forced|forcing|getting|made|making ~ her|his|my|our ~ boy|child|daughter|girl|son ~ send|sending ~ images|nudes|photos|pics|pictures|videos",
    "forced|forcing|made|making ~ to ~ work ~ for ~ free|nothing",
    "forced|forcing|made|making ~ to ~ work ~6 no|nothing|without ~ money|pay|wages",
    "forced|forcing|made|making ~2 have|sleep ~ with ~2 boys|men|older|people",
    "forced|forcing|made|making|pressured|pressuring ~3 send|sending ~3 images|nudes|photos|pics|pictures|videos ~3 him|man|men|older|stranger|strangers",
    "forced|forcing|making ~4 give|hand ~ her|him|them ~ her|his|their ~ bank|card|cards|money|pension|pin",
    "forced|forcing|making|pressured|pressuring ~3 marry|wed",
    "forced|made ~ to ~ carry|deliver|drop|hold|move ~ drugs|packages ~2 for",
    "forced|made|making ~ to ~ have ~ sex",
    "forced|pressured ~ into ~2 marriage|marrying",
    "forces|forcing|makes|making ~ her|him|my|them ~5 carry|deal|sell drugs",
    "found ~ wandering ~4 motorway|night|road|roads|street|streets",
    "gets|getting ~ beaten|hit|slapped|smacked ~2 at ~ home",
    "girl|girls|woman|women ~8 never ~3 allowed|go|goes|let ~ out ~12 man|men",
    "given ~3 gifts|money|phone|phones|presents|trainers ~3 by ~ lads|man|men|older",
    "going|gonna|will ~ harm|hurt|kill my|our baby|brother|children|dad|father|husband|kids|mother|mum|sister|wife",
    "grab|grabbed|grabbing|grabs ~2 baby|boy|child|girl|kid|toddler ~ by ~ the ~ hair|neck|throat",
    "gun|knife ~8 for ~ me|us $",
    "had|have ~ to ~ hide ~ the ~ knives",
    "hand|hands ~ on ~3 child|childs|daughter|daughters|her|his|kid|kids|son|sons ~ private|privates",
    "hanging ~ about|around|out ~ with ~ older ~ boys|lads|men",
    "hanging|hangs|loitering ~6 photos|pictures|videos ~ of ~ my|our|the ~ boys|children|girls|kids",
    "harassed|stalked|threatened ~ by ~ my ~ boyfriend|ex|girlfriend|husband|partner|stepdad|wife",
    "hasnt|havent|not ~ opened ~ her|his|their ~ curtains",
    "hasnt|havent|no|nobody|noone|not ~2 heard|see|seen ~ her|him|them ~ for ~3 days|week|weeks ~12 bottles|curtains|milk|smell",
    "hasnt|not ~ come ~ home ~4 days|nights",
    "has|have|hes|ive|just|shes ~ ran|run ~ away ~ from ~ home",
    "hed|hell|shed|shell ~ harm|hurt|kill ~ me|my|the|us ~ ?baby|children|kids",
    "held|holding|holds|pulled|pulls ~ a ~ blade|gun|knife ~ on|to ~ her|him|me|my|us",
    "hell|shell ~3 kill ~ her|his|my ~ brother|dad|father|husband|mother|mum|partner|sister|wife",
    "hell|shell ~8 if ~ i ~ leave $",
    "hell|shell|theyll ~2 finish ~ me ~ off",
    "hell|shell|theyll|threatened|threatening|threatens ~4 burn|torch ~3 flat|home|house|place",
    "hell|shell|theyll|threaten|threatened|threatening ~4 harm|hurt|kill|touch ~ my|our ~ baby|children|daughter|kid|kids|son",
    "hell|shell|they|theyll ~2 hurt|kill ~ my ~ children|family|kids|mum",
    "hes|shes ~2 violent",
    "he|hes|law|she|shes|son-in-law ~ knocking|knocks|shoves|shoving|slapping|slaps me|my|them ~2 about|around",
    "he|man|men ~2 keeping|keeps|kept ~ her|him ~ in ~ his|their ~ car|flat|house|room|van",
    "he|she ~ gets|is ~ violent",
    "he|she|they ~ doesnt|dont|wont ~ let ~ me ~4 alone",
    "he|she|they ~ forces|made|makes ~ me ~ do ~ things ~4 didnt|dont|not ~ wanna|want",
    "he|she|they ~ got|has|have|keeps ~ my ~ passport|passports $",
    "hiding ~ from ~ my ~ boyfriend|dad|ex|father|girlfriend|husband|partner|stepdad|wife",
    "hit|hits|hurt|hurts|kicked|kicks|punched|punches ~ mammy|mommy|mummy|nana|nanny",
    "hit|hurt|kill ~ me ~ if ~ i ~ go|leave|talk|tell",
    "hurt|leave|stop ~6 if ~ i ~ tell ~ anybody|anyone|someone",
    "if ~ i ~ go|leave|tell ~3 he|hell|she|shell|they|theyll ~2 take|takes|taking ~ my|our|the ~ baby|children|daughter|kids|son",
    "if ~ i ~ go|leave|tell ~3 hit|hurt|kill ~ me",
    "if ~ i ~2 leave|leaving ~12 ill|youll ~ be ~ sorry",
    "in ~ her|his|my|our|their ~ room|rooms ~6 no|without ~ food|water",
    "in ~ her|his|their ~ room ~6 days|hours|morning|since ~6 hasnt|isnt|not|wont ~ answer|answering|respond|responding",
    "is|shes ~ 11|12|13|14|15 ~ and ~ pregnant",
    "i|im ~3 going|gonna ~2 attack|harm|hurt|stab ~ anyone|others|people|somebody|someone",
    "i|im|me ~2 never|not ~ allowed ~5 alone",
    "i|im|she|shes ~2 11|12|13|14|15 ~4 pregnant",
    "keeping|keeps|kept ~ her|his|my ~ boy|child|daughter|girl|granddaughter|grandson|son ~3 in ~ her|his|their ~ car|flat|house|room|van ~6 days|hours|night|nights|overnight",
    "keeps|kept ~ following ~ my|our ~ child|children|daughter|kids|son",
    "keeps|kept ~ showing|turning ~ up ~ at ~ my ~ door|home|house|work",
    "keeps|kept|taken|takes|took ~ her|his|their ~ documents|passport|passports $",
    "keeps|kept|taken|takes|took ~ my|our ~ benefits|documents|passport|passports|pension|wages",
    "keep|keeps|kept ~ running ~ away",
    "kept ~2 as|like ~ a ~ prisoner|slave",
    "kept|locked ~ in ~ a|my|the ~ flat|home|house|room ~4 not ~ allowed",
    "kept|locked ~ in ~ her|his|their ~ bedroom|room ~ by",
    "knows ~ where ~ my|the ~ children|kids ~ go ~ to ~ school",
    "leaves|leaving|left ~ me|them|us ~ alone ~3 days|night|nights|overnight|weekend",
    "leaves|leaving|left ~5 dirty|filthy|soiled|wet ~ bed|bedding|clothes|nappies|nappy|pad|pads|sheets",
    "leaves|leaving|left ~6 baby|child|children|kids|old|toddler ~ alone ~6 all|day|days|hours|night|nights",
    "leave|leaves|left ~ her|him ~ in ~ her|his ~ cot ~3 all ~ day|night",
    "leave|leaves|left ~ her|his|their ~ baby|child|children|kids|toddler ~8 alone|cold|garden|night|outside",
    "left ~ on ~ her|his|their ~ own ~3 days|nights|weekend|weekends",
    "left ~ to ~ look|mind ~3 baby|little|younger ~ brother|brothers|siblings|sister|sisters",
    "left ~ with ~ her|his|their ~ younger ~ brother|brothers|siblings|sister|sisters",
    "left ~3 in ~ own ~ faeces|mess|poo|urine|wee",
    "left ~4 with ~2 drunk|drunken|high|stoned ~2 babysitter|babysitters|boyfriend|dad|father|mother|mum|stepdad|uncle",
    "little|young ~ boy|children|girl|kids|lad ~6 out|outside ~4 at ~ night",
    "live|living ~ with ~6 doesnt|wont ~ let ~ me ~ go|leave|see",
    "lock|locked|locks ~ me ~ in ~2 bedroom|flat|home|house|room",
    "lock|locked|locks ~ me ~ inside",
    "love ~ bite|bites ~8 gifts|man|men|money|older",
    "made|makes ~ her|him ~ sign ~ cheques|documents|papers|things",
    "made|makes ~ her|him|me|them|us ~4 sleep ~ in ~ the ~ car|garage|garden|shed|street",
    "made|makes|making ~ her|him ~ sit ~ on ~ his ~ knee|lap",
    "made|makes|making ~ her|my|the ~3 go|sit|sleep|stay ~ in ~ his ~ bedroom|room",
    "made|makes|making ~ me ~ sit ~ on ~ her|his ~ knee|lap",
    "make ~ everyone|them|you ~ all ~ pay ~8 college|school",
    "man|men ~4 gave ~ her|him ~ alcohol|drinks|drugs|vodka",
    "messages|messaging|texting ~ her|him ~4 asking ~ for ~ photos|pics|pictures",
    "money ~8 leak|post|send|share ~4 images|photos|pics|pictures|videos",
    "monitoring|monitors|watches|watching ~ me ~ on|through ~ camera|cameras",
    "moved ~ into ~3 flat|home|house ~12 dealing|drugs",
    "my ~ boyfriend|dad|ex|father|girlfriend|husband|mum|partner|stepdad|wife ~ abused|abuses|beat|beats|choked|controls|hit|hits|hurt|hurts|kicked|kicks|strangled|threatened|threatens",
    "neglected|neglecting ~6 care|nursing ~ home",
    "neighbour|neighbours|next|upstairs|wall ~10 screaming|shouting ~5 glass|plates|things ~ breaking|smashing|thrown",
    "never ~ see ~ her|him|my|the|them ~3 if ~ i ~ go|leave|report|tell",
    "never|no ~ food ~ in $",
    "never|no ~ food ~ in ~ the ~ flat|house",
    "never|rarely ~ see ~ ?an adult|adults|anybody|anyone|grownup|parent|parents ~ with ~ her|him|them",
    "new ~ boyfriend|friend|girlfriend ~12 got|has|taken|taking|took|using ~ her|his ~ bank ~ card|cards|details|pin",
    "new ~ boyfriend|girlfriend|partner ~10 bruises|bruising|burns|marks",
    "no ~ food|heating ~ and|or ~ food|heating ~4 alone|cold|dark|sat|sitting",
    "not ~ allowed ~ to ~ contact|see|visit ~ my ~ friends",
    "not ~ allowed ~6 own ~ bank|card|cards|friends|money|passport|phone",
    "not|stopped|stopping ~ taking ~3 on purpose $",
    "nowhere ~ to ~ go|sleep|stay ~ tonight",
    "of ~ what ~ he|she ~ could|did|does|might|will ~2 when ~ he|hes|she|shes ~ angry|drinking|drunk|high|mad",
    "online ~ boyfriend|guy|man|men ~6 meet|meeting",
    "outside ~3 watching ~ my ~ flat|home|house",
    "paid ~2 to ~ carry|deliver|hide|hold|sell|stash ~4 boys|dealers|gang|lads|men|older",
    "passed ~ around|round ~4 boys|lads|men|older",
    "pay ~ off ~ a|her|his|the|their ~ debt ~8 sex|sleep",
    "permission ~2 to ~ eat|spend",
    "permission ~3 to ~ leave ~ the ~ house",
    "photo|photos|pic|picture ~6 my ~ car|flat|home|house|kids ~6 gun|knife|threat|threatening",
    "picked up by ~2 older ~ boys|lads|man|men",
    "post|posting|share|sharing ~2 nudes ~4 if|unless",
    "push|pushed|shove|shoved ~ her|him ~ over $",
    "put ~ her|me|us ~ in ~ the ~ grave|ground",
    "raped",
    "record ~2 for ~ child ~ abuse ~8 lives|living|moved|staying",
    "safer ~5 than ~ being|staying ~ at|in ~ home|house ~ with",
    "said|saying|says|screaming|shouting ~3 going|gonna ~ to ~ attack|hurt|kill|shoot|stab ~ everyone|people|somebody|someone",
    "said|saying|says|threatening|threatens ~3 hell|shell|theyll ~ find ~ me|us ~ and ~ my|our|the ~ baby|children|daughter|kids|son",
    "said|says ~2 not ~ to ~ tell ~ anybody|anyone|me|mum|parents|us",
    "said|says|tells|told ~2 keep ~ it ~ between ~ ourselves|us",
    "said|says|threatens ~3 use ~ it ~ on ?my dad|daughter|her|him|kids|me|mum|partner|son|us|wife",
    "said|say|saying|says|tells|threatened|threatens|told ~3 attack|hurt|kill|murder|stab ~ me|us",
    "secret ~ game|games ~8 cant|mustnt|never|shouldnt ~ tell",
    "seen ~ for ~ days|weeks ~12 smell|smells",
    "seen ~ her|him ~4 days ~8 answer|answering ~ her|his|the ~ door",
    "sending|sends|sent ~6 explicit|naked|nude|sexual ~ images|messages|photos|pics|pictures",
    "sending|sends|sent|showed|showing|shows ~ a|her|his|my ~4 year ~ old ~3 dirty|naked|nude|rude|sexual ~ images|messages|photos|pics|pictures",
    "sending|sends|sent|showed|showing|shows ~ her|him|my ~ images|photos|pics|pictures|videos ~4 arent|isnt|not|werent ~ appropriate|nice|ok|okay|right",
    "send|sent ~ back ~6 if ~ he|i|she ~ tell|tells",
    "sexually ~ abused|assaulted|attacked",
    "shakes|shaking|shook ~ her|his|my|the ~ baby|toddler",
    "sign ~ cheque|cheques ~ for|over|to ~ her|him|them",
    "sign ~ over ~ her|his|their ~ home|house|money|savings",
    "sit|sits|sitting ~ on ~ her|his lap ~8 alone|secret",
    "sleeping|sleeps ~ at|in|there ~6 cannot|cant ~ leave",
    "snap ~ and ~ harm|hit|hurt",
    "sneaked|sneaking|sneaks|snuck ~ out ~3 meet|see ~2 a|an|older ~ bloke|guy|man|men",
    "stalked|stalker|stalking",
    "started ~ coming ~ home ~ with ~ bruises|cuts|marks",
    "starved|starves|starving ~ her|him|me|them|us",
    "stealing|takes|taking|took ~ money ~ from ~ her|his ~ account ~6 afraid|frightened|scared",
    "stealing|takes|taking|took ~ money ~ out ~ of ~ her|his ~ account|bank|purse ~3 behind|hitting|shouting|threatening|without",
    "take ~ my|our|the ~ baby|children|daughter|kids|son ~ if ~ i ~ go|leave|tell",
    "taken|taking|took ~ over her|his account|finances|flat|home|house|money",
    "takes|taking|took ~ cash|money ~4 without ~ asking|her|his|permission|telling",
    "takes|taking|took ~2 all ~ her|his|their ~ benefits|money|pension|savings",
    "take|takes|taking|took ~ her|his|their ~ benefits|pension|savings $",
    "take|takes|taking|took ~2 her|his|my ~ benefits|money|pension ~8 doesnt|dont|never|wont ~ let ~ her|him|me ~ eat",
    "telling|tells|told ~ her|him|them ~ not ~ to ~ tell $",
    "telling|tells|told ~ her|him|them ~ not ~ to ~ tell ?her|his anybody|anyone|dad|daddy|father|mother|mum|mummy|parents|teachers",
    "think|thinking|thought ~2 abandoning|leave|leaving ~ baby|her|him|the ~2 outside|somewhere",
    "threatened|threatening ~4 gang|gangs",
    "threatened|threatening|threatens ~ me|my|us ~2 children|home|kids|life|safe",
    "threatened|threatening|threatens ~ to ~ harm|hurt|kill ~8 if ~ he|i|she|we ~ leave|leaves|tell|tells",
    "threatened|threatening|threats ~ to ~ kill ~ her|him|me|them|us",
    "to ~ marry ~ a|boy|girl|her|him|man|somebody|someone|woman ~4 never ~ met",
    "to ~ marry|wed ~8 didnt|dont ~ want ~ to $",
    "to ~ marry|wed ~8 didnt|dont ~ want ~ to ~ marry|wed",
    "tried|tries|trying ~ to ~ get ~ my ~3 in|into ~ his|their ~ car|flat|house|room|van",
    "tried|trying ~ to ~ choke|drown|smother|stab|strangle|suffocate ~ me|us",
    "tried|trying ~ to ~ grab|snatch|take her|him $",
    "tried|trying ~ to ~ grab|snatch|take ~ my|our|the ~ baby|children|daughter|kids|son",
    "tried|trying|want|wanted ~ to ~ kill|lose ~ my|the ~ baby|pregnancy $",
    "turning|turns ~ up ~6 threatening|threatens ~ me",
    "watched|watches|watching her|him|me in the bath|shower",
    "{person} ~ beat|beats|choked|chokes|hit|hits|kicked|kicks|strangled ~ me|my|our",
    "{person} ~ hurt|hurts|threatened|threatens me|us",
];

/// A cry for help said on its own, as a sentence ("Help me.", "Please, someone help me"), not a
/// complaint that nobody would.
const CRY_FOR_HELP: &str = lines![
    "^ ?please|pls|plz|somebody|someone help|helpme me|us ?now|please|pls|plz $",
    "^ ?please|pls|plz anybody|anyone|somebody|someone help ?me|us ?now|please|pls|plz $",
    "^ ?please|pls|plz help me|us ~3 going|gonna ~ to ~ hurt|kill|murder|rape|stab ~ me|us",
];

/// Medicines a patient might take too many of.
static PILLS: WordSet = WordSet::new(words![
    "paracetamol",
    "paracetemol",
    "paracetomol",
    "parecetamol",
    "tablets",
    "pills",
    "ibuprofen",
    "codeine",
    "co-codamol",
    "cocodamol",
    "codamol",
    "aspirin",
    "sertraline",
    "diazepam",
    "tramadol",
    "antidepressants",
    "painkillers",
    "sleeping",
    "insulin",
    "morphine",
    "citalopram",
    "fluoxetine",
    "amitriptyline",
]);

/// A number in figures or words ("30", "twenty").
fn count_of(word: &str) -> Option<u32> {
    word.parse().ok().or(match word {
        "ten" => Some(10),
        "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen"
        | "eighteen" | "nineteen" => Some(11),
        "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "hundred" | "dozen" | "dozens" => {
            Some(20)
        }
        _ => None,
    })
}

/// Cues that alone mean little but together mean someone may be about to end their life (the
/// way people say it most often, without naming it): a means or a place ("the train tracks",
/// "stockpiling my tablets"), affairs put in order ("wrote my will", "cancelled my direct
/// debits"), despair at oneself ("what's the point in me", "a burden"), resolve ("a plan for
/// tonight", "can't stop thinking about"). Two of them in one comment are urgent (`find_cues`).
const MEANS: &str = lines![
    "went ~ to ~ the ~ bridge|cliff|cliffs|station|tracks",
    "got|have ~ the ~ pills|tablets ~ with ~ me",
    "railway|train ~ line|lines|track|tracks",
    "level ~ crossing|crossings",
    "multi ~ storey|story",
    "multistorey|multistory",
    "top ~ of ~ a|the ~ car ~ park",
    "pills|tablets ~3 in ~ my|the ~ bag|cupboard|drawer|pocket",
    "pills|tablets ~2 hidden|hoarded|stashed",
    "blades|razor|razors ~3 in ~ my ~ bag|drawer|pocket|purse|room",
    "top ~ of ~ a|the ~ bridge|building|cliff|flats|tower",
    "edge ~ of|off ~ a|the ~ balcony|bridge|cliff|platform|roof",
    "from|off ~ a|the ~ balcony|bridge|cliff|cliffs|roof",
    "collected|collecting|saved|saving ~4 insulin|medication|meds|morphine|painkillers|paracetamol|pills|tablets",
    "hoarded|hoarding|stockpiled|stockpiling ~3 insulin|medication|meds|morphine|painkillers|paracetamol|pills|tablets",
    "ligature|noose|rope",
    "meds|paracetamol|pills|tablets ~3 counted|laid|lined|set ~ out",
    "cliff|cliffs",
    "got|have ~ the ~ means $",
    "found|got|have ~ a ~ way $",
    "which ~ pills|tablets ~3 work ~ best",
    "look|looking|staring ~ at ~ my|the ~ blade|blades|knife|pills|rope|tablets",
    "photo|photos|pic|picture ~ of ~ blade|blades|knife|pills|rope|tablets",
    "charcoal|exhaust",
    "with ~ a|my|the ~ blade|blades|razor",
    "firearm|gun|guns|rifle|shotgun|shotguns ~3 in ~ her|his|my|the ~ bedroom|car|cupboard|drawer|garage|house|loft|safe|shed|wardrobe",
    "stop|stopped|stopping ~ taking ~ her|his|my ~ heart|insulin|medication|meds|pills|tablets",
    "how ~ long|many|much ~4 to ~ bleed|die|drown|overdose",
    "enough ~ insulin|meds|painkillers|paracetamol|pills|tablets ~3 to ~ make ~ end|finish|kill|sure",
    "hoard|stash|stockpile ~ of ~ medication|meds|painkillers|paracetamol|pills|tablets",
];
const FAREWELL: &str = lines![
    "left ~ a|her|his ~ letter|note",
    "wanted ~ somebody|someone ~ to ~ know $",
    "cannot|cant ~ find ~ her|him|them $",
    "this ~ is ~ my ~ last ~ attempt|chance|comment|feedback|message|review|try",
    "did|done|made|making|sorted|updated|writing|written|wrote ~ a|my ~ will",
    "made ~ up ~ my ~ mind $",
    "selling|sold ~2 my ~ belongings|possessions|stuff|things",
    "wont ~ be ~ around|here ~ for|much ~ long|longer",
    "cancel|cancelled|cancelling|stopped ~ all|my ~ direct ~ debits",
    "letter|message|note|text ~3 saying ~ goodbye|sorry",
    "put|putting|sorted|sorting ~ her|his|my ~ affairs",
    "affairs ~ in ~ order",
    "getting|got|put|putting ~ everything|things ~ in ~ order",
    "been|gone|hes|is|shes|went ~ missing $",
    "been|gone|hes|is|shes|went ~ missing again|all|and|for|overnight|since",
    "when ~ i|im ~ gone",
    "look ~ after ~ my ~ cat|children|dog|kids|pets ~ when",
    "called|message|messaged|rang|text|texted ~3 saying ~ hes|im|shes|sorry|theyre",
    "made ~ her|his|my ~ peace",
    "said|say|saying|says ~ goodbye|goodbyes",
    "tell ~ my ~ children|dad|daughter|family|husband|kids|mum|partner|son|wife ~2 i|im|that ~ sorry",
    "writing|written|wrote ~ letters|notes ~ to ~ everybody|everyone ~ i|we ~ care|love",
    "writing|written|wrote ~ letters|notes ~ to ~ everybody|everyone $",
    "cannot|cant|couldnt ~ get ~ hold ~ of ~ her|him|them $",
    "cannot|cant|couldnt ~ get ~ hold ~ of ~ her|him|them all|anywhere|now|since|today|tonight",
    "locked ~ herself|himself|themselves ~ in ~6 isnt|not|wont ~ answer|answering|respond|responding",
    "gave|give|given|giving ~ away ~ her|his|my ~ belongings|bike|books|cat|clothes|collection|console|dog|games|guitar|jewellery|pets|playstation|possessions|stuff|things|tools|xbox",
    "gave|given|giving ~ my ~ cat|cats|dog|dogs|pets ~ to",
    "thank|thanks ~ for ~ trying",
    "send|sends|sent ~3 message|note|text ~3 said|saying",
    "sorry ~ for ~ everything $",
    "tying ~ up ~ loose ~ ends",
    "all|everything|its ~ arranged $",
    "will ~ have|take ~ my|the ~ cat|cats|dog|dogs|pets $",
    "cancelled|cancelling ~ everything",
    "he|hes|she|shes|they|theyre ~2 arent|isnt|not|wont ~ pick|picking ~ up $",
    "her|his|their ~ phone|phones ~ are|been|has|is|went ~ dead|off",
    "gave|give|given|giving ~ all|my ~ belongings|possessions|stuff|things ~3 to ~ charity|friends|people",
    "made|make|making ~ arrangements ~ for ~ my|the ~ cat|children|dog|kids|pets",
    "thank|thanks ~ for ~ everything",
    "my ~ last ~ appointment|visit $",
    "who ~ gets ~ what",
    "who ~ gets ~ my",
    "left|writing|written|wrote ~2 letter|letters|note|notes ~ for|to ~ my ~ children|daughter|family|husband|kids|partner|son|wife",
    "paid|pay|paying ~ off ~ what ~ i ~ owe",
    "paid|paying ~ off ~ all|my ~ debts",
    "closed|closing|deleted|deleting ~ my ~ account|accounts|facebook|instagram|social",
    "gave|given|giving ~ my ~ brother|dad|daughter|friend|husband|mum|partner|sister|son|wife ~ my ~ bank|cards|pin",
    "going|like|love|ready|want|wants ~ to ~ join ~ dad|her|him|husband|mum|them|wife",
    "gave|given|giving ~ her|his|my ~ cat|dog|pets ~ away",
    "said|saying ~ goodbye|sorry ~ to ~ everybody|everyone",
];
const DESPAIR: &str = lines![
    "cannot|cant ~ keep ~ going $",
    "at ~ breaking ~ point",
    "cant ~ face ~ going ~ home|on",
    "talked|talking|talks|think|thinking ~ about|of ~ ending ~ it|things",
    "in ~ her|his|my ~ room ~ with ~ the ~ curtains ~ closed|drawn|shut",
    "point ~ in ~ me|myself",
    "all|everybody|everybodys|everyone|everyones|they|theyre|theyve ~2 sick|tired ~ of ~ me",
    "feel|feeling|i|im ~3 a ~ burden|drain",
    "burden ~ on|to ~ everybody|everyone|family|my|others|them",
    "being ~ a ~ burden",
    "feel|feeling|i|im ~2 pathetic|worthless",
    "broken|dead|empty ~ inside",
    "i|im ~2 sinking",
    "feel|i|im ~3 waste ~ of ~ air|oxygen|space",
    "nobody|noone|one ~2 care|cares|love|loves|want|wants ~ me",
    "exhausted|sick|tired ~ of|with ~ life|living",
    "numb|tired ~ of|to ~ everything",
    "give|given|giving ~ up ~ on ~ everything|life|myself",
    "nothing ~ left ~ for ~ me",
    "waiting ~ for ~ it ~ all|everything ~ to ~ end",
    "alone|lonely ~ in ~ the ~ world",
    "am|i|im ~ not ~ alright|coping|ok|okay $",
    "am|i|im ~ not ~ alright|coping|ok|okay and|anymore|at|mentally|really",
    "been|hes|shes|theyve ~2 depressed|low|suicidal",
    "feel|feeling|im|so ~2 hopeless $",
    "feel|feeling|im|so ~2 hopeless and",
    "nothing ~ matters ~ anymore|now $",
    "doesnt|dont ~ matter ~ anymore $",
    "stopped ~ caring ~ what ~ happens",
    "life ~2 no ~ meaning|point|purpose",
    "life ~2 unbearable",
    "no ~ reason ~ for ~ me ~ to ~ be|carry|go|keep|live|stay",
    "cant ~ do ~ this ~ anymore",
    "stop ~ being ~ a ~ burden|nuisance|problem ~ for|to ~ everybody|everyone",
    "stopped ~ eating|talking ~ and ~ drinking|eating|sleeping|talking",
    "cant ~ see ~ a ~ future",
    "be ~ fine|ok|okay ~ without ~ me",
    "be ~ a ~ burden ~ any|anymore",
    "decide|decided ~ to ~ stop ~ trying",
    "children|everybody|everyone|family|kids ~3 better ~ off ~ with|without",
    "cannot|cant go on and|any|anymore|now",
    "there|theres ~ no ~ point $",
    "havent|not ~ told ~ anybody|anyone|family|my ~3 struggling",
    "i|im ~ done ~ fighting $",
    "^ im ~ done $",
    "tired ~ of ~ fighting $",
    "if ~ i ~ dont ~ get ~ help ~ now|soon|today",
    "i|im ~ done ~ with ~ everything|life|living $",
    "pain ~ ll|will ~ be ~ over ~ soon",
    "want ~ everything|it|this ~3 to ~ end|stop ~ for ~ ever|good",
    "had ~ enough ~ of ~ being|everything|life|living",
];
const RESOLVE: &str = lines![
    "ready ~ to ~ take|use ~ it|them $",
    "ready ~ to ~ go ~ now $",
    "tired ~ of ~ fighting $",
    "almost|nearly ~ did ~ it $",
    "it|that ~ d|would ~ be ~ easy|painless|quick|quicker $",
    "today|tonight ~ is ~ the ~ day|night $",
    "todays|tonights ~ the ~ day|night $",
    "tonight ~ it|things ~ feel|feels ~ different",
    "like ~ it ~ was ~ the ~ last ~ time",
    "feel|feeling ~ calm|peaceful ~ now",
    "just ~ in ~ case $",
    "just ~ in ~ case ~ i ~ need ~ it|them",
    "it ~ all ~ planned",
    "easier ~ to ~ just ~ end|go|stop",
    "want ~ it ~ over $",
    "do|end|finish|sort ~ it ~ tonight",
    "cant ~ stop ~ thinking ~ about",
    "plan ~ for ~ tonight",
    "googling|looked|looking|researching|searched|searching ~2 how ~ to ~ do ~ it",
    "tonights ~ the ~ night",
    "tonight ~ i|im ~ going|gonna",
    "know ~ what ~ i|im ~ do|doing ~ tonight",
    "how ~ easy ~ it ~ d|would ~ be $",
    "know ~ what ~ i ~ got|have|need ~ to ~ do ?now $",
    "need ~ the ~ right ~ amount $",
    "see ~ how ~ it ~ feel|feels|felt",
    "not|wont ~ be ~ around|here ~ by|for ~ the|then",
    "not|wont ~ be ~ a ~ burden|nuisance|problem ~3 after|longer|much|soon",
    "last ~ time ~ you|youll ~2 see ~ me",
    "in ~ case ~ anything|something ~ happens ~ to ~ me",
    "make ~ sure ~ this ~ time $",
    "almost|nearly ~ didnt ~ come ~ back|home $",
    "for ~ when ~ i|im ~ ready $",
    "want|wanting|wants ~ to ~ disappear",
    "why ~ i ~ had|have ~ to ~ go $",
    "looked|looking|stared|staring ~ down|over ~ the ~ edge",
    "up ~ there ~ now",
    "wont ~ need ~ it|them $",
    "would ~ be ~ better ~ off $",
    "every|most ~ night|nights $",
    "calm|peaceful ~ for ~ the ~ first ~ time",
    "wont ~ be ~ needing ~ anything|it|them $",
    "it|this ~ ll|will ~ all ~ be ~ over",
    "just ~ standing|stood ~ there",
    "wont ~ be ~ need|needing ~ another|any|more|my ?appointment|appointments",
    "chosen|picked|set ~ a|the ~ date $",
    "made ~ my ~ mind ~ up $",
    "made ~ up ~ my ~ mind $",
    "keep|keeps ~ thinking ~ about ~ doing|ending|it",
    "at ~ peace ~ with ~ everything|it|my|the ~ decision $",
    "at ~ peace ~ with ~ everything|it ~ now",
];

/// Two cues (`CUES`) in one comment, apart and of different kinds (or two farewells: "wrote my
/// will and cancelled my direct debits"): urgent, shown at both.
pub fn find_cues(tokens: &[Token], found: &[crate::patterns::Match], findings: &mut Vec<Finding>) {
    // Each cue asked once whether it is meant.
    let cues: Vec<crate::patterns::Match> = found
        .iter()
        .filter(|m| m.cue && m.kind == Kind::Urgent && !no_emergency_meant(tokens, &m.tokens))
        .cloned()
        .collect();
    let mut pairs = crate::patterns::pairs(
        &cues,
        |_| true,
        |first, second| second.rule != first.rule || second.rule == FAREWELL_CUE,
    );
    let Some((first, second)) = pairs.next() else {
        return;
    };
    // "thank you for everything, I won't be needing another appointment as we're moving":
    // goodbyes to the practice, not to life. (Asked only of a comment with a pair.)
    let moving = tokens.iter().any(|t| {
        norm_in!(
            t,
            "moving",
            "relocating",
            "emigrating",
            "retirement",
            "retiring",
            "healed",
            "discharged",
            // "I've given my dog to my mum while I'm in hospital for my hip"
            "hospital",
            "operation"
        )
    });
    if moving {
        return;
    }
    let span = |m: &crate::patterns::Match| {
        tokens[m.tokens.start].span.start..tokens[m.tokens.end - 1].span.end
    };
    findings.push(Finding {
        kind: Kind::Urgent,
        spans: vec![span(first), span(second)],
        rule: "self_harm_or_suicide",
    });
}

/// "I've just taken 30 paracetamol": a count of pills far past a dose. Phrase patterns can't
/// read numbers, so this one is read here.
pub fn find_overdose(tokens: &[Token], findings: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        // (Asked of every word: a `matches!` is quicker than a table here.)
        if !norm_at!(
            tokens,
            i,
            "took",
            "taken",
            "take",
            "swallowed",
            "had",
            "downed"
        ) {
            continue;
        }
        let clause = tokens[i].clause;
        let next_words = || ahead(tokens, i + 1, clause);
        let many = next_words()
            .take(4)
            .position(|t| count_of(t.norm).is_some_and(|n| n >= 10));
        let Some(at) = many else { continue };
        // ("took like 20 of my mum's pills")
        let pills = next_words()
            .skip(at + 1)
            .take(4)
            .position(|t| PILLS.contains(t.norm));
        if let Some(p) = pills {
            let end = i + 1 + at + 1 + p;
            // "12 paracetamol over the week" is a course, not an overdose.
            let spread_out = ahead(tokens, end + 1, clause)
                .take(4)
                .any(|t| norm_in!(t, "day", "days", "week", "weeks", "month", "months"));
            if spread_out {
                continue;
            }
            let span = tokens[i].span.start..tokens[end].span.end;
            findings.push(Finding {
                kind: Kind::Urgent,
                spans: vec![span],
                rule: "self_harm_or_suicide",
            });
        }
    }
}

/// A figure of speech, said of the urgent words that start at token `at`: "I nearly had a heart
/// attack when I saw the queue", "it almost gave me a stroke"; the service making someone want
/// to jump off a cliff ("this surgery makes me want to …", "I'd rather … than use your app"),
/// or driving anyone to it ("would drive you to suicide"); not their pain or their low mood.
pub fn exaggerated(tokens: &[Token], at: usize) -> bool {
    let clause = tokens[at].clause;
    let before: Vec<&str> = behind(tokens, at, clause).take(6).map(|t| t.norm).collect();
    let service = |w: &&str| {
        one_of!(
            *w, "surgery", "practice", "place", "system", "phone", "phones", "app", "website",
            "queue", "admin", "booking", "music", "wait", "form", "forms"
        )
    };
    let nearly = match before.as_slice() {
        ["a", "me" | "us", verb, adverb, ..] | ["a", verb, adverb, ..] => {
            one_of!(*verb, "had", "have", "having", "gave", "give", "giving")
                && one_of!(*adverb, "nearly", "almost")
        }
        _ => false,
    };
    let made_to_want = matches!(
        before.as_slice(),
        ["to", "want", "me", "makes" | "made", ..]
    ) && before[4..].iter().any(service);
    let rather = before
        .iter()
        .take(3)
        .any(|w| one_of!(*w, "rather", "sooner"))
        && ahead(tokens, at, clause)
            .skip_while(|t| !t.is("than"))
            .skip(1)
            .take(3)
            .any(|t| {
                norm_in!(
                    t, "use", "ring", "phone", "call", "wait", "deal", "book", "come", "sit",
                    "listen", "try"
                )
            });
    // "would drive you to suicide": anyone, not the patient.
    let drives_one_to = matches!(
        before.as_slice(),
        [
            "to",
            "you" | "anyone" | "anybody" | "people" | "someone",
            "drive" | "drives",
            ..
        ]
    );
    // "I could have collapsed with tiredness", "I could have died": what might have been (not
    // "I could have sepsis").
    let might_have_been = matches!(
        before.as_slice(),
        [
            "have",
            "could" | "would" | "might" | "nearly" | "almost",
            ..
        ]
    ) && (tokens[at].norm.ends_with("ed")
        || norm_at!(tokens, at, "died", "fallen"));
    nearly || made_to_want || rather || drives_one_to || might_have_been
}

/// "my daughter's boyfriend is 28 and she is 14": a child with an adult partner. Phrase patterns
/// can't compare numbers, so this one is read here.
pub fn find_age_gap(tokens: &[Token], findings: &mut Vec<Finding>) {
    // A number of years at `k` ("14", "14 year old"; not "14 weeks").
    let years = |k: usize| {
        let t = &tokens[k];
        let unit = tokens.get(k + 1).map_or("", |n| n.norm);
        (!t.is_word
            && !one_of!(
                unit, "week", "weeks", "month", "months", "day", "days", "hours"
            ))
        .then(|| t.norm.parse::<u32>().ok())
        .flatten()
    };
    for (i, partner) in tokens.iter().enumerate() {
        if !norm_in!(partner, "boyfriend", "girlfriend", "man", "guy", "bloke") {
            continue;
        }
        let clause = partner.clause;
        let in_sentence = |k: &usize| in_clause(tokens, *k, clause);
        // The partner's age stands by them: "a 28 year old boyfriend", "her boyfriend is 28".
        let adult = (i.saturating_sub(4)..(i + 4).min(tokens.len()))
            .filter(in_sentence)
            .filter_map(years)
            .filter(|age| (18..=80).contains(age))
            .max();
        // A child under the age of consent; or of 16 or 17 with a partner five years older
        // ("I'm 16 and my boyfriend is 24", not "my 17 year old's boyfriend is 19").
        let child = |adult: u32| {
            (0..tokens.len())
                .filter(in_sentence)
                .filter_map(years)
                .any(|age| {
                    (8..=15).contains(&age) || ((16..=17).contains(&age) && adult >= age + 5)
                })
        };
        if adult.is_some_and(child) {
            findings.push(Finding {
                kind: Kind::Urgent,
                spans: vec![partner.span.clone()],
                rule: "safeguarding",
            });
        }
    }
}

/// Urgent words found where no emergency is meant (`NOT_MEANT`).
pub fn no_emergency_meant(tokens: &[Token], found: &Range<usize>) -> bool {
    NOT_MEANT.iter().any(|not_meant| not_meant(tokens, found))
}

/// Whether the tokens found (a range of `tokens`) are said with no emergency meant.
type NotMeant = fn(&[Token], &Range<usize>) -> bool;

/// The ways urgent words are said with no emergency meant, each asked of the words found.
const NOT_MEANT: [NotMeant; 10] = [
    died_of_a_feeling,
    cut_by_accident,
    where_to_live,
    drowning_in_things,
    since_the_event,
    the_care_for_it,
    felt_like_someone,
    looks_like,
    a_procedure_hurt,
    named_as_a_topic,
];

/// The words of the sentence before the words found, nearest first.
fn words_before<'a>(tokens: &'a [Token], found: &Range<usize>) -> impl Iterator<Item = &'a str> {
    behind(tokens, found.start, tokens[found.start].clause).map(|t| t.norm)
}

/// The words of the sentence after the words found, in order.
fn words_after<'a>(tokens: &'a [Token], found: &Range<usize>) -> impl Iterator<Item = &'a str> {
    ahead(tokens, found.end, tokens[found.start].clause).map(|t| t.norm)
}

/// "I wanted to die of embarrassment", "I could pass out from boredom": figures of speech.
fn died_of_a_feeling(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut after = words_after(tokens, found);
    (tokens[found.end - 1].norm == "die"
        || (tokens[found.end - 1].norm == "out"
            && found.len() > 1
            && tokens[found.end - 2].norm == "pass"))
        && after
            .next()
            .is_some_and(|w| w == "of" || w == "from" || w == "with")
        && after.next().is_some_and(|feeling| {
            one_of!(
                feeling,
                "embarrassment",
                "shame",
                "boredom",
                "laughing",
                "laughter",
                "cringe"
            )
        })
}

/// "I cut myself shaving", "… on the broken chair": an accident, not self-harm ("I cut myself
/// badly on glass and it's pouring" is read by the bleeding it tells of).
fn cut_by_accident(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut after = words_after(tokens, found);
    tokens[found.end - 1].is("myself")
        && found.len() == 2
        && tokens[found.start].is("cut")
        && match after.next() {
            // On a thing, not "on purpose" nor "on my arms".
            Some("on") => after
                .next()
                .is_some_and(|w| !one_of!(w, "purpose", "my", "me", "both")),
            Some(w) => one_of!(
                w,
                "shaving",
                "cooking",
                "chopping",
                "opening",
                "accidentally",
                "gardening"
            ),
            None => false,
        }
}

/// "I don't want to live in a care home", "he doesn't want to live with us": where, not whether
/// (not "to live in this pain", "in a world without her"; nor "he knows where I live with the
/// kids", "lost the will to live with this pain": only wanting to live is read so).
fn where_to_live(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut after = words_after(tokens, found);
    tokens[found.end - 1].norm == "live"
        && tokens[found.clone()]
            .iter()
            .any(|t| norm_in!(t, "want", "wanna"))
        && match after.next() {
            Some("with" | "at" | "near" | "nearby" | "abroad" | "together" | "alone" | "next") => {
                true
            }
            Some("in") => !after.take(3).any(|w| {
                one_of!(
                    w, "pain", "agony", "fear", "misery", "world", "body", "this"
                )
            }),
            _ => false,
        }
}

/// "drowning in forms": a figure of speech, unless in water or the body's own fluid.
fn drowning_in_things(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut after = words_after(tokens, found);
    tokens[found.end - 1].norm == "drowning"
        && after.next() == Some("in")
        && after.next().is_some_and(|what| {
            !one_of!(
                what, "my", "his", "her", "their", "own", "fluid", "fluids", "water", "blood",
                "mucus", "phlegm", "the", "a", "bath", "pool", "sea", "river"
            )
        })
}

/// "since my overdose", "since his seizure": the event named as a time gone by (anything
/// happening now is found on its own).
fn since_the_event(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut before = words_before(tokens, found);
    found.len() == 1
        && norm_at!(tokens, found.start, "overdose", "seizure", "seizures")
        && before
            .next()
            .is_some_and(|w| one_of!(w, "the", "my", "his", "her", "their"))
        && before.next() == Some("since")
}

/// "her seizure medication", "a seizure plan": the care for it, named by it.
fn the_care_for_it(tokens: &[Token], found: &Range<usize>) -> bool {
    found.len() == 1
        && words_after(tokens, found).next().is_some_and(|w| {
            one_of!(
                w,
                "medication",
                "medicine",
                "meds",
                "tablets",
                "drugs",
                "plan",
                "nurse",
                "clinic",
                "alarm",
                "alert",
                "monitor",
                "jab",
                "vaccine"
            )
        })
}

/// "I felt like someone hit me with a hammer when I heard": a figure of speech.
fn felt_like_someone(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut before = words_before(tokens, found);
    norm_at!(tokens, found.start, "someone", "somebody")
        && before.next() == Some("like")
        && before
            .next()
            .is_some_and(|w| one_of!(w, "felt", "feel", "feels", "feeling"))
}

/// "the staff look like they want to die": how someone looks, not what they feel.
fn looks_like(tokens: &[Token], found: &Range<usize>) -> bool {
    let mut before = words_before(tokens, found);
    before.nth(1) == Some("like")
        && before
            .next()
            .is_some_and(|w| one_of!(w, "look", "looks", "looked", "sound", "sounds"))
}

/// "the lady who does the bloods hurt me": a procedure that hurt, not someone hurting them.
fn a_procedure_hurt(tokens: &[Token], found: &Range<usize>) -> bool {
    tokens[found.clone()]
        .iter()
        .any(|t| t.is("hurt") || t.is("hurts"))
        && crate::abuse::sentence_names(
            tokens,
            found.start,
            &[
                "bloods",
                "blood",
                "injection",
                "jab",
                "smear",
                "needle",
                "coil",
                "dressing",
            ],
        )
}

/// Named as a subject, not felt: "suicide prevention posters", "the leaflet on sepsis",
/// "waiting months is shocking for someone suicidal", "I'm not suicidal, but …".
fn named_as_a_topic(tokens: &[Token], found: &Range<usize>) -> bool {
    let word = tokens[found.start].norm;
    let topic_word = [
        "suicid",
        "sepsis",
        "septic",
        "meningitis",
        "overdose",
        "self",
        "fgm",
    ]
    .iter()
    .any(|stem| word.starts_with(stem));
    if found.len() > 2 || !topic_word {
        return false;
    }
    let next = words_after(tokens, found).next().unwrap_or("");
    let before = words_before(tokens, found).next().unwrap_or("");
    // "the leaflet on sepsis", "a poster about self-harm"
    let in_a_leaflet = words_before(tokens, found).take(3).any(|word| {
        one_of!(
            word,
            "leaflet",
            "leaflets",
            "poster",
            "posters",
            "information",
            "info",
            "awareness",
            "campaign",
            "training",
            "video",
            "website",
            "programme",
            "documentary",
            // "stop asking about suicidal thoughts on every form"
            "asking",
            "question",
            "questions",
            "form",
            "forms"
        )
    });
    in_a_leaflet
        || one_of!(
            next,
            "prevention",
            "awareness",
            "risk",
            "risks",
            "helpline",
            "hotline",
            "charity",
            "charities",
            "rate",
            "rates",
            "statistics",
            "figures",
            "poster",
            "posters",
            "leaflet",
            "leaflets",
            "training",
            "campaign",
            "bereavement",
            "group",
            "groups",
            "people",
            "patients",
            "men",
            "women",
            "teenagers",
            "mission",
            "support",
            "review",
            "team",
            "clinic",
            "service",
            "services",
            // "the overdose warning on the packet"
            "warning",
            "warnings"
        )
        || one_of!(before, "someone", "somebody", "anyone", "anybody")
        // "I'm not suicidal, but …"
        || one_of!(before, "not", "never", "isnt", "wasnt", "arent")
        // "I stopped self-harming", "they helped me stop self harming" (not "can't stop …",
        // nor "please help me stop …")
        || one_of!(before, "stopped", "quit", "overcame", "overcome", "beat", "beaten")
        || (before == "stop" && words_before(tokens, found).nth(2).is_some_and(|w| w == "helped"))
}

/// "her sugar reading is 2.1", "BMs of 1.9", "glucose 33": a blood sugar far out of range. Phrase
/// patterns can't read numbers, so this one is read here (with the comment, for decimal points).
pub fn find_blood_sugar(comment: &str, tokens: &[Token], findings: &mut Vec<Finding>) {
    for i in 0..tokens.len() {
        // (Asked of every word: a `matches!` is quicker than a table here.)
        if !norm_at!(tokens, i, "sugar", "sugars", "glucose", "bm", "bms", "bg") {
            continue;
        }
        let clause = tokens[i].clause;
        let number = ahead(tokens, i + 1, clause)
            // ("my sugar's all over the shop, it's 2.5")
            .take(7)
            .position(|t| !t.is_word && t.norm.bytes().all(|b| b.is_ascii_digit()));
        let Some(offset) = number else {
            continue;
        };
        let at = i + 1 + offset;
        let whole = &tokens[at];
        // "2.1" is two tokens with a point between them.
        let tenths = tokens.get(at + 1).filter(|next| {
            comment.get(whole.span.end..next.span.start) == Some(".")
                && next.norm.bytes().all(|b| b.is_ascii_digit())
        });
        let end = tenths.map_or(whole.span.end, |t| t.span.end);
        // "sugar 30 minutes after eating", "sugar-free for 30 days": not a reading.
        let after = at + 1 + usize::from(tenths.is_some());
        let not_a_reading = tokens.get(after).is_some_and(|t| {
            t.clause == clause
                && norm_in!(
                    t, "minutes", "mins", "min", "hours", "hrs", "days", "weeks", "months",
                    "years", "percent", "units", "grams", "g", "mg", "times", "am", "pm"
                )
        }) || comment[end..].starts_with('%');
        if not_a_reading {
            continue;
        }
        // In tenths, read as whole numbers: float parsing would add some 20 KB to the kiosk.
        let Ok(units) = whole.norm.parse::<u32>() else {
            continue;
        };
        let tenth = tenths.map_or(0, |t| u32::from(t.norm.as_bytes()[0] - b'0'));
        let tenths_of_a_unit = units.saturating_mul(10).saturating_add(tenth);
        if tenths_of_a_unit < 30 || (250..1000).contains(&tenths_of_a_unit) {
            let span = tokens[i].span.start..end;
            findings.push(Finding {
                kind: Kind::Urgent,
                spans: vec![span],
                rule: "blood_sugar",
            });
        }
    }
}

/// Every urgent group, by rule name.
pub const PHRASES: &[(&str, &str)] = &[
    ("stroke", STROKE),
    ("rash", RASH),
    ("injury", INJURY),
    ("sepsis", SEPSIS),
    ("self_harm_or_suicide", MENTAL),
    ("safeguarding", SAFEGUARDING),
    ("cry_for_help", CRY_FOR_HELP),
];

/// The farewell cues' rule: two farewells are urgent together (`find_cues`).
const FAREWELL_CUE: &str = "farewell";

/// Cues of suicide said indirectly, each harmless alone, read only in pairs (`find_cues`).
pub const CUES: &[(&str, &str)] = &[
    ("means", MEANS),
    (FAREWELL_CUE, FAREWELL),
    ("despair", DESPAIR),
    ("resolve", RESOLVE),
];

#[cfg(test)]
mod tests {
    use crate::{Kind, analyse};

    /// The two longest lists are kept in alphabetical order, a new line in its place: brotli
    /// packs them smaller so (README).
    #[test]
    fn the_longest_lists_are_in_alphabetical_order() {
        assert!(super::MENTAL.lines().is_sorted());
        assert!(super::SAFEGUARDING.lines().is_sorted());
    }

    /// (what the case shows, comment, whether urgent need is found)
    const CASES: &[(&str, &str, bool)] = &[
        (
            "cut while shaving, an accident",
            "I cut myself shaving and the nurse wouldn't even give me a plaster",
            false,
        ),
        (
            "cut on a broken chair, an accident",
            "I cut myself on the broken chair in the waiting room",
            false,
        ),
        ("cut on purpose", "I cut myself on purpose", true),
        (
            "hanging, not a cut",
            "I tried to hang myself on Sunday",
            true,
        ),
        (
            "cut on my arms",
            "I cut myself on my arms every night",
            true,
        ),
        (
            "sepsis years ago, still here thanks to her",
            "Dr Nwosu spotted my sepsis two years ago and I'm still here thanks to her",
            false,
        ),
        (
            "too many of my water tablets had",
            "I think I've had too many of my water tablets and my legs are like jelly",
            true,
        ),
        (
            "too many painkillers prescribed over the years",
            "I've had too many painkillers prescribed over the years and want to come off them",
            false,
        ),
        (
            "too many pills added to a list",
            "My mum has had too many pills added to her list, can someone review",
            false,
        ),
        (
            "an ex who knows where I live with the kids",
            "My ex knows where I live with the kids",
            true,
        ),
        (
            "the will to live lost, with this pain",
            "I've lost the will to live with this pain",
            true,
        ),
        (
            "where to live: in a care home",
            "He doesn't want to live in a care home, please stop suggesting it",
            false,
        ),
        (
            "where to live: with family",
            "My dad doesn't want to live with us, he wants his independence",
            false,
        ),
        (
            "whether to live: in this pain",
            "I don't want to live in this pain any more",
            true,
        ),
        (
            "whether to live: in a world without her",
            "I don't want to live in a world without her",
            true,
        ),
        (
            "not wanting to live, said of a son who cuts",
            "My son told me tonight he doesn't want to live and he's been cutting",
            true,
        ),
        (
            "a domestic abuse champion wished for",
            "It would be good if the practice had a domestic abuse champion like the one in my last surgery",
            false,
        ),
        (
            "made to sell drugs",
            "Someone is making my brother with learning disabilities sell drugs for them",
            true,
        ),
        (
            "a pharmacy making a son carry his medicines",
            "The pharmacy making my son carry his drugs home in a see-through bag is embarrassing",
            false,
        ),
        (
            "a teacher's private messages",
            "A teacher at my son's school has been sending him private messages and gifts",
            true,
        ),
        (
            "the surgery's private messages",
            "The surgery keeps sending him private messages about his blood results through the app",
            false,
        ),
        (
            "a record of an overdose, not one now",
            "My overdose history is on my record and the pharmacist made a comment about it at the counter",
            false,
        ),
        (
            "a browser's history read, not a record",
            "My teenage son has been searching online for ways to kill himself, I saw his history",
            true,
        ),
        (
            "passing black poo, pale",
            "My partner has gone very pale, he says he has a terrible pain in his tummy and he's been passing black poo",
            true,
        ),
        (
            "black stools on iron tablets last year",
            "I was passing black stools on iron tablets last year and nobody warned me it was normal",
            false,
        ),
        (
            "a rash blistering and peeling after new tablets",
            "I've got a rash all over that's blistering and peeling and my eyes are sore, I started new tablets last week",
            true,
        ),
        (
            "an eczema rash peeling",
            "My eczema rash is peeling on my hands, can I get a stronger cream, the pharmacy was out",
            false,
        ),
        (
            "clear fluid from the nose after a head injury",
            "My son has had a head injury playing rugby and now he's got clear fluid coming out of his nose",
            true,
        ),
        (
            "an eye swollen shut after a burn",
            "I burned my face with hot oil cooking and my eye is swollen shut",
            true,
        ),
        (
            "chest pain told as indigestion for months",
            "My husband keeps getting told his chest pain is indigestion, it's been months, we want a referral",
            false,
        ),
        (
            "a man who does bad things to my daughter",
            "the man in my house do bad things to my daughter",
            true,
        ),
        (
            "bad things done to a prescription",
            "They did bad things to the repeat prescription system, it never works now",
            false,
        ),
        (
            "a heart going crazy",
            "my heart is going crazy and I feel faint",
            true,
        ),
        (
            "a phone queue that drove me crazy, and a heart that sank",
            "My heart sank and the phone queue drove me crazy",
            false,
        ),
        ("a single word: fitting", "fitting", true),
        (
            "a fitting tribute",
            "A fitting tribute to the retiring nurse, thank you for the card",
            false,
        ),
        (
            "an erection for hours",
            "I've had an erection for five hours that won't go down and it's really painful",
            true,
        ),
        (
            "fingers gone black",
            "My mum has lupus and her fingers have gone black",
            true,
        ),
        (
            "a fever since coming back from abroad",
            "I've had a fever since I came back from Nigeria a week ago and I'm getting worse",
            true,
        ),
        (
            "a fever after a holiday last year",
            "I had a fever when I got back from holiday last year and the GP was brilliant",
            false,
        ),
        (
            "bitten by a bat abroad",
            "I was bitten by a bat while travelling and I haven't had any jabs",
            true,
        ),
        (
            "a toothpick swallowed",
            "I've swallowed a toothpick and have a sharp pain in my stomach",
            true,
        ),
        (
            "a nail through a foot",
            "There's a nail through my foot from the building site",
            true,
        ),
        (
            "a nail through an ear, a piercing",
            "My husband has a nail through his ear, a piercing, and the nurse made a rude comment",
            false,
        ),
        (
            "a bead stuck in an ear, bleeding",
            "My daughter has a bead stuck in her ear and it's bleeding now",
            true,
        ),
        (
            "a hand crushed, fingers white",
            "I've had my hand crushed in a machine at work and my fingers are white",
            true,
        ),
        (
            "a hand crushed in a door last year",
            "My hand got crushed in the door here last year and nobody fixed the closer, still broken",
            false,
        ),
        (
            "sudden loss of hearing",
            "I've got sudden loss of hearing in one ear and the room is spinning",
            true,
        ),
        (
            "frightened of his temper",
            "I'm walking on eggshells at home, he checks my phone and tells me what to wear and I'm frightened of his temper",
            true,
        ),
        (
            "an ex outside with a restraining order",
            "My ex is outside the surgery now and he has a restraining order",
            true,
        ),
        (
            "restraining order paperwork read out",
            "I was here for my restraining order paperwork letter and the receptionist read it out loud",
            false,
        ),
        (
            "too weak to get to the loo",
            "I'm 85 and I've had the runs for a week, I'm too weak to get to the loo now",
            true,
        ),
        (
            "too weak to get up at 8am to ring",
            "I'm too weak to get up at 8am to ring, I have ME, please let me book online",
            false,
        ),
        (
            "a pain like a red hot poker in the back, sudden",
            "I've had a pain like a red hot poker in my back that came on all of a sudden, I'm on the floor with it",
            true,
        ),
        (
            "back pain like a hot poker for months",
            "My back pain is like a red hot poker every morning, I've been waiting months for physio",
            false,
        ),
        (
            "a mini stroke two years ago, blood thinners running out",
            "My mum had a mini stroke two years ago and her blood thinners keep running out",
            false,
        ),
        (
            "a fever that keeps running, now",
            "She had meningitis two years ago and now she keeps running a high temperature and is floppy",
            true,
        ),
        (
            "a week's methadone all at once",
            "I've taken my week's methadone all at once",
            true,
        ),
        (
            "a whole prescription arriving all at once",
            "My whole prescription arrived all at once this month instead of in two halves, which was confusing",
            false,
        ),
        (
            "a fish bone swallowed, and drooling",
            "I swallowed a fish bone and now it hurts to swallow and I'm drooling",
            true,
        ),
        (
            "urges to jump in front of cars",
            "I keep getting urges to jump in front of cars and I don't feel in control",
            true,
        ),
        (
            "urges to cut the queue",
            "I get urges to cut the queue when I see people chatting at the desk, joking, but it is slow",
            false,
        ),
        (
            "driving the car into the river",
            "my wife says she is going to drive the car into the river with her in it",
            true,
        ),
        (
            "a sat nav driving into the river road",
            "The sat nav sent me driving into the river road closure, please put better directions on the website",
            false,
        ),
        (
            "lying on the floor for days, just found",
            "My 80 year old mum fell three days ago and has been lying on the floor, I just found her",
            true,
        ),
        (
            "lying on the floor for want of chairs",
            "I was lying on the floor of the waiting room with my toddler for an hour because there were no chairs",
            false,
        ),
        (
            "white poo and a yellow baby",
            "my baby's poo is white and he's yellow",
            true,
        ),
        (
            "white nappies from limescale",
            "The nappies in the baby change are always white and chalky from the limescale in the water",
            false,
        ),
        (
            "breathing with pauses",
            "My baby is breathing with pauses, like she stops for a few seconds",
            true,
        ),
        (
            "thirsty, weeing, weight lost, sick and sleepy",
            "my 10 year old is really thirsty, weeing constantly and has lost weight, now she's being sick and sleepy",
            true,
        ),
        (
            "a limp and a high temperature",
            "My child has a limp and a high temperature and won't let us touch his leg",
            true,
        ),
        (
            "a limp since a fever last year",
            "My son has had a limp since his fever last year and the physio referral is slow",
            false,
        ),
        (
            "a grey baby not responding",
            "The baby is grey and not responding much",
            true,
        ),
        (
            "a grey screen not responding",
            "The grey screen at reception is not responding again, so I couldn't check in",
            false,
        ),
        (
            "pregnant with a temperature",
            "I'm 20 weeks pregnant with a temperature and the baby feels different",
            true,
        ),
        (
            "pregnant with a temperature last month",
            "I'm pregnant and had a temperature last month, was told paracetamol was fine",
            false,
        ),
        (
            "contractions at 32 weeks",
            "I've been having contractions at 32 weeks",
            true,
        ),
        (
            "a calf swollen after a birth",
            "I had a baby 2 weeks ago and my calf is swollen and painful",
            true,
        ),
        (
            "a calf swollen after a flight last year",
            "My calf was swollen after my flight last year and the GP said it was fine, but I'd have liked a scan",
            false,
        ),
        (
            "a cry high pitched and weak",
            "My newborn has stopped feeding and her cry is high pitched and weak",
            true,
        ),
        (
            "blisters after a hot bath",
            "My 2 year old has a rash and is covered in blisters after a hot bath",
            true,
        ),
        (
            "men moved into a brother's flat, selling drugs",
            "Some men have moved into my brother's flat and are selling drugs from it, he's too scared to make them leave",
            true,
        ),
        (
            "a son moved into his own flat",
            "My son moved into his own flat and his new GP won't transfer his records, it's a joke",
            false,
        ),
        (
            "taken abroad to be married, unwilling",
            "My cousin is being taken abroad next week to be married and she doesn't want to go",
            true,
        ),
        (
            "a niece to be cut over the holidays",
            "My auntie is planning to take my 8 year old niece to be cut over the summer holidays",
            true,
        ),
        (
            "a daughter cut out of a will, in jest",
            "My daughter is going to be cut out of the will if she keeps missing her appointments, joking, but please text reminders",
            false,
        ),
        (
            "a mum's boyfriend coming into the bathroom",
            "I'm 15 and my mum's boyfriend keeps coming into the bathroom when I'm in there",
            true,
        ),
        (
            "no lunch, dirty clothes, marks",
            "There is a girl at my daughter's school who comes in with no lunch, dirty clothes and marks on her face",
            true,
        ),
        (
            "a threat to kill the dog if she tells",
            "My sister's partner has taken all her money and threatened to kill the dog if she tells anyone",
            true,
        ),
        (
            "sexual messages sent to a child",
            "Someone has been sending my 12 year old sexual messages on a game",
            true,
        ),
        (
            "a bat he says he'll use on my mum",
            "My brother keeps a baseball bat by the door and says he'll use it on my mum",
            true,
        ),
        (
            "a cream he'd use on my next appointment",
            "He said he'd use it on my next appointment, the GP meant the new cream",
            false,
        ),
        (
            "wages taken, ten to a room",
            "The man who runs the house we live in takes our wages and we sleep ten to a room",
            true,
        ),
        (
            "slipped in the bath and can't stand",
            "my nan slipped in the bath and now she can't stand and she's really cold",
            true,
        ),
        (
            "fell behind, can't stand needles",
            "I fell behind with my blood tests because I can't stand needles, can the nurse use numbing cream?",
            false,
        ),
        (
            "a tummy swollen and hard, screaming with pain",
            "he's been sick all night, he's pale, his tummy is swollen and hard, and he's screaming with pain",
            true,
        ),
        (
            "a tummy swollen and hard to read on a scan",
            "My tummy is swollen and hard to read on the scan, the sonographer said, and they want to repeat it",
            false,
        ),
        (
            "seeing things after stopping drinking",
            "My husband is shaking, sweating and sees things that aren't there, he stopped drinking on Friday",
            true,
        ),
        (
            "sees things differently since a stroke",
            "My husband sees things differently since his stroke and the GP was patient with him",
            false,
        ),
        (
            "meningitis in 2020, at school now",
            "The GP who recognised my daughter's meningitis in 2020 saved her life, she's at school now",
            false,
        ),
        (
            "suicidal after a divorce, through it now",
            "I was suicidal after my divorce and it took six months to see a counsellor, luckily I'm through it",
            false,
        ),
        (
            "through it, but not through the night",
            "I've been cutting myself and I don't know if I can get through it tonight",
            true,
        ),
        (
            "raped years ago, and still finding exams hard",
            "Years ago I was raped and I still find intimate exams very hard, please offer a chaperone automatically",
            false,
        ),
        (
            "who gets my cat, and debts paid off",
            "I've sorted out who gets my cat and I've paid off what I owe, so that's everything done",
            true,
        ),
        (
            "who gets my prescription while away",
            "Who gets my prescription if I'm away? My neighbour can't collect it",
            false,
        ),
        (
            "to stop being a problem for everyone, tonight",
            "Tonight I'm going to stop being a problem for everyone",
            true,
        ),
        (
            "tonight, ringing 111",
            "Tonight I'm going to ring 111 because I can't get through to you",
            false,
        ),
        (
            "a noose made",
            "I've made a noose but I haven't used it yet",
            true,
        ),
        (
            "wanting to disappear, not eating or talking",
            "My son has been saying he wants to disappear and he's stopped eating and talking to us",
            true,
        ),
        (
            "no future, and tablets in the drawer",
            "I can't see a future and I've got my late husband's tablets in the drawer",
            true,
        ),
        (
            "no future for the phone system",
            "I can't see a future where this phone system works",
            false,
        ),
        (
            "gone by the time you read this",
            "Please don't call me, I'll be gone by the time you read this",
            true,
        ),
        (
            "a receptionist gone by the time you read this",
            "The receptionist will be gone by the time you read this, she's retiring, lovely lady",
            false,
        ),
        (
            "a letter to my kids, why I had to go",
            "I've written a letter to my kids explaining why I had to go",
            true,
        ),
        (
            "stockpiling insulin",
            "I've been stockpiling my insulin",
            true,
        ),
        (
            "a pharmacy stockpiling tablets",
            "The pharmacy is stockpiling tablets because of supply problems and I couldn't get mine",
            false,
        ),
        (
            "over the edge at the top of the car park",
            "I went to the top of the car park last night and looked over the edge for a long time",
            true,
        ),
        (
            "cauda equina named, now",
            "I have cauda equina symptoms, numb around my bottom and can't wee properly",
            true,
        ),
        (
            "cauda equina surgery in 2019",
            "I had cauda equina surgery in 2019 and the physio referral after it took a year",
            false,
        ),
        (
            "a bottom numb from hard seats",
            "The seats in the waiting room are so hard my bottom goes numb, please get cushions",
            false,
        ),
        (
            "yellow eyes, vomiting and a sore tummy",
            "the whites of my eyes are yellow and I'm vomiting and my tummy really hurts on the right",
            true,
        ),
        (
            "eyes yellow with hay fever drops",
            "My eyes went yellow with hay fever drops, I'm fine, but the pharmacy was slow",
            false,
        ),
        (
            "drugged at a party",
            "I've had unprotected sex and I'm scared, I was drugged at a party last night",
            true,
        ),
        (
            "drugged up on morphine after an operation",
            "I was drugged up on morphine after my operation last year and nobody explained the side effects",
            false,
        ),
        (
            "drooling and leaning forward to breathe",
            "My 4 year old has a high temperature, a really sore throat and is drooling and leaning forward to breathe",
            true,
        ),
        (
            "a finger hanging off",
            "I cut my finger chopping veg and it's hanging off",
            true,
        ),
        (
            "a sign hanging off",
            "The sign by the door is hanging off and someone will trip over it",
            false,
        ),
        (
            "hit in the eye, can't see",
            "My son got hit in the eye with a cricket ball and now he can't see out of it",
            true,
        ),
        (
            "a burn with the skin come off",
            "I have a burn from boiling water over my whole arm, the skin has come off",
            true,
        ),
        (
            "a smell of gas and headaches",
            "There's a smell of gas in my flat and my kids have headaches",
            true,
        ),
        (
            "a gas bill",
            "The gas bill for this building must be huge with the doors open all day",
            false,
        ),
        (
            "smoke inhaled in a fire",
            "I inhaled smoke in a house fire this morning and my voice is going hoarse",
            true,
        ),
        (
            "vomiting that shoots across the room",
            "My 6 week old has been vomiting after every feed, it shoots across the room",
            true,
        ),
        (
            "a colostomy bag not filling, and sick",
            "my dad's colostomy bag hasn't filled for two days and he's being sick",
            true,
        ),
        (
            "a stoma nurse gone, and sick of chasing",
            "my stoma nurse hasn't been working here for months and nobody replaced her, I'm sick of chasing",
            false,
        ),
        (
            "20 co codamol, written apart",
            "took 20 co codamol an feel sick now dont no wat to do",
            true,
        ),
        (
            "'she want die', as a second-language speaker writes it",
            "my wife she cut her arm with knife, much blood, she say she want die",
            true,
        ),
        (
            "a child always alone, a dad drunk",
            "neighbours kid always alone, no food, dad drunk all the time, she is 6",
            true,
        ),
        (
            "thoughts of taking all of it",
            "The prescription was wrong again, and I've been having thoughts of taking all of it at once",
            true,
        ),
        (
            "thinking of taking all my tablets for a review",
            "I was thinking of taking all my tablets to the pharmacy for a review, is there a service for that?",
            false,
        ),
        (
            "a febrile fit last year, and still anxious",
            "My child had a febrile fit last year and I still get anxious every time she's hot, more info would help",
            false,
        ),
        (
            "a rough and cold nurse, not sleeping rough",
            "The nurse was rough and cold with my mum",
            false,
        ),
        (
            "bruised arm after four attempts at a blood test",
            "The health care assistant took four attempts to take my blood and bruised my arm badly",
            false,
        ),
        (
            "scratching until they bleed, to feel something",
            "I've been scratching my arms until they bleed to feel something",
            true,
        ),
        (
            "eczema scratched until it bleeds",
            "My son scratches his eczema until it bleeds, we need a dermatology referral",
            false,
        ),
        (
            "shouting, then a thud",
            "my neighbour's baby cries for hours and I've heard the dad shouting shut up and a thud",
            true,
        ),
        (
            "kept in the house and not allowed out",
            "I am being kept in the house and not allowed out, they took my passport",
            true,
        ),
        (
            "afraid of hurting someone",
            "I have not slept for 5 days and I think people are putting thoughts in my head, I feel like I might hurt someone",
            true,
        ),
        (
            "dropping things, speech thick",
            "I'm 78 and since this morning I keep dropping things from my left hand and my speech is thick",
            true,
        ),
        (
            "a fever and a smelly discharge after the birth",
            "I had my baby 5 days ago and I've got a high temperature and a smelly discharge, I feel awful",
            true,
        ),
        (
            "a painful eye, sight blurred, rainbows round lights",
            "Severe pain in my eye with blurred vision and I'm being sick, I can see rainbows round lights",
            true,
        ),
        (
            "a black wound on a diabetic foot",
            "the wound on my foot is black and smells, I'm diabetic and feel hot and cold",
            true,
        ),
        (
            "a wound dressing changed weekly",
            "The nurse changes the dressing on my leg wound every week and is always cheerful",
            false,
        ),
        (
            "a wonky smile and words that won't come out",
            "wife cant get her words out properly and her smile is wonky, started at breakfast",
            true,
        ),
        (
            "a chest on fire and feeling sick",
            "my chest is on fire and I feel like I'm gonna be sick, been like this an hour",
            true,
        ),
        (
            "heartburn for weeks",
            "My chest was on fire with heartburn for weeks before anyone prescribed omeprazole",
            false,
        ),
        (
            "struggling to breathe now, though walking in from the car",
            "Im struggling to breathe, had to stop twice walking in from the car",
            true,
        ),
        (
            "spots like bruises with a fever",
            "my boy has these little red spots that look like bruises and he's got a fever, they came up quick",
            true,
        ),
        (
            "someone telling me to walk into traffic",
            "I hear someone telling me to walk into traffic",
            true,
        ),
        (
            "someone at the surgery telling me to wait",
            "I hear someone telling me to wait every single time I ring",
            false,
        ),
        (
            "a lad covered in bruises",
            "The little lad next door is always covered in bruises and I heard screaming again last night",
            true,
        ),
        (
            "black and sticky in the toilet, then faint",
            "I went to the toilet and it was all black and sticky, now I feel faint",
            true,
        ),
        (
            "a sticky toilet floor",
            "The toilet floor was black and sticky, please clean it more often",
            false,
        ),
        (
            "curtains shut for days and no answer",
            "My elderly neighbour hasn't opened her curtains for three days and isn't answering the door",
            true,
        ),
        (
            "a sudden stabbing belly pain through to the back",
            "Sudden pain in my belly like being stabbed and it goes through to my back",
            true,
        ),
        (
            "lips a funny colour",
            "my nan is 91 and she keeps falling asleep mid sentence, her lips look a funny colour",
            true,
        ),
        (
            "too dizzy to stand up",
            "I'm on the floor of the toilets, I feel too dizzy to stand up",
            true,
        ),
        (
            "a dog given away and no need of the appointment",
            "I've got no one, I've given my dog to my sister, and I won't be needing my appointment next week",
            true,
        ),
        (
            "an appointment not needed, to cancel",
            "I won't be needing my appointment next week, how do I cancel it online?",
            false,
        ),
        (
            "nothing to drink for days and not making sense",
            "My 80 year old dad has not had anything to drink for two days and he's not making sense",
            true,
        ),
        (
            "a son's bruises from blood tests",
            "My son's bruises from his blood tests were huge, could the nurse use a smaller needle?",
            false,
        ),
        (
            "a good place mentally but crushing chest pain",
            "I'm in a good place mentally but I've got crushing chest pain",
            true,
        ),
        (
            "a better place now, said of one who died",
            "she's in a better place now, she had a stroke at home",
            false,
        ),
        (
            "a red hot swollen leg and feverish",
            "my leg is red hot and swollen and I feel feverish and shaky",
            true,
        ),
        (
            "a head injury, repeating himself",
            "My son has a bad head injury from rugby and keeps repeating himself",
            true,
        ),
        (
            "a head injury claim form",
            "My head injury claim form needs a doctor's signature and the receptionist keeps repeating that it takes 28 days",
            false,
        ),
        (
            "a kid left in a hot car",
            "there's a kid in the car park who's been left in a hot car",
            true,
        ),
        (
            "sick of a system that makes no sense",
            "I'm sick of the phone system, it makes no sense to anyone over 70",
            false,
        ),
        (
            "too weak to stand now after diarrhoea",
            "I've had diarrhoea for 5 days and I'm too weak to stand now",
            true,
        ),
        (
            "too weak to stand in the queue last winter",
            "I was too weak to stand in the queue last winter after flu, please add more chairs",
            false,
        ),
        (
            "a boy who can't pee, swollen",
            "My son's penis is swollen and he can't pee",
            true,
        ),
        (
            "can't pee in a pot",
            "I can't pee in a pot in front of the nurse, please have a private toilet for samples",
            false,
        ),
        (
            "can't go on and saying goodbye to the kids",
            "My wife says she can't go on and has been saying goodbye to the kids",
            true,
        ),
        (
            "can't go on anymore",
            "My mum says she can't go on anymore and has written us all letters",
            true,
        ),
        (
            "couldn't go on holiday",
            "We couldn't go on holiday because the surgery didn't send the fit to fly letter",
            false,
        ),
        (
            "can't go on the waiting list",
            "I can't go on the waiting list until my bloods are done, which takes weeks",
            false,
        ),
        (
            "can't carry on waiting",
            "I can't carry on waiting for a call back that never comes",
            false,
        ),
        (
            "can't go on like this with my back",
            "I can't go on like this with my back, I need a referral not more painkillers",
            false,
        ),
        (
            "can't go on like this, a rope",
            "I can't go on like this, I've bought a rope",
            true,
        ),
        (
            "a seizure last term, fine since",
            "Thanks for the help when my son had a seizure at school last term, he's been fine since",
            false,
        ),
        (
            "a seizure last term and fitting now",
            "My son had a seizure at school last term and he's fitting again now and won't stop",
            true,
        ),
        (
            "want to end things",
            "I want to end things, I've been thinking about it all week",
            true,
        ),
        (
            "want to end things with a boyfriend",
            "I want to end things with my boyfriend",
            false,
        ),
        (
            "want to end a registration",
            "I want to end my registration at this practice and move to another surgery",
            false,
        ),
        (
            "a stroke at 45, told after",
            "Having a stroke at 45 was frightening, and the practice's follow up letters were confusing",
            false,
        ),
        (
            "speech that sounds drunk",
            "I woke up and half my face won't move and my speech sounds drunk",
            true,
        ),
        (
            "an insulin pump stopped, sugars high, being sick",
            "I'm being sick and my insulin pump has stopped working, my sugars are really high",
            true,
        ),
        (
            "a sick note for diabetes",
            "I needed a sick note for my diabetes clinic and reception couldn't find the form",
            false,
        ),
        (
            "going to be with my late wife tonight",
            "Tonight I'm going to be with my wife again, she passed last year",
            true,
        ),
        (
            "going to be with my wife at the next appointment",
            "I'm going to be with my wife again at the next appointment so she can translate",
            false,
        ),
        (
            "no food in the house, the bank card taken",
            "My elderly neighbour has had no food in the house for days and her son takes her bank card",
            true,
        ),
        (
            "a boy of 15 disappearing overnight",
            "my son is 15 and keeps disappearing overnight, coming home with expensive stuff and new phones",
            true,
        ),
        (
            "wandered into the road, forgotten who I am",
            "Mum's forgotten who I am and wandered out into the road twice today",
            true,
        ),
        (
            "following a heart attack, a referral",
            "Following my husband's heart attack the cardiac nurse referral took 4 months",
            false,
        ),
        (
            "my late mother's chest pain",
            "My late mother was dismissed with chest pain twice before her heart attack, I hope lessons were learned",
            false,
        ),
        (
            "on his late shift with chest pain",
            "He's on his late shift and having crushing chest pains, he's sweating",
            true,
        ),
        (
            "a much better place after a suicide attempt",
            "Thank you for the counselling after my suicide attempt, I'm in a much better place",
            false,
        ),
        (
            "I'd be in a better place",
            "I'd be in a better place if I took all my tablets tonight",
            true,
        ),
        (
            "since having sepsis, terrified",
            "Since having sepsis I'm terrified of infections, and waiting 3 weeks for an appointment isn't OK",
            false,
        ),
        (
            "since having my baby, bleeding",
            "Since having my baby I've been bleeding heavily and feel faint",
            true,
        ),
        (
            "abused a decade ago, still can't stand shouting",
            "I was a victim of domestic abuse a decade ago and I still can't stand being shouted at, which reception do",
            false,
        ),
        (
            "a stroke five years ago, the doctor still addresses her",
            "My wife's stroke five years ago left her unable to speak and the doctor still addresses her instead of me",
            false,
        ),
        (
            "suicidal as a student, still flagged",
            "I was suicidal as a student and it's still flagged on my record, which embarrasses me at every appointment",
            false,
        ),
        (
            "clots previously, don't make me wait",
            "Previously I've had blood clots in my lungs, so please don't make me wait weeks when my leg swells",
            false,
        ),
        (
            "clots previously and the same pain now",
            "I previously had a clot in my lung and now I've got the same pain and I'm breathless",
            true,
        ),
        (
            "a stroke awareness poster",
            "The stroke awareness poster in the corridor has the wrong number for the stroke association",
            false,
        ),
        (
            "an overdose from 2015 mentioned",
            "The nurse still mentioned my overdose from 2015 in front of my mum",
            false,
        ),
        (
            "the doctor still hasn't called, still struggling to breathe",
            "The doctor still hasn't called and my husband is still struggling to breathe, his lips are blue",
            true,
        ),
        (
            "clean from self harm for 6 years",
            "I've been clean from self harm for 6 years and I'd like the old codes removed from my record",
            false,
        ),
        (
            "clean for 2 years but an overdose last night",
            "I was clean from drugs for 2 years but I took an overdose last night and I feel really ill",
            true,
        ),
        (
            "sepsis two winters ago",
            "The GP picked up my wife's sepsis in time two winters ago, we owe you her life",
            false,
        ),
        (
            "collapsed at football, fully recovered",
            "When my son collapsed at football you got us seen straight away, he's fully recovered",
            false,
        ),
        (
            "a suicide years ago still on the front page of the notes",
            "My brother's suicide three years ago is still on the front page of my notes, it doesn't need to be",
            false,
        ),
        (
            "after years of self harm, getting help",
            "After years of self harm I'm finally getting the help I need from your mental health practitioner",
            false,
        ),
        (
            "after years of abuse, he's outside the house now",
            "After years of abuse from my husband I've just left and he's outside the house shouting that he'll kill me",
            true,
        ),
        (
            "end of life care",
            "I want to raise a formal complaint about the handling of my mother's end of life care",
            false,
        ),
        (
            "an arm heavy and words coming out wrong",
            "Grandad keeps saying his arm feels heavy and his words are coming out wrong since lunch",
            true,
        ),
        (
            "an arm heavy after a jab, kind words",
            "My arm felt heavy after the jab and the nurse's kind words really helped",
            false,
        ),
        (
            "a baby no move, in plain words",
            "my wife pregnant 8 month, baby no move since yesterday, please help",
            true,
        ),
        (
            "a hot child not drinking",
            "my child very hot, not eat, not drink, sleeping all time, spots on body not go away",
            true,
        ),
        (
            "a fear left by meningitis as a baby",
            "My son had meningitis as a baby and I still panic at every rash, but the receptionist laughed at me",
            false,
        ),
        (
            "an overdose survived at 19",
            "Having survived an overdose at 19, I find the tone of the receptionists about mental health appalling",
            false,
        ),
        (
            "a baby who stopped breathing last autumn, thriving now",
            "You were brilliant when my baby stopped breathing for a few seconds last autumn, she's thriving now",
            false,
        ),
        (
            "pneumonia at Christmas, the chest pain gone now",
            "I had pneumonia at Christmas and the chest pain has gone now but nobody checked me afterwards",
            false,
        ),
        (
            "fled violence 4 years ago, the practice still has the address",
            "I fled domestic violence 4 years ago and you still have my old address on the system",
            false,
        ),
        (
            "chest pain at Christmas and still there",
            "I had chest pain at Christmas and it's still there every morning",
            true,
        ),
        (
            "a nan kept in her room, her pension taken",
            "my nan is being kept in her room by my uncle and he's taking her pension",
            true,
        ),
        (
            "a flatmate in her room two days, not answering",
            "my flatmate has been in her room for two days and isn't answering, the door's locked",
            true,
        ),
        (
            "a little boy out at night in the cold, bruised",
            "My neighbour's little boy is always outside in the cold at night with no coat and I've seen bruises on his arms",
            true,
        ),
        (
            "a console given away and goodbyes said",
            "My son has stopped talking to us, gave away his games console and said goodbye like he meant it",
            true,
        ),
        (
            "since last year, cutting",
            "Since last year I've been cutting myself",
            true,
        ),
        (
            "a stroke last April, letters still sent",
            "My dad had a stroke last April and the surgery still sends letters to him instead of me as his carer",
            false,
        ),
        (
            "since last April, planning to end it",
            "Since last April I've been planning to end my life and I've set a date",
            true,
        ),
        (
            "lost to suicide",
            "We lost my brother to suicide and the surgery sent him a flu jab reminder afterwards",
            false,
        ),
        (
            "lost the will to live",
            "I've lost the will to live since my wife died",
            true,
        ),
        (
            "an asthma attack once",
            "I had a really bad asthma attack in the car park once and no one came out to help",
            false,
        ),
        (
            "all the tablets at once",
            "He took all his tablets at once",
            true,
        ),
        (
            "once I get home",
            "Once I get home I'm going to take all my pills",
            true,
        ),
        (
            "home now, and burning up",
            "He's home now and he's burning up and shivering",
            true,
        ),
        (
            "a stroke spotted, home now",
            "You spotted my wife's stroke symptoms on the phone and sent an ambulance, she's home now",
            false,
        ),
        (
            "home now, but burning up again",
            "She's home now but she's burning up and confused again tonight",
            true,
        ),
        (
            "better now, but numb and drooping",
            "My chest pain is better now but my arm has gone numb and my face has dropped",
            true,
        ),
        (
            "bleeding after a miscarriage, settled now",
            "I had heavy bleeding after my miscarriage and had to go to A&E because there were no appointments, it's settled now",
            false,
        ),
        (
            "since my heart attack, six tablets",
            "Since my heart attack I've been on six tablets and nobody reviews them",
            false,
        ),
        (
            "since my heart attack, chest pain back today",
            "Since my heart attack last week the chest pain has come back today, crushing",
            true,
        ),
        (
            "a plan to end her life",
            "My wife said she has a plan to end her life and I don't know what to do",
            true,
        ),
        (
            "a drug that could end his life sooner",
            "The new drug could end his life sooner than the cancer, we want a second opinion on the chemo",
            false,
        ),
        (
            "scared I'll do something",
            "I feel like I'm losing my mind, I haven't slept in a week and I can't stop my thoughts racing, I'm scared I'll do something",
            true,
        ),
        (
            "scared I'll do something wrong with the form",
            "I'm scared I'll do something wrong with the online form so I came in person",
            false,
        ),
        (
            "a knife bought to protect himself",
            "My brother is convinced people are out to get him and he's bought a knife to protect himself",
            true,
        ),
        (
            "carers not come for two days",
            "The carers haven't turned up for two days and my mum can't get out of bed on her own",
            true,
        ),
        (
            "15 and pregnant",
            "I'm 15 and I'm pregnant and I can't tell anyone",
            true,
        ),
        (
            "pregnant at 15, long ago",
            "I was 15 when I got pregnant with my first and the midwives were wonderful, she's 30 now",
            false,
        ),
        (
            "children left alone at night",
            "My mum takes drugs in front of us and leaves us alone at night, I'm 11",
            true,
        ),
        (
            "left alone at the desk",
            "The receptionist left me alone at the desk for ages while she chatted",
            false,
        ),
        (
            "a fall in the bath, no getting up",
            "I live alone and I fell in the bath last night, I can't get up properly and my hip hurts badly",
            true,
        ),
        (
            "the stairs since a fall last year",
            "I can't get up the stairs since my fall last year, please use the downstairs room",
            false,
        ),
        (
            "no point any more",
            "I'm 88 and I haven't spoken to anyone in weeks, I don't see the point any more",
            true,
        ),
        (
            "no point in the online form",
            "I don't see the point of the online form any more, nobody reads it",
            false,
        ),
        (
            "a bang, and no answer",
            "My neighbour is 90 and I heard shouting and a bang, now it's quiet and she won't answer",
            true,
        ),
        (
            "a door's bang, and no answer to a question",
            "There was a bang when the door slammed and the receptionist didn't answer my question",
            false,
        ),
        (
            "a heart attack at 52",
            "My husband had a heart attack at 52 and the practice never offered my sons a cholesterol check",
            false,
        ),
        (
            "a fall at 85, on the floor since this morning",
            "My dad had a fall at 85 and he's been on the floor since this morning",
            true,
        ),
        (
            "clear of self-harm for years",
            "I've been clear of self-harm for 3 years and I'd like it taken off the front of my notes",
            false,
        ),
        (
            "clear of chest pain for a day, back now",
            "Clear of chest pain for a day and now it's back, crushing, down my arm",
            true,
        ),
        (
            "died of a heart attack, and chest pain now",
            "My dad died of a heart attack and now I've got the same crushing chest pain",
            true,
        ),
        (
            "asked to go over it again",
            "I tried to kill myself in 2019 and every new doctor asks me to go over it again",
            false,
        ),
        (
            "bleeding at 24 weeks",
            "I was bleeding at 24 weeks and it's started again",
            true,
        ),
        (
            "bleeding for three weeks since a coil",
            "I've been bleeding on and off for three weeks since my coil was fitted and can't get an appointment",
            false,
        ),
        (
            "better off not waking up",
            "Honestly I'd be better off not waking up tomorrow",
            true,
        ),
        (
            "better off with no phone system",
            "We'd be better off not having a phone system at all, just let us walk in",
            false,
        ),
        (
            "scratches on the arms, hidden",
            "My teenage daughter has scratches all up her arms and she's hiding it",
            true,
        ),
        (
            "a girl made to sleep with older boys",
            "I know a girl at school who is being made to sleep with older boys for money",
            true,
        ),
        (
            "a childminder who shakes the baby",
            "The childminder shakes the baby when he cries, I've seen it",
            true,
        ),
        (
            "a black eye his dad did",
            "My nephew came to school with a black eye and said his dad did it",
            true,
        ),
        (
            "a black eye from hockey",
            "My daughter got a black eye playing hockey and the doctor said it would heal, it has",
            false,
        ),
        (
            "bullied out of her pension",
            "My 80 year old mum is being bullied out of her pension by her lodger",
            true,
        ),
        (
            "thinking of taking all my tablets tonight",
            "I'm not coping at all, I've been thinking about taking all my tablets tonight",
            true,
        ),
        (
            "thinking of taking all my tablets for a review",
            "I was thinking of taking all my tablets to the pharmacy for a review, is there a service for that?",
            false,
        ),
        (
            "stopped eating and drinking",
            "My mum's gone very quiet and keeps saying she's ready to go, she's stopped eating and drinking",
            true,
        ),
        (
            "standing on the bridge every night",
            "Every night I stand on the bridge and think about it",
            true,
        ),
        (
            "going to shoot himself",
            "My dad said he's going to shoot himself with his shotgun",
            true,
        ),
        (
            "a man shouting he'll kill someone",
            "There's a man shouting that he's going to kill someone in the car park",
            true,
        ),
        (
            "something put in a drink",
            "Someone put something in my drink last night and I can't remember anything",
            true,
        ),
        (
            "a cat that stopped eating",
            "My cat stopped eating and drinking so I had to go to the vet and missed my appointment",
            false,
        ),
        (
            "blood boiling after an hour's wait",
            "My blood was boiling after waiting an hour for nothing",
            false,
        ),
        (
            "chest pain that started an hour ago",
            "Sharp pain in the middle of my chest when I breathe, started an hour ago",
            true,
        ),
        (
            "chest pain weeks ago, a pulled muscle",
            "I had chest pains a couple of weeks ago, Dr Lim saw me the same day and it was a pulled muscle",
            false,
        ),
        (
            "chest pain a week ago, back now",
            "I had chest pain a week ago and it's back now, worse than before",
            true,
        ),
        (
            "an ache behind the breastbone",
            "My heart keeps skipping and I've got a dull ache behind my breastbone",
            true,
        ),
        (
            "a breastbone broken last year",
            "I broke my breastbone in a car crash last year and still need painkillers reviewed",
            false,
        ),
        (
            "pills mixed with vodka on purpose",
            "Mixed vodka with my sleeping pills on purpose",
            true,
        ),
        (
            "tablets changed on purpose",
            "The new pharmacist changed my tablets on purpose without asking me",
            false,
        ),
        (
            "voices commanding harm",
            "Voices are commanding me to stab someone",
            true,
        ),
        (
            "a phone system that orders you",
            "The phone system orders you to press 1, then 2, then 3, and then cuts you off",
            false,
        ),
        (
            "a husband who rapes",
            "My husband rapes me and says it's his right",
            true,
        ),
        (
            "thanks no words can give, for a stroke cared for",
            "When my husband had his stroke the GP came out the same day, we can't thank you enough",
            false,
        ),
        (
            "self-harming in year 9",
            "My daughter was self-harming in year 9 and the school nurse did more than the surgery did",
            false,
        ),
        (
            "self-harming in year 7, now",
            "My son in year 7 is self-harming and won't talk to anyone",
            true,
        ),
        (
            "two heart attacks had",
            "I've had two heart attacks and I'm on a lot of tablets, the pharmacist never explains changes",
            false,
        ),
        (
            "three fits in a row",
            "my partner has epilepsy and has had three fits in a row without waking up between",
            true,
        ),
        (
            "sepsis, and after discharge",
            "My wife had sepsis after giving birth and nobody from the surgery checked on her after discharge",
            false,
        ),
        (
            "discharged yesterday, burning up now",
            "She was discharged yesterday and now she's burning up, shivering and confused",
            true,
        ),
        (
            "someone who has attempted suicide",
            "As someone who has attempted suicide, the way the receptionist asked about my mental health in front of everyone was awful",
            false,
        ),
        (
            "the care when mum had a heart attack",
            "We can't fault the care when my mum had her heart attack, thank you all",
            false,
        ),
        (
            "hallucinating since yesterday",
            "I've been hallucinating since yesterday and haven't slept for three days",
            true,
        ),
        (
            "hallucinations from tablets in March",
            "I had hallucinations from the new tablets in March, the doctor stopped them, please record it as an allergy",
            false,
        ),
        (
            "a programme about suicide on the TV",
            "The TV in the waiting room showed a programme about suicide, not appropriate",
            false,
        ),
        (
            "no feeling down the left side of the face",
            "I feel like the room is spinning and I can't feel the left side of my face",
            true,
        ),
        (
            "having had sepsis before",
            "Having had sepsis before I'd like to be seen quicker when I have a fever, but there's no system for that",
            false,
        ),
        (
            "having had a stroke, and numb now",
            "Having had a stroke before, I know the signs and my face has gone numb on one side now",
            true,
        ),
        (
            "a stroke at Christmas, and nurses who have been brilliant",
            "My grandad had a stroke at Christmas and the district nurses have been brilliant but the GP hasn't visited once",
            false,
        ),
        (
            "nurses who have been great, and chest pains again",
            "The nurses have been great but my dad is having chest pains again now",
            true,
        ),
        (
            "the form's question about chest pain",
            "The online form asks whether I have chest pain, breathlessness or bleeding before every booking, it's tedious",
            false,
        ),
        (
            "the form's question, and chest pain now",
            "The form asks if I have chest pain, and yes I do, right now, crushing",
            true,
        ),
        (
            "gone grey and down in the kitchen",
            "My wife keeps coming over funny and went down in the kitchen this morning, she's grey",
            true,
        ),
        (
            "hair gone grey waiting",
            "My hair has gone grey waiting for an appointment",
            false,
        ),
        (
            "legs went from under me",
            "I came over all dizzy and my legs went from under me, hit my head on the sink",
            true,
        ),
        (
            "no water passed since yesterday",
            "My water works have stopped, I've not passed any since yesterday and my belly is swollen",
            true,
        ),
        (
            "no urine for the sample",
            "Couldn't pass urine for the sample so I had to come back the next day",
            false,
        ),
        (
            "a pet given away and a will sorted",
            "I've given my cat to my sister and sorted my will, I won't need another appointment",
            true,
        ),
        (
            "a pet minded during an operation, thanks for everything",
            "Thank you for everything, I've given my dog to my mum to mind while I'm in hospital for my hip",
            false,
        ),
        (
            "planning how to end things",
            "I have been planning how to end things, I've picked a date",
            true,
        ),
        (
            "planning how to end a contract",
            "Planning how to end my contract with this practice and move to the one in town",
            false,
        ),
        ("telling the kids sorry", "Tell my kids I'm sorry", true),
        (
            "telling mum sorry for a missed appointment",
            "Please tell my mum I'm sorry I missed her appointment, the bus was late",
            false,
        ),
        (
            "money taken without asking",
            "My son has been taking money from my mum's account without asking and she's scared of him",
            true,
        ),
        (
            "money taken under power of attorney",
            "My son takes money out of her account to pay her bills as he has power of attorney, but the surgery won't talk to him",
            false,
        ),
        (
            "a child made to send pictures",
            "Someone at school is making my son send pictures of himself",
            true,
        ),
        (
            "a school asking for pictures of a rash",
            "The school asked my son to send pictures of his rash for the nurse, is that allowed?",
            false,
        ),
        (
            "a previous overdose at the window",
            "Having to talk about my previous overdose at the reception window was humiliating",
            false,
        ),
        (
            "a doctor who still asks after him",
            "The GP who treated my son's meningitis 10 years ago still asks after him, amazing",
            false,
        ),
        (
            "not safe on a dark path",
            "I don't feel safe walking to the surgery in the dark, the path needs lights",
            false,
        ),
        (
            "an overdose when a teenager, on the notes",
            "I overdosed when I was a teenager and it's still on my notes, every new doctor asks about it",
            false,
        ),
        (
            "bullied when a teenager, and wanting to die now",
            "I was bullied when I was a teenager and now I want to die",
            true,
        ),
        (
            "no attack in ages",
            "My asthma review keeps getting cancelled, I haven't had an attack in ages but I need my inhalers",
            false,
        ),
        (
            "not eaten in ages, and ending it all",
            "I haven't eaten in ages and I feel like ending it all",
            true,
        ),
        (
            "a leaflet on chest pain",
            "The leaflet on chest pain is out of date and has the old phone number",
            false,
        ),
        (
            "a leaflet read, and the signs now",
            "I read the leaflet about sepsis and my son has every sign, he's floppy and cold",
            true,
        ),
        (
            "a form asking if ever",
            "The form asks if I've ever had thoughts of self-harm, it's quite intrusive at the front desk",
            false,
        ),
        (
            "a carer who leaves him soiled",
            "My dad is 89 and his carer leaves him in soiled sheets all day and shouts at him",
            true,
        ),
        (
            "a growing lump, and now no swallowing",
            "The lump on my neck is getting bigger fast and now I can't swallow",
            true,
        ),
        (
            "big tablets no longer swallowed",
            "Now I can't swallow the big tablets so please prescribe liquid",
            false,
        ),
        (
            "a swollen leg, and now out of breath",
            "my leg is swollen and hot and now I'm out of breath",
            true,
        ),
        (
            "swollen legs in the heat, breathless on the stairs",
            "My legs get swollen in the heat and I'm short of breath walking up stairs",
            false,
        ),
        (
            "fresh scars from cutting last night",
            "I've got fresh scars all over my arms from cutting last night and I want to do it again",
            true,
        ),
        (
            "old scars that itch",
            "My old self-harm scars itch in the summer, is there a cream?",
            false,
        ),
        ("wanting to cut again", "I want to cut again", true),
        (
            "a dressing cut again",
            "I had to cut the dressing again because it was too tight, please show me how to do it",
            false,
        ),
        (
            "a meningitis jab missed",
            "My grandson's meningitis jab was missed and nobody chased it",
            false,
        ),
        (
            "an overdose in 2019, still asked about it",
            "I overdosed in 2019 and still get asked about it at every appointment",
            false,
        ),
        (
            "self-harm when she was 14",
            "my daughter self harmed when she was 14 and CAMHS was useless, she's doing better now",
            false,
        ),
        (
            "a temperature checked gently, thanks",
            "my 3 month old had her temperature checked so gently by the nurse, thank you",
            false,
        ),
        (
            "checked, thanks, but chest pain getting worse",
            "The nurse checked me, thank you, but my chest pain is getting worse and spreading to my jaw",
            true,
        ),
        (
            "at 17 he tried to hang himself, talking of it again now",
            "When he was 17 he tried to hang himself and now he's talking about it again",
            true,
        ),
        (
            "chest pain the doctor said is probably muscular",
            "I get chest pain when I run and the doctor said it's probably muscular, but I'd like an ECG to be sure",
            false,
        ),
        (
            "said to be muscular, crushing now",
            "The doctor said it's probably muscular but now the chest pain is crushing and going down my arm",
            true,
        ),
        (
            "manic, he doesn't sleep (what happens when)",
            "My partner has bipolar and when he's manic he doesn't sleep, we need his psychiatrist's letter acted on",
            false,
        ),
        (
            "hit when we were together, over now",
            "My kids' dad hit me when we were together, that's over now, but I'd like my address kept off letters to him",
            false,
        ),
        (
            "hit when we were married, outside now",
            "My ex hit me when we were married and now he's outside my house threatening me",
            true,
        ),
        (
            "since my stroke, the stairs",
            "Since my stroke I struggle with the stairs, please put more appointments on the ground floor",
            false,
        ),
        (
            "seizure medication swapped",
            "My wife has epilepsy and her seizure medication keeps being swapped for a different brand, which isn't safe",
            false,
        ),
        (
            "anaphylaxis to peanuts, EpiPens prescribed",
            "My son has anaphylaxis to peanuts and we need two EpiPens prescribed, not one",
            false,
        ),
        (
            "an overdose last year, letters still refer to it",
            "After my overdose last year the follow up was excellent, but the surgery letters still refer to it bluntly",
            false,
        ),
        (
            "a stroke that might have been prevented",
            "Please could the doctors check blood pressure at every visit, my dad's stroke might have been prevented",
            false,
        ),
        (
            "a series of mini strokes",
            "My mum has vascular dementia after a series of mini strokes, and she needs a carer's assessment",
            false,
        ),
        (
            "when a man fainted, first aid training",
            "The receptionist panicked when a man fainted, you need first aid training for all staff",
            false,
        ),
        (
            "meningitis as a baby, deaf now",
            "My grandson had meningitis as a baby and is deaf now, please use the hearing loop",
            false,
        ),
        (
            "a son lost to suicide, letters still come",
            "We lost our son to suicide two years ago and I still get his letters from the surgery, please remove him",
            false,
        ),
        (
            "self-harm scars healing",
            "My daughter's self-harm scars are healing and she wants to know about treatments, can a nurse advise?",
            false,
        ),
        (
            "sepsis the GP missed, still angry",
            "When my dad had sepsis the GP didn't spot it, and I'm still angry, please train staff in the signs",
            false,
        ),
        (
            "stop asking if I feel suicidal",
            "Please stop asking if I feel suicidal every time I ring about my back, it's upsetting",
            false,
        ),
        (
            "since a stroke, now speech gone funny",
            "Since my stroke last year I've been fine, but today my speech went funny and my arm is numb",
            true,
        ),
        (
            "asthma as a baby, can't breathe now",
            "My son had asthma as a baby and now he can't breathe and his lips are blue",
            true,
        ),
        (
            "scars healing, cut again tonight",
            "My scars were healing but I cut again tonight",
            true,
        ),
        (
            "stop asking if I'm okay, I want to end my life",
            "Please stop asking if I'm okay, I'm not, I want to end my life",
            true,
        ),
        (
            "a form that asked about harming myself, then asked again",
            "The online triage form is too long. It asked me if I was having thoughts of harming myself, which is fine, but then it asked again three pages later. I just wanted a repeat of my thyroid tablets.",
            false,
        ),
        (
            "patients are not a burden",
            "My father felt like a nuisance. Please remind them we're not a burden.",
            false,
        ),
        (
            "asked if I was ok, and I want to die",
            "The nurse asked if I was ok and honestly I want to die",
            true,
        ),
        (
            "rather dead than keep going like this",
            "I'd rather be dead than keep going like this",
            true,
        ),
        (
            "rather dead than keep waiting on hold, a joke",
            "I'd rather be dead than keep waiting on hold, only joking, but 40 minutes is too long",
            false,
        ),
        (
            "a last appointment, no more needed",
            "This will be my last appointment, I won't be needing another",
            true,
        ),
        (
            "no more appointments, the knee healed",
            "I won't be needing any more appointments for my knee, it's healed, thanks for everything",
            false,
        ),
        (
            "the pain over soon, a mind made up",
            "The pain will be over soon, I've made my mind up",
            true,
        ),
        (
            "goodbyes said to a retiring doctor",
            "I've said my goodbyes to Dr Hunt who's retiring, he'll be missed",
            false,
        ),
        (
            "no way out of the phone queue",
            "I can't see a way out of the phone queue except turning up at 8",
            false,
        ),
        (
            "no way out of this except one",
            "I can't see a way out of this except one",
            true,
        ),
        (
            "a mission from God, not sleeping",
            "My son hasn't slept for four days, thinks he's on a mission from God and ran into traffic",
            true,
        ),
        (
            "self-harm free for two years",
            "I'm self-harm free for two years, thanks to the practice nurse",
            false,
        ),
        (
            "self-harm free for a year, then cut again",
            "I was self-harm free for a year but I cut again last night",
            true,
        ),
        (
            "a febrile seizure last year, and what to do if it happens again",
            "My grandson had a febrile seizure last year, we were told to call 999 if it happens again, but we'd like a review",
            false,
        ),
        (
            "a doctor who can't speak English properly: not a stroke",
            "The Indian doctor smelt of curry and couldn't speak English properly",
            false,
        ),
        (
            "can't talk very clearly, arm weak",
            "Mum can't talk very clearly since this morning and her arm is weak",
            true,
        ),
        (
            "unalive, the word online for suicide",
            "gonna unalive myself tonight ngl",
            true,
        ),
        (
            "a boyfriend who comes into her room at night",
            "My mum's new boyfriend makes me feel uncomfortable and comes into my room at night",
            true,
        ),
        (
            "a care home not feeding him, bed sores",
            "My dad's care home isn't feeding him and he has bed sores no one has treated",
            true,
        ),
        (
            "children next door covered in bruises",
            "The children next door are always crying and covered in bruises",
            true,
        ),
        (
            "forced to marry in the summer",
            "I'm being forced to marry someone in the summer",
            true,
        ),
        (
            "hit years ago, safe now",
            "My ex used to hit me years ago, I'm safe now, but the counselling referral took months",
            false,
        ),
        (
            "a care home not giving gluten free meals",
            "Mum's care home is great but they aren't feeding her the gluten free meals the dietitian asked for",
            false,
        ),
        (
            "a forced marriage poster",
            "There's a forced marriage poster in the toilets that's half torn",
            false,
        ),
        (
            "a husband checking sugars at night",
            "My husband comes into my room at night to check my sugar levels, can we get a monitor that alarms",
            false,
        ),
        (
            "big clots and lightheaded",
            "I'm passing big clots and feel lightheaded",
            true,
        ),
        (
            "blood pumping from a cut",
            "I cut my hand on glass and blood is pumping out",
            true,
        ),
        (
            "a strip of painkillers swallowed",
            "My friend just swallowed a bottle of vodka and a strip of painkillers",
            true,
        ),
        (
            "told through the TV to hurt people",
            "They're telling me through the TV to hurt people",
            true,
        ),
        (
            "a boyfriend who won't let her speak",
            "A girl in the waiting room has marks on her neck and her boyfriend won't let her speak",
            true,
        ),
        (
            "swallowed my pride, a packet of paracetamol bought",
            "I swallowed my pride and bought a packet of paracetamol for the pharmacist's advice instead",
            false,
        ),
        (
            "a gym advert on the TV",
            "The TV in the waiting room keeps telling us to hurt less by stretching, it's an advert for a gym",
            false,
        ),
        (
            "a heart attack in a year gone by, and a repeat not sorted",
            "Dad had a heart attack in 2019 and his statins still aren't on repeat properly",
            false,
        ),
        (
            "a form that asks anyone about chest pain",
            "The online form asks if you have chest pain and then won't let you submit anything else",
            false,
        ),
        (
            "chest pain taken seriously, praise",
            "The doctor took my chest pain from last week seriously and sorted an ECG the same day",
            false,
        ),
        (
            "asked about chest pain, and it is getting worse",
            "The receptionist asked if you have chest pain, I said yes and it's getting worse",
            true,
        ),
        (
            "breathing still not right, lips blue",
            "My husband's breathing still isn't right and his lips are blue",
            true,
        ),
        (
            "a drain on everyone, and they'd be better off",
            "Everyone would be better off, I'm just a drain on them",
            true,
        ),
        (
            "a burden ringing, and a walk-in clinic would be better",
            "I feel like a burden ringing so often, honestly patients would be better off with a walk-in clinic",
            false,
        ),
        (
            "no point waking at 7 to ring",
            "There's no point in waking up at 7 to ring, the lines are full by 8",
            false,
        ),
        (
            "locked in, says she's taken something",
            "My flatmate has locked herself in the bathroom and says she's taken something",
            true,
        ),
        (
            "asked in front of everyone whether I'd overdosed",
            "The receptionist asked me in front of everyone whether I'd taken an overdose before, humiliating",
            false,
        ),
        (
            "'could have collapsed with tiredness': what might have been",
            "I could have collapsed with tiredness after waiting so long with a newborn",
            false,
        ),
        (
            "'I could have sepsis': a worry now",
            "I think I could have sepsis, I'm shivering and my heart is racing",
            true,
        ),
        (
            "a choking fit on water, embarrassing but fine",
            "Had a choking fit on my water in the waiting room, embarrassing but fine",
            false,
        ),
        (
            "'can't breathe a word' about a diagnosis",
            "I can't breathe a word about my diagnosis at work yet, thank you for the discreet letter",
            false,
        ),
        (
            "neighbours watching her bins",
            "My mum thinks the neighbours are watching her bins, she's funny like that, anyway the flu jab was fine",
            false,
        ),
        (
            "cameras in the walls, believed",
            "My partner has been talking to himself for days and thinks the neighbours have cameras in the walls",
            true,
        ),
        (
            "a goodbye text and a phone off",
            "My son sent me a text saying he loves me and sorry for everything, now his phone is off",
            true,
        ),
        (
            "a text saying I'd be late and a dead phone",
            "I sent a text saying I'd be late and my phone is dead now so please call the landline",
            false,
        ),
        (
            "16 with a partner of 24",
            "I'm 16 and my boyfriend is 24 and he says I can't tell anyone about us",
            true,
        ),
        (
            "17 with a partner of 19",
            "My 17 year old's boyfriend is 19 and drove her to the appointment, very polite lad",
            false,
        ),
        (
            "16 with a doctor of 45 (no partner)",
            "I'm 16 and my doctor is 45, she was lovely about my acne",
            false,
        ),
        (
            "a gun in the loft, and thinking about it",
            "I've got my dad's old shotgun in the loft and I keep thinking about it",
            true,
        ),
        (
            "a shotgun licence's medical form",
            "My dad has a shotgun licence and the medical form took weeks, I keep thinking about it every time the renewal comes",
            false,
        ),
        (
            "goodbyes to the practice when moving",
            "Thank you for everything Dr Morris, I won't be needing another appointment as we're moving to Spain",
            false,
        ),
        (
            "goodbyes to the practice, said as farewell",
            "Please tell Dr Morris thank you for everything, I won't be needing another appointment",
            true,
        ),
        (
            "by a canal, thinking of going in",
            "Been drinking and sat by the canal for hours thinking about going in",
            true,
        ),
        (
            "going in by the back entrance",
            "The lake in the park opposite floods the car park every winter, thinking about going in by the back entrance",
            false,
        ),
        (
            "really confused, with a fever",
            "my husband is really confused, he doesn't know where he is and has a fever",
            true,
        ),
        (
            "very confused by online booking, temperature checks due",
            "my mum is very confused by the online booking and gave up, her temperature checks are due",
            false,
        ),
        (
            "whispers telling me I'm worthless",
            "I haven't eaten in a week and I'm hearing whispers telling me I'm worthless",
            true,
        ),
        (
            "whispers in the waiting room telling everyone",
            "I could hear whispers in the waiting room telling everyone my business, the walls are thin",
            false,
        ),
        (
            "a chip put in his head",
            "my son is saying the government put a chip in his head and he's trying to cut it out",
            true,
        ),
        (
            "a chip put in a tooth by a dentist",
            "the dentist put a chip in my tooth and now the GP won't look at it, not your fault but I'm annoyed",
            false,
        ),
        (
            "heroin, and a friend turning blue",
            "I've relapsed and taken heroin again and my friend is turning blue",
            true,
        ),
        (
            "the drugs team turned a life around",
            "the drugs and alcohol team turned my life around, I'm six months clean",
            false,
        ),
        (
            "a fall onto handlebars, tummy sore and pale",
            "my son fell off his bike onto the handlebars and now his tummy is really sore and he's pale",
            true,
        ),
        (
            "rusty handlebars on a bike rack",
            "the handlebars on the bike rack outside are rusty, someone will hurt their tummy or their hands",
            false,
        ),
        (
            "a high-pitched cry and hot",
            "my baby is crying non stop with a high pitched cry and won't settle, she's hot",
            true,
        ),
        (
            "a swollen leg, can't walk on it after a fall",
            "my daughter's leg is swollen and she can't walk on it after a fall at nursery and she's screaming",
            true,
        ),
        (
            "a painful swollen willy since this morning",
            "my son says his willy is very painful and swollen and it started this morning",
            true,
        ),
        (
            "a painful foreskin last summer",
            "my son's foreskin was painful last summer and the GP took ages to refer, sorted now",
            false,
        ),
        (
            "daddy hurts mummy",
            "my little boy said daddy hurts mummy and he hides under the bed",
            true,
        ),
        (
            "a 14 year old pregnant by an older man",
            "my sister is 14 and pregnant and won't say who the father is, he's much older",
            true,
        ),
        (
            "forced to sell drugs",
            "I think my son is being forced to sell drugs, he has a phone I didn't buy and he's terrified",
            true,
        ),
        (
            "made to hand over her money",
            "my mum's partner makes her hand over all her money and shouts if she buys anything",
            true,
        ),
        (
            "made to hand over a prescription",
            "the pharmacist made me hand over my prescription and then lost it",
            false,
        ),
        (
            "a black eye and told not to tell",
            "my daughter came home from her dad's with a black eye and said not to tell",
            true,
        ),
        (
            "a GP who said not to tell",
            "the GP said not to tell",
            false,
        ),
        (
            "bullied, wanting to disappear",
            "my grandson is being bullied online and says he wants to disappear",
            true,
        ),
        (
            "messages to a child asking to meet",
            "someone is sending my 12 year old messages asking her to meet up",
            true,
        ),
        (
            "the practice messaging a child to book",
            "the practice keeps sending my 12 year old messages asking her to book a vaccine, she's a child, send them to me",
            false,
        ),
        (
            "a swollen eye and a fever",
            "my daughter's eye is swollen shut and red and she has a fever",
            true,
        ),
        (
            "a swollen ankle, fever, a darkening ulcer",
            "my dad's ankle is swollen and he has a fever and the skin is going dark around his ulcer",
            true,
        ),
        (
            "a swollen leg and fever after jabs",
            "after his jabs my son's leg was swollen and he had a temperature, the nurse said it's normal, but nobody told us beforehand",
            false,
        ),
        (
            "swollen glands and a temperature with a cold",
            "my glands are swollen and I've had a temperature with this cold, I only wanted advice but couldn't get through",
            false,
        ),
        (
            "a stoma not working, being sick",
            "my stoma hasn't worked for two days and I'm being sick",
            true,
        ),
        (
            "a stoma nurse not working here",
            "my stoma nurse hasn't been working here for months and nobody replaced her, I'm sick of chasing",
            false,
        ),
        (
            "skipping heart, about to pass out",
            "my heart keeps skipping and I feel like I'm going to pass out when I stand up",
            true,
        ),
        (
            "passing out from boredom",
            "I feel like I'm going to pass out from boredom in that waiting room",
            false,
        ),
        (
            "one-sided pain early in pregnancy",
            "I'm vomiting and have a terrible pain in my right side and I'm 7 weeks pregnant",
            true,
        ),
        (
            "one-sided pain checked, a cyst",
            "the pain in my right side was checked at 12 weeks pregnant and was a cyst, the scan was quick thanks",
            false,
        ),
        (
            "sleepy and breathing slowly on morphine",
            "my grandma has been very sleepy all day and is breathing slowly, she's on morphine patches",
            true,
        ),
        (
            "sleepy, breathing exercises slow",
            "I was sleepy all afternoon after the antihistamine and my breathing exercises were slow, the physio said fine",
            false,
        ),
        (
            "peace made, the cliffs tonight",
            "I've made my peace with everyone and I'm going to the cliffs tonight",
            true,
        ),
        (
            "peace made with a diagnosis",
            "I've made my peace with my diagnosis thanks to the wonderful palliative team",
            false,
        ),
        (
            "who gets my things, sorted",
            "I've sorted out who gets my things",
            true,
        ),
        (
            "hopeless, letters to everyone I love",
            "I feel so hopeless, I've written letters to everyone I love",
            true,
        ),
        (
            "hopeless about appointments, letters to the practice",
            "I feel so hopeless about getting an appointment, I've written letters to everyone at the practice",
            false,
        ),
        (
            "pills looked at, tonight's the night",
            "I keep looking at the pills in the cupboard and thinking tonight's the night",
            true,
        ),
        (
            "a photo of pills and goodbye",
            "my girlfriend sent me a photo of pills and said goodbye",
            true,
        ),
        (
            "a nurse said goodbye, won't say why",
            "the nurse said goodbye and left before my dressing was done, won't say why",
            false,
        ),
        (
            "nothing matters, the means",
            "nothing matters anymore and I've stopped caring what happens to me, I've got the means",
            true,
        ),
        (
            "nothing matters to the surgery, means to go private",
            "nothing matters anymore to this surgery except targets, and I've got the means to go private",
            false,
        ),
        (
            "can't stop myself tonight",
            "I'm scared I won't be able to stop myself tonight",
            true,
        ),
        (
            "practising with a belt",
            "I've been practising with a belt",
            true,
        ),
        (
            "can't do this anymore, ringing at 8",
            "I can't do this anymore, ringing at 8 every day, tell my GP I'm sorry but I'm moving practice",
            false,
        ),
        (
            "a child burning her arms",
            "my daughter is pulling her hair out and burning her arms, she's only 11",
            true,
        ),
        (
            "the sun burning arms in a queue",
            "the sun was burning my arms in the queue outside, please let people wait inside",
            false,
        ),
        (
            "better off with the insurance money",
            "they'd all be better off with the insurance money",
            true,
        ),
        (
            "better off with private insurance",
            "my family would be better off with private health insurance at this rate",
            false,
        ),
        (
            "the last time anyone has to worry",
            "this will be the last time anyone has to worry about me",
            true,
        ),
        (
            "the last time anyone has to wait outside",
            "this is the last time anyone has to wait outside, I hope, because the new doors look great",
            false,
        ),
        (
            "headaches and sickness, a boiler making a noise",
            "we all have headaches and feel sick at home and the boiler has been making a funny noise, the dog is sleepy too",
            true,
        ),
        (
            "a heater's smell in the waiting room",
            "the heater in the waiting room makes me feel sick with the smell, please turn it down",
            false,
        ),
        (
            "found outside in the snow, barely talking",
            "my mum was found outside in the snow this morning, she's freezing and barely talking",
            true,
        ),
        (
            "boiling water, skin white and peeling",
            "I poured boiling water on my leg and the skin is white and peeling off",
            true,
        ),
        (
            "chest pain and breathing, misspelt",
            "my chesst is realy hurtin and i cant breeth proper",
            true,
        ),
        (
            "wanting to die, in few words",
            "i want die, nobody care",
            true,
        ),
        (
            "a hot swollen calf, hurting to breathe",
            "I'm on the pill and my calf is hot and swollen and it hurts to breathe in",
            true,
        ),
        (
            "a red calf last month with cellulitis",
            "my calf was red and painful with cellulitis last month and the antibiotics took a week to arrive, I was breathless with worry",
            false,
        ),
        (
            "better off, pills counted out",
            "i feel like everyone would be better off, i've got the pills counted out on the table",
            true,
        ),
        (
            "pills counted out wrong in a blister pack",
            "the pills were counted out wrong in my blister pack again, I had two days missing",
            false,
        ),
        (
            "not okay, and a plan for tonight",
            "sorry to write this here but I need someone to know I'm not okay and I've got a plan for tonight",
            true,
        ),
        (
            "not okay with how I was spoken to, a plan for tonight",
            "I'm not okay with how I was spoken to, and I've got a plan for tonight: write to the practice manager",
            false,
        ),
        (
            "locked in, not answering, been low",
            "my 17 year old has locked himself in the bathroom and won't answer, he's been really low",
            true,
        ),
        (
            "locked in the toilet by accident",
            "my daughter locked herself in the toilet at the surgery by accident and the staff got her out quickly",
            false,
        ),
        (
            "a text saying sorry, can't get hold of him",
            "my son texted me saying he's sorry and I can't get hold of him",
            true,
        ),
        (
            "a text saying sorry for a missed appointment",
            "my son texted me saying he's sorry he missed his appointment, can we rebook",
            false,
        ),
        (
            "locked in the garage with the car running",
            "my husband has locked himself in the garage with the car running",
            true,
        ),
        (
            "passed round older boys",
            "a girl at my daughter's school is being passed round older boys at parties and she's only 13",
            true,
        ),
        (
            "a baby crying for hours, parents never seen",
            "my neighbour's baby cries for hours and I never see the parents, I can hear it now",
            true,
        ),
        (
            "a knife held to her",
            "my husband holds a knife to me when he's angry",
            true,
        ),
        (
            "a needle held to an arm",
            "the nurse held a needle to my arm for ages before doing it, I was so nervous",
            false,
        ),
        (
            "put in hospital by a boyfriend, threatened again",
            "my friend's boyfriend put her in hospital last month and she's gone back to him, he's threatening her again",
            true,
        ),
        (
            "a receptionist threatening removal again",
            "the receptionist threatened him again with removal from the list, my dad is 90",
            false,
        ),
        (
            "sleeping at work and can't leave",
            "there's a young girl working in the nail bar who sleeps there and can't leave",
            true,
        ),
        (
            "a girl of 15 with a man of 25",
            "my 15 year old is staying with a 25 year old man she met online and won't come home",
            true,
        ),
        (
            "a girl of 15 seen by a locum of 25",
            "my 15 year old was seen by a 25 year old locum who didn't listen, we want someone experienced",
            false,
        ),
        (
            "pregnant, pain under the ribs, seeing spots",
            "I'm 30 weeks pregnant and have a pain under my ribs on the right, a headache and I'm seeing spots",
            true,
        ),
        (
            "pregnant, rib pain checked and just kicks",
            "I'm 32 weeks pregnant and the pain under my ribs was checked and is just the baby kicking, but the wait was four hours",
            false,
        ),
        (
            "leaking fluid at 28 weeks",
            "I'm 28 weeks and I've been leaking fluid since this morning",
            true,
        ),
        (
            "barely waking, with dementia",
            "my mum with dementia has stopped eating and drinking and is barely waking",
            true,
        ),
        (
            "barely waking up for school",
            "my son is barely waking up for school because of his new tablets, can the doctor review them",
            false,
        ),
        (
            "a catheter out, blood and agony",
            "my dad's catheter has come out and there's blood and he's in agony",
            true,
        ),
        (
            "high ketones and vomiting",
            "I'm type 1 and my ketones are high and I keep vomiting",
            true,
        ),
        (
            "fever and yellow skin after an operation",
            "I had my gallbladder out two days ago and now I have a fever and my skin is yellow",
            true,
        ),
        (
            "yellow skin from fake tan",
            "my skin is yellow from the fake tan, the receptionist made a joke of it",
            false,
        ),
        (
            "slumped in a car, not responding",
            "a man in the car park is slumped in his car and not responding",
            true,
        ),
        (
            "a fall, not moving",
            "a child just fell down the stairs outside and isn't moving",
            true,
        ),
        (
            "a fall, not moving around as well",
            "my mum fell last week and isn't moving around as well, can she have a physio referral",
            false,
        ),
        (
            "a hot poker through the chest and down the arm",
            "it feels like a hot poker going through my chest and down my arm",
            true,
        ),
        (
            "breathing like a blocked drain, gone grey",
            "my husband's breathing sounds like a blocked drain and he's gone grey",
            true,
        ),
        (
            "a breath held till blue, waiting",
            "I held my breath till I turned blue waiting for the phone to be answered",
            false,
        ),
        (
            "a face blown up after peanut butter",
            "my daughter's face has blown up like a balloon after the peanut butter",
            true,
        ),
        (
            "a knife in the belly, can't stand",
            "it's like a knife stabbing in my belly and I can't stand up straight, it's getting worse",
            true,
        ),
        (
            "a stabbing pain before a period",
            "my tummy pain is stabbing and worse before my period, can I see a gynaecologist",
            false,
        ),
        (
            "a leg cold as ice and white",
            "my leg is cold as ice and white and I can't feel my foot",
            true,
        ),
        (
            "speech all wrong, the room spinning",
            "the room is spinning and I can't walk straight and my speech is all wrong",
            true,
        ),
        (
            "the phone message's speech wrong",
            "the speech on the automated message is wrong, it gives the old opening hours",
            false,
        ),
        (
            "felt like someone hit me, at news",
            "I felt like someone hit me with a hammer when I heard about the practice closing",
            false,
        ),
        (
            "people coming to take her, hiding",
            "my mum keeps phoning me saying people are coming to take her and she's hiding in the wardrobe",
            true,
        ),
        (
            "carers coming to take her to a day centre",
            "the carers are coming to take her to the day centre and the transport is always late",
            false,
        ),
        (
            "thinking he's the messiah",
            "my son hasn't slept for five days and thinks he's the messiah, he's talking about jumping to prove it",
            true,
        ),
        (
            "thinking he's god's gift",
            "my son is in a band and thinks he's god's gift, but seriously the appointment system is awful",
            false,
        ),
        (
            "lithium stopped, out of control",
            "my husband has stopped his lithium and he's out of control, shouting at the kids and throwing things",
            true,
        ),
        (
            "lithium stopped under a plan",
            "my husband stopped his lithium under the psychiatrist's plan last year and the GP never updated his record",
            false,
        ),
        (
            "a dead husband heard calling",
            "I keep hearing my dead husband telling me to come to him",
            true,
        ),
        (
            "a late mum's saying remembered",
            "I still hear my late mum saying the NHS is the best thing about this country, not any more",
            false,
        ),
        (
            "a baby thought to be the devil",
            "my partner thinks the baby is the devil and won't let me near her",
            true,
        ),
        (
            "thoughts of harming a baby",
            "since having the baby I can't stop thinking of harming her and I'm terrified",
            true,
        ),
        (
            "thoughts of harming one's chances",
            "I keep thinking about harming my chances by complaining, but the wait was awful",
            false,
        ),
        (
            "something taken, burning up",
            "my friend has taken something at a party and is burning up and jaw clenching and won't calm down",
            true,
        ),
        (
            "something taken for hay fever",
            "I took something for my hay fever and my heart was racing all night, can the pharmacist review it",
            false,
        ),
        (
            "jumping the queue, talked of",
            "we were talking about jumping the queue as a joke, the wait is that bad",
            false,
        ),
        (
            "a knock, then sleepy and sick",
            "my 8 year old was hit by a swing and has a big lump, he's sleepy and keeps being sick",
            true,
        ),
        (
            "a baby bump, sick and drowsy from heat",
            "my baby bump was measured and I was sick and drowsy from the heat in the waiting room",
            false,
        ),
        (
            "a yellow newborn not waking for feeds",
            "my newborn is very yellow and won't wake up for feeds",
            true,
        ),
        (
            "despair at oneself, then resolve",
            "whats the point in me, everyone's sick of me anyway, ill sort it tonight",
            true,
        ),
        (
            "two farewells: a will and direct debits",
            "I wrote my will last night and cancelled my direct debits",
            true,
        ),
        (
            "a place, thought of without stopping",
            "i cant stop thinking about the train tracks near my house",
            true,
        ),
        (
            "missing, with a note saying sorry",
            "my husband is missing and left a note saying sorry",
            true,
        ),
        (
            "a place named, nothing more",
            "the train tracks near the surgery make it so noisy in the consulting rooms",
            false,
        ),
        (
            "a note saying sorry for lateness",
            "my husband left a note at reception saying sorry he was late, please pass it on",
            false,
        ),
        (
            "missing appointments, with a note",
            "my dad has been missing his appointments because the letters go to the wrong address, he left a note saying sorry at reception",
            false,
        ),
        (
            "a will and direct debits, for a solicitor",
            "I wrote my will last month and the solicitor needed a letter from the GP, it took weeks and my direct debits bounced",
            false,
        ),
        (
            "fed up, ringing tonight",
            "I hate myself for not coming sooner but the appointments are impossible to get, I'll ring tonight",
            false,
        ),
        (
            "a dog looked after when I'm gone",
            "I'm 91 and I worry who will look after my dog when I'm gone, can the social prescriber help",
            false,
        ),
        (
            "bleeding out looked up",
            "I've been looking up how long it takes to bleed out",
            true,
        ),
        (
            "a plan, and when",
            "I've got a plan and I know when I'm going to do it",
            true,
        ),
        (
            "a friend threatening to jump",
            "my mate keeps saying he'll jump off the multi storey, he's up there now",
            true,
        ),
        (
            "a head hit against the wall till it bleeds",
            "I keep hitting my head against the wall until it bleeds",
            true,
        ),
        (
            "words scratched into an arm",
            "my daughter has scratched words into her arm with a compass",
            true,
        ),
        (
            "sleep, never to deal with it again",
            "i just want to go to sleep and not deal with any of it ever again",
            true,
        ),
        (
            "a bite, swelling and dizziness",
            "my husband's been bitten by something in the garden and his arm is swelling up fast and he's dizzy",
            true,
        ),
        (
            "fruity breath and drowsy",
            "my grandma is really drowsy, her breath smells fruity and she keeps drinking water",
            true,
        ),
        (
            "tablets saved against a closed pharmacy",
            "I've been saving my tablets for when the pharmacy is closed because repeat prescriptions take too long",
            false,
        ),
        (
            "an overdose named as a time gone by",
            "since my overdose in the summer I've been much better",
            false,
        ),
        (
            "wanting to fade away",
            "I've stopped eating and drinking because I want to fade away",
            true,
        ),
        (
            "an engine running in a closed garage",
            "I'm sat in the car with the engine running in the garage",
            true,
        ),
        (
            "an engine running in a car park",
            "the car park gate was stuck and I sat in the car with the engine running for 20 minutes",
            false,
        ),
        (
            "goodbye posted and no answer",
            "my brother posted goodbye on facebook and isn't answering his phone",
            true,
        ),
        (
            "thinking of ending it, daily",
            "I think about ending it every single day now",
            true,
        ),
        (
            "an illness asked to hurry",
            "I wish the cancer would hurry up and take me",
            true,
        ),
        (
            "an illness asked to hurry, of a nurse",
            "I wish the nurse would hurry up and take me in",
            false,
        ),
        (
            "breathing through a sponge",
            "it's like breathing through a wet sponge",
            true,
        ),
        (
            "a hot child like a rag doll",
            "my son's been burning up all night and now he's like a rag doll",
            true,
        ),
        (
            "drowning in forms",
            "I feel like I'm drowning in forms every time I register a new child",
            false,
        ),
        (
            "drowning in the body's own fluid",
            "I feel like I'm drowning in my own fluid when I lie down",
            true,
        ),
        (
            "a child asked to stay alone with a man",
            "a man at church keeps asking my son to stay behind alone with him",
            true,
        ),
        (
            "a child made to send pictures",
            "my 12 year old sister is being made to send pictures to a man online",
            true,
        ),
        (
            "people seen who aren't there, with fever",
            "my dad is seeing people in the room who aren't there and pulling at his catheter, he's burning hot",
            true,
        ),
        (
            "people seen who aren't there for appointments",
            "my grandad sees people in the waiting room who aren't there for appointments, the screen names are confusing",
            false,
        ),
        (
            "a dose twice by mistake",
            "my nan took her warfarin twice today by mistake and her gums are bleeding",
            true,
        ),
        (
            "knocked out by a fall",
            "my toddler fell off the bunk bed and was knocked out for a minute, now he's sleepy",
            true,
        ),
        (
            "a child swallowed methadone",
            "my 2 year old swallowed some of my methadone",
            true,
        ),
        (
            "a child given calpol at the right dose",
            "my 3 year old ate some calpol syrup at the right dose and the pharmacist was rude when I asked",
            false,
        ),
        (
            "pain moved to the right side",
            "my daughter's tummy pain has moved to the right side and she can't walk straight",
            true,
        ),
        (
            "the kids taken if she leaves",
            "he said if I leave he'll take the kids and I'll never see them, he's got a knife",
            true,
        ),
        (
            "leaving a queue to take the kids",
            "If I leave the queue to take my kids to school I lose my place",
            false,
        ),
        (
            "a child kept in a man's flat",
            "the man upstairs keeps my daughter in his flat for hours and gives her vodka, she's 14",
            true,
        ),
        (
            "not let out of the house by a husband",
            "my husband watches me through cameras in every room and won't let me leave the house",
            true,
        ),
        (
            "not let out of the house by arthritis",
            "my arthritis won't let me leave the house, please offer more home visits",
            false,
        ),
        (
            "cameras in the surgery",
            "the cameras in every room of the surgery make me uncomfortable, are they recording",
            false,
        ),
        (
            "belt marks on a child",
            "there's a little boy at my son's school who comes in with belt marks on his legs",
            true,
        ),
        (
            "marks from a watch strap",
            "my watch strap left marks on my wrist during the blood pressure test, it was too tight",
            false,
        ),
        (
            "a marriage not wanted",
            "I'm being sent to Pakistan next month to marry my cousin and I don't want to",
            true,
        ),
        (
            "a wedding not to be missed",
            "my daughter is going to marry her fiance and I don't want to miss her wedding because of this appointment mess",
            false,
        ),
        (
            "made to sleep with men for a debt",
            "I'm 16 and my boyfriend's mates make me sleep with them for him to pay off a debt",
            true,
        ),
        (
            "a pillow to sleep with",
            "my back pain makes me sleep with a pillow between my knees, the physio never told me that",
            false,
        ),
        (
            "an ex with a hammer",
            "my ex turned up at my house with a hammer last night",
            true,
        ),
        (
            "a builder with a hammer",
            "the builder turned up with a hammer and fixed the broken door in the waiting room, quick work",
            false,
        ),
        (
            "a child on a man's lap, alone",
            "my son says a teacher makes him sit on his lap when they're alone",
            true,
        ),
        (
            "a stoma stopped, a swollen tummy, vomiting",
            "my wife's stoma has stopped working and her tummy is swollen and she's vomiting",
            true,
        ),
        (
            "a red, swollen pacemaker site and a fever",
            "my grandad's pacemaker area is red and swollen and he's got a fever",
            true,
        ),
        (
            "a diabetic son whose breath smells of nail varnish",
            "my son with type 1 diabetes is breathing heavily and smells of nail varnish",
            true,
        ),
        (
            "black poo on warfarin, very pale",
            "my dad is on warfarin and has been passing black poo and is very pale",
            true,
        ),
        (
            "stoma bags not delivered",
            "my stoma bags stopped being delivered and nobody at the surgery would help",
            false,
        ),
        (
            "a wound red and swollen last month",
            "my wound was red and swollen last month with a fever and the antibiotics took ages to be prescribed",
            false,
        ),
        (
            "breathless on the stairs to the first floor",
            "I have COPD and the stairs to the first floor consulting rooms leave me breathless, please use the ground floor",
            false,
        ),
        (
            "abuse that started at 12 and goes on",
            "my daughter is being abused by her stepdad, it started when she was 12",
            true,
        ),
        (
            "permission to eat, food hidden",
            "I have to ask permission to eat and he hides the food",
            true,
        ),
        (
            "the house smashed up, children hiding",
            "he's smashed the house up again and the kids were hiding under the bed",
            true,
        ),
        (
            "safer in the car than at home with him",
            "I sleep in the car some nights because it's safer than being at home with him",
            true,
        ),
        (
            "children kept in their room with no food",
            "my mum's partner makes me and my brother stay in our room all weekend with no food",
            true,
        ),
        (
            "a boy of 12 paid to hide things for older lads",
            "my nephew is 12 and is being paid to hide things for older lads",
            true,
        ),
        (
            "a son who takes her money",
            "an old lady on my street is living with no heating and her son takes her money",
            true,
        ),
        (
            "a husband who won't let her see a doctor",
            "my friend's husband won't let her see a doctor and she's very ill",
            true,
        ),
        (
            "scratches from a day centre, terrified to go back",
            "my brother with autism came back from his day centre with scratches and is terrified to go back",
            true,
        ),
        (
            "a toddler left in the garden in the cold",
            "our neighbours leave their toddler in the garden crying for hours in the cold",
            true,
        ),
        (
            "permission to leave the waiting room",
            "I had to ask permission to leave the waiting room to feed the meter, ridiculous",
            false,
        ),
        (
            "food bank leaflets hidden",
            "the receptionist hides the food bank leaflets behind the counter",
            false,
        ),
        (
            "a bus shelter smashed up",
            "someone smashed the place up at the bus shelter outside, get CCTV",
            false,
        ),
        (
            "safer with this practice than the old one",
            "I feel safer than I did at home now I'm with this practice, my old GP was awful",
            false,
        ),
        (
            "staff 'paid to hide things'",
            "the staff are paid to hide things from patients, nobody tells you anything",
            false,
        ),
        (
            "a husband who comes to interpret",
            "my husband won't let me see a doctor without him there because of my English, please provide an interpreter",
            false,
        ),
        (
            "children crying in the waiting room",
            "parents leave their kids crying for hours in the waiting room and nobody says anything",
            false,
        ),
        (
            "scratched chairs and a dog outside",
            "there were scratches on the chairs and kids were scared of the dog outside",
            false,
        ),
        (
            "searching for the easiest way to go",
            "I've been googling the easiest way to go",
            true,
        ),
        (
            "medication saved up",
            "I've stopped taking my meds so I can save them up",
            true,
        ),
        (
            "life not worth it",
            "life isn't worth it anymore, I'm done",
            true,
        ),
        (
            "punching walls till the knuckles break",
            "I've been punching walls till my knuckles break",
            true,
        ),
        (
            "throwing oneself off a car park",
            "I feel like throwing myself off the multi storey car park",
            true,
        ),
        (
            "goodbye said to everyone",
            "I've said goodbye to everyone",
            true,
        ),
        (
            "a belt round the neck",
            "I tied a belt round my neck last night but it broke",
            true,
        ),
        (
            "fantasising about crashing the car",
            "I keep fantasising about crashing my car",
            true,
        ),
        (
            "a mother who wants to sleep and not wake up",
            "my mum keeps saying she wants to go to sleep and not wake up and she's stopped eating",
            true,
        ),
        (
            "guns, and 'he'll use one on himself'",
            "my husband has guns in the house and keeps saying he'll use one on himself",
            true,
        ),
        (
            "no future, wanting out",
            "I can't see a future, I just want out",
            true,
        ),
        (
            "a razor to the wrists",
            "I took a razor to my wrists this morning",
            true,
        ),
        (
            "planning how to do it",
            "every night I plan how I'd do it",
            true,
        ),
        (
            "the easiest way to go about changing GP",
            "what's the easiest way to go about changing my named GP",
            false,
        ),
        (
            "repeat prescriptions saved up against shortages",
            "I save them up, my repeat prescriptions, because the pharmacy always runs out",
            false,
        ),
        (
            "goodbye to everyone at the old surgery",
            "I said goodbye to everyone at my old surgery when I moved, this one is worse",
            false,
        ),
        (
            "wanting out of the practice",
            "I just want out of this practice, how do I transfer",
            false,
        ),
        (
            "no future for the surgery",
            "I can't see a future for this surgery without more doctors",
            false,
        ),
        (
            "a car park barrier",
            "I keep thinking about crashing the car park barrier, it never lifts",
            false,
        ),
        (
            "a bored child banging walls",
            "my son keeps banging the walls till someone tells him off, there's nothing for kids to do",
            false,
        ),
        (
            "waking at 3am with reflux",
            "I want to go to sleep at night and not wake up at 3am with my reflux, the medication isn't working",
            false,
        ),
        (
            "hoping to die in one's sleep",
            "I hope I die in my sleep tonight",
            true,
        ),
        (
            "wishing someone would shoot the patient",
            "I wish someone would just shoot me",
            true,
        ),
        ("wanting to stab oneself", "I want to stab myself", true),
        (
            "'someone should put me out of my misery'",
            "someone should put me out of my misery, I can't take it",
            true,
        ),
        (
            "better off under a bus",
            "I'd be better off under a bus",
            true,
        ),
        (
            "hoping the cancer takes them quickly",
            "I hope the cancer takes me quickly, I can't do this",
            true,
        ),
        (
            "hoping to die before a care home, of the NHS",
            "I hope I die before I need a care home if this is the state of the NHS",
            false,
        ),
        (
            "'put me out of my misery' for results",
            "put me out of my misery and just tell me the results",
            false,
        ),
        (
            "'shoot me a text'",
            "I wish someone would shoot me a text when the results are in",
            false,
        ),
        (
            "a doctor who takes the patient seriously",
            "I hope the doctor takes me seriously now",
            false,
        ),
        (
            "a heart about to burst out of the chest, dizzy",
            "my heart feels like it's going to burst out of my chest and I'm dizzy",
            true,
        ),
        (
            "gasping like a fish out of water",
            "I'm gasping like a fish out of water",
            true,
        ),
        (
            "a hot wound with fever and chills",
            "I feel like death, burning up one minute and freezing the next, and my wound is red and hot",
            true,
        ),
        (
            "voices saying the patient deserves to die",
            "the voices won't leave me alone, they say I deserve to die and I should do it",
            true,
        ),
        ("'I deserve to die'", "I deserve to die", true),
        (
            "a boyfriend who batters her",
            "my sister's boyfriend batters her and she's got a black eye again",
            true,
        ),
        (
            "legs gone dead on hard chairs",
            "my legs have gone dead sitting on these hard chairs for an hour",
            false,
        ),
        (
            "gasping for a cup of tea",
            "I was gasping for a cup of tea after two hours waiting",
            false,
        ),
        (
            "feeling like death warmed up after a cold wait",
            "I feel like death warmed up after waiting three hours in this freezing room",
            false,
        ),
        (
            "not enough air in, like drowning",
            "I can't get enough air in, like I'm drowning",
            true,
        ),
        (
            "gobbledygook and a mouth hanging on one side",
            "my mum is talking gobbledygook and one side of her mouth is hanging",
            true,
        ),
        (
            "bleeding like a tap after a tooth out",
            "I'm bleeding like a tap from where I had my tooth out and it won't stop",
            true,
        ),
        (
            "32 weeks and gone still",
            "I'm 32 weeks and it's gone really still in there today",
            true,
        ),
        (
            "everything in the cupboard, tonight",
            "I've had enough, I'm going to swallow everything in the cupboard tonight",
            true,
        ),
        (
            "'he'll put me in the ground'",
            "my partner said next time he'll put me in the ground",
            true,
        ),
        (
            "not enough air in a stuffy room",
            "you can't get enough air in that stuffy waiting room, open a window",
            false,
        ),
        (
            "a receptionist talking nonsense",
            "the receptionist was talking nonsense about needing photo ID",
            false,
        ),
        (
            "money bleeding like a tap",
            "the money is bleeding like a tap from this NHS, so much waste",
            false,
        ),
        (
            "a quiet antenatal clinic",
            "I'm 32 weeks and the antenatal clinic has been very quiet, no one answers the phone",
            false,
        ),
        (
            "words gone all of a sudden, a hand that won't grip",
            "all of a sudden I can't find my words and my right hand won't grip",
            true,
        ),
        (
            "breathing through a straw",
            "I feel like I'm breathing through a straw",
            true,
        ),
        (
            "a tongue too big for the mouth",
            "my tongue feels too big for my mouth after the new tablets",
            true,
        ),
        (
            "a sting, a face blown up, wheezing",
            "I got stung and my face has blown up and I'm wheezing",
            true,
        ),
        (
            "a headache that came on in seconds",
            "it's like the worst hangover times a hundred, came on in seconds",
            true,
        ),
        (
            "38 weeks, not moved since last night",
            "38 weeks and she hasn't moved since last night",
            true,
        ),
        (
            "scratching till they bleed to quieten feelings",
            "I keep scratching my arms till they bleed to make the bad feelings go",
            true,
        ),
        (
            "something in the head saying to set fire to the house",
            "something in my head is telling me to set fire to the house",
            true,
        ),
        (
            "dragged by the hair",
            "my neighbour's husband drags her by the hair, I saw it this morning",
            true,
        ),
        (
            "no words to thank a doctor",
            "I can't find the words to thank Dr Rees enough, she suddenly made everything make sense",
            false,
        ),
        (
            "stung by nettles in the car park",
            "I got stung by nettles in the overgrown car park and my ankles swelled up, cut the weeds",
            false,
        ),
        (
            "dark thoughts helped by counselling",
            "the counselling helped with my dark thoughts and I've stopped cutting, thank you",
            false,
        ),
        (
            "a queue that formed in seconds",
            "the queue came on in seconds once the doors opened, there's no system",
            false,
        ),
        (
            "a head telling one to register elsewhere",
            "my head is telling me to give up on this surgery and register elsewhere",
            false,
        ),
        (
            "a tongue too big for tiny pills",
            "my tongue is too big for these tiny pills, can I have liquid",
            false,
        ),
        (
            "a cashew, then blotches and coughing",
            "my son ate a cashew at lunch and now he's covered in blotches and coughing a lot",
            true,
        ),
        (
            "spots that stay under a glass, the glass named far from the spots",
            "the spots on my daughter's tummy don't go away when I roll a glass over them",
            true,
        ),
        (
            "pin prick spots and a temperature",
            "my baby has tiny red pin prick spots all over and a temperature",
            true,
        ),
        (
            "clots the size of a palm",
            "my periods are so heavy I'm passing clots the size of my palm and feel dizzy",
            true,
        ),
        (
            "told by voices to stop eating",
            "I'm being told by voices to stop eating and drinking",
            true,
        ),
        (
            "an ex who says he'll hurt the kids",
            "my ex keeps turning up at my house and says he'll hurt the kids",
            true,
        ),
        (
            "a coach's gifts and 'keep it between us'",
            "my son's coach sends him messages at night and buys him gifts and says keep it between us",
            true,
        ),
        (
            "a 14 year old missing since yesterday",
            "my 14 year old has been missing since yesterday and isn't answering her phone",
            true,
        ),
        (
            "a nut allergy form",
            "my son has a nut allergy and the school form still hasn't been signed by the GP",
            false,
        ),
        (
            "hell freezing over",
            "the receptionist said hell would freeze over before I got an appointment",
            false,
        ),
        (
            "missing school for want of an appointment",
            "my son has been missing school because we can't get an appointment for his asthma",
            false,
        ),
        (
            "'keep it between us' about a smell",
            "keep it between us, but the waiting room smells awful",
            false,
        ),
        (
            "told by the receptionist, told by the app",
            "i was told by the receptionist to ring back tomorrow, told by the app to ring today",
            false,
        ),
        (
            "care that would drive anyone to suicide, a figure of speech",
            "Care - what care? Absolutely nothing. Would drive you to suicide or madness.",
            false,
        ),
        (
            "pain driving the patient to suicide",
            "this pain is driving me to suicide, I can't cope anymore",
            true,
        ),
        (
            "pushed in a wheelchair",
            "Very nice, pushed me out of the house in the wheelchair and made me comfortable",
            false,
        ),
        (
            "kind to a stroke victim",
            "Kind and caring to myself as a stroke victim",
            false,
        ),
        (
            "a victim of domestic abuse still scared",
            "as a victim of domestic abuse I am still scared he will find me",
            true,
        ),
        (
            "talking about hanging himself",
            "the man I support is talking about hanging himself tonight",
            true,
        ),
        (
            "the blade out again",
            "cant stop crying n ive got the blade out again",
            true,
        ),
        (
            "black tarry stool and faint",
            "Forgive me for raising it here but I passed a great deal of black tarry stool this morning and feel faint",
            true,
        ),
        (
            "thinking of taking all of a late husband's medication",
            "My late husband's medication is still in the house and I have been thinking of taking it all",
            true,
        ),
        (
            "very sleepy with a high temperature",
            "the lady I care for has stopped eating, is very sleepy and has a high temperature",
            true,
        ),
        (
            "sleepy after jabs, temperature advice given",
            "the baby was sleepy after her jabs and the nurse explained the temperature advice really well",
            false,
        ),
        (
            "taking it all too personally",
            "the receptionist said I'm thinking of taking it all too personally",
            false,
        ),
        (
            "pictures hanged by a volunteer",
            "my husband hanged the pictures in the waiting room himself as a volunteer and they're already falling down",
            false,
        ),
        (
            "drowsy and not herself with a water infection",
            "my grandma is 92 and has been very drowsy and not herself since yesterday, she has a water infection",
            true,
        ),
        (
            "suddenly unable to swallow",
            "my mum has MS and suddenly can't swallow anything, even water",
            true,
        ),
        (
            "a crushed leg swelling fast",
            "my leg got crushed at work under a pallet and it is swelling very fast and numb",
            true,
        ),
        (
            "glass in an eye",
            "I've got glass in my eye from a broken window and can't open it",
            true,
        ),
        (
            "a crash, then stomach pain and faint",
            "I was in a car crash an hour ago and now my stomach really hurts and I feel faint",
            true,
        ),
        (
            "everything in the medicine cabinet taken",
            "i have just taken everything in my medicine cabinet",
            true,
        ),
        (
            "a whole pack swallowed",
            "my friend has swallowed a whole pack of ibuprofen after a row with her boyfriend",
            true,
        ),
        (
            "heart tablets taken twice by mistake",
            "my dad accidentally took his tablets twice and they are heart tablets",
            true,
        ),
        (
            "a face falling, in few words",
            "my wife face is falling and she speak not clear",
            true,
        ),
        (
            "blood in the toilet with bad pain",
            "i have very bad pain in stomach and blood in the toilet",
            true,
        ),
        (
            "drowsy from antibiotics for an infection",
            "the antibiotics for my water infection made me drowsy and nobody warned me",
            false,
        ),
        (
            "a receptionist's speech through the glass",
            "the receptionist's speech is not clear through the glass, get a microphone",
            false,
        ),
        (
            "talking clearly again after a stroke",
            "my speech therapist is wonderful, I'm talking clearly again after my stroke",
            false,
        ),
        (
            "blood on the toilet floor",
            "the toilet had blood on the floor and hadn't been cleaned all morning",
            false,
        ),
        (
            "a neighbour's letter given by mistake",
            "I was accidentally given my neighbour's letter, that's a data breach",
            false,
        ),
        (
            "nearly jumped from a bridge",
            "i went to the bridge last night and nearly jumped",
            true,
        ),
        (
            "paranoid, with a knife by the bed",
            "my wife hasn't slept for days, says the neighbours are poisoning her and she has a knife by the bed",
            true,
        ),
        (
            "a fit of ten minutes",
            "my wife fitted for 10 minutes and hasn't woken up properly",
            true,
        ),
        (
            "coughing up blood, after weeks of trying for an appointment",
            "I've been trying to get an appointment for weeks, now I've started coughing up blood and I'm scared",
            true,
        ),
        (
            "a bump gone quiet",
            "my bump has gone quiet, usually she is wriggling all evening",
            true,
        ),
        (
            "bruises she won't talk about",
            "my mum's new boyfriend shouts at her and she has bruises on her arms she won't talk about",
            true,
        ),
        (
            "a son who takes his mother's pension",
            "my elderly aunt's son takes her pension and leaves her with no food",
            true,
        ),
        (
            "kept as a slave",
            "i think my neighbour is being kept as a slave, she works all day and never goes out",
            true,
        ),
        (
            "money taken by housemates",
            "my dad with learning disabilities is being bullied and had money taken by his housemates",
            true,
        ),
        (
            "tablets thought to poison, a side effect",
            "my dad thinks the new tablets are poisoning him, the side effects are awful and nobody will review them",
            false,
        ),
        (
            "nearly jumped at the tannoy",
            "I nearly jumped out of my skin when the tannoy went off, turn it down",
            false,
        ),
        (
            "a coil fitted in ten minutes",
            "the nurse fitted my coil in ten minutes but it hurt and nobody warned me",
            false,
        ),
        (
            "a care home that takes the pension",
            "the care home takes her pension and still the GP never visits her",
            false,
        ),
        (
            "bruises from a fall nobody explained",
            "the receptionist wouldn't explain why my bruises from the fall weren't looked at",
            false,
        ),
        (
            "no food allergy plan",
            "the surgery has left him with no food allergy plan despite asking twice",
            false,
        ),
        (
            "a long lie on the floor, then cold and confused",
            "my nan fell in the night and was on the floor for hours, she is cold and confused now",
            true,
        ),
        (
            "a baby of two months with a temperature",
            "my baby is 2 months old and has a temperature of 38.2",
            true,
        ),
        (
            "tightenings every few minutes at 28 weeks",
            "I'm 28 weeks and having tightenings every few minutes and lower back pain",
            true,
        ),
        (
            "a fever after giving birth",
            "two weeks after giving birth and i have a fever and smelly discharge and feel awful",
            true,
        ),
        (
            "a cut that won't stop bleeding",
            "I cut my hand on a knife and it won't stop bleeding even with pressure",
            true,
        ),
        (
            "a red line up the leg from a wound",
            "I stood on a rusty nail and now my foot is red hot and a red line is going up my leg",
            true,
        ),
        (
            "only shadows seen after a blow to the eye",
            "my son got hit in the eye with a ball and now he can only see shadows",
            true,
        ),
        (
            "a toddler who drank dishwasher liquid",
            "my toddler drank some of the dishwasher liquid",
            true,
        ),
        (
            "a child carrying packages to other towns for cash",
            "my son's new friends give him cash to carry packages to other towns",
            true,
        ),
        (
            "a friend who will take all her tablets",
            "my friend said she's going to take all her tablets tonight",
            true,
        ),
        (
            "a brother giving his things away",
            "my brother keeps talking about ending things and he has been giving his stuff away",
            true,
        ),
        (
            "sitting on the floor for want of chairs",
            "I sat on the floor for hours because there were no chairs left in the waiting room",
            false,
        ),
        (
            "gums that bleed when brushed",
            "my gums won't stop bleeding when I brush and I can't get a dentist",
            false,
        ),
        (
            "old baby things given to the clinic",
            "I've been giving my old baby things away and wanted to donate to the clinic, nobody replied",
            false,
        ),
        (
            "a baby of two months in a hot waiting room",
            "My baby is 2 months old and the waiting room was too hot, she cried the whole time",
            false,
        ),
        (
            "a heart rate of 40 and faint",
            "my heart rate is 40 and I feel faint",
            true,
        ),
        (
            "an ankle maybe broken, no weight on it",
            "i think i've broken my ankle, it's swollen and i can't put any weight on it and it's a funny shape",
            true,
        ),
        (
            "a wrist broken last year",
            "I broke my wrist last year and the physio referral never came",
            false,
        ),
        (
            "a fall, hip pain, can't stand",
            "my mum's had a fall, she's 92 and is in a lot of pain in her hip and can't stand",
            true,
        ),
        (
            "fever with cracked lips in a toddler",
            "I've got a fever, a rash all over, and my eyes are red and my lips are cracked, it's my toddler",
            true,
        ),
        (
            "a crash, then tingling hands",
            "I was in a car crash this morning and now my neck hurts and my hands are tingling",
            true,
        ),
        (
            "a crash years ago, numb hands still",
            "I was in a car accident in 2019 and my hands still get numb, can I get a nerve test",
            false,
        ),
        (
            "a snake bite",
            "my husband was bitten by a snake on holiday and his leg is swelling",
            true,
        ),
        (
            "a bottle of pills beside me, crying",
            "I can't stop crying and I've got a bottle of pills next to me",
            true,
        ),
        (
            "tablets kept by the bed",
            "I keep my tablets next to me on the bedside table so I don't forget them",
            false,
        ),
        (
            "the walls moving, no sleep",
            "I feel like I'm losing my mind, I haven't slept in a week and the walls are moving",
            true,
        ),
        (
            "a small room's walls closing in",
            "the walls are moving closer, the waiting room is tiny",
            false,
        ),
        (
            "a stoma gone black",
            "the stoma has gone black and I'm in a lot of pain",
            true,
        ),
        (
            "a man lying still on the pavement",
            "there's a man lying on the pavement outside and he's not moving",
            true,
        ),
        (
            "lying in bed with a bad back",
            "I've been lying in bed not moving for a week with my back, can I get a home visit please",
            false,
        ),
        (
            "a partner who tried to strangle me",
            "My partner has just tried to strangle me",
            true,
        ),
        (
            "diarrhoea, then sleepy",
            "my daughter has had diarrhoea all day and now she's very sleepy and her hands are cold",
            true,
        ),
        (
            "a fall, then drowsy and sick",
            "my little girl fell off the climbing frame and is now really drowsy and sick",
            true,
        ),
        (
            "a fall last year, sleepy on tablets now",
            "I fell over in the car park last year and now I'm sleepy all the time on the new tablets",
            false,
        ),
        (
            "talking to people who aren't there",
            "Grandma has been in bed for two days, won't eat and is talking to people who aren't there",
            true,
        ),
        (
            "a blocked catheter in pain",
            "my mum's catheter is blocked and she's in a lot of pain",
            true,
        ),
        (
            "a leg shorter and turned out after a fall",
            "my husband has had a fall and now his leg is shorter and turned out",
            true,
        ),
        (
            "hitting herself, with dementia",
            "my aunt has dementia and has started hitting herself and refusing all food",
            true,
        ),
        (
            "a sickle cell crisis",
            "I have sickle cell and I'm in a crisis, the pain is unbearable",
            true,
        ),
        (
            "a pacemaker and blacking out",
            "my dad's had a pacemaker fitted and now he's dizzy and blacking out",
            true,
        ),
        (
            "a pacemaker check cancelled, dizzy with frustration",
            "My pacemaker check was cancelled again and I'm dizzy with frustration",
            false,
        ),
        (
            "no urine passed, legs swollen",
            "my mum has stopped passing urine and her legs are really swollen",
            true,
        ),
        ("green waters", "my waters went and they're green", true),
        (
            "contractions minutes apart at term",
            "I'm 38 weeks and having contractions every 3 minutes",
            true,
        ),
        (
            "a baby believed not one's own after birth",
            "since giving birth I've been hearing things and I think the baby isn't mine",
            true,
        ),
        (
            "a red smelly cord stump",
            "the baby's cord stump is red, swollen and smelly and she's hot",
            true,
        ),
        (
            "itching hands and feet in pregnancy",
            "I'm pregnant and itching all over especially my hands and feet",
            true,
        ),
        (
            "a fall down the stairs in pregnancy",
            "I'm 20 weeks pregnant and fell down the stairs",
            true,
        ),
        (
            "asleep in the waiting room, pregnant",
            "I'm pregnant and fell asleep in the waiting room, nobody woke me for my slot",
            false,
        ),
        (
            "a bump rock hard late in pregnancy",
            "I'm 36 weeks pregnant and my belly is rock hard and painful all the time",
            true,
        ),
        (
            "a yellow newborn who won't wake",
            "my 10 day old is yellow and won't wake for feeds",
            true,
        ),
        (
            "a yellow newborn sorted by the midwife",
            "My 3 week old was yellow and the midwife sorted it quickly, but the GP check was late",
            false,
        ),
        (
            "a crooked mouth and dribbling",
            "my mum's mouth has gone crooked and she's dribbling",
            true,
        ),
        (
            "a crooked smile after the dentist",
            "My smile is crooked after the dentist but that's not your fault",
            false,
        ),
        (
            "a few words at a time, breathless",
            "my breathing is really bad, I can only say a few words at a time",
            true,
        ),
        (
            "a few words at a time before interruption",
            "I could only say a few words at a time to the receptionist before she interrupted again",
            false,
        ),
        (
            "gasping, lips tingling",
            "I'm gasping and my lips are tingling",
            true,
        ),
        (
            "gasping for tea",
            "I'm gasping for a cup of tea after that wait",
            false,
        ),
        (
            "a headache like a bomb",
            "I've had a headache like a bomb went off in my head",
            true,
        ),
        (
            "an explanation like a bomb in the head",
            "The doctor's explanation was like a bomb going off in my head, too much information at once",
            false,
        ),
        (
            "ketamine taken, no response",
            "my friend took ketamine and she won't respond",
            true,
        ),
        (
            "drugs taken in one's twenties",
            "I took drugs in my twenties and the GP keeps bringing it up, it's not relevant",
            false,
        ),
        (
            "an ex outside who has threatened me",
            "my ex is outside the surgery and has threatened me",
            true,
        ),
        (
            "bleeding very much after a birth, in simple English",
            "I am bleeding very much from down after baby born",
            true,
        ),
        ("poison drunk", "I drink poison", true),
        (
            "poison preferred to the phone line",
            "I'd rather drink poison than ring your phone line at 8am again",
            false,
        ),
        (
            "no food or drink for days, diabetic",
            "no eat no drink 3 days, very weak, diabetes",
            true,
        ),
        (
            "told not to eat or drink before a scan",
            "I was told not to eat or drink for 2 days before my scan and then it was cancelled",
            false,
        ),
        (
            "bleach splashed in an eye",
            "My eye got splashed with bleach at work and I can't open it",
            true,
        ),
        (
            "eyes stung by a bleach smell",
            "My eyes were stinging from the bleach smell in the toilets",
            false,
        ),
        (
            "no way forward any more",
            "I can't see any way forward anymore",
            true,
        ),
        (
            "no way forward without a referral",
            "I can't see any way forward with my back pain without a physio referral",
            false,
        ),
        (
            "the world better without me",
            "I think the world would be better without me in it",
            true,
        ),
        (
            "receptionists happier without my calls",
            "The receptionists would be happier without me ringing every day, but I need my results",
            false,
        ),
        (
            "nobody would notice if I disappeared",
            "Nobody would notice if I disappeared",
            true,
        ),
        (
            "driving hoping to crash",
            "I keep driving fast hoping I crash",
            true,
        ),
        (
            "hoping not to crash on drowsy tablets",
            "I hope I don't crash the car on the way home, these new tablets make me drowsy",
            false,
        ),
        (
            "a black eye from a partner",
            "I've got a black eye from my partner and he's waiting in the car",
            true,
        ),
        (
            "a father trying to take his son, violent",
            "my son's dad turned up drunk and tried to take him, he's got a history of violence",
            true,
        ),
        (
            "a nurse trying to take blood",
            "The nurse tried to take her blood three times and gave up",
            false,
        ),
        (
            "hiding from a husband",
            "I'm hiding from my husband, he's looking for me",
            true,
        ),
        (
            "death threats from an ex",
            "my ex has been sending me death threats",
            true,
        ),
        (
            "not fed by a father's girlfriend",
            "my dad's girlfriend makes me stay in my room and doesn't feed me",
            true,
        ),
        (
            "an old woman bullied into signing",
            "my elderly mum's neighbour has been bullying her into signing things",
            true,
        ),
        (
            "made to work for nothing",
            "my brother is being kept in a house and made to work for nothing",
            true,
        ),
        ("scared for one's life", "I'm scared for my life", true),
        (
            "scared for one's life at 8am, joking",
            "I'm scared for my life every time I have to ring at 8am, it's a nightmare, joke",
            false,
        ),
        (
            "a boy beaten up by his mum's boyfriend",
            "My son's friend is staying with us because his mum's boyfriend beat him up",
            true,
        ),
        (
            "beaten up by the system",
            "I've been beaten up by the system, three months to get a referral",
            false,
        ),
        (
            "an old man living in filth",
            "My elderly father is living in filth and hasn't eaten properly in weeks",
            true,
        ),
        (
            "a waiting room like living in filth",
            "The waiting room is like living in filth, clean it please",
            false,
        ),
        (
            "drugged by a carer",
            "I think my nan is being drugged by her carer, she's always so sleepy when he's there",
            true,
        ),
        (
            "neglected by a surgery",
            "I feel like I'm being neglected by this surgery, nobody ever calls back",
            false,
        ),
        (
            "starved as a punishment",
            "my stepmum starves me as a punishment",
            true,
        ),
        (
            "made to sleep in the garden",
            "He made me sleep in the garden last night",
            true,
        ),
        (
            "insulin stopped on purpose",
            "My mum says she's a burden and has stopped taking her insulin on purpose",
            true,
        ),
        (
            "statins stopped for side effects",
            "I stopped taking my statins on purpose because of the side effects, please review",
            false,
        ),
        (
            "drinking to lose the baby",
            "I'm pregnant and I've been drinking heavily because I want to lose the baby",
            true,
        ),
        (
            "wanting to lose the baby weight",
            "I want to lose the baby weight, is there a dietitian",
            false,
        ),
        (
            "a burst appendix",
            "I think my appendix has burst, the pain is unreal and I've got a temperature",
            true,
        ),
        (
            "chest pains now, with a history",
            "I'm having chest pains and I've got a history of heart problems",
            true,
        ),
        (
            "a history of chest pain, a referral lost",
            "I have a history of chest pain and the cardiology referral has been lost twice",
            false,
        ),
        (
            "planned how to do it",
            "I've been having flashbacks and I've planned how I'll do it",
            true,
        ),
        (
            "planned how to do all the forms",
            "I planned how I'd do it all, the forms, the photos, the ID, and you still lost my registration",
            false,
        ),
        (
            "a photo of the house with a knife",
            "my ex has sent me a photo of my house with a knife emoji",
            true,
        ),
        (
            "a neighbour screaming help",
            "my neighbour is screaming help and there's banging",
            true,
        ),
        (
            "a neighbour shouting for help with shopping",
            "My neighbour was shouting for help with her shopping and your receptionist just watched",
            false,
        ),
        (
            "a rash, a fever and freezing hands and feet",
            "she has a rash, a temperature and her hands and feet are freezing",
            true,
        ),
        (
            "cold hands and feet in a cold room",
            "The waiting room is so cold my hands and feet are freezing, please turn the heating up",
            false,
        ),
        (
            "a belly hard as a rock",
            "I've been in agony with my stomach all night and now my belly is hard as a rock",
            true,
        ),
        (
            "a stiff jaw after a rusty nail",
            "I stood on a rusty nail and now my jaw feels stiff",
            true,
        ),
        (
            "followed home, and he knows where I live",
            "I'm being followed home by a man every night and he knows where I live",
            true,
        ),
        (
            "a pharmacy that knows the address",
            "The pharmacy knows where I live but still sends my meds to the old address",
            false,
        ),
        (
            "a child told not to tell",
            "My daughter told me her teacher sends her pictures and tells her not to tell",
            true,
        ),
        (
            "a nurse told not to tell a carer",
            "The nurse told him not to tell me about his results, which I found odd as I'm his carer",
            false,
        ),
        (
            "the telly talking to me",
            "I haven't slept for four days, I think people on the telly are talking to me",
            true,
        ),
        (
            "nearly had a heart attack at the queue",
            "I nearly had a heart attack when I saw how long the queue was",
            false,
        ),
        (
            "almost had a stroke reading a letter",
            "I almost had a stroke reading the letter you sent, it was so confusing",
            false,
        ),
        (
            "a stroke nearly had, and happening again now",
            "I nearly had a stroke last week, my face dropped and my arm went weak, and it's happening again now",
            true,
        ),
        (
            "the surgery making one want to jump off a cliff",
            "This surgery makes me want to jump off a cliff, the admin is so bad",
            false,
        ),
        (
            "low mood making one want to jump",
            "My depression makes me want to jump off the roof",
            true,
        ),
        (
            "rather jump off a bridge than use the app",
            "I'd rather jump off a bridge than use your online booking again",
            false,
        ),
        (
            "rather jump off a bridge than live like this",
            "I'd rather jump off a bridge than live like this any longer",
            true,
        ),
        (
            "a plea for help against a killer",
            "help me hes going to kill me",
            true,
        ),
        (
            "a plea to understand a charge",
            "Please help me understand why he's going to charge me for a letter",
            false,
        ),
        (
            "thoughts of ending things",
            "I've been having thoughts of ending things and I don't know who to tell",
            true,
        ),
        (
            "thinking of ending things with a practice",
            "I'm thinking about ending things with this practice and moving to the one in town",
            false,
        ),
        (
            "a leg gone cold and white",
            "my leg has gone cold and white and really painful",
            true,
        ),
        (
            "hands cold and white every winter",
            "My hands go cold and white every winter and I've never been referred for my Raynaud's",
            false,
        ),
        (
            "can't pee at all, belly swollen",
            "I can't pee at all and my belly is swollen and sore",
            true,
        ),
        (
            "can't pee in small sample pots",
            "I can't pee at all in those tiny sample pots, can you provide bigger ones",
            false,
        ),
        (
            "a sugar reading of HI with sickness",
            "I have diabetes and my sugar reading says HI and I'm being sick",
            true,
        ),
        (
            "a faulty meter that says HI",
            "My glucose meter says HI sometimes when it's faulty, can I get a new one",
            false,
        ),
        (
            "something taken at a party, still confused",
            "My friend took something at a party last night and is still not making sense and twitching",
            true,
        ),
        (
            "a hip at a funny angle after a fall",
            "My mum has fallen at home and her hip is at a funny angle, she can't get up",
            true,
        ),
        (
            "letters written to the family",
            "i've written letters to my family",
            true,
        ),
        (
            "letters written to the practice manager",
            "I've written letters to the practice manager about my mum's care and had no reply",
            false,
        ),
        (
            "going home to finish it",
            "i'm going to go home and finish it",
            true,
        ),
        (
            "needing it all to stop",
            "I just need it all to stop, I've got the tablets in my bag",
            true,
        ),
        (
            "needing prescription mistakes to stop",
            "I need it all to stop going wrong with my prescriptions, three months in a row",
            false,
        ),
        (
            "a friend posting sorry for everything",
            "I'm worried about my mate, she's gone quiet and posted that she's sorry for everything",
            true,
        ),
        (
            "a manager's apology for everything",
            "She messaged to say sorry for everything that went wrong with my referral, that was kind",
            false,
        ),
        (
            "an elephant on the chest, sweating",
            "feel like there's an elephant on me and I'm sweating buckets",
            true,
        ),
        (
            "a headache and flashing lights late in pregnancy",
            "I'm 29 weeks and I've got a headache that won't go, flashing lights and my feet have swollen loads",
            true,
        ),
        (
            "threatened with losing the children",
            "My husband says he'll take the kids and I'll never see them if I tell anyone what he does",
            true,
        ),
        (
            "someone outside saying they'll stab staff",
            "Someone outside keeps saying he's going to stab the receptionist",
            true,
        ),
        (
            "a threat to burn the house down with her in it",
            "My ex keeps turning up at my work and says he'll burn the house down with me in it",
            true,
        ),
        (
            "an older person left soiled",
            "My mum with dementia is being left in soiled pads all day at the care home",
            true,
        ),
        (
            "a new friend taking all of an old man's money",
            "my grandad's new friend has moved in and is taking all his money",
            true,
        ),
        (
            "an agency charging for visits",
            "the agency keeps taking her money for visits that don't happen",
            false,
        ),
        (
            "never allowed to see a doctor alone",
            "I'm not allowed to see a doctor alone, my husband always comes in with me",
            true,
        ),
        (
            "not allowed two problems in one appointment",
            "I'm not allowed to book more than one problem per appointment, ridiculous",
            false,
        ),
        (
            "food poisoned by someone, believed",
            "I think someone is poisoning my food and I need to get away",
            true,
        ),
        (
            "the devil speaking of a baby",
            "the devil tells me my baby is evil",
            true,
        ),
        (
            "goodbyes said to children",
            "I said goodbye to my kids this morning",
            true,
        ),
        (
            "goodbye to a retiring family doctor",
            "I said goodbye to my family doctor of 30 years when he retired",
            false,
        ),
        (
            "a child with an adult partner",
            "my daughter's boyfriend is 28 and she is 14",
            true,
        ),
        (
            "a baby's age in weeks beside a partner's",
            "My girlfriend is 28 and we waited with our 14 week old baby for an hour",
            false,
        ),
        (
            "two teenagers of an age",
            "My son is 14 and his girlfriend is 14 and the nurse spoke to them both really kindly",
            false,
        ),
        (
            "an emergency missed years ago, no apology yet",
            "My daughter's meningitis was missed by the locum two years ago and we still have no apology",
            false,
        ),
        (
            "a survivor asking for a private room",
            "As a domestic abuse survivor I'd like a private room to talk to reception",
            false,
        ),
        (
            "asked about suicidal thoughts on forms",
            "Please stop asking about suicidal thoughts on every form, it's triggering",
            false,
        ),
        (
            "a reaction last time, not recorded",
            "Had an allergic reaction to the vaccine last time and nobody wrote it in my notes",
            false,
        ),
        (
            "a reaction last time, happening again now",
            "Last time I took these tablets my throat swelled up, and it's happening again now",
            true,
        ),
        (
            "'the last time I'll come here' after taking pills",
            "cant take any more of this, this is the last time ill be coming here",
            true,
        ),
        (
            "chest pain judged anxiety, told",
            "The doctor said my chest pain was just anxiety but didn't do an ECG, I'd like a second opinion",
            false,
        ),
        (
            "judged nothing, but the rash doesn't fade now",
            "The nurse said it was nothing but my baby's rash doesn't fade under a glass",
            true,
        ),
        (
            "a survivor with chest pain this morning",
            "I'm a cancer survivor and I've had crushing chest pain since this morning",
            true,
        ),
        (
            "about to faint, sight going dark",
            "Receptionist was nice but I think I'm going to pass out, everything's going dark",
            true,
        ),
        (
            "a power cut told of",
            "The lights went out during my appointment and everything went dark, it was a bit scary",
            false,
        ),
        (
            "sleep and not wake up, wished",
            "everyone would be better off if I just went to sleep and didn't wake up",
            true,
        ),
        (
            "slept through a morning on new tablets",
            "The new sleeping tablets are so strong I went to sleep and didn't wake up till midday",
            false,
        ),
        (
            "not waking in pain",
            "I'd hoped to sleep through and not wake up in pain, and the new tablets mean I finally do",
            false,
        ),
        (
            "a weight on the chest",
            "my chest feels like someone is standing on it",
            true,
        ),
        (
            "standing with a bad chest",
            "I had to keep standing for 40 minutes with my bad chest because there were no seats",
            false,
        ),
        (
            "double vision with trouble walking",
            "my vision went double and I can't walk straight",
            true,
        ),
        (
            "double vision from eye drops, told of",
            "My vision went double after the eye drops they prescribed, poor advice",
            false,
        ),
        (
            "shoulder tip pain early in pregnancy",
            "I'm 10 weeks pregnant and my shoulder tip hurts",
            true,
        ),
        (
            "one-sided pain in pregnancy",
            "I'm 7 weeks pregnant with really bad pain on one side",
            true,
        ),
        (
            "a wound going black",
            "the skin around my wound is going black and it smells",
            true,
        ),
        (
            "a leg ulcer healing",
            "The nurse dressing my leg ulcer is so gentle, it's finally healing",
            false,
        ),
        (
            "nothing but blood in the toilet",
            "I keep going to the bathroom and there's just blood",
            true,
        ),
        (
            "blood on the toilet floor",
            "The toilets here are filthy, there was blood on the floor last week",
            false,
        ),
        (
            "on the floor and can't get up",
            "I'm on the floor of the toilets and can't get up, please help",
            true,
        ),
        (
            "chairs low to the floor",
            "The chairs are so low to the floor that my dad can't get up without help, please get higher ones",
            false,
        ),
        (
            "a headache out of nowhere with sickness",
            "My dad's got a really bad headache that came out of nowhere and he's being sick",
            true,
        ),
        (
            "headaches out of nowhere for months",
            "Headaches out of nowhere for months now and still no referral",
            false,
        ),
        (
            "a last message",
            "I'm done, nobody cares, this is my last message",
            true,
        ),
        (
            "a last message before the ombudsman",
            "This is my last message to the practice before I go to the ombudsman",
            false,
        ),
        (
            "struggling to stay safe",
            "I'm struggling to stay safe tonight",
            true,
        ),
        (
            "patients struggling to stay safe on ice",
            "Elderly patients are struggling to stay safe on the icy path outside",
            false,
        ),
        (
            "not trusted to be alone",
            "I don't trust myself to be alone right now",
            true,
        ),
        (
            "not trusted to remember",
            "I don't trust myself to remember all the instructions, please write them down",
            false,
        ),
        (
            "a bad pain in the side with sickness",
            "I've got a really bad pain in my side, can't stand straight and I'm being sick",
            true,
        ),
        (
            "stomach pain and a sick note",
            "I have stomach pain on and off and need a sick note for work",
            false,
        ),
        (
            "a swallowed bone, and breathing hurts",
            "I swallowed a chicken bone and now it hurts to breathe",
            true,
        ),
        (
            "a reaction to something taken, shaking",
            "My friend is having a really bad reaction to something she took, she's shaking and sweating",
            true,
        ),
        (
            "a reaction last year, not recorded",
            "I had a reaction to something I took last year and it's still not on my allergy record",
            false,
        ),
        (
            "pain on one side and bleeding in pregnancy",
            "I'm pregnant and have had a really bad pain on one side and some bleeding",
            true,
        ),
        (
            "pregnant, and blood test results missing",
            "I'm pregnant and my blood test results and the pain clinic letter both went missing",
            false,
        ),
        (
            "days of diarrhoea, now confused",
            "My husband has had diarrhoea for 4 days and now he's dizzy and confused",
            true,
        ),
        (
            "barely responding",
            "My mum's not eating or drinking and is barely responding",
            true,
        ),
        (
            "a practice barely responding to emails",
            "The practice is barely responding to emails these days",
            false,
        ),
        (
            "bleach drunk",
            "My 17 year old has been drinking bleach",
            true,
        ),
        (
            "skin gone yellow with dark urine",
            "my wee is brown and my skin has gone yellow and I feel terrible",
            true,
        ),
        (
            "walls gone yellow",
            "The walls in the waiting room have gone yellow, it needs a repaint",
            false,
        ),
        (
            "not knowing a husband, suddenly",
            "My wife has been poorly with her waterworks and now she doesn't know who I am",
            true,
        ),
        (
            "a receptionist who doesn't know a patient",
            "After 20 years here the receptionist still doesn't know who I am",
            false,
        ),
        (
            "a heart going ten to the dozen",
            "My legs have gone like jelly and my heart's going ten to the dozen",
            true,
        ),
        (
            "a heart going like the clappers",
            "me heart's goin like the clappers n i feel proper faint",
            true,
        ),
        (
            "blacking out with a pacemaker",
            "My pacemaker feels like it's not working, I keep blacking out",
            true,
        ),
        (
            "a phone blacking out",
            "The phone keeps blacking out when I'm on hold",
            false,
        ),
        (
            "a pacemaker clinic letter not working out",
            "My pacemaker clinic letter is not working out, the dates clash",
            false,
        ),
        (
            "muddled and burning up",
            "My grandad's gone all muddled and his wee smells strong and he's burning up",
            true,
        ),
        (
            "an infection with uncontrolled shaking",
            "I've got a kidney infection and now I'm shaking uncontrollably and being sick",
            true,
        ),
        (
            "an infection and not making sense",
            "My nan has a chest infection and is now not making sense",
            true,
        ),
        (
            "a letter about an infection that made no sense",
            "The letter about my chest infection made no sense at all",
            false,
        ),
        (
            "a hot water bottle, and confusion about heating",
            "My hot water bottle leaked in the waiting room, confused why there's no heating",
            false,
        ),
        (
            "let's see, an idiom",
            "Let's see how brave she is when she's not behind that glass",
            false,
        ),
        ("not let out of the house", "he wont let me see her", true),
        (
            "waters coming out, in plain words",
            "i am pregnant 8 month and water come out",
            true,
        ),
        (
            "a broken water machine in pregnancy",
            "I'm 30 weeks pregnant and the water machine in the waiting room has been broken for a month",
            false,
        ),
        (
            "a low sugar and no answer",
            "my mother is very sleepy and not answer me, her sugar is low",
            true,
        ),
        (
            "a diabetic sleepy after a long wait",
            "My diabetic mum gets sleepy after the long wait and nobody offers her water",
            false,
        ),
        (
            "a child who drank cleaning liquid",
            "My boy he drink the cleaning liquid",
            true,
        ),
        (
            "medicine that tastes of cleaning fluid",
            "My son won't drink the medicine, it tastes like cleaning fluid",
            false,
        ),
        (
            "finishing one's life, in plain words",
            "I want finish my life",
            true,
        ),
        (
            "finishing a life story book",
            "I want to finish my life story book with the memory clinic but they cancelled",
            false,
        ),
        (
            "a teenager going missing overnight",
            "My 15 year old keeps going missing overnight and comes back with expensive things",
            true,
        ),
        (
            "a prescription going missing",
            "My son's prescription keeps going missing between you and the pharmacy",
            false,
        ),
        (
            "violence heard through the wall",
            "The lady next door screams most nights and I hear things being thrown, her kids are there too",
            true,
        ),
        (
            "dogs heard next door",
            "I hear the neighbours' dogs screaming next door every time I'm on hold, that's how long it takes",
            false,
        ),
        (
            "a child told to keep it secret",
            "My son's football coach messages him late at night and told him to keep it secret",
            true,
        ),
        (
            "a slot kept secret",
            "The receptionist told my mum to keep it secret that she'd been given an earlier slot",
            false,
        ),
        (
            "made to have sex",
            "I'm being made to have sex with my husband's friends",
            true,
        ),
        (
            "a child sent money",
            "Somebody keeps sending my daughter money and asking her to meet up",
            true,
        ),
        (
            "a child sent letters about money",
            "The surgery keeps sending my daughter letters about money she owes the dentist, wrong address",
            false,
        ),
        (
            "wanting it to be over",
            "My brother has stopped eating, won't leave his room and says he wants it to be over",
            true,
        ),
        (
            "wanting building work over",
            "I want it all to be over quickly, the building work in the car park is so noisy",
            false,
        ),
        (
            "a safeguarding referral",
            "My sister had to wait months for a safeguarding referral to be acknowledged",
            false,
        ),
        (
            "the night to finally do it",
            "Tonight's the night I finally do it",
            true,
        ),
        (
            "finally moving practice tonight",
            "Tonight I'll finally do it, I'll move to the practice down the road",
            false,
        ),
        (
            "walking into the sea",
            "i'm going to walk into the sea",
            true,
        ),
        (
            "walking into traffic round parked cars",
            "I had to walk into the traffic to get round the cars parked on the pavement outside",
            false,
        ),
        (
            "a knife kept for the patient",
            "My wife keeps a knife under the pillow and says it's for me",
            true,
        ),
        (
            "a stab wound now",
            "My son came home with a stab wound and won't go to A&E",
            true,
        ),
        (
            "a stab wound years ago",
            "My nan had a stab wound years ago and still gets pain, the GP never follows up",
            false,
        ),
        (
            "sickness after hitting one's head",
            "I can't stop being sick and I've got a pounding headache after hitting my head yesterday",
            true,
        ),
        (
            "pads soaked after a miscarriage",
            "I've soaked through two pads in an hour since my miscarriage",
            true,
        ),
        (
            "pads given after a miscarriage",
            "The nurse was so kind after my miscarriage, and the pads they gave me were a help",
            false,
        ),
        (
            "a headache with sight going and vomiting",
            "Headache so bad I can't see properly and I keep vomiting",
            true,
        ),
        (
            "headaches from screens",
            "I get headaches from the screens and can't see the board properly from the back of the waiting room",
            false,
        ),
        (
            "no point seen for headaches",
            "My headaches are so bad I can't see the point in ringing any more",
            false,
        ),
        (
            "people heard who aren't there",
            "I hear people talking about me who aren't there and they want me dead",
            true,
        ),
        (
            "frothy pink phlegm",
            "My husband is coughing up frothy pink stuff and can't lie flat",
            true,
        ),
        (
            "a couch one can't lie flat on",
            "The couch in the nurse's room is broken and you can't lie flat on it",
            false,
        ),
        (
            "asthma worse from damp",
            "My landlord is threatening to evict us because of the damp and my son's asthma is worse",
            false,
        ),
        (
            "a stroke imagined of people in a queue",
            "People could be having a stroke in the queue and you'd never know",
            false,
        ),
        (
            "chest pain asked about, told",
            "Your receptionist asked if my chest pain was 'really that bad' in front of everyone",
            false,
        ),
        (
            "suicidal thoughts in the past",
            "I've had suicidal thoughts in the past and the GP was dismissive when I mentioned it",
            false,
        ),
        (
            "a domestic violence helpline",
            "The domestic violence helpline number on the toilet door has been scribbled out",
            false,
        ),
        (
            "someone else's faint, on a day gone by",
            "A woman fainted in the waiting room on Tuesday and it took ages for anyone to help her",
            false,
        ),
        (
            "a reaction handled calmly",
            "The nurse was calm when my son had an allergic reaction to his vaccine, thank you",
            false,
        ),
        (
            "an overdose risk",
            "There is no way to tell you about an overdose risk with my new tablets, nobody answers",
            false,
        ),
        (
            "blood coughed since a weekday, still",
            "On Tuesday I started coughing up blood and it hasn't stopped",
            true,
        ),
        (
            "a threat made on a weekday",
            "He said on Friday he'd kill me if I went to the police",
            true,
        ),
        (
            "people disbelieving, breath short",
            "People keep telling me I'm fine but I can't breathe properly",
            true,
        ),
        (
            "dying without help",
            "If I don't get help today I could die",
            true,
        ),
        (
            "people dying without phones",
            "If you don't get help with the phones, people will die waiting",
            false,
        ),
        (
            "tablets ready to take",
            "Someone could have helped me but nobody did, and now I have tablets ready to take",
            true,
        ),
        (
            "tablets ready late",
            "My tablets were ready two days late at the pharmacy",
            false,
        ),
        (
            "chest pain imagined of someone",
            "If someone had chest pain they'd die waiting for this phone line to answer",
            false,
        ),
        (
            "a suicidal patient imagined",
            "What happens if a patient is suicidal and can't get through? Fix the phones",
            false,
        ),
        (
            "a heart attack imagined",
            "Imagine having a heart attack in that waiting room, nobody would notice",
            false,
        ),
        (
            "a threat to oneself, said with if",
            "If you don't get me an appointment today I would end my life",
            true,
        ),
        (
            "self-harm in the past, and a referral thanked for",
            "Thank you for the quick referral when my daughter was self harming, she's doing much better",
            false,
        ),
        (
            "an anaphylaxis kit",
            "Please put the anaphylaxis kit somewhere staff can reach it quickly",
            false,
        ),
        (
            "an asthma attack in the summer",
            "My son's asthma plan hasn't been updated since his attack in the summer",
            false,
        ),
        (
            "a heavy bleeding clinic",
            "Heavy bleeding clinic should be more than once a month, women are suffering",
            false,
        ),
        (
            "not suicidal",
            "I'm not suicidal but the way I was spoken to made me feel worthless",
            false,
        ),
        (
            "wanting everything to end",
            "cant stop crying and i just want everything to end",
            true,
        ),
        (
            "wanting everything to end up in one place",
            "I want everything to end up in one place, the app and the phone line",
            false,
        ),
        (
            "ending it, thought about in text-speak",
            "ngl ive been thinking bout ending it",
            true,
        ),
        (
            "twenty of someone else's pills",
            "i took like 20 of my mums pills",
            true,
        ),
        (
            "twenty minutes, then pills",
            "I took 20 minutes of my lunch break to queue for my pills",
            false,
        ),
        (
            "a threat of stabbing, said again and again",
            "someone at school keeps saying they'll stab me",
            true,
        ),
        (
            "spit that can't be swallowed",
            "I have a really sore throat and can't swallow my own spit and can barely open my mouth",
            true,
        ),
        (
            "an idea that can't be swallowed",
            "I can't swallow the idea that there are no appointments for three weeks",
            false,
        ),
        ("hit by a car", "My son has been hit by a car outside", true),
        (
            "hit by a car park charge",
            "Hit by a car park charge of £5, ridiculous for a surgery",
            false,
        ),
        (
            "hit by a car last year",
            "My son was hit by a car last year and the physio referral still hasn't come",
            false,
        ),
        (
            "a mouth gone to one side, in plain words",
            "my father mouth go to one side and he talk strange",
            true,
        ),
        (
            "the side door in the rain",
            "I had to go to the side door and my face was soaked from the rain",
            false,
        ),
        (
            "a kill threat if told, in plain words",
            "husband hit me and say he kill me if I tell",
            true,
        ),
        (
            "hurt feelings",
            "They said they'd hurt my feelings if I told the truth, it was a joke but not funny",
            false,
        ),
        (
            "pills taken to die, in plain words",
            "I drink many pills for die",
            true,
        ),
        (
            "too many pills to count",
            "I take too many pills to count and nobody reviews them",
            false,
        ),
        (
            "a hot child shaking and silent",
            "my small son very hot, he shaking and not talk to me",
            true,
        ),
        (
            "a hot room and a child not happy",
            "The waiting room was so hot my daughter was not happy and I was shaking with anger",
            false,
        ),
        (
            "a fast heart and falls",
            "i feel my heart beat very fast and i fall down two times today",
            true,
        ),
        (
            "a heart beating fast from a rude doctor",
            "My heart beat fast all through the appointment because the doctor was so rude",
            false,
        ),
        (
            "a face down on one side, in plain words",
            "My husband he fall and now he not speak, one side of face is down",
            true,
        ),
        (
            "one side of a car park",
            "One side of the car park is always flooded, please sort the drain",
            false,
        ),
        (
            "a hot baby not waking",
            "Baby very hot and not wake up, please help",
            true,
        ),
        (
            "a mother who sleeps through meals",
            "My mum sleeps all day and doesn't wake up for meals, we need a visit",
            false,
        ),
        (
            "can't wake up early for appointments",
            "My son can't wake up early enough for the school-time appointments",
            false,
        ),
        (
            "bleeding far before the word pregnant",
            "I am bleeding very much from my private and I am pregnant 5 month",
            true,
        ),
        (
            "a child who ate many tablets, in plain words",
            "My son eat many tablets of his grandmother",
            true,
        ),
        (
            "a child who won't eat tablets",
            "My son won't eat the chewable tablets, can we get liquid",
            false,
        ),
        (
            "a child touched by a teacher",
            "my daughter she say her teacher touch her",
            true,
        ),
        (
            "a child not touched by the doctor",
            "The doctor didn't even touch my son, he just looked at him from across the room",
            false,
        ),
        (
            "a form not touched",
            "My daughter says the man at the desk wouldn't touch the form she'd filled in because of covid",
            false,
        ),
        (
            "headache and swelling at 28 weeks",
            "I'm 28 weeks and I've got a terrible headache and my face and hands have swollen",
            true,
        ),
        (
            "weeks of headaches, and swelling",
            "Weeks of headaches and now my ankles are swollen and still no appointment for months",
            false,
        ),
        (
            "made to feel safe",
            "The driver made me comfortable and safe, he was respectful and I never felt anything but relaxed",
            false,
        ),
        (
            "staff about to collapse from exhaustion",
            "Staff look like they're about to collapse from exhaustion",
            false,
        ),
        (
            "feeling about to collapse",
            "I feel like I'm going to collapse",
            true,
        ),
        (
            "a few words between breaths",
            "i can only say a few words before i need a breath",
            true,
        ),
        (
            "a few words before being cut off",
            "I can only say a few words to the receptionist before she cuts me off",
            false,
        ),
        (
            "a knife to be used on oneself",
            "I have a knife and I keep thinking of using it on myself",
            true,
        ),
        (
            "an app used on oneself",
            "The app is fiddly, I keep using it on myself and my mum's account by mistake",
            false,
        ),
        (
            "a voice telling punishment",
            "I hear a voice telling me I need to punish myself",
            true,
        ),
        (
            "a child hit with a belt",
            "my little brother gets hit with a belt at home",
            true,
        ),
        (
            "hit with a bill",
            "I was hit with a bill for a letter I didn't ask for",
            false,
        ),
        (
            "hit with the ugly stick, an insult and no danger",
            "she must have been hit with the ugly stick",
            false,
        ),
        (
            "threatened with a stabbing",
            "I'm a nurse here and a patient just threatened to stab me",
            true,
        ),
        (
            "threatened with a report",
            "He threatened to report me for being late, which was uncalled for",
            false,
        ),
        (
            "an adrenaline pen taught",
            "The nurse taught my son how to use his epipen so patiently",
            false,
        ),
        (
            "an adrenaline pen just used",
            "I used my epipen 10 minutes ago",
            true,
        ),
        (
            "wanting to join the dead",
            "My grandad keeps saying he wants to join my nan and has stopped taking his meds",
            true,
        ),
        (
            "wanting to join a relative's practice",
            "My husband wants to join my practice but the form is impossible to find",
            false,
        ),
        (
            "a child lured into a flat",
            "The man next door keeps trying to get my 12 year old into his flat",
            true,
        ),
        (
            "a child moved into a slot",
            "The receptionist kept trying to get my son into the 4pm slot when I said we can't do it",
            false,
        ),
        (
            "run away, nowhere to sleep",
            "I've run away from home because of my dad and have nowhere to sleep tonight",
            true,
        ),
        (
            "nowhere to park",
            "I have nowhere to park when I come for bloods",
            false,
        ),
        (
            "a child sent sexual messages",
            "Someone at school is sending my son sexual messages asking for photos",
            true,
        ),
        (
            "sexual health advice for a child",
            "The nurse gave my daughter good advice about sexual health and was so kind",
            false,
        ),
        (
            "a fall, then not waking",
            "my wife she is fall down and not wake up",
            true,
        ),
        (
            "a fall, and no wake-up call",
            "I fell asleep in the waiting room and nobody woke me for my appointment",
            false,
        ),
        (
            "an arm bent funny after a fall",
            "my boy fell off the trampoline and his arm is bent funny and he's gone pale",
            true,
        ),
        (
            "a knee twisted since an operation",
            "My knee is twisted funny since the op and physio is 12 weeks away",
            false,
        ),
        (
            "a terrible pain in the head with sickness",
            "husband has terrible pain in head, never had like this, and is being sick",
            true,
        ),
        (
            "a head cold with sickness, for a week",
            "I had a bad head cold and felt sick for a week and couldn't get an appointment",
            false,
        ),
        (
            "things heard telling harm",
            "I'm hearing things telling me to hurt my kids",
            true,
        ),
        (
            "rumours heard",
            "I keep hearing things about the surgery closing, please tell patients what's happening",
            false,
        ),
        (
            "a teenager made to do things",
            "Im 16 and my boyfriend is 28 and he makes me do things i dont want",
            true,
        ),
        (
            "reception making one use the app",
            "Reception makes me do things online I don't want to, like the app",
            false,
        ),
        (
            "a heart felt about to stop",
            "I feel like my heart is going to stop",
            true,
        ),
        (
            "a heart stopped by frustration",
            "Feel like my heart will stop with frustration at the phone line",
            false,
        ),
        (
            "something taken, and drowsy",
            "I think my daughter has taken something, she's really drowsy",
            true,
        ),
        (
            "a hay fever remedy that made one drowsy",
            "I took something for my hay fever from the pharmacist and it made me drowsy, can the GP review it",
            false,
        ),
        (
            "an ex stalking, armed",
            "my ex is stalking me and turned up at my work with a knife",
            true,
        ),
        (
            "a high sugar with sickness",
            "I'm diabetic and my sugars are really high and I'm being sick",
            true,
        ),
        (
            "a high sugar in the past, told",
            "My sugars were high last year and the nurse sorted my tablets",
            false,
        ),
        (
            "thanks for getting a relative into hospital",
            "Thank you for getting my mum into hospital so quickly when she had sepsis",
            false,
        ),
        ("breathe misspelt", "cant breeve", true),
        ("paracetamol misspelt", "ive took 20 paracetemol", true),
        (
            "a face gone funny on one side, in text-speak",
            "face gone funny on 1 side n cant talk proper",
            true,
        ),
        (
            "a face gone funny colours from a cream",
            "My face went funny colours after the new cream, nobody called back",
            false,
        ),
        (
            "a man outside threatening the staff now",
            "There is a man outside shouting that he'll hurt the staff",
            true,
        ),
        (
            "a man who shouted at reception, told",
            "A man in the waiting room was shouting at reception and it scared my kids",
            false,
        ),
        (
            "yelling that it wouldn't hurt to wait",
            "The person on reception was yelling that it wouldn't hurt to wait",
            false,
        ),
        (
            "in labour now",
            "I'm in labour and the baby's coming fast",
            true,
        ),
        (
            "in labour with a first child, told",
            "When I was in labour with my first the midwife was lovely, but this pregnancy the care has been patchy",
            false,
        ),
        (
            "ongoing since a past event",
            "Since my divorce last year I've been thinking about ending my life",
            true,
        ),
        (
            "praise since a past event",
            "Since my heart attack in 2020 the practice has been brilliant with my follow ups",
            false,
        ),
        (
            "praise since an overdose",
            "Since my overdose last year the mental health team have been amazing, thank you",
            false,
        ),
        (
            "a wish to disappear now",
            "After my mum died I stopped eating and I want to disappear",
            true,
        ),
        (
            "a baby who has hardly moved",
            "When I was pregnant last time the baby moved loads, this time she's hardly moved today",
            true,
        ),
        (
            "a violent partner outside the house now",
            "My partner was arrested last month for hitting me and he's been released and is outside my house",
            true,
        ),
        (
            "care given since, then none",
            "My husband was rushed to hospital with a stroke in May and the surgery has not contacted us since",
            false,
        ),
        (
            "someone who died of it",
            "My dad died of a heart attack after being told it was indigestion, please train your staff",
            false,
        ),
        (
            "died, and wanting to die now",
            "My husband died in March and I want to die too",
            true,
        ),
        (
            "in my twenties, still on my record",
            "I had suicidal thoughts in my twenties and it's still on my record, which makes doctors treat me differently",
            false,
        ),
        (
            "a chest pain clinic letter",
            "The chest pain clinic letter took 6 weeks to arrive",
            false,
        ),
        (
            "an attack handled well",
            "My son's asthma attack last week was handled well by 111 but the surgery never followed up",
            false,
        ),
        (
            "after my heart attack, a referral lost",
            "After my heart attack the cardiac rehab referral got lost",
            false,
        ),
        (
            "do something stupid",
            "if I don't get my meds today I'll do something stupid",
            true,
        ),
        (
            "do something silly like forget",
            "I might do something silly like forget my appointment if you don't text reminders",
            false,
        ),
        ("the end of my rope", "I'm at the end of my rope", true),
        (
            "the end of my tether",
            "I'm at the end of my tether with the phones",
            false,
        ),
        (
            "scared of what I'll do",
            "i'm at breaking point and scared of what I'll do",
            true,
        ),
        (
            "scared of what the doctor would say",
            "I was scared of what I'd hear from the doctor so I put off coming",
            false,
        ),
        (
            "palpitations and about to faint",
            "My heart is fluttering and jumping and I feel like I'm going to faint",
            true,
        ),
        (
            "about to faint at the parking charges",
            "I feel like I'm going to faint every time I see the car park charges",
            false,
        ),
        (
            "sight lost in an eye",
            "I can't see properly out of my right eye since this morning and my head is pounding",
            true,
        ),
        (
            "can't see the screen",
            "I can't see the screen that calls your name from where the chairs are, and my eyes aren't great",
            false,
        ),
        (
            "eye drops that blur",
            "I couldn't see out of my eye after the drops and nobody warned me I shouldn't drive",
            false,
        ),
        ("suicidal misspelt", "i feel sucidal", true),
        ("kill misspelt", "im gonna kil myself", true),
        ("overdose misspelt", "i took an overdoes last night", true),
        (
            "overdoes, the verb",
            "My husband overdoes it at the gym and then can't get an appointment for his back",
            false,
        ),
        (
            "topping myself (UK slang)",
            "thinkin of topping myself",
            true,
        ),
        (
            "topping myself up with fluids",
            "I have to top myself up with fluids at home because the drip clinic closed",
            false,
        ),
        (
            "a baby not moving, misspelt",
            "baby not moveing today im 35 weeks",
            true,
        ),
        (
            "what's the point anymore",
            "What's the point anymore, nobody cares",
            true,
        ),
        (
            "the point of a form",
            "Honestly what's the point anymore in having a triage form if nobody reads it",
            false,
        ),
        (
            "going to take them all tonight",
            "I have the pills in my bag and I'm going to take them all tonight",
            true,
        ),
        (
            "taking tablets back to the pharmacy",
            "I'm going to take them all back to the pharmacy, they gave me the wrong tablets",
            false,
        ),
        (
            "taking them all at once as told",
            "The doctor said to take them all at once in the morning but the label says twice a day",
            false,
        ),
        (
            "disappear for good",
            "I wish I could just disappear for good",
            true,
        ),
        (
            "off a waiting list for good",
            "I'd love to disappear for good from this waiting list, it's been a year",
            false,
        ),
        (
            "messages through the TV",
            "My wife hasn't slept in 4 days and is saying God is talking to her through the TV",
            true,
        ),
        (
            "a self harm support worker",
            "The self harm support worker left and wasn't replaced",
            false,
        ),
        (
            "bruises she won't explain",
            "My friend's husband checks her phone and she has bruises she won't explain",
            true,
        ),
        (
            "bruises from a blood test",
            "I bruise really easily and the nurse left a huge bruise taking blood",
            false,
        ),
        (
            "kept from friends and money",
            "I'm not allowed to see my friends or have my own bank card",
            true,
        ),
        (
            "not allowed to see the same GP",
            "I'm not allowed to see my own GP anymore, it's always someone new",
            false,
        ),
        (
            "a child with men in cars and new phones",
            "My 14 year old keeps going off with men in cars and coming back with new phones",
            true,
        ),
        (
            "a child's phone taken by another kid",
            "My daughter is 13 and got her new phone taken off her in the waiting room by another kid",
            false,
        ),
        (
            "scared of a son",
            "My elderly neighbour's son shouts at her and she's scared of him, she's got bruises",
            true,
        ),
        (
            "scared of the locum",
            "I'm scared of him, the locum, he was so rough with my daughter",
            false,
        ),
        (
            "a partner scared of the dentist",
            "My boyfriend is scared of the dentist too and you don't offer sedation",
            false,
        ),
        (
            "children left alone for days",
            "The kids next door are left on their own for days",
            true,
        ),
        (
            "kept from food",
            "my husband won't let me eat unless he says so",
            true,
        ),
        (
            "not safe at home",
            "I'm sleeping in my car because it's not safe at home",
            true,
        ),
        (
            "not safe on a dark path",
            "I don't feel safe walking to the surgery at night, the path has no lights",
            false,
        ),
        (
            "a partner careful about a diet",
            "My husband is a bit controlling about my diet since the diabetes diagnosis, can the nurse speak to us both?",
            false,
        ),
        (
            "shaking with anger at the diabetic nurse's lateness",
            "The diabetic nurse is always running late, I was shaking with anger by the time I went in",
            false,
        ),
        (
            "a clinic fitting everyone in",
            "The new baby clinic is fitting everyone in at once, too crowded",
            false,
        ),
        (
            "a bone in an x-ray",
            "The nurse said the bone was sticking out slightly in the x-ray but nobody followed up for 6 weeks",
            false,
        ),
        (
            "a rail bent the wrong way",
            "It's bent the wrong way, the ramp rail, someone will get hurt",
            false,
        ),
        (
            "a long lie after a fall",
            "my mum is 89 and has been on the floor since last night, she can't get up",
            true,
        ),
        (
            "a low blood sugar",
            "My husband has diabetes and he's gone all sweaty and confused and won't eat",
            true,
        ),
        (
            "weak and unable to stand",
            "i got a lump on my neck its bleeding and i feel very weak, cant stand up",
            true,
        ),
        (
            "unable to stand for long in a queue",
            "I get dizzy and can't stand for long in the queue at reception",
            false,
        ),
        (
            "a broken arm",
            "My boy fell off the trampoline and his arm is bent the wrong way",
            true,
        ),
        (
            "a fit that won't stop",
            "She's fitting and won't stop",
            true,
        ),
        (
            "a coil fitting",
            "My coil fitting was rushed and painful",
            false,
        ),
        (
            "black stools and faint",
            "my poo is black and sticky and I feel faint",
            true,
        ),
        (
            "a belly pain with a fever",
            "I've got a really bad pain in my tummy on the right side and a fever",
            true,
        ),
        (
            "a stroke while waiting for an ambulance, told after",
            "Waited 3 hours whilst my dad was having a stroke",
            false,
        ),
        (
            "how someone looks, not what they feel",
            "Reception staff look like they want to die, they need more help",
            false,
        ),
        (
            "choking back tears",
            "I was choking back tears in the waiting room because nobody explained anything",
            false,
        ),
        (
            "a child choking",
            "my son is choking on a grape and going blue",
            true,
        ),
        (
            "make it all stop",
            "Tonight I'm going to make it all stop",
            true,
        ),
        (
            "made to work for no money",
            "I'm being made to work for no money and live in the shop",
            true,
        ),
        (
            "the dead calling them to join",
            "I'm hearing my dead mum telling me to join her",
            true,
        ),
        (
            "headache, sick and a stiff neck",
            "I've had a headache for two days and now I'm being sick and my neck is stiff",
            true,
        ),
        (
            "banging my head against a brick wall",
            "I feel like I'm banging my head against a brick wall with this surgery",
            false,
        ),
        (
            "a carer taking an old person's money",
            "My elderly mum's carer has been taking her money and shouting at her",
            true,
        ),
        (
            "a carer taking a prescription is help",
            "The carer from the agency took my mum's prescription to the wrong pharmacy",
            false,
        ),
        (
            "fever and feeling about to die (sepsis)",
            "I've had a high temperature and I feel like I'm going to die, I've never felt this ill",
            true,
        ),
        (
            "felt about to die while waiting, told after",
            "I felt like I was going to die waiting three hours in that room",
            false,
        ),
        (
            "doing well now",
            "Thank you for treating my husband's stroke so quickly last year, he's doing well now",
            false,
        ),
        (
            "told the nurse, who helped",
            "When I told the nurse I'd been having dark thoughts she was so kind and got me help the same day",
            false,
        ),
        (
            "an overdose review is a service",
            "Waiting 3 weeks for my overdose review appointment with the mental health team is too long",
            false,
        ),
        (
            "still annoyed about it",
            "I had chest pain in 2021 and was sent home, still annoyed about it",
            false,
        ),
        (
            "'see no point', said alone",
            "I don't know how much longer I can keep going like this, I'm exhausted and I see no point",
            true,
        ),
        (
            "no point in the online form",
            "I see no point in the online form if nobody reads it",
            false,
        ),
        (
            "vodka and a load of pills",
            "my friend took a bottle of vodka and a load of pills and isn't answering her phone",
            true,
        ),
        (
            "a load of pills collected",
            "I took my dad to collect a load of pills and the pharmacy had lost half of them",
            false,
        ),
        (
            "a blood test that hurt",
            "The lady who does the bloods hurt me, maybe she was having an off day",
            false,
        ),
        (
            "a nurse who hurt me taking bloods",
            "the nurse hurt me when she took my bloods",
            false,
        ),
        (
            "a husband who hurt me",
            "my husband hurt me last night",
            true,
        ),
        (
            "a baby who swallowed a coin",
            "I think my baby has swallowed a coin, he's coughing and drooling",
            true,
        ),
        (
            "the heart racing, written with an 's",
            "my heart's racing and I feel faint",
            true,
        ),
        (
            "a girl to be cut abroad (FGM)",
            "My niece is going abroad this summer to be cut, please help",
            true,
        ),
        (
            "an FGM leaflet",
            "The FGM leaflet in the waiting room is only in English",
            false,
        ),
        (
            "a girl picked up by older men",
            "There's a girl at my daughter's school being picked up by older men in cars every day",
            true,
        ),
        (
            "permission to leave the house",
            "I have to ask my partner permission to leave the house",
            true,
        ),
        (
            "children left hungry",
            "The kids next door are always left hungry and dirty and the parents are drunk",
            true,
        ),
        (
            "children left in the car for two minutes",
            "We left the kids alone in the car for two minutes to run in for a prescription",
            false,
        ),
        (
            "an ex turning up and threatening",
            "My ex keeps turning up at my house at night and threatening me",
            true,
        ),
        (
            "a forced marriage",
            "I'm being forced to marry someone next month",
            true,
        ),
        (
            "a boy's bruises from football",
            "My son has bruises from football and the nurse asked lots of questions, which I understand",
            false,
        ),
        (
            "a toddler who bruises easily",
            "My toddler bruises easily and the blood test for clotting took a month to arrange",
            false,
        ),
        (
            "a friend's bruises from his dad",
            "My son's friend has bruises on his neck and says his dad did it",
            true,
        ),
        (
            "'a better place without me'",
            "The world would be a better place without me in it",
            true,
        ),
        (
            "crashing my car, thought about",
            "I keep thinking about crashing my car on the motorway",
            true,
        ),
        (
            "everything to stop, permanently",
            "i just want everything to stop, permanently",
            true,
        ),
        (
            "not waking up, wished",
            "Nobody would care if I didn't wake up tomorrow",
            true,
        ),
        (
            "not waking up early enough",
            "If I don't wake up early enough I can't get an appointment at 8",
            false,
        ),
        (
            "'ending things'",
            "I feel like ending things and I've got a plan",
            true,
        ),
        (
            "arms cut",
            "I cut my arms last night to feel something",
            true,
        ),
        (
            "an arm cut on a door",
            "I cut my arm on the broken door handle and nobody had a plaster",
            false,
        ),
        (
            "wanting to disappear for good",
            "I want to disappear and never come back",
            true,
        ),
        (
            "letters that disappear",
            "Letters disappear and never come back, I've sent three",
            false,
        ),
        (
            "'a suicide mission' to park",
            "Trying to park here is a suicide mission",
            false,
        ),
        (
            "can't breathe in a stuffy room",
            "You can't breathe in the waiting room, it's so stuffy, please open a window",
            false,
        ),
        (
            "a choking hazard",
            "The toys in the play corner are a choking hazard, some are tiny",
            false,
        ),
        (
            "'gave me a heart attack'",
            "The doctor gave me a heart attack telling me my cholesterol, but it was only slightly high",
            false,
        ),
        (
            "a child choking now",
            "my son is choking on a grape and can't breathe",
            true,
        ),
        (
            "a nurse who hit the vein first time",
            "The nurse hit the vein first time, what a pro",
            false,
        ),
        (
            "a partner who hit me",
            "My boyfriend hit me last night and I'm scared to go home",
            true,
        ),
        (
            "bladder control lost with back trouble (cauda equina)",
            "I've lost feeling between my legs and can't control my bladder since my back went",
            true,
        ),
        (
            "bladder control, a long-standing problem",
            "I can't control my bladder since having my kids and the continence referral has taken months",
            false,
        ),
        (
            "a scald that blisters",
            "my little girl spilt boiling water on her arm and it's blistering badly",
            true,
        ),
        (
            "a waiting room that is boiling",
            "Boiling in the waiting room, the heating is on full blast",
            false,
        ),
        (
            "the worst pain of one's life, now",
            "i've got the worst pain of my life in my tummy and its rigid",
            true,
        ),
        (
            "the worst pain of one's life, last year",
            "I had the worst pain of my life with my kidney stone last year and the follow up was great",
            false,
        ),
        (
            "a thick tongue after new tablets",
            "My tongue and throat feel thick after the new tablets",
            true,
        ),
        (
            "a throat tight with nerves",
            "My throat felt tight when I had to explain my problem in front of everyone at the desk",
            false,
        ),
        (
            "someone living alone, not seen for days",
            "Please can someone check on my neighbour, he's 89, lives alone and nobody has seen him for four days",
            true,
        ),
        (
            "a mother living alone who hasn't seen a doctor",
            "My mum lives alone and hasn't seen a doctor in person for two years",
            false,
        ),
        (
            "stepping in front of a lorry",
            "Can't stop thinking about stepping in front of a lorry",
            true,
        ),
        (
            "walking in front of cars for want of a pavement",
            "I had to walk in front of the cars at the entrance because there's no pavement",
            false,
        ),
        (
            "no light at the end of the tunnel, for oneself",
            "there's no light at the end of the tunnel for me anymore",
            true,
        ),
        (
            "done trying, said alone",
            "I've got nothing left to give and I'm done trying",
            true,
        ),
        (
            "done trying with the app",
            "I'm done trying with the app, I'll phone instead",
            false,
        ),
        (
            "scared of what one might do to oneself",
            "I'm scared of what I might do to myself",
            true,
        ),
        (
            "ending it, said alone",
            "If the doctor won't help me today I'm ending it",
            true,
        ),
        (
            "ending it with the practice",
            "I'm ending it with this practice and registering elsewhere",
            false,
        ),
        (
            "tablets lined up at home",
            "I have the tablets lined up at home",
            true,
        ),
        (
            "sleep forever, wished",
            "it's all too much, I want to fall asleep forever",
            true,
        ),
        (
            "sleep forever, after a night shift",
            "I could sleep forever after the night shift",
            false,
        ),
        (
            "not taking kindly to being fobbed off is no wish to be gone",
            "Some people round here don't take kindly to being fobbed off",
            false,
        ),
        (
            "dying of embarrassment, a figure of speech",
            "I wanted to die of embarrassment when my name was read out",
            false,
        ),
        ("wanting to die, in text-speak", "i want 2 die", true),
        ("an overdose, in text-speak", "i took an od last nite", true),
        (
            "joining a dead parent in heaven",
            "she keeps talking about joining dad in heaven",
            true,
        ),
        (
            "nearly fainting at a blood test",
            "I nearly fainted when the nurse took my bloods",
            false,
        ),
        (
            "not wanting to be here, at 8am",
            "I've had enough of the phone queue, I don't want to be here at 8am every day",
            false,
        ),
        (
            "no future for myself",
            "I can't see any future for myself",
            true,
        ),
        (
            "no future for the practice",
            "I can't see any future for this practice if it keeps losing doctors",
            false,
        ),
        (
            "the edge of a platform",
            "Last night I stood on the edge of the platform for a long time",
            true,
        ),
        (
            "how many tablets it takes",
            "I keep googling how many paracetamol it takes",
            true,
        ),
        (
            "a blood sugar far too high, whole",
            "his sugars are 33 and he is drowsy",
            true,
        ),
        (
            "a blood sugar just low enough",
            "her sugar is 2.9 and she's shaking",
            true,
        ),
        (
            "a blood sugar just in range",
            "her sugar is 3.1 and she's fine",
            false,
        ),
        (
            "signs of sepsis",
            "My mum has signs of sepsis, she's shivering and confused",
            true,
        ),
        (
            "needing to talk about suicidal thoughts",
            "I need to talk about my suicidal thoughts with someone today",
            true,
        ),
        (
            "sugar checked after meals",
            "I check my sugar 30 minutes after meals and the nurse never looks at the diary",
            false,
        ),
        (
            "sugar a percentage",
            "My sugars are 30% higher since the new tablets",
            false,
        ),
        (
            "a blood sugar far too low",
            "My mum's sugar reading is 2.1 and she's not making sense",
            true,
        ),
        (
            "a blood sugar in range",
            "My son's sugar was 6.2 this morning, can we review his insulin",
            false,
        ),
        (
            "a leaflet on sepsis",
            "The leaflet on sepsis is helpful but should be in more languages",
            false,
        ),
        (
            "a blow to the head on warfarin",
            "I'm on warfarin and I hit my head, now I've got a bad headache",
            true,
        ),
        (
            "left in their own mess",
            "My elderly dad has been left in his own mess for days by his carers",
            true,
        ),
        (
            "jumping off a car park",
            "My sister said she's going to jump off the multistorey tonight",
            true,
        ),
        ("a cry for help on its own", "help me", true),
        (
            "a cry for help, then more",
            "Please help me. I don't know what to do any more",
            true,
        ),
        (
            "nobody would help",
            "Nobody at reception would help me",
            false,
        ),
        (
            "help with the app",
            "Can someone help me with the app, it keeps logging me out",
            false,
        ),
        (
            "not being a problem much longer",
            "I've sorted my will and written to my sister, I won't be a problem much longer",
            true,
        ),
        (
            "not a problem, moving away",
            "The surgery won't be a problem for much longer because I'm moving away",
            false,
        ),
        (
            "no point waking up",
            "I don't see the point in waking up anymore",
            true,
        ),
        (
            "no point waking early",
            "I don't see the point in waking up early to ring at 8am when there are never any slots",
            false,
        ),
        (
            "wanting to stop existing",
            "I just want to stop existing",
            true,
        ),
        (
            "breathing advice",
            "The doctor told me to stop breathing through my mouth, that's all the advice I got",
            false,
        ),
        (
            "text-speak breathing",
            "cnt breathe proply n chest tite",
            true,
        ),
        (
            "a fall, a blow to the head, then nonsense",
            "my nan fell n hit her head n now shes talkin rubbish",
            true,
        ),
        (
            "a head knocked, and signs that make no sense",
            "Knocked my head on the door frame, the signage for the step makes no sense either",
            false,
        ),
        (
            "cutting again",
            "been cutting again and its deeper this time",
            true,
        ),
        (
            "cutting corners again",
            "The practice has been cutting corners again, no nurse on Fridays",
            false,
        ),
        (
            "an overdose by count",
            "I've just taken 30 paracetamol.",
            true,
        ),
        (
            "a course of tablets",
            "I took 12 paracetamol over the week for my back.",
            false,
        ),
        ("a dose", "I've taken paracetamol for 10 days", false),
        (
            "want to be, innocently",
            "They got me back to where I wanted to be.",
            false,
        ),
        (
            "not wanting to be here",
            "I don't want to be here anymore",
            true,
        ),
        (
            "a coil fitting",
            "I was nervous about my coil fitting",
            false,
        ),
        (
            "a child with bruises",
            "My child is covered in bruises and says her dad did it.",
            true,
        ),
        (
            "a stroke in a year long past",
            "My mum had a stroke in 2019 and the follow up from the surgery was poor",
            false,
        ),
        (
            "a stroke last year, and the service still at fault",
            "My mum had a stroke last year and still can't get a home visit booked",
            false,
        ),
        (
            "an overdose last year",
            "Nobody asked how I was coping after my overdose last year, which hurt",
            false,
        ),
        (
            "thanks for care received",
            "Thanks to the doctor who spotted my wife's stroke symptoms quickly",
            false,
        ),
        (
            "the past, and now again",
            "I had a stroke two years ago and now my face is drooping again",
            true,
        ),
        (
            "thanks for nothing is not thanks",
            "Thanks for nothing, my husband is having a stroke and nobody helped",
            true,
        ),
        (
            "a story told of the past",
            "When my dad had his heart attack the GP never followed up afterwards",
            false,
        ),
        (
            "when it happens, later in the sentence",
            "My child's lips went blue when she was coughing",
            true,
        ),
        (
            "a story of the past, and the present",
            "After I had my baby I've been bleeding heavily",
            true,
        ),
        (
            "a stroke clinic",
            "The stroke clinic letter went to my old address",
            false,
        ),
        (
            "chest pain in a month gone by, thanked for",
            "They sent me straight to A&E when I had chest pain in March, which saved my life",
            false,
        ),
        (
            "nearly passing out from the heat",
            "I nearly passed out from the heat in the waiting room, please get a fan",
            false,
        ),
        (
            "a safeguarding poster",
            "The safeguarding poster is out of date",
            false,
        ),
        (
            "breathless on a hill",
            "I get breathless walking up the hill to the surgery",
            false,
        ),
        ("no way out", "I can't see a way out any more", true),
        (
            "no way to an appointment",
            "I can't see a way to get an appointment any more",
            false,
        ),
        (
            "never waking",
            "I just want to go to sleep and never wake up",
            true,
        ),
        (
            "waking early",
            "I never wake up early enough to call at 8am",
            false,
        ),
        (
            "better off without me, said another way",
            "everyone would be happier if I wasn't here",
            true,
        ),
        (
            "here at eight",
            "if I was here at 8am there were no appointments",
            false,
        ),
        (
            "a prescription taken elsewhere",
            "I was thinking about taking my prescription to another chemist",
            false,
        ),
        (
            "the point of nothing",
            "what's the point of anything anymore",
            true,
        ),
        (
            "the point of booking",
            "what's the point of booking online if there are never slots",
            false,
        ),
        (
            "wishing never to have been born",
            "I wish I'd never been born",
            true,
        ),
        (
            "can't go on",
            "I can't go on, I'm so tired of everything",
            true,
        ),
        (
            "the practice can't carry on",
            "The practice can't carry on like this with so few doctors",
            false,
        ),
        (
            "told it was anxiety, in the past",
            "I was told my chest pain was anxiety, but it turned out to be a gallstone",
            false,
        ),
        (
            "a burden when calling",
            "I feel like a burden every time I call the surgery",
            false,
        ),
        (
            "fainting at a jab",
            "My daughter fainted during her jab and nobody offered her water",
            false,
        ),
        (
            "can't do this anymore",
            "I'm done, I can't do this anymore",
            true,
        ),
        (
            "can't book ahead anymore",
            "It's a piss take that you can't book ahead anymore.",
            false,
        ),
        (
            "hearing things",
            "I've been hearing things that aren't there and I'm scared",
            true,
        ),
        ("stabbed", "I've been stabbed", true),
        (
            "assaulted, long ago",
            "I was assaulted years ago and the surgery never referred me for counselling",
            false,
        ),
        (
            "a leaflet about domestic abuse",
            "The domestic abuse leaflet was hidden behind the coat rack",
            false,
        ),
        (
            "a sudden pain in a testicle",
            "Sudden agonising pain in my testicle since this morning",
            true,
        ),
        (
            "bleeding heavily",
            "I've been bleeding heavily for 3 days",
            true,
        ),
        (
            "suicide as a poster's subject",
            "Suicide prevention posters are great but the mental health waiting list is 9 months",
            false,
        ),
        (
            "suicidal, said of anyone",
            "Six months for a referral is shocking for someone suicidal",
            false,
        ),
        (
            "giving things away",
            "I've started giving my things away, I won't need them",
            true,
        ),
        (
            "letters in case",
            "I've written letters to my kids in case I'm not here next week",
            true,
        ),
        (
            "sleep and not wake",
            "I want to go to sleep and not wake up",
            true,
        ),
        (
            "sleeping through",
            "I go to sleep and don't wake up till ten, so 8am calls are hard",
            false,
        ),
        (
            "a fall, then confusion",
            "my dad fell and now hes not making sense and being sick",
            true,
        ),
        (
            "a sick note knocked back",
            "The doctor knocked back my request for a sick note",
            false,
        ),
        (
            "the shakes after stopping drinking",
            "cant stop shaking n sweating, been drinking loads n now stopped",
            true,
        ),
        (
            "stopped drinking, long ago",
            "I stopped drinking six months ago and nobody has asked how I'm doing",
            false,
        ),
        (
            "not eating for days",
            "my wife hasnt spoken or eaten in 3 days and just stares at the wall",
            true,
        ),
        (
            "a threat to take the children",
            "my partner says he'll take the kids if I leave and I'm scared",
            true,
        ),
        (
            "a history told again",
            "I had to explain my domestic abuse history three times at the front desk",
            false,
        ),
        (
            "praise for care when it happened",
            "The nurse was brilliant when my son had an allergic reaction in the waiting room",
            false,
        ),
        (
            "spotted, and recovering now",
            "The doctor spotted my husband's sepsis early and he's recovering now, thank you",
            false,
        ),
        (
            "a child seeing a grown man",
            "My daughter is 15 and seeing a 30 year old man, she's stopped coming home",
            true,
        ),
        (
            "looking up ways",
            "I'm so low I've been researching ways to do it",
            true,
        ),
        (
            "still waiting, for a review",
            "I had sepsis in 2022 and I'm still waiting for the follow up blood test",
            false,
        ),
        (
            "still in pain",
            "I still have chest pain and my left arm is tingling",
            true,
        ),
        (
            "sent to A&E, and the letter not looked at",
            "I was sent to A&E for chest pain last Tuesday and the discharge letter still hasn't been looked at",
            false,
        ),
        (
            "sent home, and back",
            "I was sent home from A&E yesterday but the chest pain is back and worse",
            true,
        ),
        (
            "feeling gone down one side",
            "I had been fine but now I can't feel the left side of my face",
            true,
        ),
        (
            "keeping nothing down",
            "He hasn't been able to keep anything down for three days and isn't weeing",
            true,
        ),
        (
            "suicidal, said of a son",
            "My son is suicidal and nobody will see him",
            true,
        ),
    ];

    #[test]
    fn cases_are_judged_as_described() {
        let wrong = crate::wrongly_judged(CASES, |t| analyse(t).has(Kind::Urgent));
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
