//! Urgent need: anything that needs help now rather than a reply next week. Phrases, read after
//! normalisation ("can't" is "cant"), within one sentence.

use std::ops::Range;

use crate::lexicon::WordSet;
use crate::text::{Token, ahead, behind, in_clause};
use crate::{Finding, Kind};

const STROKE: &str = lines![
    "left|right ~ side ~6 belongs ~ to ~ someone|somebody ~ else",
    "cant|cannot|couldnt ~ get ~ her|his ~ words ~ out",
    "fall|fell|fallen ~12 not ~ with ~ it",
    "started ~ speaking|talking ~ nonsense|gibberish ~6 hand|arm|face|slurring|confused",
    "loss ~ of ~ power|feeling ~ in ~ my|his|her ~ legs|leg|arm|arms",
    "hes|shes|is|started ~ slurring",
    "cant ~ walk ~ straight ~8 slurring",
    "cant|cannot ~ see ~ properly|clearly ~12 came ~ on ~ suddenly|sudden",
    "headache ~8 vision|sight ~3 blurred|blurry|double ~8 keep|keeps|being|been ~2 sick|vomiting",
    "not ~ moving|move ~ one|his|her|left|right ~ side",
    "eyes ~2 roll|rolling|rolled|rolls ~ back",
    "eyes ~2 rolling ~8 twitching|jerking|shaking|respond|responding",
    "limp|floppy ~8 eyes ~2 roll|rolling|rolled",
    "face ~ droop*|fallen|dropped|falling",
    "one ~ side ~8 arm|hand|fingers ~2 wont|cant|cannot ~ grip",
    "half ~ my|his|her|the ~ face|body ~3 wont|isnt|doesnt|not|stopped ~ work|working|move|moving",
    "couldnt|cant|cannot ~ find ~ his|her ~ words",
    "cut|sliced|slashed ~12 cant|cannot ~ bend|move|straighten|feel ~2 finger|fingers|thumb",
    "indigestion|heartburn ~12 arm|arms|jaw ~2 ache|aches|aching|hurts|hurting|pain|tingling|tingly|numb|heavy",
    "bled ~12 feel|felt|feeling ~ faint|dizzy|lightheaded",
    "speech|words went ~8 came|come back",
    "words ~3 coming|come ~ out ~2 wrong|jumbled|muddled|garbled $",
    "she|he|wife|husband|mum|dad|mother|father ~2 speak|speaks|speaking|talk|talking ~ not ~ clear|right",
    "suddenly ~3 cant|cannot ~ swallow",
    "cant|cannot ~ feel ~ the|my|his|her ~ left|right ~ side of ~ my|his|her ~ face|body|head",
    "now ~2 cant|cannot ~ swallow $",
    "cant|cannot ~ swallow ~ anything|fluids|drink ~4 water",
    "slurred|slurring ~ speech|words|my|his|her",
    "speech ~2 slurred|drunk",
    "cant|cannot ~ lift|move|feel ~ my|his|her ~2 arm|arms|leg|legs|face|side|hand|hands",
    "sudden ~ confusion|confused|blindness|vision|numbness|weakness",
    "lost|losing|no ~ feeling|sensation ~ between ~ my|his|her ~ legs",
    "arm|leg|face|side|hand ~3 weak|numb|dropped|drooping|droopy|limp|floppy|dead",
    "arm|leg|face|hand ~3 heavy ~8 words|speech|talking|speaking ~3 wrong|slurred|funny|jumbled|muddled|strange|weird|garbled",
    "words ~3 coming|come|came ~ out ~2 wrong|jumbled|muddled|garbled ~ since|suddenly|today|now",
    "hand|arm|leg|fingers|side|foot ~2 wont|doesnt|didnt ~ do ~ what ~ i",
    "gone|went ~ blind ~ in ~ one|my|his|her|left|right",
    "cant|cannot|couldnt|unable ~2 speak|talk ?very|so|that properly|clearly|right",
    "cant|cannot ~2 speak|talk ~ good|well ~ since|suddenly|now|today",
    "cant|cannot|couldnt|unable ~2 speak|talk ~ proper $",
    "face ~3 gone|went|going|looks|looking ~ funny|weird|strange|lopsided|wonky $",
    "face ~3 gone|went|going|looks|looking ~ funny|weird|strange|lopsided|wonky ~2 side",
    "seeing double",
    "mouth ~3 gone|went|going|looks|looking ~ crooked|lopsided|wonky|droopy|drooping",
    "mouth|face ~3 not|isnt ~ straight",
    "vision|eyes|sight ~3 gone|went|going|goes ~ double ~6 cant|cannot|dizzy|headache|numb|weak|suddenly|slurred|walk|sick",
    "double vision",
    "suddenly|sudden ~3 cant|cannot|unable ~ understand|speak|talk|see|walk|move",
];
/// Burns and scalds that blister, and pain worse than ever felt.
const INJURY: &str = lines![
    "since|after ~2 fall ~ this|last|yesterday|today|earlier|on|at ~8 cant|cannot|doesnt|dont|couldnt ~ remember|recall ~ anything|what|who|where|things",
    "fell|fallen ~ over|down|off|out ~8 cant|cannot|doesnt|dont|couldnt ~ remember|recall ~ anything|what|who|where|things",
    "pressure ~ sore|sores|ulcer ~4 gone|turned|turning ~ black",
    "burn|burnt|burned|burns|scald|scalded ~12 white ~ skin",
    "belly|tummy|stomach|abdomen ~8 worse ~12 cant|cannot ~ stand|walk ~2 straight|upright",
    "arm|leg|wrist|elbow|ankle ~3 hanging|bent|twisted|sticking ~ funny|wrong|oddly|weird|out",
    "something|food|sweet|toy|coin ~3 stuck ~ in ~ his|her ~ throat",
    "see ~ the|my|his|her ~ tendon|bone|bones",
    "home|hes|shes|im|is ~2 covered ~ in ~ blood",
    "hand|fingers|fingertips|finger|foot|leg ~4 gone|turned|turning ~ black",
    "fell|fall|fallen ~12 cant|cannot ~ feel ~ my|his|her ~ feet|legs|arms|hands",
    "fell|fallen ~ down ~ the ~ stairs ~12 sleepy|drowsy|vomiting",
    "hit|banged|knocked|bumped|whacked ~ on|in ~ the ~ head ~12 sleepy|drowsy ~6 sick|vomiting",
    "sick|vomiting|vomited|spinning|drowsy ~12 after ~ a ~ bang|knock|blow|bump ~ to|on ~ the|her|his|my ~ head",
    "calf ~4 red|hot|swollen|painful ~10 plane|flight|flying",
    "nosebleed|nosebleeds|bleeding ~4 been ~ going ~ for ~2 minutes|hour|hours",
    "electrocuted|electrocution",
    "fell|fall|fallen ~ from|out|off ~2 window|balcony|roof",
    "crushed ~8 swelling|swollen|numb|blue|cold",
    "glass|chemicals|splinter|shard ~3 in ~ my|his|her ~ eye|eyes",
    "grinding|metal|chemical|bleach ~8 in ~ my|his|her ~ eye|eyes",
    "in ~ my|his|her ~ eye|eyes ~4 grinding|metal",
    "crash|crashed|collision ~12 now ~6 hurts|pain|faint|dizzy|numb|bleeding",
    "cut|knife|wound|gash ~8 wont|doesnt|not|cant ~ stop ~ bleeding",
    "red line|lines|streak|streaks ~4 up|going|spreading|tracking",
    "can|could ~ only ~ see ~ shadows|shapes|light",
    "with|has|have|got ~ a ~ stab wound|wounds",
    "boiling ~ water|oil|fat|kettle ~12 blister*|burnt|burned|scalded|peeling",
    "found ~6 outside|snow|garden|street ~12 freezing|confused|barely|shivering|unresponsive",
    "worst pain ~3 my life",
    "been ~ on ~ the ~ floor ~ since|for|all",
    "on ~ the ~ floor ~6 cant|cannot|unable ~ get ~ up",
    "arm|leg|wrist|finger|fingers|knee|ankle|elbow|foot|toe|shoulder ~3 bent ~ the ~ wrong ~ way",
    "blood ~ in ~ it|my|the ~12 dizzy|faint|lightheaded",
    "arm|leg|wrist|knee|ankle|elbow|foot|shoulder ~3 bent ~ funny|backwards|sideways",
    "bone ~3 sticking|poking out|through of|the|his|her|my|skin",
    "bone ~3 sticking|poking out|through $",
    "shes|hes|theyre|keeps|started|still ~ fitting|seizing $",
    "^ fitting|seizure|seizing $",
    "fit|fits|seizure ~6 not|cant|cannot ~ wake|waking",
    "fitted for ~3 minutes|mins",
    "weeks ~8 gone|going ~2 still|quiet",
    "breathing|breathe ~3 through ~ a ~ straw|sponge|pillow",
    "tongue ~4 too ~ big|large ~ for ~ my|his|her ~ mouth",
    "hangover|headache|pain|its|it ~8 came|come|comes ~ on ~2 in ~ seconds|instantly",
    "weeks ~6 hasnt|havent|not|isnt|stopped ~ moved|moving|kicked|kicking ~ since|all|today|for|yet|like",
    "baby ~3 isnt|not|hasnt|wasnt ~ moving|kicking ~ like|as ~ she|he|it|they ~ used|usually|normally|normal|should ~8 weeks|pregnant",
    "glass ~2 over|on ~ them|it|her|him $",
    "clots ~3 size ~ of ~2 palm|hand|fist|golf|plum|orange|lemon|egg",
    "tarry|tar ~2 stool|stools|poo|poos",
    "black ~2 stool|stools|poo|poos ~8 faint|dizzy|weak|pale",
    "stoma has|is ~2 stopped|blocked",
    "pacemaker|picc|port|wound ~4 red|swollen|hot ~10 fever|temperature|shivering",
    "diabetic|diabetes|sugar|sugars ~12 nail ~ varnish|polish",
    "diabetic|diabetes|sugar|sugars ~12 acetone",
    "not ~ herself|himself ~8 infection|temperature|fever|drowsy",
    "drowsy ~8 infection|uti|temperature|fever",
    "very|so|really|too ~ sleepy ~8 infection|uti|temperature|fever",
    "baby|pregnancy ~4 in ~ the|my ~ tube|tubes",
    "missed ~ my|a ~ period ~8 faint|fainted|fainting|dizzy|collapsed|shoulder|agony",
    "bump ~3 gone|been|is|so ~ quiet|still",
    "started|now|keep|keeps ~3 coughing|vomiting|bringing ~ up ~ blood",
    "shes|hes|theyre|keeps|started|still ~ fitting|seizing and|again|for|badly|nonstop",
    "having|into ~ a ~ hypo",
    "poo|stool|stools|poop ~4 black|tarry",
    "went|been|go|going ~3 toilet|loo ~8 black ~2 sticky|tarry",
];
const RASH: &str = lines![
    "rash ~4 doesnt|dont|wont|didnt|not|isnt ~ fade|fading|disappear|blanch|go",
    "glass ~ test",
    "spots|marks|dots ~4 doesnt|dont|wont|didnt|not|isnt ~ go ~ away ~6 glass|press|pressed|pressing",
    "non-blanching|nonblanching",
    "meningitis",
];
const SEPSIS: &str = lines![
    "muddled|confused ~12 hot ~ to ~ touch",
    "gone|going|turned ~3 yellow ~8 sleepy|drowsy|confused",
    "thinners|warfarin|apixaban|rivaroxaban|edoxaban ~12 black ~4 go|poo|poos|stool|stools|motions",
    "leg|arm|foot ~4 swollen|red ~3 hot ~12 fever|temperature|shivering|shivery",
    "pain|ache|aching ~12 moved|moving|spread|spreading|gone ~ to ~ the ~ right|bottom",
    "baby|newborn|newborns|babys ~12 yellow ~12 not|wont|isnt ~ feeding|feed",
    "morphine|oramorph|codeine|tramadol|oxycodone|fentanyl ~12 cant|cannot ~ stay|keep ~ awake",
    "burning ~ up ~8 talking ~ rubbish|nonsense|gibberish",
    "bleeding|bleed ~12 soaking|soaked|soak ~ through",
    "fluttering|racing|pounding ~12 nearly|keep|keeps ~2 passing|blacking ~ out",
    "fall|fell|fallen ~6 on ~2 head ~12 sleepy|drowsy|vomit|vomiting|sick",
    "groin|hernia ~8 hard|painful|tender|agony ~12 been ~ sick|vomiting|throwing",
    "stop ~ vomit|vomiting|throwing ~12 pregnant",
    "pregnant ~12 stop ~ vomit|vomiting|throwing",
    "know where he|she|i is|am and|has|with ~8 temperature|fever|burning",
    "cant|cannot|unable ~ lie ~ flat ~8 gasping|breathe|breathing|breathless|choking|suffocating",
    "catheter ~6 empty|nothing|blocked ~3 since|for|all ~3 yesterday|hours|day|night|morning",
    "dizzy|faint|lightheaded ~10 water|wee|urine|pee ~3 like ~ tea|cola|treacle",
    "knee|shoulder|kneecap ~3 popped|dislocated|came ~ out ~6 agony|cant|screaming",
    "rash ~12 mouth ~4 ulcers|blisters|sores",
    "neck ~ pain|hurts ~4 after ~ falling|fall|fell",
    "lump|swelling ~ behind ~ his|her|my|the ~ ear",
    "feeding ~ tube ~4 come|came|fallen|fell|pulled ~ out",
    "breast ~4 red|hot ~8 temperature|fever|shivery",
    "lost ~ the ~ feeling|power|use ~ in|of ~ both|her|his|my ~ legs|arms|leg|arm",
    "stoma|colostomy|ileostomy ~3 bag ~4 blood",
    "breathing ~ keeps ~ stopping",
    "thinner|thinners|warfarin|apixaban|rivaroxaban ~12 bleeding ~ from",
    "swallowed|drank|drunk ~3 bleach|cleaner|antifreeze|weedkiller|detergent|acid",
    "wheezing|breathless|breathe ~12 one ~ word ~ at ~ a ~ time",
    "wheezing|wheezy|breathless|asthma ~12 cant|cannot|barely|hardly|struggling ~2 talk|speak|finish ~3 sentence|sentences",
    "fever|temperature ~8 knee|hip|joint|ankle ~4 red|hot",
    "pain ~ in ~ my|his|her|the ~ back ~6 fever|temperature",
    "twitching|jerking ~8 confused|confusion",
    "hasnt|havent|not ~ passed ~ wind",
    "steroids ~12 vomiting ~12 weak|dizzy|faint",
    "sudden|severe ~3 pain ~ in|behind ~ my|his|her ~ eye",
    "cant|cannot|unable ~2 pass|wee|pee ~ water|urine ~12 agony|swollen|pain",
    "breath* ~12 sleep|sleeping|slept ~2 sitting|propped ~ up",
    "heart ~ device|defibrillator|icd ~4 shocked|shocks|shocking",
    "baby ~4 lump ~8 vomiting|crying",
    "voice ~6 hot ~ potato",
    "fever|temperature ~8 neck ~3 hurts|stiff|pain|painful",
    "diarrhoea ~4 blood|bloody ~12 dizzy|faint|lightheaded",
    "came|fell ~ off ~ his|her|my ~ bike|motorbike|horse|scooter ~12 belly|tummy|stomach|abdomen",
    "hair ~4 wrapped|wound|tied ~ round|around ~ her|his ~ finger|toe",
    "coughing ~10 stops|stopped ~ breathing",
    "wound|stitches|scar ~4 opened|open|split|gaping|burst ~8 smells|smelly|pus|oozing",
    "comes|coming ~ in ~ waves ~8 sick|sweating|vomiting",
    "diarrhoea|vomiting|sickness ~12 barely|cant|cannot ~ stand",
    "stabbed|pricked|jabbed|stuck ~4 needle ~10 hiv|hepatitis",
    "hob|cooker|iron|oven|kettle ~8 blistered|blistering|blisters|blister",
    "whole ~ leg ~4 swollen ~ and ~ hot|red|painful",
    "transplant ~8 now ~3 fever|temperature",
    "not|isnt|hasnt|havent ~ passing|passed ~ much|any ~ urine|water|wee",
    "cant|cannot ~ put ~ weight ~ on ~6 temperature|fever",
    "my|her|his|their ketones ~ are|of|is|at ~ 3|4|5|6|7|8",
    "baby ~8 yellow ~8 isnt|not|wont ~ waking|feeding|feed",
    "baby ~4 is|looks|looking|gone|going|turning ~ yellow ~8 not ~ eating|drinking",
    "temperature|fever ~12 hands|feet ~ are|feel|is|so ~ cold|freezing|icy",
    "fell|fallen|fall ~12 hes|shes ~ not ~ making ~ sense",
    "belly ~ button|cord ~6 red|smelly|oozing ~8 temperature|fever",
    "newborn ~12 fever|temperature|temp",
    "catheter ~6 hasnt|not|isnt|stopped|blocked ~ drained|draining|drain|blocked",
    "lost ~ so|a ~ much|lot ~ blood",
    "weeks|pregnant ~8 pain ~12 bleeding",
    "weeks|pregnant ~8 bleeding ~12 pain|pains|cramps|cramping",
    "pains ~10 shes|im|hes ~2 weeks $",
    "indigestion ~12 im|hes|shes|gone sweating|sweaty|clammy|grey",
    "breathless|breath ~12 ankles|legs ~3 like ~ balloons",
    "sick|vomiting ~12 not ~ making ~ any ~ sense",
    "fever|temperature ~8 isnt|not ~ responding ~ to ~ me|us|anyone|touch|voice|voices|properly",
    "baby ~4 not|hasnt|wont ~ eat|eaten|fed|feed|feeding ~3 since yesterday|lunchtime|breakfast ~8 sleeping|sleepy|hot|floppy|drowsy",
    "red ~ hot ~ swelling ~10 shivering|fever|temperature",
    "fall|fell|fallen ~12 hip|hips ~4 twisted|shortened|turned|broken",
    "fever|temperature ~6 pain ~ in ~ my|his|her|the ~ back|side|kidneys",
    "crushing|tearing|ripping ~ pain ~4 shoulder ~ blades|blade|back ~8 faint|sweaty|sick|clammy|dizzy",
    "fever|temperature ~12 cant|cannot ~ think ~ straight|properly",
    "sleepy|drowsy|temperature|fever ~12 hard|difficult ~ to ~ wake|rouse",
    "cry|crying ~2 weak|weaker|feeble",
    "weak ~ cry",
    "weeks|pregnant ~8 pains|pain|cramps|tightenings ~ every ~2 minutes|mins",
    "finger|thumb|toe ~10 hanging|dangling ~ off",
    "kid|child|baby|toddler|children|kids ~6 left ~2 in ~ a|the ~ hot ~ car",
    "too ~ weak|dizzy|faint ~ to ~ stand|walk ~ now|today|up",
    "too ~ weak ~ to ~ get ~ to ~ the ~ loo|toilet|bathroom",
    "hes|shes|has ~ stopped ~ eating ~ and ~ drinking",
    "hasnt|hadnt|not|wont ~ fed|feed|feeding ~ for ~2 hours",
    "cant|cannot|not ~ keep ~ her|his|my|their|any ~ tablets|steroids|meds|medication|pills ~ down",
    "bang|crash|thud|scream|screaming|curtains ~8 wont|isnt|not|doesnt ~ answer|answering|respond|responding",
    "shouting ~6 thud|smack|slap",
    // Money taken by pressure: "bullied out of her pension by her lodger".
    "bullied|conned|pressured|pressuring|bullying|tricked ~ out ~ of ~ her|his|their ~ pension|money|savings|house|home",
    "put|slipped ~ something ~ in ~ my|her|his ~ drink",
    "sepsis|septic",
    // Collapse; no water passed (the kidneys failing).
    "legs|leg ~ went|gone|gave|go ~ from ~ under|underneath ~ me|him|her",
    "fall|fell|falls ~ down ~3 not|cant|cannot|wont|doesnt ~ speak|talk|wake|move|answer",
    "not|havent|hasnt|cant|cannot ~ passed|pass|peed|pee|weed ~ any|urine|water ~3 since|all ~ yesterday|day|night|morning|last",
    "barely|hardly ~ responding|responsive $",
    "is|hes|shes|been|keeps ~ barely|hardly ~ waking $",
    "is|hes|shes|been|keeps ~ barely|hardly ~ conscious|rousable",
    "slumped|collapsed ~8 not|isnt ~ responding|moving|breathing|waking",
    "catheter ~3 come|came|fallen|fell|pulled ~ out ~8 blood|bleeding|pain|agony",
    "pregnant|weeks|month|months ~12 seeing|see|sees ~ ?the spots|stars|flashes|flashing|lights",
    "pregnant|weeks ~12 pain|ache ~ under ~ my|her ~ ribs ~12 headache|spots|vision|swelling|swollen|flashing|sick|vomiting",
    "headache|migraine ~12 weeks|pregnant ~12 swollen|swelling|puffy|blown|blurred|flashing",
    "weeks|pregnant ~8 leaking|losing|gushing|trickling ~2 fluid|water|waters|liquid",
    "diarrhoea|diarrhea|vomiting ~10 now ~4 confused|drowsy|floppy|sleepy",
    "fell|fallen ~10 now ~4 sleepy ~4 sick|vomiting|confused",
    "fell|fallen|found|lying|lay|laid|left ~6 on ~ the ~ floor ~2 for|all ~ hours|night|ages",
    "birth|delivery|caesarean ~8 fever|temperature|shivering|shivers|rigors",
    "reaction ~3 something|pill|pills|drug|drugs|took|taken ~8 shaking|sweating|swelling|collapsed|fitting",
    "swallowed ~3 bone ~8 breathe|breath|breathing|stuck|choking|drooling",
    "pregnant ~12 shoulder tip|tips",
    "pregnant ~10 bad|severe|sharp|agonising|awful|stabbing ~3 pain|pains ~3 one|1 ~ side",
    "gangrene|gangrenous",
    "wound|wounds|ulcer|ulcers|stump|cut|stoma|fingers ~4 gone|going|turning|turned|is ~ black",
    "man|woman|someone|somebody|person|lady|bloke|boy|girl ~4 lying ~8 not|isnt ~ moving|breathing|responding",
    "keep|kept|keeps ~ going ~ to ~ the ~ toilet|bathroom|loo ~8 blood",
    "just|pure blood $",
    "skin|eyes|ive|hes|shes ~3 gone|turned|going|turning ~ yellow",
    "fever|temperature|shivering ~8 skin|eyes ~3 is|are|looks ~ yellow",
    "skin|eyes ~3 is|are|looks ~ yellow ~8 fever|temperature|shivering|sick|vomiting|confused|drowsy",
    "now|suddenly|today ~3 doesnt|didnt|cant ~ know|recognise|recognize ~ who ~ i ~ am",
    "heart|hearts ~3 going|goin ~4 dozen|clappers",
    "i|im ~2 keep|kept ~ blacking ~ out",
    "pacemaker ~6 not|stopped ~ working $",
    "frothy pink|phlegm|sputum|spit",
    "lips ~3 funny|strange|weird|odd ~ colour|color",
    "passing|passed ~ black|tarry",
    "rash ~6 blistering ~2 peeling",
    "clear ~ fluid ~6 nose|ear|ears",
    "swollen ~ shut",
    "heart ~3 going|gone ~ crazy|mad|wild",
    "heart wont|doesnt|isnt|cant ~ slow|slowing ~ down",
    "heart ~4 jumping|skipping|banging|flipping ~12 dizzy|faint|giddy|lightheaded|woozy",
    "blood ~ in ~ his|her ~ nappy",
    "legs|knees ~3 gone|went|going ~ from ~ under ~ me|him|her ~12 words|speech|talk|speak",
    "cant|cannot ~ get ~ my|me|his|her ~ words ~ out ~ right|properly",
    "sick|vomit|vomiting ~6 smells|smelling|smelt ~ like|of ~ poo|faeces|feces|poop|sewage",
    "infection|fever|temperature ~12 seeing ~ things",
    "puffed ~ out ~12 ankles|legs ~3 like ~ balloons",
    "fingers|hand|foot|toes|leg ~3 gone|turned|going ~ white ~3 dead|numb|cold",
    "waterworks|wee|weeing|pee|peeing ~6 fire|burning|stinging ~12 shivering|shaking|shivery|rigors",
    "see|sees ~ people|things ~ who|that ~ not ~ there ~8 hot|fever|temperature|burning",
    "not ~ recognise|recognize ~ me ~12 speak|speaks|speaking|talk|talks|talking",
    "bleeding|blood ~ from ~ my|his|her ~ bottom|bum|rectum ~12 weak|faint|dizzy|pale|lots|loads",
    "hes|shes|he|she|has|is ~ gone|going|turned ~ a ~ bad|funny|strange|horrible|awful|odd ~ colour|color",
    "baby ~8 have|has|got ~ fever|temperature ~12 not|wont|isnt ~ drinking|feeding|feed|drink",
    "cant|cannot ~ pee|wee|urinate ~4 since|hours|yesterday|day|pain",
    "bead|beads|button|pea|peas|stone|toy ~6 nose|throat ~8 breathe|breathing|breath",
    "bleeding ~ from ~ my|his|her ~ back ~ passage ~12 all|filled|lots|loads|pan|weak|faint|dizzy",
    "he|she|husband|wife|dad|mum|son|daughter keeps ~ blacking ~ out",
    "pacemaker|defibrillator|icd ~8 blacking|passing|fainting|collapsing",
    "shes|hes|she|he ~3 making ~ sense ~16 diabetic|diabetes|insulin",
    "crushing|tight|chest ~12 now ~3 come|came|comes|coming ~ on ~3 sitting|rest|resting",
    "fall|fell|fallen|hit|knocked ~12 arm|leg|wrist|ankle ~4 not ~ normal|straight ~8 bend|bent|swelling|swollen",
    "pregnant ~16 pain|pains ~3 in ~ my|the|her ~ stomach|tummy|belly",
    "like ~ ice ~8 purple|blue|mottled|blotchy",
    "cant|cannot|not|unable|no ~8 feel|feeling ~ down ~ below",
    "shivery|shivering|shivers|hot|temperature|fever ~8 not ~ with ~ it",
    "head ~12 keep|keeps ~ nodding|dropping ~ off",
    "tummy|belly|stomach ~4 blown ~ up ~12 agony|toilet|sick|vomiting",
    "alcohol|vodka|drank ~8 not|cant|wont ~ wake",
    "son|daughter|child|toddler|boy|girl ~3 eat|eats ~ my|nans|grandmas|mums|dads ~ tablets|pills|medicine",
    "gone ~2 yellow ~12 not ~ with ~ it",
    "fall|fell|fallen|crash|accident|collision ~8 neck ~12 tingling|numb|weak|pins",
    "pregnant ~6 have|has|had|having|is ~ fit|seizure|fitting ~ now|again|today",
    "burn|burns|burned|burnt|scald|scalded ~8 body|face|chest ~4 big|large|huge|whole",
    "pain|pains ~3 going|goes|shooting|spreading ~ down|into ~ my|his|her ?left arm|jaw ~12 drenched|sweaty|sweating|clammy",
    "jelly|jelly-like ~4 nappy|poo|blood",
    "burning ~ up ~8 not ~ with ~ it",
    "erection ~8 hours|painful|wont ~ go",
    "fever|temperature ~8 back ~ from",
    "bitten|scratched ~ by ~ a ~ bat|monkey",
    "swallowed ~3 toothpick|pin|needle|glass|razor|nail",
    "nail ~ through ~ my|his|her ~ foot|hand|finger|leg|boot|shoe",
    "stuck ~ in|up ~ her|his|my ~ ear|nose ~8 bleeding|blood",
    "hand|fingers|finger|arm|foot|leg ~3 crushed ~12 white|numb|cold|blue|bleeding",
    "sudden ~ loss ~ of ~ hearing|sight|vision",
    "lying|lain ~ on ~ the ~ floor ~8 found|since|days|hours|night|all",
    "poo|stool|stools|nappies ~3 white|chalky",
    "breathing with pauses|gaps",
    "limp|limping ~8 temperature|fever|temp",
    "baby|he|she|hes|shes|child|dad|mum|husband|wife ~3 grey|gray|mottled|blue ~6 not ~ responding|responsive|waking",
    "pregnant ~6 temperature|fever",
    "having|getting ~2 contractions",
    "cry|crying ~3 high ~ pitched",
    "blisters|blistered|blistering ~6 hot|bath|boiling|kettle|water",
    "tummy|belly|stomach|abdomen ~4 swollen|distended ~ and ~ hard|rigid ~8 pain|screaming|agony|sick|vomiting",
    "cauda ~ equina",
    "numb|numbness ~4 bottom|bum|saddle|genitals|groin|privates",
    "cant|cannot ~ feel ~ my ~ bottom|bum|backside|privates ~12 wet|weed|wee|peed|pee|bladder|bowels|control",
    "was|been|got ~ drugged ~ at|by|last|and",
    "leaning ~ forward ~4 breathe|breath|breathing $",
    "finger|toe|thumb|ear|nail|fingertip ~6 hanging ~ off",
    "hit|struck|poked|punched|smacked ~ in ~ the ~ eye ~12 cant|cannot|blurred|blurry|blood|bleeding",
    "burn|burnt|burned|scald|scalded|scalding ~10 skin ~3 off",
    "smell|smells|smelling ~ of ~ gas",
    "inhaled|inhaling ~ smoke|fumes",
    "vomiting|sick|vomited|vomits ~8 shoots|projectile",
    "stoma|colostomy|ileostomy ~2 bag|output ~6 hasnt|not|nothing|empty|stopped ~12 sick|vomiting|pain|swollen",
    "birth|baby ~12 temperature|fever ~8 discharge|smelly|smells",
    "im|am ~2 struggling to breathe $",
    "mottled|blotchy ~ skin",
    "cold hands and|or feet",
    "chest ~8 standing|stood ~ on ~ it|me|my",
    "sugar|sugars|glucose|bm|meter ~3 says|reads|reading|showing|shows|saying ~ hi|lo $",
    "sugar|sugars|glucose|bm|meter|reader ~3 says|reads|reading|showing|shows|saying ~ hi|lo ~8 sick|vomiting|drowsy|confused|thirsty|breath|breathing|shaky|sweaty|dizzy|unwell|sleepy|awful|rough|terrible",
    "hip|leg|arm|wrist|ankle|knee|shoulder ~4 funny|odd|weird|strange|wrong ~ angle",
    "elephant ~2 on ~ me|my",
    "rusty ~ nail|metal ~12 jaw|stiff|spasm|spasms",
    "lockjaw",
    "rate|pulse ~3 is|of|at|was ~ 30|32|35|36|38|40|150|160|170|180|190|200 ~8 faint|dizzy|breathless|chest|pain|collapsed",
    "think|might|may ~3 broken|broke ~ my|his|her ~ ankle|leg|arm|wrist|hip|collarbone",
    "cant|cannot ~ put ~ any|no ~ weight ~ on ~ it",
    "fall|fallen|fell ~12 hip ~8 cant|cannot|unable|wont",
    "fever|temperature ~12 lips ~3 cracked|peeling",
    "crash|accident|collision ~12 now ~8 tingling|numb|numbness|pins",
    "bitten|bite|bit ~3 snake|adder",
    "talking ~2 to ~ people|someone|somebody ~4 arent|isnt|not ~ there",
    "seeing|sees|seen ~ people|someone|somebody|children|kids|animals|insects|spiders|bugs ~6 arent|isnt|not there $",
    "seeing|sees|seen ~ people|someone|somebody|children|kids|animals|insects|spiders|bugs ~6 arent|isnt|not there and|again|all|every|anymore|at|but|he|she|they|now",
    "fell|fall|fallen|hit|banged|bumped ~12 knocked out|unconscious",
    "tummy|belly|stomach|abdominal|abdomen ~ pain ~4 moved|moving|gone|spread|spreading ~4 right ~ side|hand",
    "catheter ~4 blocked|bypassing|stopped",
    "leg ~4 shorter|shortened",
    "sickle ~8 crisis",
    "pacemaker ~10 blacking|fainting|faint|fainted|collapsed|collapsing",
    "stopped|stop ~ passing ~ urine|water|wee",
    "stopped|stop ~ peeing|weeing",
    "waters ~4 green|brown|bloody|smelly",
    "meconium",
    "contractions|tightenings|tightening ~5 minutes",
    "baby ~3 isnt|not ~ mine|real $",
    "cord ~ stump ~8 red|swollen|smelly|smells|pus|oozing",
    "pregnant ~8 itching|itchy ~6 hands|feet|palms|soles",
    "pregnant ~6 fell|fallen|tripped ~3 down|over|off|on",
    "belly|stomach|tummy|bump|abdomen ~3 rock ~ hard",
    "day|days|week|weeks ~ old ~ is|s|looks|looking|gone|going|turning|turned ~3 yellow|jaundiced",
    "few ~ words ~ at ~ a ~ time $",
    "breath|breathe|breathing|breathless ~8 few ~ words",
    "im|hes|shes|is|keeps|keep ~ gasping $",
    "im|hes|shes|is|keeps|keep ~ gasping and",
    "head|headache ~4 like ~3 bomb|explosion|exploded|exploding|thunderclap|thunder",
    "head|headache ~4 like ~ never ~ before",
    "took|taken|had|done ~3 ketamine|ecstasy|mdma|coke|cocaine|heroin|spice|ghb|drugs ~8 respond|responding|wake|unconscious|fitting|breathing|hot|confused|overheating",
    "drink|drank|drunk|swallowed|took|taken ~2 poison|antifreeze|weedkiller",
    "bleeding|bleed very|so|too much",
    "no|not|cant|cannot|havent ~ eat|eaten|eating ~3 no|or|nor|not ~ drink|drunk|drinking ~6 days",
    "eye|eyes ~3 splashed|sprayed|squirted ~3 bleach|chemical|chemicals|acid|cleaner",
    "splashed|sprayed|squirted ~4 bleach|chemical|chemicals|acid|cleaner ~4 eye|eyes",
    "appendix ~3 burst|bursting|ruptured|rupture",
    "temperature|fever|rash|hot ~10 hands ~2 feet ~3 freezing|cold|icy",
    "belly|stomach|tummy|abdomen ~3 hard|rigid ~ as ~ a ~ rock|board",
    "everything|everythings ~3 going|goes|turning ~ dark|black|grey|fuzzy",
    "very ~ high ~ temperature|fever",
    "temperature|temp|fever ~3 of|is|at|was|reached|hit ~ 39|40|41|104|105",
    "weeks|days|week|day|month ~ old ~6 temperature|temp|fever|hot",
    "1|2|one|two ~ months ~ old ~8 temperature|temp|fever",
    "sugar|sugars|glucose|ketones ~4 high ~6 being|been ~ sick",
    "sugar|sugars|glucose|ketones ~4 high ~8 vomiting|vomited|throwing|drowsy|confused",
    "im|am|is|shes ~2 weeks|pregnant ~8 headache|headaches ~8 swollen|swelling|puffy|flashing|flashes",
    "not ~ passed ~ urine|water|wee",
    "cant|cannot|couldnt ~ pass ~ my|any ~ water|urine|wee and|since|for|all|at",
    "my|his|her ~ waterworks ~3 packed|stopped|blocked",
    "came|come round|to on ~ the ~ floor",
    "everything ~ went ~ black|dark ~8 floor|fell|collapsed|fainted",
    "off ~ my|his|her ~ legs ~3 since|today|yesterday",
    "cant|cannot ~ stop ~ being ~ sick $",
    "dont|didnt ~ know ~ how ~ long ~ i|id|shed|hed|hes|shes ~ been ~ there|lying $",
    "found ~ him|her|them|dad|mum|grandad|nan ~ on ~ the ~ floor ~3 morning|night|unconscious|cold|confused|again|hours",
    "took|taken|had|taking ~ ecstasy|mdma|cocaine|ketamine|spice",
    "no ~ water|wee|urine ~ out ~ of ~ me|him|her ~3 since",
    "isnt|hasnt|havent|not ~ weeing|peeing",
    "hasnt|havent ~ weed|peed",
    "cant|cannot|unable|couldnt ~ pee|wee|urinate|piss at all $",
    "cant|cannot|unable|couldnt ~ pee|wee|urinate|piss at all and|since|today|for|now",
    "leg|arm|foot|hand ~4 gone|going|turned|suddenly|is ~ cold ~3 white|pale|blue|numb",
    "chest ~8 down|into|through ~ my|his|her ?left arm|arms|jaw|neck",
    "breathing ~8 hes|shes|theyre|is|has|and ~ gone|going|turning|turned ~ grey|blue|purple",
    "speech ~ is|has|went|gone|sounds|sounded ~2 wrong|funny|jumbled|muddled|garbled|strange|weird",
    "cant|cannot|not|unable|hasnt|havent|wont|couldnt ~4 keep|keeping ~ anything|nothing|food|fluids|water|liquids|drinks ~ down",
    "floppy|unresponsive|unconscious|collapsed|seizure|seizures|convulsion*",
    "like ~ a rag doll",
    "like ~ a ragdoll",
    "skin|skins ~3 mottled|blotchy|blue|grey|clammy",
    "wont|cant|cannot|couldnt ~ wake|rouse him|her|them|baby|my|mum|dad|husband|wife|son|daughter",
    "wont|cant|cannot|couldnt ~ wake up $",
    "wont|cant|cannot|couldnt ~ wake up properly|and|at|now|please",
    "fall|fell|fallen ~4 not|wont|cant|cannot|didnt ~ wake|waking|responding",
    "is|she|he ~ not ~ wake|waking $",
    "fall|fell|fallen ~8 isnt|not|hasnt ~ breathing|responding",
    "calf|leg ~4 hot|swollen|red|painful|tender ~12 hurts ~ to ~ breathe|breath",
    "calf|leg ~4 hot|swollen|red|painful|tender ~12 breathless|breathlessness|breath",
    "onto|into|on ~ the|his|her|my ~ handlebar|handlebars ~12 tummy|belly|stomach|abdomen",
    "fell|fall ~12 tummy|belly|stomach ~8 pale|vomiting|sick|hard|swollen",
    "high ~ pitched|pitch ~ cry|crying|scream|screaming|screams",
    "swollen|fall|fell ~12 cant|cannot|wont|unable ~ walk|stand ~ on ~ it",
    "cant|cannot|wont|unable ~ walk|stand ~ on ~ it ~8 fall|fell|swollen",
    "willy|penis|foreskin|testicle|testicles|scrotum ~6 painful|swollen|pain ~8 started|suddenly|morning|hour|hours|today",
    "fall|fell|fallen ~8 isnt|not|hasnt ~ moving $",
    "fall|fell|fallen ~8 isnt|not|hasnt ~ moving and|at|now",
    "never ~ felt ~ this|so ~ ill|unwell|poorly",
    "feel|feeling|feels ~ like ~ im|i|shes|hes ~ going|gonna ~ to ~ die",
    "feel|feeling|feels ~ like ~ im|i|shes|hes ~ going|gonna ~ to ~ faint|collapse $",
    "feel|feeling|feels ~ like ~ im|i|shes|hes ~ going|gonna ~ to ~ pass ~ out",
    "stoma hasnt|isnt|stopped|not ~2 worked|working|output|emptied|producing ~8 sick|vomiting|pain|swollen",
    "sleepy|drowsy ~12 breathing slowly|slow|shallow",
    "pain ~4 right|left|one ~ side ~6 im|am ~2 weeks ~ pregnant",
    "bitten|bite|scratch|scratched|cut|wound ~12 red|hot|spreading ~8 shivery|shivering|fever|temperature|feverish",
];
const MENTAL: &str = lines![
    "accidentally|accidently|mistake ~6 took|taken|given|gave|had ~6 twice|double|extra",
    "all ~ my ~ tablets|pills ~6 waiting ~ for ~ me",
    "arms|legs|wrists|thighs ~4 covered ~ in ~ cuts $",
    "baby|son|daughter ~ is ~ evil|possessed",
    "barricaded|barricading ~ himself|herself|themselves|his|her ~ door|room|in",
    "bath ~4 with ~ a ~ razor|blade|knife",
    "been stockpiling|hoarding ~ my ~ insulin|tablets|pills|paracetamol|meds",
    "been|started|start|keep|kept|keeps cutting|harming|burning again",
    "been|was|got|just ~ hit|knocked ~2 by ~ a|the ~ car|bus|van|lorry|motorbike|truck",
    "belt|rope|cord|ligature ~3 round|around ~ my|his|her ~ neck",
    "better off soon",
    "better ~ i ~ am|was|be ~ dead",
    "better ~ off ~ not ~ waking|wake|being|here|alive",
    "better ~ off ~ with ~2 insurance money|payout|payouts",
    "better ~ off ~2 under ~ a|the ~ bus|train|lorry|ground",
    "better|happier ~3 without me $",
    "better|happier ~3 without me in|around|here",
    "be|join ~ her|his|my ~ mum|dad|husband|wife|son|daughter|nan|gran|mother|father ~2 in ~ heaven",
    "bitten|stung ~12 swelling|swollen ~8 dizzy|faint|breath|breathe|breathing|wheezy|wheezing|collapsed",
    "bleed|bled|bleeding out",
    "bleed|bleeds|hurt|hurts|pain ~3 to ~ feel ~ something|anything",
    "blood ~2 in ~ the ~ toilet|pan|bowl",
    "bottle|packet|box|pile|load|stash ~ of ~ pills|tablets|paracetamol ~3 next ~ to ~ me",
    "bought|got|carrying|carries ~2 a ~ knife|knives|machete|axe to protect",
    "bridge|edge|cliff|roof|tracks|platform ~6 nearly|almost ~ jumped",
    "bridge|river|sea|cliff|cliffs|tracks|railway ~4 calling ~ me $",
    "burned|burnt|burning|burn|burns ~ myself|himself|herself ~ with ~ a|my|his|her ~ cigarette|cigarettes|lighter|fag|match|matches",
    "burning|burnt|burns ~ her|his|their ?own arms|legs|skin|wrists|thighs",
    "cameras|microphones|bugs ~3 in ~ the ~ walls|ceiling|lights|tv|telly $",
    "canal|river|lake|reservoir|quarry|weir|sea|bridge ~8 about|of ~ going|jumping|walking ~ in|under|into|off $",
    "cant ~ see ~ a|any ~ future $",
    "cant|cannot|couldnt ~ promise|guarantee|say ~ ill|i|id ~ be|keep|stay ~ safe ~ tonight|today|now",
    "cant|cannot|dont ~ see ~2 way forward $",
    "cant|cannot|dont ~ see ~2 way forward anymore",
    "cant|cannot|unable|struggling ~2 swallow ~3 spit|saliva|drooling|dribbling",
    "cares|care ~3 if ~ i ~ live|lived ~ or ~ die|died",
    "chosen ~ by ~ god ~ to ~ save|rid|kill|destroy|punish|cleanse",
    "close my eyes and not|never open",
    "coming ~ to ~ get|kill|take ~ her|him|me|us ~8 hiding|hide|hid|scared|terrified|frightened",
    "controlled ~ by ~ the ~ tv|television|radio|aliens|government|chip",
    "controlling|reading|stealing ~ my ~ thoughts",
    "cutting ~ again|myself|my|me ~6 deep",
    "cutting ~2 my|his|her ~ arms|legs|thighs",
    "cutting|cuts|cut ~3 deeper|deep",
    "cut|cuts|slashed|scratched ~ my ~ arms|thighs|wrists",
    "cut|cutting|slit|slashed|slashing ~2 my|his|her|their ~ wrist|wrists",
    "cut|slashed ~ her|his|their ~ arms|thighs ~ badly|deep|deeply|open",
    "danger ~ to ~ myself",
    "dark thoughts",
    "dead ~8 wants|want|wanting ~ to ~ join ~ them|him|her",
    "decided|ready|going|gonna ~ to ~ end ~ things|everything|it|my",
    "dehydrated ~8 sunken|tears|drowsy|floppy|nappies",
    "devil|demon|demons|satan ~3 tells|told|telling|says|said|wants|making ~ me",
    "die ~12 plan ~ to ~ do ~ it",
    "disappear ~ for ~ good|ever $",
    "disappear ~ forever|permanently",
    "dog|cat|kids|children ~8 with ~ a ~ note",
    "dont think ~ the|my|this ~ baby ~ is ~ mine",
    "dont ~ think ~ ill|i ~ make ~ it ~ to|through ~ tomorrow|tonight|morning",
    "dont|cant ~ see ~ the ~ point any|anymore",
    "dont|cant ~ trust ~ myself ~3 alone|safe|around|with|near",
    "dont|cant|doesnt ~ get ~ help ~5 i|ill|im ~2 die|dying|dead",
    "dont|doesnt|no ~ want|wanna ~ to ~ live|exist|wake",
    "dont|no|not ~ want|wanna to be here ~2 anymore|more|now|longer|tomorrow",
    "drinking|drank|drunk|swallowed ~2 bleach|antifreeze|weedkiller|detergent",
    "drive ~ the|her|his|my ~ car ~ into",
    "drive|crash ~ myself ~2 into|off",
    "drive|crash|steer ~2 my ~ car ~2 into|off ~ a|the ~ wall|tree|bridge|lorry|river|cliff",
    "easier|better|happier ~4 if ~ i ~2 disappeared|died|disappear|die",
    "easiest|painless|quickest|best ~ way|ways ~ to ~ die|end",
    "easiest|painless|quickest|best ~ way|ways ~ to ~ go $",
    "eating|eat|food|drinking ~8 i dont deserve it|food $",
    "end ~ it",
    "end ~ of ~ my ~ rope",
    "end ~2 pain|suffering|misery ~ for ~ good|ever",
    "end|ending everything",
    "end|ending ~ my|it ~ life|all",
    "end|ending|take|taking ~ my ~ own ~ life",
    "engine ~ running ~ in ~ the ~ garage",
    "enough of it all",
    "enough ~ of ~ life|living|everything",
    "everything|it|all to stop|end ~ permanently|forever",
    "face another day|night $",
    "face ~ another ~ day|night ~ like ~ this",
    "face|mouth ~2 go|gone|went|going ~2 to ~ one ~ side",
    "family|wife|husband|kids|children|they|theyd|everyone|everybody ~4 better ~ off ~4 life ~ insurance",
    "fantasising|fantasizing|fantasise|fantasize ~ about ~2 crashing|dying|ending|jumping|killing",
    "feel to die",
    "feel|feeling ~ invincible ~12 slept|sleep|sleeping|spending|spent",
    "feel|feeling|felt ~ like ~ ending|end ~ things|it",
    "feel|feeling|felt ~ nothing ~ for ~ my|the|our ~ baby|newborn",
    "feel|feeling|felt ~3 drowning",
    "finish ~ it ~ all",
    "finish ~ my|her|his ~ life $",
    "flying|fly ~ off ~ the ~ roof|balcony|bridge",
    "following ~ him|her|me ~8 attack|hurt|kill|stab",
    "found ~3 methadone|tablets|pills|medicine|meds|oramorph ~4 drank|ate|eaten|swallowed ~ some",
    "garage ~6 car|engine ~2 running",
    "gasping ~ like ~ a ~ fish",
    "given|giving|gave ~ away ~ my ~ things|stuff|belongings|possessions",
    "given|giving|gave|give ~ my|all|his|her|their ~1 things|stuff|belongings|possessions ~ away",
    "god|devil|jesus|satan|angels|spirits ~ telling|tells|told|wants|wanted ~ him|her|me|them ~ to ~2 hurt|kill|harm|punish|things",
    "going ~ to ~ the ~ bridge ~ after|tonight|now|later $",
    "going|gonna ~ to ~ be ~ with ~ my ~ wife|husband|mum|dad|mother|father|son|daughter|partner|baby ~ again|soon|tonight ~8 passed|died|lost|gone|heaven|grave",
    "going|gonna ~ to ~ take ~ all ~ her|his|my ~ insulin|tablets|pills|meds tonight|today|now",
    "gonna|going ~2 jump ~ off|from ~ the|a ~ multi|bridge|roof|cliff|building|balcony|top",
    "goodbye|goodbyes ~4 without ~ them|anyone|anybody ~ knowing",
    "got ~ the ~ pills|tablets|rope ~ ready",
    "got ~2 blade|blades|razor|razors ~ out",
    "got|getting|taken|took ~5 shotgun|rifle ~2 out ~ of",
    "got|have|made ~ a ~ plan ~6 do ~ it",
    "go|going|went ~ to ~ the ~ woods|river|sea|forest|cliffs|bridge|lake ~6 not|never ~ coming|come ~ back",
    "had ~ a ~ whole|full ~ packet|box|bottle|strip|tub ~ of ~2 paracetamol|tablets|pills|ibuprofen|codeine|cocodamol|aspirin|sertraline|diazepam|tramadol|antidepressants|painkillers|morphine|citalopram|fluoxetine|amitriptyline|meds|medication $",
    "had ~2 too ~ many ~ of ~ my|his|her ~2 tablets|pills|paracetamol|painkillers",
    "hang|hanging|hanged|drown|drowning ~ himself|herself|themselves",
    "has|have|might|may|hes|shes|theyve ~ taken|swallowed ~ something ~8 drowsy|unresponsive|floppy|unconscious",
    "havent|hasnt|not ~ slept ~ for ~3 days|nights ~12 invincible|chosen|god|mission|powers|special",
    "head ~ against ~3 wall|walls|floor ~4 until|till ~3 bleeds|bleed|bleeding|bruised|black",
    "head ~3 telling|tells|told|saying ~ me ~ to ~2 hurt|kill|harm|set|burn|jump|end|cut|die|stab",
    "hearing ~4 tell|telling|tells ~ me ~6 punish|hurt|kill|harm|attack",
    "hearing|hear ~ things|someone|somebody ~3 telling|tell|saying ~4 hurt|harm|kill|die|jump|traffic",
    "hearing|hear ~ voices",
    "hearing|hear|heard ~ someone|somebody|something ~2 tell|telling|saying ~ me ~ to ~ set|kill|hurt|harm|jump|stab|burn",
    "hearing|hear|hears ~ my|his|her ~ dead|late ~4 telling|tells|calling|calls ~ me|him|her ~ to|over|home",
    "hearing|hear|hears ~ whispers|whispering ~4 telling|tell|tells|saying|say ~ me|him|her",
    "hearing|seeing ~ things ~3 arent|not ~ there",
    "heart ~6 burst|bursting|explode|exploding ~ out ~ of ~ my ~ chest",
    "hear|hearing ~6 arent|isnt|nobody ~ there",
    "help ~ me ~4 do ~ it ~ tonight|today|now",
    "heroin|overdose|methadone|spice|fentanyl|drugs ~12 turning|turned|gone|going ~ blue|grey",
    "he|she|daughter|son ~3 cut|cuts|cutting ~ her|his ~ arms|wrists|thighs",
    "he|she|they|i ~ can ~ fly $",
    "home ~ and ~ finish|end ~ it",
    "hope|wish|pray|praying ~ i ~ die $",
    "hope|wish|pray|praying ~ i ~ die ~2 sleep|tonight|soon|today",
    "hope|wish|pray|praying ~ i|im ~2 dont|never|wont ~ wake",
    "hope|wish|pray|praying ~4 take|takes me quickly|soon|tonight",
    "hope|wish|pray|praying ~6 hurry ~ up ~ and ~ finish me off",
    "hope|wish|pray|praying ~6 hurry ~ up ~ and ~ take|finish me $",
    "hoping|hoped|wanting ~ to ~ crash|drown|die",
    "hoping|hoped|wanting ~ to ~ get ~ hit|killed",
    "hoping|hope|wish|wishing ~2 i crash|crashed",
    "hose|hosepipe|pipe ~4 exhaust",
    "how much longer ~4 keep|carry going|on like this",
    "how ~ many ~ paracetamol|tablets|pills ~3 takes|take|kill|die|overdose",
    "how ~ many ~3 pills|tablets|paracetamol|painkillers ~3 would ~ be ~ too ~ many|much",
    "how ~ much ~ longer ~ i ~ can ~ hold|go ~ on $",
    "how ~ to ~ stop ~ cutting $",
    "i ~ want|wanna|wish die",
    "i ~ want|wanted|wanna ~ to ~ kill ~ me",
    "i ~2 cant|cannot|dont ~3 carry|go ~ on ~ like ~ this $",
    "if i didnt|never wake up ?tomorrow|again $",
    "if ~ i ~ was ~2 gone|dead",
    "if ~ i ~ wasnt|werent ~2 here|around|alive",
    "if ~ im ~ not ~ here ~8 tell ~ my",
    "ill|i ~ be ~ gone ~ by ~ the ~ time",
    "ill|might|gonna|going|could|may ~2 do ~ something ~ stupid|silly|drastic $",
    "ill|might|gonna|going|could|may ~2 do ~ something ~ stupid|silly|drastic to|tonight",
    "imagining|planning|picturing ~ my ~ funeral",
    "im|i ~ going|gonna ~ to ~ jump $",
    "im|i ~ on ~ the ~ edge $",
    "im|i ~2 struggling|struggle|unable ~ to ~ stay|keep ~ safe",
    "im|i|am done trying $",
    "im|i|am ending it $",
    "im|shes|she|wife|partner|daughter ~2 in labour",
    "in ~ his|her|their ~ own ~ mess|urine|faeces|poo|waste|wee",
    "in ~2 dark|bad ~ place",
    "inside ~ him|her|me ~8 cut|burn ~ it|them ~ out",
    "insurance ~8 shed|hed|theyd|they|she|he|family|wife|husband|kids ~3 better ~ off",
    "is|has|hes|shes|have|weve ~ become|gone|got ~2 confused ~2 overnight|suddenly",
    "is|hes|shes ~ turning|going ~ blue|grey $",
    "ive|been|was|got|were|think ~ spiked",
    "i|ill ~ wont ~ be ~ a ~ problem|burden|bother|nuisance ~ much|for ~ longer|long $",
    "i|im ~2 cant|cannot ~ go|carry ~ on $",
    "i|im ~2 deserve ~ to ~ be ~2 dead|punished|hurt",
    "i|im ~2 deserve ~ to ~ die|suffer",
    "i|im ~3 might|could ~2 hurt|harm|kill ~ someone|somebody",
    "i|im|she|he|shes|hes ~2 cant|cannot ~ go|carry ~ on ~ anymore|any|living",
    "i|ive|been|started|to cut|cutting again",
    "join|joining ~3 in ~ heaven",
    "join|joining|be|being ~ with ~3 in ~ heaven",
    "just ~ want out $",
    "keep ~ myself|meself ~ safe",
    "keep|cant|stop|constantly thinking ~ about|of ~2 pills|tablets ~3 cupboard|drawer|bathroom|house|home",
    "keep|keeps ~ looking|staring ~ at ~ the|my ~ knives|knife|rope",
    "kill|killing|harm|harming|hitting|punching|scratching|biting|shoot|hang|drown ~ herself|himself|themselves|themself",
    "kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending|hang|hanging|hanged|drown|drowning|poison|poisoning|starve|starving|stab|stabbing|shoot|shooting|strangle|strangling|suffocate|smother ~ myself|meself",
    "kms",
    "knife|blade|razor|gun ~8 using|use ~ it ~ on ~ myself|meself",
    "knife|knives|blade ~3 by|under|next|beside ~2 bed|pillow",
    "knife|knives|blade|machete|hammer ~3 for ~ protection",
    "know ~ when|how|where ~ im|i|ill ~ going|gonna ~ to ~ do ~ it",
    "landed|fell|hit|banged ~ on ~ her|his|my ~ head ~8 not ~ herself|himself|myself|right",
    "last ~ time ~ anyone|anybody|you|they|everyone ~ has|have|will|needs ~2 worry|bother|deal",
    "leaving|leave|abandoning|abandon ~ him|her|the|my ~2 on|at|outside ~ someones|a|the ~ doorstep|door|church",
    "letter|letters|note|notes ~6 in ~ case ~ im|i|ive ~ gone|dead",
    "letter|letters|note|notes ~6 in ~ case ~ im|i|ive ~ not ~ here|around|alive",
    "life ~3 not|isnt|aint ~ worth ~ it|living",
    "locked ~ herself|himself|themselves ~ in ~8 taken|swallowed ~ something|pills|tablets|an|loads",
    "looking|looked ~ for ~ a ~ place|spot ~ to ~ do ~ it",
    "lost ~ the|my|all ~ will ~ to ~ live",
    "make|making ~ it ~ all ~ stop|end",
    "manic ~6 hasnt|havent|not|no|without|barely ~2 slept|sleep|sleeping",
    "mission ~ from ~ god",
    "need|needs ~ it ~ all ~ to ~ end|stop $",
    "neighbours|neighbour|people|someone|everyone|government ~3 poisoning|poison ~ her|him|me|us",
    "neighbours|neighbour|people|someone|they|government ~4 poisoning|poison ~ the|our|my|his|her ~ water|food",
    "never been born",
    "no light ~5 tunnel for me",
    "no way out",
    "no ~ future ~ for ~ me|myself",
    "no ~ point ~8 taken|took|swallowed ~2 pills|tablets",
    "no ~ point|reason ~ in|to ~ living|live|life|carrying|going",
    "nobody|noone|no ~3 miss ~ me",
    "nobody|noone|one ~3 notice|care|miss ~3 if ~ i ~2 disappeared|died|disappear|die|gone|dead",
    "not ~ want|wanting ~ to ~ live|exist",
    "nothing ~ to ~ live ~ for",
    "only ~ way ~ out ~6 permanent|forever|die|dying|end|ending|dead",
    "only ~2 say|speak|manage|get ~ a ~ few ~ words ~4 breath|breathe|breathing|breaths",
    "overdose|overdosed",
    "pills|tablets and count|counting them",
    "pills|tablets|medicine|paracetamol ~3 for|to ~ die|dying|death",
    "plan ~ and ~ the ~ means",
    "planning|planned|plan ~ how ~ ill|i|id ~2 do ~ it $",
    "planning|planned|plan ~ to ~ end ~ things|it|everything ~ after|before|tonight|soon|when|once",
    "planning|planned|plan|worked ~2 how|when ~ to ~ end ~ things|everything|it",
    "planning|plan|going|gonna ~3 take|swallow ~2 all|whole ~ my|the|her|his|their ~ tablets|pills|packet|bottle|meds|medication",
    "plan|planning|planned ~2 how ~ id|i|to ~2 do ~ it $",
    "plan|planning|wants|want|going|trying|tried|threatening|threatened|decided ~3 to ~ end ~ her|his|their ?own life",
    "plotting ~ to ~ kill|poison|hurt ~ me|him|her|us",
    "point ~ in|of ~ waking ~ up $",
    "point ~ of|in ~ anything|living|life|existing",
    "posted|posting|messaged|texted|sent ~2 goodbye|goodbyes ~8 answering|answer|replying|reply|responding",
    "posted|posting|messaged|texted|text|message|post ~4 sorry ~ for ~ everything",
    "practising|practicing|practised|practiced ~ with ~ a ~ belt|rope|cord|ligature|noose",
    "punching|punched|hitting|banging ~ walls|wall ~3 till|until ~ my|his|her ~ knuckles|hands|fists|head",
    "put|planted|implanted ~2 chip|chips|tracker|device|camera ~4 in ~ his|her|my ~ head|brain|body|teeth",
    "ran|run|running ~ out ~ of ~2 methadone|insulin|subutex|buprenorphine|epilim|keppra",
    "rather ~ be ~ dead ~ than ~1 keep|carry|go|live|living|carrying|going on|going|like|living",
    "razor|blade|knife ~3 to ~ my|his|her ~ wrist|wrists|arm|arms|skin|throat",
    "researching|googling|googled|searching|searched|looked ~4 bridge|bridges|cliff|cliffs|building|buildings ~3 highest|tallest",
    "said|saying ~ goodbye|goodbyes ~ to ~ everyone|everybody|all $",
    "said|saying ~ my ~ goodbyes $",
    "said|say|saying ~ goodbye ~ to ~ my ~ kids|children|wife|husband|partner|son|daughter",
    "sat|sitting ~4 tablets|pills ~3 in ~ front ~ of ~ me",
    "sat|sitting|sit ~5 with ~ a|the ~ rope|noose|ligature ~ in|round|ready|on|under|beside|next",
    "saying|said ~ goodbye ~8 not ~ answering|replying|responding",
    "saying|says|said ~6 sleep ~3 not ~ wake",
    "saying|says|said|threatening|threatened|threatens ~ hell|shell|theyll|to ~ jump",
    "saying|says|thinks|believes|convinced ~3 baby|babys ~2 isnt|not ~ hers|his|real $",
    "saying|says|thinks|believes|convinced ~3 baby|babys ~2 isnt|not ~ hers|his|real and",
    "scared|afraid|frightened|terrified ~ of|about ~ what ~ ill|i|id ~2 do",
    "scared|afraid|frightened|worried ~3 ill|i|id ~ do ~ something $",
    "scared|afraid|frightened|worried ~3 ill|i|id ~ do ~ something stupid|silly|bad",
    "scratched|scratching|carved|carving|cut|cutting ~ words|names|letters|word ~ into ~ her|his|my|their ~ arm|arms|skin|legs|leg|thigh|thighs",
    "see no point $",
    "see ~2 way out $",
    "see ~2 way out any|anymore|now",
    "see ~2 way out of this|it|everything|life $",
    "see ~2 way out of this|it|everything|life ~ except|but|apart|anymore|any|now",
    "see ~3 future ~ for ~ myself|me",
    "seeing|sees ~ spiders|insects|bugs|snakes ~4 wall|walls|ceiling|bed|skin",
    "self harm*|injur*",
    "self-harm*|selfharm*",
    "shaking|jerking|twitching ~ whole ~ body ~6 not|wont|isnt|unresponsive",
    "shouting|talking|screaming|fighting|swearing ~3 at|to|with ~ things|people|someone|somebody ~ that|who ~ arent|isnt|wasnt|werent ~ there $",
    "shouting|talking|screaming|fighting|swearing ~3 at|to|with ~ things|people|someone|somebody ~ that|who ~ arent|isnt|wasnt|werent ~ there and",
    "sitting|sits|sat ~4 with ~ his|her|a|my ~ shotgun|rifle",
    "sleep ~3 and ~ not|never ~ wake ~2 again|ever|forever",
    "sleep ~3 and ~ not|never|didnt|wouldnt ~ wake ?up $",
    "sleep ~4 never ~ wake",
    "so ~ i ~ dont|wont|never ~ wake ~ up",
    "someone|somebody|should ~2 put ~ me|myself ~ out ~ of ~ my ~ misery",
    "someone|somebody|they|people|husband|wife|partner|he|she ~2 is|are|keep|keeps ~ poisoning ~ my|me",
    "sorted|sorting|decided|deciding ~ who ~ gets|get|will ~ my ~ things|stuff|belongings",
    "sorted|sorting|decided|deciding|worked ~ out ~ who ~ gets|get|will ~ my ~ things|stuff|belongings",
    "stepping|step|walk|walking|jump|jumping ~ in front of a|the lorry|train|bus|car|truck",
    "stood|standing|sat|sitting ~ at|on ~ the ~ top|edge ~ of ~ the|a ~ multi-storey|multistorey|bridge|cliff|cliffs|roof|flats|tower",
    "stopped ~ taking ~6 stockpiling|stockpiled|hoarding|saving",
    "stopped|stopping ~ my|his|her ~ insulin ~ on ~ purpose",
    "stopped|stopping|off ~3 lithium|antipsychotic|antipsychotics|olanzapine|clozapine|quetiapine|risperidone|aripiprazole ~12 out ~ of ~ control|paranoid|manic|psychotic|violent|hearing|seeing|throwing|threatening|smashing",
    "stopped|stop|not ~ taking ~ my|the ~ meds|pills|tablets|medication ~2 so ~4 save|stockpile|hoard|store",
    "suicid*",
    "swallowed|downed ~2 whole|full ~ pack|packet|box|bottle|strip|tub ~ of",
    "swallowed|downed|necked ~8 strip|strips ~ of ~ pills|tablets|painkillers|paracetamol|ibuprofen|codeine|sleeping",
    "swallowed|taken|took|ate|eaten ~ some ~ of ~4 tablets|pills|medicine|meds ~8 dont|not ~ know|sure ~ how ~ many|much",
    "tablets|pills|paracetamol ~2 lined|stockpiled",
    "tablets|pills|paracetamol ~2 ready to take|swallow",
    "take ~2 too ~ many ~ tablets|pills|paracetamol ~3 this|last morning|night|afternoon|evening",
    "taken|took ~3 some|all ~ of ~ my|his|her ~ nans|mums|dads|grans|grandads|mothers|fathers ~ tablets|pills|medication",
    "taken|took|swallowed|swallow|take ~2 everything ~4 medicine|cabinet|cupboard|drawer",
    "take|swallow them all $",
    "take|swallow them all tonight|now|today",
    "take|taking ~ his|her|their ~ own ~ life",
    "talking|speaking|messages|signs ~ to ~ her|him|me ~ through ~ the ~ tv|television|radio",
    "talking|talks|talked ~ about ~ hanging|overdosing|killing ~ himself|herself|themselves|myself|themself",
    "talking|talks|talked ~ about ~ jumping ~ off|from|in",
    "talking|talks|talked ~ about ~ shooting|stabbing|killing|bombing ~ people|everyone|someone|them",
    "talking|talks|talked|thinking|thinks|thought ~ about|of ~ ending|killing ~ it|himself|herself|themselves|myself",
    "tell ~ my ~ kids|children|family|mum|dad|wife|husband|partner ~ im ~ sorry $",
    "telling|tells|told|wants ~ me ~ to ~ join ~ her|him|them $",
    "telly|tv|television|radio ~4 talking|talks|speaking|sending ~ to ~ me|him|her",
    "the night ~3 finally ~ do|end ~ it",
    "the point anymore $",
    "thinking|think|thought ~ about|of ~ crashing|crash ~ my ~ car",
    "thinking|thought ~3 taking|swallowing ~ it|them ~ all $",
    "thinking|thought ~4 taking|swallowing ~ all ~ my ~ tablets|pills|meds $",
    "thinking|thought ~4 taking|swallowing ~ all ~ my ~ tablets|pills|meds tonight|today|now|and",
    "thinking|thoughts|think ~ about|of ~ ending|end ~ things|everything $",
    "thinking|thoughts|think ~ about|of ~ ending|end ~ things|everything and|but|because|so",
    "thinking|thoughts|think ~ about|of ~ jumping|hanging|drowning|overdosing|dying",
    "thinks|believes|convinced ~ the|my|our ~ baby|son|daughter|child ~ is evil|possessed|cursed",
    "thinks|believes|convinced ~ the|my|our ~ baby|son|daughter|child ~ is the devil|demon|antichrist",
    "thinks|believes|convinced|says ~2 hes|shes|he|she|im|i ~2 the ~ messiah|jesus|god|chosen",
    "thinks|believes|says ~ he|she|hes|shes|im|i ~ is|am ~ jesus|god|messiah",
    "thinks|convinced|believes|sure ~4 neighbours|people|police|government|everyone ~3 watching|spying|following|poisoning|listening|tracking ~ him|her|me|them|us $",
    "think|thinking|thought ~ about|of ~ letting ~ go $",
    "think|thinking|thoughts ~2 about|of ~ death|dying ~ all|constantly|every|a|lot|day|time",
    "think|thinking|thought|thoughts ~ about|of ~ driving|crashing ~3 into",
    "think|thinking|thought|thoughts ~ about|of ~ ending ~ it $",
    "think|thinking|thought|thoughts ~ about|of ~ ending ~ it|things|everything every|all|constantly|daily|again|most|often|more|lately|recently|now|since",
    "this ~ is ~ my ~ last ~ message|post|text|words $",
    "thoughts ~ of|about ~ taking ~3 all|everything|lot",
    "thoughts|thinking|urge|urges ~3 hurting|harming|killing|hurt|harm|kill|smother|smothering|shaking ~2 someone|somebody|people|baby|child|kids|children|son|daughter|her|him|them|myself",
    "throw|throwing|threw|chuck|chucking|fling ~ myself ~ off|under|in|into",
    "tied something ~3 round|around ~ my ~ neck",
    "till|until ~ it|they ~ bleeds|bleed ~3 when ~ i ~ feel ~ like ~ this|that $",
    "tired ~ of ~ waking ~ up",
    "tired|sick ~ of ~ being ~ alive",
    "tired|sick ~ of|to ~ living|existing|life|live $",
    "to ~ finish ~ myself",
    "toddler|child|baby|son|daughter|kid|grandson|granddaughter ~3 eat|eats ~ many|lots|loads|all|some ~2 tablets|pills|medicine",
    "toddler|child|baby|son|daughter|kid|kids|grandson|granddaughter|old|boy|girl|one|brother|sister ~3 swallowed|ate|eaten|drank|drunk|taken|took ~4 tablets|pills|medicine|medication|methadone|morphine|oramorph|vodka|alcohol|vape|nicotine|cannabis|edible|edibles|bleach|battery|batteries|button|magnet|magnets|poison|chemicals|coin|coins|liquid|detergent|cleaner|capsule|capsules|pod|pods|antifreeze|weedkiller",
    "told|ordered ~2 by ~ ?the voices|voice",
    "tonight is the night",
    "tonights ~ the ~ night ~6 do ~ it",
    "too ~ many ~ tablet|tablets|pills ~12 sleeping|asleep ~4 not|wont|cant ~ answer|wake|respond",
    "took|taken|done|did ~ a|an ~ od",
    "took|taken|given|gave|had ~6 twice|double ~6 by ~ mistake|accident",
    "took|taken|had an overdoes",
    "took|taken|had ~2 something ~12 sense|twitching|fitting|shaking|hallucinating|paranoid|unresponsive|collapsed|seizure|burning|overheating|clenching|agitated",
    "took|taken|swallowed ~4 too ~ many",
    "took|taken|swallowed ~4 whole ~ my ~ tablets|pills|packet|bottle",
    "took|taken|swallowed|downed|necked ~ a ~ whole|full ~ packet|box|bottle|strip|tub ~ of",
    "took|taken|swallowed|had ~3 loads|lots|handful|handfuls|bunch|load ~ of ~ pills|tablets|meds|paracetamol",
    "took|taken|swallowed|mixed|necked|downed ~6 on ~ purpose",
    "topping|top|topped myself|meself|himself|herself $",
    "topping|top|topped myself|meself|himself|herself tonight|today|now|and|because|cause|coz",
    "trying|out ~ to ~ kill|poison ~ him|her|me|them",
    "unalive|unaliving|unalived ~ myself|meself|himself|herself|themselves|me",
    "urges|urge ~ to ~ jump|hurt|harm|kill",
    "use ~ one|it|them ~ on ~ himself|herself|myself",
    "vodka|wine|whisky|whiskey|gin|booze|alcohol|drink ~ and ?a load|loads|lots|handful|bunch of pills|tablets|meds|paracetamol",
    "voices ~3 louder|worse|stronger|constant",
    "voices ~4 telling|tell|told|say|saying",
    "voice|voices ~12 have ~ to ~ stop|kill|hurt ~ him|her|them",
    "walk|walking ~ into ~ the ~ sea|river|canal|lake",
    "walls|floor|ceiling ~3 are|keep|keeps ~ moving|breathing|melting|talking $",
    "wanna|wana die|dead",
    "want more this life",
    "want|urge|urges ~2 to ~ drive|crash ~3 into",
    "want|wanna|wish ~ to ~ disappear ~3 never ~ come ~ back",
    "want|wanna|wish ~4 sleep ~10 ever again|forever $",
    "want|wanna|wish|need ~3 stop existing|living|breathing",
    "want|wanna|wish|wants|wanted|wanting ~ to ~ disappear $",
    "want|wanted|wanna ~ to ~ end ~ things|everything $",
    "want|wanted|wanting|wish|wishing to fade away",
    "want|wanted|wants|wanna|wish|wishing ~ 2 ~ die",
    "want|wanted|wants|wanting|wish|wishing ~ to ~ die",
    "want|wanted|wish ~ it ~ all ~ to ~ end|stop",
    "want|wanted|wish ~2 everything ~ to ~ end $",
    "want|wanted|wish|need ~ it ~ to ~ end",
    "want|wanted|wish|wishing to be dead|gone",
    "want|wants die",
    "want|wants|wanted ~2 to ~ join ~ my|his|her ~ nan|gran|grandad|grandma|wife|husband|mum|dad|mother|father $",
    "want|wants|wanted ~2 to ~ join ~ my|his|her ~ nan|gran|grandad|grandma|wife|husband|mum|dad|mother|father ~ in|and",
    "want|wants|wanted|wanting|wanna|wish ~4 asleep|sleep ~ forever",
    "want|wants|wanted|wish ~ it ~2 to be over $",
    "ways|methods to die",
    "weeks|months|whole ~3 methadone|tablets|pills|meds|supply ~ all ~ at ~ once",
    "what ~ ill|i|id ~ do ~ to ~ myself",
    "will|going|gonna ~ cut|hurt|harm ~ herself|himself|myself",
    "wish ~ i ~ was|were|wasnt|had ~ dead|never",
    "wish|hope|want ~2 someone|somebody ~3 kill|stab|end ~ me",
    "wish|hope|want ~2 someone|somebody ~3 shoot ~ me $",
    "wont ~ have|need ~ to ~ worry ~ about ~ me ~ after ~ tonight|today",
    "wont ~ need ~ them|it ~ where ~ hes|shes|im|theyre ~ going",
    "wont|not ~ be ~ able ~ to ~ stop ~ myself",
    "worked|working ~ out ~ how ~ many|much ~4 tablets|pills|paracetamol|insulin ~3 need $",
    "world ~3 turning ~ without ~ me",
    "written|wrote|made ~ a ~ will ~12 goodbye",
    "written|wrote|writing ~ letters|notes ~2 for|to ~ my|the ~ family|kids|children|wife|husband|partner|parents|mum|dad",
    "written|wrote|writing|left ~2 a|my ~ note|notes|letter|letters|goodbye ~2 for|to ~ my|the ~ family|kids|children|wife|husband|partner|parents $",
];
const SAFEGUARDING: &str = lines![
    "11|12|13|14|15 ~ year ~ old ~ is|was|got|girl|daughter ~2 pregnant",
    "abroad ~8 married|marry ~8 doesnt|dont|not|scared|against|wont",
    "abroad|holiday|away|country ~5 to be cut",
    "abusing|abuses ~ me|my|the ~ child|children|kids|baby|son|daughter",
    "asking|asks|asked|tells|told ~ them|her|him|kids|children ~3 come|get ~ to|in|into ~ his|her ~ car|van|house",
    "beat|beats|beaten|battered|beating ~ him|her|them|me|us up",
    "been ~ giving|buying ~6 niece|daughter|son|nephew|girl|boy ~ vodka|alcohol|booze|weed|drugs",
    "being ~ abused|hurt|hit|beaten|touched|drugged|starved|groomed|exploited|trafficked",
    "belt|cigarette|slap|whip|grip ~ marks|mark|burns",
    "black ~ eye ~6 said|says ~3 dad|mum|stepdad|father|mother|boyfriend ~ did",
    "black ~ eye|eyes ~3 from|off ~ my ~ partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad",
    "black ~ eye|eyes ~8 says|said|claims ~6 door|cupboard|walked",
    "boyfriend|husband|partner|ex|he ~4 put|puts ~ her|me|him ~ in ~ hospital",
    "boyfriend|husband|partner|ex|he ~6 threatening|threatens|threatened ~ her|him ~ again",
    "boyfriend|husband|partner|girlfriend ~ wont|doesnt ~ let ~ her|him ~2 speak|talk",
    "boyfriend|husband|partner|wife|girlfriend|he|she ~ wont|doesnt|didnt ~ let ~ her|him ~5 on ~ her|his ~ own|alone",
    "boyfriend|stepdad|stepfather|uncle|lodger|cousin ~6 comes|came|coming|creeps ~ into ~ my|her|his ~ room|bedroom",
    "boyfriend|stepdad|stepfather|uncle|man ~6 coming|comes|keeps|walks|walking ~3 bathroom|bedroom",
    "breaking ~ point ~12 shaking|shook|slapped|slapping|smacked|smacking ~ him|them|mum|dad",
    "broke|broken ~ into ~ my|our ~ house|home|flat ~12 outside|still",
    "brother|uncle|cousin|stepdad ~2 touch|touches|touched|touching my daughter|son|sister|niece|nephew|child|kids",
    "bruises|bruised|bruise|marks|black ~6 says|said|claims|claimed ~ he|she ~ fell|walked",
    "bullying|pressuring|forcing|forced|pressured|making ~ her|him|them|my ~2 into ~ signing|sign|giving",
    "burned|burnt ~ me|her|him ~ with ~ a ~ cigarette|lighter|iron",
    "buying|buys|bought|giving|gives ~ her|him ~ gifts|presents ~4 asking|asks|asked|wants ~2 photos|pictures|pics",
    "buys|buying|bought|sends|sending ~ him|her ~ gifts|presents ~8 secret|tell|between|messages",
    "cant|cannot|mustnt|shouldnt ~ tell ~ anyone|anybody|my ~ about ~ us $",
    "care ~ home ~8 isnt|arent|not|wont|never ~ feeding|feed|fed|washing|washed|changing|changed ~ him|her|them|mum|dad ~ and|properly|enough|or",
    "carers|carer ~2 havent|hasnt|didnt ~ turned|come|been|visited ~4 days|day",
    "carer|carers ~4 taking|takes|took|stealing|steals|stole|stolen|pinching ~3 money|pension|cards|savings|purse|wallet|jewellery",
    "carer|carers ~6 shouting|shouts|shouted|slapping|slaps|slapped|hitting|hits|hit|pushing|pushed|bullying|bullies|swearing ~2 her|him|them|mum|dad|nan|grandad|gran",
    "carer|lodger ~8 moved ~ her|his ~ boyfriend|partner|girlfriend|family|friends ~ into",
    "carry|carrying|deliver|delivering|move|moving ~3 packages|parcels|packets|bags ~4 towns|town|cities|london",
    "cash|money|trainers|phone|gifts|presents|clothes ~8 wont|doesnt|didnt|refuses|refused ~ say|tell|explain ~2 where ~3 from $",
    "cash|money|trainers|phone|gifts|presents|clothes ~8 wont|doesnt|didnt|refuses|refused ~ say|tell|explain ~2 who ~4 gave|gives|bought|buys|sent",
    "checks|tracks|monitors|watches ~ where ~ i ~ go|am",
    "children|child|kids|kid|baby|toddler|boy|girl|lad ~6 covered ~ in ~ bruises|burns",
    "child|baby|toddler|kids|children|boy|girl ~3 alone ~6 since|for ~2 days|day|hours|night",
    "child|baby|toddler|kids|children|boy|girl ~5 is|been|left|are alone two|three|four|five|several|2|3|4|5 days|nights",
    "child|boy|girl|kid|son|daughter ~8 hungry|starving ~5 marks|bruises|bruising|burns",
    "child|children|kid|kids|baby|son|daughter ~4 at risk",
    "child|children|kid|kids|baby|son|daughter|toddler|grandson|granddaughter ~4 unsafe|neglected",
    "comes|come|coming ~ to ~ ours ~ for ~ food|tea|dinner|meals",
    "covered ~ in ~ bed|pressure ~ sores",
    "cries|crying|screams|screaming ~4 hours ~12 never ~ see|seen ~ the|any ~ parents|parent|adult|adults|mum|mother|dad|father",
    "daughter|son|child|teenager|kid|girl|boy is missing $",
    "daughter|son|child|teenager|kid|girl|boy is missing since|for|overnight|all",
    "daughter|son|child|teenager|kid|girl|boy|old has been missing since|for|overnight|all",
    "death threat|threats",
    "doesnt|dont|wont|never|not ~ feed ~ me|us|him|her|them",
    "do|does|did|doing ~ bad ~ things ~ to ~ my|her|him|me",
    "drags|dragged|dragging|pulls|pulled ~ her|him|me ~ by ~ the|her|his|my ~ hair|neck|throat",
    "drives|driving|drove ~ drunk ~4 with ~ him|her|them|kids|children|baby",
    "ex ~12 coming|come ~ round|over|after ~3 me|mates|friends",
    "ex ~4 keeps|kept|keep ~ turning|showing|coming ~ up|round ~3 outside|house|home|work|garden|door|flat|window|windows",
    "ex|partner|husband|boyfriend|wife|girlfriend|dad|stepdad|he|she|they|someone|man ~6 turned|turning|turns|came|showed ~ up|round ~6 with ~ a ~ hammer|knife|gun|machete|bat|weapon|crowbar",
    "ex|partner|husband|boyfriend|wife|girlfriend|stepdad ~8 threatened|threatening|threatens ~ me|us",
    "ex|stalker ~2 keeps|kept ~ turning|showing ~ up ~ at ~ our|her|his ~ house|home|door|work|school",
    "ex|stalker ~4 outside ~ my|our ~ work|house|home|flat|door ~3 every|all|again",
    "eye|bruise|bruises|marks|burns ~12 not ~ to ~ tell",
    "fgm",
    "followed|follows|following ~ me ~ home",
    "forced|forces|forcing|made|makes|pressured ~ me|her ~3 sex",
    "forced|forcing|making|pressured|pressuring ~3 marry|wed",
    "forced|made|making|forcing|forces|makes ~ to ~ sell|deal|carry|move ~ drugs",
    "forced|pressured ~ into ~2 marriage|marrying",
    "found ~ wandering ~4 motorway|road|roads|street|streets|night",
    "frightened|scared|afraid|terrified ~ of ~ his ~ temper|anger|moods|rages",
    "girl|girls|woman|women ~8 never ~3 goes|go|allowed|let ~ out ~12 men|man",
    "given ~3 phone|phones|trainers|money|gifts|presents ~3 by ~ men|man|older|lads",
    "grab|grabbed|grabs|grabbing ~2 child|kid|boy|girl|baby|toddler ~ by ~ the ~ neck|throat|hair",
    "had|have ~ to ~ hide ~ the ~ knives",
    "hands|hand ~ on ~3 daughter|daughters|son|sons|child|childs|kid|kids|her|his ~ private|privates",
    "hanging ~ around|about|out ~ with ~ older ~ lads|men|boys",
    "hanging|hangs|loitering ~6 photos|pictures|videos ~ of ~ the|my|our ~ kids|children|girls|boys",
    "hasnt|not ~ come ~ home ~4 nights|days",
    "hell|shell ~3 kill ~ his|her|my ~ dad|mum|father|mother|brother|sister|wife|husband|partner",
    "hell|shell ~8 if ~ i ~ leave $",
    "hell|shell|hed|shed ~ hurt|kill|harm ~ me|us|the|my ~ ?kids|children|baby",
    "hell|shell|theyll ~2 finish ~ me ~ off",
    "hell|shell|theyll|threatened|threatening|threatens ~4 burn|torch ~3 house|flat|home|place",
    "hes|shes ~2 violent",
    "hes|shes|he|she|theyve|ex ~2 got|has|carries|carrying ~ a ~ knife|gun|machete|hammer|weapon",
    "he|hes|she|shes|husband|partner|boyfriend|dad ~3 smashed|smashes|smashing|wrecked|trashed ~ the|our|my ~ house|home|flat|place ~ up",
    "he|she ~ gets|is ~ violent",
    "he|she|husband|partner|boyfriend|wife|dad|mum|stepdad|man ~4 locks|locked ~ the ~ food|fridge|cupboards",
    "he|she|husband|partner|boyfriend|wife|girlfriend ~4 reads|read ~ my ~ messages|texts|emails $",
    "he|she|husband|partner|boyfriend|wife|girlfriend|they|dad|mum|son|daughter|carer|stepdad|stepmum ~ wont|doesnt|never ~ let ~ me|her|him ~ leave ~2 house|home|flat",
    "he|she|husband|partner|boyfriend|wife|mum|dad ~2 hides|hid ~ the|my|our ~ food|passport|keys|money|inhaler|medication|tablets|meds|phone",
    "he|she|they ~ has|have|got|keeps ~ my ~ passport|passports $",
    "he|she|they ~ makes|made|forces ~ me ~ do ~ things ~4 dont|didnt|not ~ want|wanna",
    "he|she|they ~ wont|doesnt|dont ~ let ~ me ~4 alone",
    "he|she|they|ex ~ knows|know ~ where ~ i ~ live|work",
    "he|she|uncle|son|daughter|husband|wife|partner|dad|father|mum|mother|brother|sister ~ wont|doesnt|didnt ~ let ~ ?the doctor|gp|nurse|anyone|carers|carer|nobody ~ see|visit",
    "hiding ~ from ~ my ~ partner|husband|wife|boyfriend|girlfriend|ex|dad|stepdad|father",
    "hit|hits|beaten|beat|whipped|smacked|hitting ~3 with a|the|his|her belt|stick|cable|wire|slipper",
    "holds|held|holding|pulled|pulls ~ a ~ knife|gun|blade ~ to|on ~ me|my|her|him|us",
    "hurts|hurt|hits|hit|kicks|kicked|punches|punched ~ mummy|mommy|mammy|nanny|nana",
    "husband|partner|boyfriend|he ~ beat|hit|hurt ~ me ~ every|all ~ day|night|time",
    "husband|partner|boyfriend|wife|girlfriend ~2 wont|doesnt|never ~ let|allow ~ her|him ~ see|go ~2 doctor|gp|anyone|friends|family",
    "husband|wife|partner|boyfriend|employer|boss|uncle|family ~4 taken|took|takes|keep|keeps|kept ~ her|his|my ~ passport|passports|documents",
    "if ~ i ~ leave|go|tell ~3 hell|shell|theyll|he|she|they ~2 take|takes|taking ~ the|my|our ~ kids|children|baby|son|daughter",
    "if ~ i ~ leave|go|tell ~3 kill|hurt|hit ~ me",
    "if ~ i ~2 leave|leaving ~12 ill|youll ~ be ~ sorry",
    "im|i ~3 going|gonna ~2 hurt|harm|stab|attack ~ someone|somebody|people|anyone|others",
    "im|i|am ~2 scared|afraid|worried|frightened|terrified ~3 ill|i|might|could ~2 hurt|harm|hit|kill|shake ~ her|him|them|someone|my|the",
    "im|i|me ~2 not|never ~ allowed ~5 alone",
    "im|shes|i|she ~2 11|12|13|14|15 ~4 pregnant",
    "in ~ her|his|their ~ room ~6 days|hours|since|morning ~6 not|isnt|wont|hasnt ~ answering|responding|answer|respond",
    "in ~ our|my|his|her|their ~ room|rooms ~6 no|without ~ food|water",
    "is|hes|shes|been|theyre|are living ~2 in filth|squalor",
    "is|shes ~ 11|12|13|14|15 ~ and ~ pregnant",
    "ive|has|have|hes|shes|just ~ run|ran ~ away ~ from ~ home",
    "i|ive|im|we|weve|son|daughter|husband|wife|partner|brother|sister|friend|dad|mum|boyfriend|girlfriend ~3 been|got|just ~ stabbed|glassed|assaulted|mugged|attacked",
    "keeps|kept ~ turning|showing ~ up ~ at ~ my ~ house|home|work|door",
    "keeps|kept|been ~3 asking|inviting|getting ~ my ~ son|daughter|child|kid|boy|girl|grandson|granddaughter ~8 alone ~ with ~ him|her|them",
    "keeps|kept|been|keep ~3 hitting|beating|hurting|punching|kicking|strangling|choking|threatening ~ me|us",
    "keeps|kept|keep ~ running ~ away",
    "keeps|kept|keeping ~ my|her|his ~ daughter|son|child|girl|boy|granddaughter|grandson ~3 in ~ his|her|their ~ flat|house|room|car|van ~6 hours|overnight|night|nights|days",
    "kept ~2 as|like ~ a ~ slave|prisoner",
    "kept|locked ~ in ~ her|his|their ~ room|bedroom ~ by",
    "kept|locked ~ in ~ the|my|a ~ house|room|flat|home ~4 not ~ allowed",
    "kids|children|child ~8 no|without ~ coats|coat|shoes ~6 night",
    "kids|children|child|baby|babies|toddler|toddlers|little ~4 left ~ on ~ their|his|her ~ own ~3 night|nights|weekend|weekends|overnight",
    "kids|children|child|baby|toddler|son|daughter ~5 left ~ hungry|unfed|unwashed",
    "kids|children|child|boy|girl ~4 filthy|dirty|unwashed|smelly ~ and ~ hungry|starving|thin",
    "kids|children|child|toddler|baby ~8 late ~ at ~ night ~4 without|no ~ coats|coat|food|shoes|supervision",
    "kill|hurt|hit ~ me ~ if ~ i ~ tell|leave|go|talk",
    "knife|gun ~8 for ~ me|us $",
    "knows ~ where ~ the|my ~ kids|children ~ go ~ to ~ school",
    "leaves|left|leaving ~ us|me|them ~ alone ~3 night|nights|overnight|days|weekend",
    "leave|leaves|left ~ him|her ~ in ~ his|her ~ cot ~3 all ~ day|night",
    "leave|leaves|left ~ their|her|his ~ toddler|baby|child|kids|children ~8 alone|cold|night|outside|garden",
    "left ~ on ~ their|his|her ~ own ~3 days|nights|weekend|weekends",
    "left ~ to ~ mind|look ~3 younger|little|baby ~ siblings|brother|brothers|sister|sisters",
    "left ~ with ~ his|her|their ~ younger ~ siblings|brother|brothers|sister|sisters",
    "left ~3 in ~ own ~ urine|mess|faeces|poo|wee",
    "left|leaves|leaving ~5 soiled|wet|dirty|filthy ~ pads|pad|nappy|nappies|clothes|sheets|bed|bedding",
    "little|young ~ boy|girl|lad|kids|children ~6 outside|out ~4 at ~ night",
    "lock|locks|locked ~ me ~ in ~2 house|home|flat|room|bedroom",
    "lock|locks|locked ~ me ~ inside",
    "love ~ bites|bite ~8 man|men|older|money|gifts",
    "made|forced ~ to ~ carry|deliver|hold|drop|move ~ packages|drugs ~2 for",
    "made|forced|making ~ to ~ have ~ sex",
    "made|forced|making|forcing ~ to ~ work ~ for ~ nothing|free",
    "made|forced|making|forcing ~ to ~ work ~6 no|without|nothing ~ money|pay|wages",
    "made|forced|making|forcing ~2 sleep|have ~ with ~2 men|boys|older|people",
    "made|forced|pressured|making|forcing|pressuring ~3 send|sending ~3 pictures|photos|pics|nudes|images|videos ~3 man|men|him|stranger|strangers|older",
    "made|makes|forced|forces|making ~ me|him|her|them ?to sleep ~3 garden|shed|outside|floor|car|street|cold",
    "made|makes|making|forced|forces ~ him|her ~ do|watch|touch ~ sexual|rude|porn",
    "makes|made ~ her|him ~ sign ~ things|papers|documents|cheques",
    "makes|made ~ me|her|him|us|them ~4 sleep ~ in ~ the ~ shed|garden|car|garage|street",
    "makes|made|making ~ her|him ~ sit ~ on ~ his ~ knee|lap",
    "makes|made|making ~ me ~ sit ~ on ~ his|her ~ lap|knee",
    "makes|made|making ~ my|her|the ~3 sit|stay|go|sleep ~ in ~ his ~ room|bedroom",
    "makes|made|making|forces|forced ~ her|him|me ~ hand ~ over ~2 money|wages|pension|benefits|card|cards|bank",
    "make|makes|made|making|forced|forces|forcing ~ me|her|him ~ sleep ~ with ~ them|him|men|his|their|strangers|people|other|others",
    "making|forcing|forced ~4 give|hand ~ them|him|her ~ her|his|their ~ bank|card|cards|money|pension|pin",
    "making|made|forcing|forced|getting ~ my|our|her|his ~ son|daughter|boy|girl|child ~ send|sending ~ pictures|photos|pics|images|videos|nudes",
    "making|makes|forcing|forces ~ him|her|them|my ~5 sell|deal|carry drugs",
    "man|men|guy|bloke ~4 met ~ online ~4 buys|buying|bought|gives|giving|gave ~ her|him ~ things|presents|gifts|phone|phones|vapes|alcohol|drink|drugs",
    "man|men|he ~2 keeps|kept|keeping ~ her|him ~ in ~ his|their ~ flat|house|room|car|van",
    "man|men|stranger|strangers|bloke ~6 offering|offered|offers ~ my|her|his ~ son|daughter|child|kids|children ~ sweets|money|lifts|cigarettes|vapes",
    "man|woman|someone|somebody|bloke|guy|lad|person ~4 outside|car|carpark|waiting|reception ~5 threatening|shouting|screaming|yelling|saying|says ~3 hell|shell|theyll|ill|will|gonna|going|to ~2 hurt|kill|stab|attack|hit",
    "men|man ~4 gave ~ her|him ~ drinks|alcohol|drugs|vodka",
    "messaging|messages|texting ~ him|her ~4 asking ~ for ~ photos|pictures|pics",
    "money ~8 share|post|send|leak ~4 pictures|photos|pics|images|videos",
    "money|cash|pension|benefits|savings ~2 taken|stolen ~ by ~2 his|her|their|carer|carers|son|daughter|housemates|housemate|family|neighbour",
    "moved ~ into ~3 flat|house|home ~12 drugs|dealing",
    "mum|dad|mother|father|parents ~ leaves|left|leave ~ him|her|them ~6 for ~ days|nights $",
    "my ~ partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad|father|ex ~ hits|hit|beats|beat|hurts|hurt|abuses|abused|kicks|kicked|threatens|threatened|controls|strangled|choked",
    "neglected|neglecting ~6 care|nursing ~ home",
    "neighbour|neighbours|someone|woman|man|child|kid ~6 screaming|shouting|yelling ~2 help $",
    "neighbour|neighbours|someone|woman|man|child|kid ~6 screaming|shouting|yelling ~2 help and",
    "never ~ see ~ them|the|my|her|him ~3 if ~ i ~ tell|leave|go|report",
    "never|no ~ food ~ in $",
    "never|no ~ food ~ in ~ the ~ house|flat",
    "new ~ boyfriend|partner|girlfriend ~10 marks|bruises|bruising|burns",
    "new ~ friend|boyfriend|girlfriend ~12 got|has|took|taken|taking|using ~ her|his ~ bank ~ card|cards|details|pin",
    "next|neighbours|neighbour|upstairs|wall ~10 shouting|screaming ~5 things|glass|plates ~ breaking|smashing|thrown",
    "niece|daughter|girl|granddaughter|sister|cousin ~6 to be cut over|in|during|abroad|when|this|next|at",
    "no ~ heating|food ~ or|and ~ food|heating ~4 sitting|sat|dark|alone|cold",
    "not ~ allowed ~ to ~ see|contact|visit ~ my ~ friends",
    "not ~ allowed ~6 own ~ money|bank|card|cards|phone|passport|friends",
    "not|hasnt|havent ~ opened ~ his|her|their ~ curtains",
    "not|havent|hasnt|nobody|noone|no ~2 seen|see|heard ~ her|him|them ~ for ~3 days|week|weeks ~12 smell|milk|curtains|bottles",
    "not|isnt|arent|unsafe ?safe at|in home|house",
    "nowhere ~ to ~ go|sleep|stay ~ tonight",
    "of ~ what ~ he|she ~ does|did|will|might|could ~2 when ~ hes|shes|he|she ~ angry|drunk|drinking|mad|high",
    "old|son|daughter|child|teenager|kid ~3 going|goes|gone|went ~ missing",
    "online ~ boyfriend|man|men|guy ~6 meet|meeting",
    "outside ~3 watching ~ my ~ house|home|flat",
    "outside|breached|breaking|broke ~12 restraining ~ order",
    "paid ~2 to ~ hide|carry|deliver|sell|hold|stash ~4 older|lads|boys|men|gang|dealers",
    "partner|husband|wife|boyfriend|girlfriend|ex|dad|mum|stepdad|father|stepmum ~6 hitting|hits|beating|beats|hurting|punching|punches|strangling|choking|threatening|stalking ~ me|us",
    "passed ~ round|around ~4 boys|men|lads|older",
    "pay ~ off ~ a|his|her|the|their ~ debt ~8 sleep|sex",
    "permission ~2 to ~ eat|spend",
    "permission ~3 to ~ leave ~ the ~ house",
    "phone|trainers|clothes|money|gifts|presents ~6 from ~ a|an|some ~2 man|men|guy ~ she|he ~ met ~ online",
    "photo|picture|pic|photos ~6 my ~ house|home|flat|car|kids ~6 knife|gun|threat|threatening",
    "picked up by ~2 older ~ men|man|lads|boys",
    "post|share|posting|sharing ~2 nudes ~4 if|unless",
    "push|pushed|shove|shoved ~ her|him ~ over $",
    "put ~ me|her|us ~ in ~ the ~ ground|grave",
    "raped",
    "record ~2 for ~ child ~ abuse ~8 living|lives|moved|staying",
    "safer ~5 than ~ being|staying ~ at|in ~ home|house ~ with",
    "said|says|say|saying|threatened|threatens|told|tells ~3 kill|hurt|murder|stab|attack ~ me|us",
    "says|said ~2 not ~ to ~ tell ~ us|me|mum|anyone|anybody|parents",
    "says|said|threatens ~3 use ~ it ~ on ?my me|her|him|us|mum|wife|kids|dad|son|daughter|partner",
    "says|said|told|tells ~2 keep ~ it ~ between ~ us|ourselves",
    "says|saying|said|threatens|threatening ~3 hell|shell|theyll ~ find ~ me|us ~ and ~ the|my|our ~ baby|kids|children|son|daughter",
    "scared|afraid|frightened|terrified ~ to ~ go ~ home",
    "scared|afraid|frightened|terrified ~2 hes|shes|he|she|they ~2 going|gonna|will ~ to ~ kill|hurt ~ me|us",
    "scared|afraid|frightened|terrified|fear|fearing ~ for ~ my ~ life|safety $",
    "secret ~ game|games ~8 mustnt|shouldnt|cant|never ~ tell",
    "seen ~ for ~ days|weeks ~12 smell|smells",
    "seen ~ her|him ~4 days ~8 answering|answer ~ the|her|his ~ door",
    "selling|dealing|running ~ drugs ~2 for ~ older|men|lads|gang|gangs",
    "sending|sends|sent|giving|gives|buying|buys ~ my ~ daughter|son|kid|child|granddaughter|grandson money|gifts|presents",
    "sending|sends|sent|showing|shows|showed ~ her|him|my ~ photos|pictures|pics|videos|images ~4 arent|not|isnt|werent ~ right|appropriate|nice|okay|ok",
    "sending|sends|sent|showing|shows|showed ~ my|her|his|a ~4 year ~ old ~3 rude|dirty|sexual|naked|nude ~ pictures|photos|messages|pics|images",
    "sending|sent|sends ~6 sexual|explicit|naked|nude ~ messages|pictures|photos|pics|images",
    "sent|send ~ back ~6 if ~ i|she|he ~ tell|tells",
    "sexually ~ assaulted|abused|attacked",
    "shakes|shaking|shook ~ the|my|her|his ~ baby|toddler",
    "she|he|someone|somebody|woman|lady|man|child|kid|baby|neighbour ~4 screaming|shouting|crying|calling ~ for ~ help ~3 at ~ night",
    "shouting|screaming|saying ~3 going|gonna ~ to ~ kill|stab|shoot ~ someone|somebody|people|everyone",
    "sign ~ cheques|cheque ~ to|over|for ~ her|him|them",
    "sign ~ over ~ her|his|their ~ house|home|money|savings",
    "sit|sits|sitting ~ on ~ his|her lap ~8 alone|secret",
    "sleeps|sleeping ~ there|at|in ~6 cant|cannot ~ leave",
    "snap ~ and ~ hurt|hit|harm",
    "sneaking|sneaks|sneaked|snuck ~ out ~3 meet|see ~2 a|an|older ~ man|men|guy|bloke",
    "someone|somebody|man|stranger|adult|he ~4 sending|messaging|texting ~ my ~6 asking|ask|wants ~ her|him ~ to ~ meet",
    "son|daughter|brother|sister|carer|carers|husband|wife|family ~6 leaves|left|leaving ~ her|him|them ~ with ~ no ~ food|heating|money",
    "son|daughter|brother|sister|carer|grandson|granddaughter|nephew|niece ~3 stealing|stole|steals ~ money|cash ~2 of|from ~ her|his|their ~ account|accounts",
    "son|daughter|carer|carers|grandson|granddaughter|nephew|niece|uncle|aunt|auntie|lodger|husband|wife|family ~3 takes|took|taking|steals|stole|stealing ~3 her|his|their ~2 pension|benefits|savings|money|cards|card",
    "son|daughter|child|teenager|boy|girl|kid ~6 disappearing|disappears|vanishing ~ overnight|nights",
    "son|daughter|nephew|grandson|man|lodger|boyfriend ~4 moved ~ in ~12 looks|seems|shes|hes|is ~ terrified|frightened|petrified",
    "stalked|stalking|stalker",
    "stalked|threatened|harassed ~ by ~ my ~ ex|partner|husband|boyfriend|wife|girlfriend|stepdad",
    "started ~ coming ~ home ~ with ~ cuts|bruises|marks",
    "starves|starved|starving ~ me|him|her|us|them",
    "stealing|steals|stole|stolen|draining|emptied|emptying ~3 his|her|their ~ money|pension|savings|benefits",
    "stopped|stopping|not ~ taking ~3 on purpose $",
    "stop|hurt|leave ~6 if ~ i ~ tell ~ anyone|anybody|someone",
    "take ~ the|my|our ~ kids|children|baby|son|daughter ~ if ~ i ~ leave|go|tell",
    "taken|taking|took ~ over her|his house|home|flat|money|finances|account",
    "takes|took|taken|keeps|kept ~ our|my ~ wages|passport|passports|documents|pension|benefits",
    "taking|takes|took ~2 all ~ his|her|their ~ money|pension|savings|benefits",
    "taking|took|takes ~ money|cash ~4 without ~ asking|permission|her|his|telling",
    "taking|took|takes|stealing ~ money ~ from ~ his|her ~ account ~6 scared|afraid|frightened",
    "taking|took|takes|stealing ~ money ~ out ~ of ~ her|his ~ account|bank|purse ~3 shouting|hitting|threatening|without|behind",
    "teacher|coach|man|men|adult|stranger|neighbour|tutor|leader ~6 sends|sending|sent ~ him|her ~2 private|secret ~ messages|texts|photos",
    "tells|told|telling ~ her|him|them ~ not ~ to ~ tell $",
    "tells|told|telling ~ her|him|them ~ not ~ to ~ tell ?her|his anyone|anybody|mum|mummy|dad|daddy|parents|teachers|mother|father",
    "theyll|hell|shell|they ~2 hurt|kill ~ my ~ family|kids|children|mum",
    "theyll|hell|shell|threatening|threatened|threaten ~4 hurt|harm|kill|touch ~ my|our ~ kids|children|son|daughter|baby|kid",
    "thighs|arms|wrists|legs|stomach ~6 on ~ purpose",
    "thought|thinking|think ~2 leaving|leave|abandoning ~ her|him|baby|the ~2 somewhere|outside",
    "threatened|threatening ~4 gang|gangs",
    "threatened|threatens|threatening ~ to ~ kill|hurt|harm ~8 if ~ she|he|i|we ~ tell|tells|leave|leaves",
    "threatening|threatens|threatened ~ me|us|my ~2 home|life|kids|children|safe",
    "threats|threatening|threatened ~ to ~ kill ~ her|him|me|us|them",
    "to ~ marry ~ a|someone|somebody|him|her|man|woman|girl|boy ~4 never ~ met",
    "to ~ marry|wed ~8 dont|didnt ~ want ~ to $",
    "to ~ marry|wed ~8 dont|didnt ~ want ~ to ~ marry|wed",
    "told|tells|asked|asks ~ him|her|them|son|daughter|child|kid ~3 keep ~ it|this ~ secret",
    "told|tells|telling|asked ~ her|him ~ to ~ delete ~2 messages|texts|chats|photos|pictures $",
    "tried|trying ~ to ~ strangle|choke|suffocate|smother|drown|stab ~ me|us",
    "tried|trying ~ to ~ take|snatch|grab him|her $",
    "tried|trying ~ to ~ take|snatch|grab ~ the|my|our ~ kids|children|baby|son|daughter",
    "trying|tries|tried ~ to ~ get ~ my ~3 into|in ~ his|their ~ flat|house|car|van|room",
    "turning|turns ~ up ~6 threatening|threatens ~ me",
    "uncle|stepdad|stepfather|cousin|teacher|coach|neighbour|grandad|grandpa|lodger ~2 touch|touches|touched|touching me|her|him",
    "upstairs|downstairs|neighbour|neighbours ~4 screams|screaming ~12 bruises|bruised",
    "upstairs|downstairs|next ~6 screaming|shouting|crying ~ for ~ help",
    "want|wanted|trying|tried ~ to ~ lose|kill ~ the|my ~ baby|pregnancy $",
    "watches|watched|watching her|him|me in the shower|bath",
    "watches|watching|monitors|monitoring ~ me ~ through|on ~ cameras|camera",
    "will|going|gonna ~ hurt|kill|harm our|my mother|mum|dad|father|baby|kids|children|sister|brother|wife|husband",
    "wont|doesnt ~ let ~ me ~ see ~ a|the ~ doctor|gp|nurse ~ alone|on",
    "{person} ~ hits|hit|beats|beat|kicks|kicked|strangled|chokes|choked ~ me|my|our",
    "{person} ~ threatens|threatened|hurts|hurt me|us",
];

/// A cry for help said on its own, as a sentence ("Help me.", "Please, someone help me"), not a
/// complaint that nobody would.
const CRY_FOR_HELP: &str = lines![
    "^ ?please|pls|plz|someone|somebody help|helpme me|us ?please|pls|plz|now $",
    "^ ?please|pls|plz someone|somebody|anyone|anybody help ?me|us ?please|pls|plz|now $",
    "^ ?please|pls|plz help me|us ~3 going|gonna ~ to ~ kill|hurt|stab|murder|rape ~ me|us",
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
    "went ~ to ~ the ~ bridge|cliff|cliffs|tracks|station",
    "have|got ~ the ~ pills|tablets ~ with ~ me",
    "train|railway ~ tracks|track|line|lines",
    "level ~ crossing|crossings",
    "multi ~ storey|story",
    "multistorey|multistory",
    "top ~ of ~ the|a ~ car ~ park",
    "tablets|pills ~3 in ~ the|my ~ drawer|cupboard|bag|pocket",
    "tablets|pills ~2 hidden|stashed|hoarded",
    "blades|razors|razor ~3 in ~ my ~ bag|purse|pocket|drawer|room",
    "top ~ of ~ the|a ~ building|cliff|bridge|tower|flats",
    "edge ~ of|off ~ the|a ~ bridge|cliff|platform|roof|balcony",
    "off|from ~ the|a ~ bridge|cliff|cliffs|roof|balcony",
    "saving|saved|collecting|collected ~4 tablets|pills|meds|medication|paracetamol|painkillers|morphine|insulin",
    "stockpiling|stockpiled|hoarding|hoarded ~3 tablets|pills|meds|medication|paracetamol|painkillers|morphine|insulin",
    "rope|ligature|noose",
    "pills|tablets|meds|paracetamol ~3 counted|lined|laid|set ~ out",
    "cliff|cliffs",
    "got|have ~ the ~ means $",
    "got|have|found ~ a ~ way $",
    "which ~ tablets|pills ~3 work ~ best",
    "looking|look|staring ~ at ~ the|my ~ pills|tablets|rope|blade|blades|knife",
    "photo|picture|pic|photos ~ of ~ pills|tablets|rope|blade|blades|knife",
    "exhaust|charcoal",
    "with ~ a|my|the ~ razor|blade|blades",
    "shotgun|gun|rifle|firearm|shotguns|guns ~3 in ~ the|my|his|her ~ loft|house|shed|garage|cupboard|drawer|car|wardrobe|bedroom|safe",
    "stop|stopping|stopped ~ taking ~ her|his|my ~ heart|tablets|pills|medication|meds|insulin",
    "how ~ long|many|much ~4 to ~ die|drown|bleed|overdose",
    "enough ~ pills|tablets|paracetamol|painkillers|insulin|meds ~3 to ~ make ~ sure|end|finish|kill",
    "stash|stockpile|hoard ~ of ~ pills|tablets|meds|medication|paracetamol|painkillers",
];
const FAREWELL: &str = lines![
    "left ~ a|her|his ~ note|letter",
    "wanted ~ someone|somebody ~ to ~ know $",
    "cant|cannot ~ find ~ him|her|them $",
    "this ~ is ~ my ~ last ~ feedback|comment|message|review|try|attempt|chance",
    "wrote|written|writing|made|making|sorted|updated|done|did ~ my ~ will",
    "cancelled|cancelling|cancel|stopped ~ my|all ~ direct ~ debits",
    "note|letter|message|text ~3 saying ~ sorry|goodbye",
    "sorted|sorting|putting|put ~ my|his|her ~ affairs",
    "affairs ~ in ~ order",
    "putting|put|got|getting ~ things|everything ~ in ~ order",
    "is|gone|went|been|hes|shes ~ missing $",
    "is|gone|went|been|hes|shes ~ missing since|for|and|overnight|all|again",
    "when ~ im|i ~ gone",
    "look ~ after ~ my ~ dog|cat|kids|children|pets ~ when",
    "texted|messaged|rang|called|text|message ~3 saying ~ hes|shes|im|theyre|sorry",
    "made ~ my|his|her ~ peace",
    "said|saying|say|says ~ goodbye|goodbyes",
    "tell ~ my ~ mum|dad|family|kids|children|wife|husband|partner|son|daughter ~2 im|i|that ~ sorry",
    "written|wrote|writing ~ letters|notes ~ to ~ everyone|everybody ~ i|we ~ love|care",
    "written|wrote|writing ~ letters|notes ~ to ~ everyone|everybody $",
    "cant|cannot|couldnt ~ get ~ hold ~ of ~ him|her|them $",
    "cant|cannot|couldnt ~ get ~ hold ~ of ~ him|her|them since|all|today|tonight|anywhere|now",
    "locked ~ himself|herself|themselves ~ in ~6 wont|not|isnt ~ answer|answering|respond|responding",
    "given|giving|gave|give ~ away ~ my|his|her ~ cat|dog|pets|belongings|possessions|things|stuff|books|games|console|xbox|playstation|guitar|bike|clothes|collection|tools|jewellery",
    "given|giving|gave ~ my ~ cat|dog|cats|dogs|pets ~ to",
    "thanks|thank ~ for ~ trying",
    "sent|send|sends ~3 text|message|note ~3 saying|said",
    "sorry ~ for ~ everything $",
    "tying ~ up ~ loose ~ ends",
    "its|everything|all ~ arranged $",
    "will ~ have|take ~ the|my ~ cat|dog|dogs|cats|pets $",
    "cancelled|cancelling ~ everything",
    "hes|shes|he|she|theyre|they ~2 not|isnt|wont|arent ~ picking|pick ~ up $",
    "his|her|their ~ phone|phones ~ is|are|been|went|has ~ off|dead",
    "giving|given|gave|give ~ my|all ~ things|stuff|belongings|possessions ~3 to ~ charity|friends|people",
    "made|making|make ~ arrangements ~ for ~ the|my ~ dog|cat|pets|kids|children",
    "thanks|thank ~ for ~ everything",
    "my ~ last ~ appointment|visit $",
    "who ~ gets ~ what",
    "who ~ gets ~ my",
    "written|wrote|writing ~2 letter|letters|note|notes ~ to|for ~ my ~ kids|children|family|daughter|son|wife|husband|partner",
    "paid|paying|pay ~ off ~ what ~ i ~ owe",
    "paid|paying ~ off ~ my|all ~ debts",
    "deleted|deleting|closed|closing ~ my ~ social|accounts|facebook|instagram|account",
    "gave|given|giving ~ my ~ sister|brother|mum|dad|son|daughter|wife|husband|partner|friend ~ my ~ bank|pin|cards",
    "going|want|wants|ready|like|love ~ to ~ join ~ dad|mum|husband|wife|him|her|them",
    "giving|given|gave ~ my|his|her ~ cat|dog|pets ~ away",
    "said|saying ~ sorry|goodbye ~ to ~ everyone|everybody",
];
const DESPAIR: &str = lines![
    "cant ~ face ~ going ~ home|on",
    "think|thinking|talking|talked|talks ~ about|of ~ ending ~ it|things",
    "in ~ his|her|my ~ room ~ with ~ the ~ curtains ~ shut|closed|drawn",
    "point ~ in ~ me|myself",
    "everyone|everyones|everybody|everybodys|they|theyre|theyve|all ~2 sick|tired ~ of ~ me",
    "im|i|feel|feeling ~3 a ~ burden|drain",
    "burden ~ to|on ~ everyone|everybody|my|them|family|others",
    "being ~ a ~ burden",
    "im|i|feel|feeling ~2 worthless|pathetic",
    "im|i|feel ~3 waste ~ of ~ space|oxygen|air",
    "nobody|noone|one ~2 cares|care|loves|love|wants|want ~ me",
    "given|give|giving ~ up ~ on ~ life|myself|everything",
    "nothing ~ left ~ for ~ me",
    "waiting ~ for ~ it ~ all|everything ~ to ~ end",
    "alone|lonely ~ in ~ the ~ world",
    "im|i|am ~ not ~ okay|ok|alright|coping $",
    "im|i|am ~ not ~ okay|ok|alright|coping and|at|anymore|mentally|really",
    "hes|shes|theyve|been ~2 low|depressed|suicidal",
    "im|feel|so|feeling ~2 hopeless $",
    "im|feel|so|feeling ~2 hopeless and",
    "nothing ~ matters ~ anymore|now $",
    "doesnt|dont ~ matter ~ anymore $",
    "stopped ~ caring ~ what ~ happens",
    "no ~ reason ~ for ~ me ~ to ~ stay|live|be|carry|keep|go",
    "cant ~ do ~ this ~ anymore",
    "stop ~ being ~ a ~ problem|burden|nuisance ~ for|to ~ everyone|everybody",
    "stopped ~ eating|talking ~ and ~ talking|eating|sleeping|drinking",
    "cant ~ see ~ a ~ future",
    "be ~ fine|okay|ok ~ without ~ me",
    "be ~ a ~ burden ~ anymore|any",
    "decided|decide ~ to ~ stop ~ trying",
    "kids|children|family|everyone|everybody ~3 better ~ off ~ with|without",
    "cant|cannot go on and|anymore|any|now",
    "theres|there ~ no ~ point $",
    "havent|not ~ told ~ anyone|anybody|my|family ~3 struggling",
    "im|i ~ done ~ fighting $",
    "^ im ~ done $",
    "tired ~ of ~ fighting $",
    "if ~ i ~ dont ~ get ~ help ~ today|now|soon",
    "im|i ~ done ~ with ~ everything|life|living $",
    "pain ~ will|ll ~ be ~ over ~ soon",
    "want ~ it|everything|this ~3 to ~ stop|end ~ for ~ good|ever",
    "had ~ enough ~ of ~ being|living|life|everything",
];
const RESOLVE: &str = lines![
    "nearly|almost ~ did ~ it $",
    "it|that ~ would|d ~ be ~ quick|quicker|easy|painless $",
    "today|tonight ~ is ~ the ~ day|night $",
    "tonight ~ it|things ~ feels|feel ~ different",
    "like ~ it ~ was ~ the ~ last ~ time",
    "feel|feeling ~ calm|peaceful ~ now",
    "just ~ in ~ case $",
    "just ~ in ~ case ~ i ~ need ~ them|it",
    "it ~ all ~ planned",
    "easier ~ to ~ just ~ stop|go|end",
    "want ~ it ~ over $",
    "sort|end|finish|do ~ it ~ tonight",
    "cant ~ stop ~ thinking ~ about",
    "plan ~ for ~ tonight",
    "researching|googling|looking|looked|searching|searched ~2 how ~ to ~ do ~ it",
    "tonights ~ the ~ night",
    "tonight ~ im|i ~ going|gonna",
    "know ~ what ~ im|i ~ doing|do ~ tonight",
    "how ~ easy ~ it ~ would|d ~ be $",
    "know ~ what ~ i ~ need|have|got ~ to ~ do $",
    "need ~ the ~ right ~ amount $",
    "see ~ how ~ it ~ felt|feels|feel",
    "wont|not ~ be ~ here|around ~ by|for ~ then|the",
    "wont|not ~ be ~ a ~ problem|burden|nuisance ~3 after|much|longer|soon",
    "last ~ time ~ youll|you ~2 see ~ me",
    "in ~ case ~ anything|something ~ happens ~ to ~ me",
    "make ~ sure ~ this ~ time $",
    "nearly|almost ~ didnt ~ come ~ back|home $",
    "for ~ when ~ im|i ~ ready $",
    "want|wants|wanting ~ to ~ disappear",
    "why ~ i ~ had|have ~ to ~ go $",
    "looked|looking|stared|staring ~ over|down ~ the ~ edge",
    "up ~ there ~ now",
    "wont ~ need ~ them|it $",
    "would ~ be ~ better ~ off $",
    "most|every ~ night|nights $",
    "calm|peaceful ~ for ~ the ~ first ~ time",
    "wont ~ be ~ needing ~ them|it|anything $",
    "it|this ~ will|ll ~ all ~ be ~ over",
    "just ~ standing|stood ~ there",
    "wont ~ be ~ needing|need ~ another|any|more|my ?appointment|appointments",
    "picked|chosen|set ~ a|the ~ date $",
    "made ~ my ~ mind ~ up $",
    "made ~ up ~ my ~ mind $",
    "keep|keeps ~ thinking ~ about ~ it|doing|ending",
    "at ~ peace ~ with ~ it|everything|my|the ~ decision $",
    "at ~ peace ~ with ~ it|everything ~ now",
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
const NOT_MEANT: [NotMeant; 9] = [
    died_of_a_feeling,
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

    /// (what the case shows, comment, whether urgent need is found)
    const CASES: &[(&str, &str, bool)] = &[
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
