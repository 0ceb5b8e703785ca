// The crisis lexicon: phrases and patterns, by kind of danger, over text already folded by
// normalize.ts (lower case, no punctuation or apostrophes: "im", "dont", "kill myself").
//
// Built for recall. Where a phrase could mean danger, it counts: a false alarm costs a coordinator a
// minute, a miss can cost a life. Sources: the Columbia Suicide Severity Rating Scale's screening
// questions (wish to be dead, thoughts, method, intent, plan, behaviour) as young people phrase them;
// Crisis Text Line and 988 volunteer material on indirect disclosure (burden, no way out, goodbyes,
// giving things away); RAINN and NCMEC material on grooming and sextortion; loveisrespect's warning
// signs of dating abuse; the National Runaway Safeline's on unsafe homes; and corpora written for the
// tests (test/assistant/corpus/). No maintained library on the registry does this (searched:
// suicide, self-harm, crisis detection): the public code found was a dozen keyword lists of the
// kind this replaced.

export type CrisisKind =
  | "suicidal"
  | "suicide_plan"
  | "self_harm"
  | "overdose"
  | "physical_abuse"
  | "sexual_abuse"
  | "unsafe_home"
  | "violence"
  | "dating_violence"
  | "exploitation"
  | "emergency";

/** up to n words in between */
const g = (n: number) => `(?: [a-z0-9]+){0,${n}}`;
/** people who might hurt a young person at home, at school or online */
const WHO =
  "(?:dad|father|mom|mother|mum|stepdad|stepmom|stepfather|stepmother|parents?|grandpa|grandma|grandfather|grandmother|papa|uncle|aunt|auntie|brother|sister|stepbrother|stepsister|cousin|foster \\w+|guardian|momsboyfriend|coach|teacher|pastor|priest|boss|manager|neighbor|boyfriend|girlfriend|partner|husband|wife|ex|fiance|roommate|he|she|they|someone|somebody|family|stepparent)";
const PILLS =
  "(?:pills?|meds|medicine|medication|tablets?|tylenol|advil|ibuprofen|acetaminophen|paracetamol|aspirin|aleve|motrin|xanax|adderall|oxy\\w*|percocet|vicodin|fentanyl|benadryl|melatonin|nyquil|sleeping pills|antidepressants?|insulin|prescription|lithium|zoloft|prozac|lexapro|seroquel|klonopin|valium|ambien|codeine|tramadol|opioids?|heroin|cold medicine|them)";
const MANY =
  "(?:a (?:whole )?bottle|the (?:whole )?bottle|bottles|all|a bunch|bunch|a lot|lots|a handful|handful|too many|so many|extra|double|a whole \\w+|my whole|the rest|every|\\d{2,}|like \\d+|(?:five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)|several|many|a pack|a box|\\d+ boxes)";
const WEAPON =
  "(?:guns?|rifles?|shotguns?|pistols?|handguns?|firearms?|revolvers?|glock|ammo|shells|bullets|ar ?15|the ar|knife|knives|blade|razor)";
const HURT_VERB =
  "(?:hits?|hitting|hit|beats?|beating|beat|slaps?|slapping|slapped|punch(?:es|ed|ing)?|kicks?|kicked|kicking|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|shov(?:e|es|ed)|push(?:es|ed)|throws? (?:stuff|things|me)|threw (?:stuff|things|me)|burn(?:s|ed|t)? me|whips?|whipped|smacks?|smacked|hurts? me|hurting me|grab(?:s|bed) me|pins? me|pinned me|drags? me|dragged me|bruised me)";

/** up to five words between a death and the game it happened in, none of them saying it was real */
const GAME_GAP = "(?: (?!real\\b|irl\\b|not\\b|life\\b|actually\\b|for real\\b)[a-z0-9]+){0,5}";
const P = (...parts: string[]) => new RegExp(`\\b(?:${parts.join("|")})\\b`);

export const LEXICON: Record<CrisisKind, RegExp[]> = {
  suicidal: [
    P(
      "suicidal",
      "suicide",
      "suicidio",
      "suicidarme",
      "kill myself",
      "killing myself",
      "kill yourself",
      "killing yourself",
    ),
    P(
      `(?:want|wanted|wanting|wish|wished|wishing|ready|deserve|going|plan|planning|trying|tried|decided|hope|hoping|about|want) to (?:just )?die(?! (?:of|from|laughing|for|on|with|alone in|in (?:class|there|lecture)))`,
    ),
    P(
      "i wish i (?:was|were|could be) dead",
      "wish i (?:was|were) dead",
      "rather be dead",
      "better off dead",
      "be better off without me",
      "better off if im (?:gone|dead|not here)",
    ),
    P(`(?:rather|prefer to) die than (?:live|keep living|go on|go back|wake up|face)`),
    P(
      `(?:end|ending|ended|take|taking|took) (?:my|my own|this) life`,
      "(?:end|ending|ended|ends) it all",

      "end everything",
      `(?:end|ending) (?:it|things|myself)(?! (?:with|between|for (?:the|a|my|our) (?:day|night|week|semester)|off|up|early|there|here))`,
    ),
    P(
      `(?:want|wanted|wanna|thinking|thought|think|planning|going|ready|decided|gonna|about|to) (?:to )?(?:just )?(?:end|ending) it`,
    ),
    P(
      `(?:dont|do not|never|no longer|not) (?:really )?(?:want|wanna|wanting|care) to (?:be alive|live|living|exist|be here|wake up|keep going|keep living|go on|be around)`,
      "dont want to be alive",
      "dont care if i die",
      "dont care if i live",
      "not want to live",
    ),
    P(
      "(?:never|not) (?:to )?wake up(?! (?:on time|early|before|in time|for|until|till|at|late))",
      "sleep forever",
      "die in my sleep",
      "go to sleep forever",
      "sleep and never",
    ),
    P(
      `(?:no|whats the|what is the|is there a|dont see the|do not see the|lost the) (?:point|reason) (?:in|of|to|for) (?:living|life|being alive|existing|being here|going on|me|anything anymore|trying anymore|keep going)`,
      "no reason to live",
      "nothing to live for",
      "nothing left to live for",
      "no point in anything",
      "whats the point of anything",
      "whats the point anymore",
    ),
    P(
      "life (?:isnt|is not|aint|isn t) worth (?:it|living)",
      "not worth living",
      "life is pointless",
      "life is meaningless",
      "hate my life so much",
      "hate being alive",
      "i hate living",
    ),
    P(
      `(?:nobody|anyone|everyone)(?: would| will| even| really| ever| wouldnt| d){0,3} (?:notice|care|miss me|miss|cry)${g(4)} (?:if|when) im (?:gone|dead|not here)`,
      `(?:nobody|anyone|everyone)(?: would| will| even| really| ever| wouldnt){0,3} (?:notice|care|miss me|miss|cry)${g(3)} (?:gone|dead|died|disappeared|not here|wasnt here|wasnt around)`,
      "nobody would miss me",
      "nobody will miss me",
      "would anyone (?:even )?(?:notice|care|miss me)",
      "would anyone care",
    ),
    P(
      `if i (?:just )?(?:disappeared|disappear|vanished|was gone|were gone|died|wasnt here|werent here|wasnt around|didnt exist|didnt wake up|never woke up|was dead|were dead)`,
      "(?:better|easier|happier) (?:off )?without me",
      "(?:better|easier|happier) if i (?:wasnt|werent|was not|were not) (?:here|around|alive)",
    ),
    P(
      `(?:not|stop|quit|without|rather not|tired of|done) (?:be |being )?(?:here|existing|exist|alive|living)(?: anymore)?(?! (?:on|in|at|for|by|until|till|because|since|this|next|tomorrow|today|tonight))`,
      "stop existing",
      "not exist anymore",
      "not existing",
      "tired of existing",
      "tired of living",
      "tired of life",
      "tired of being alive",
      "done with life",
      "done with living",
      "done with everything",
      "done with it all",
      "done with existing",
    ),
    P(
      `(?:wont|will not|not going to|dont plan to|wont even|no longer) be (?:here|around|alive|there)(?! (?:next|on|this|tomorrow|today|tonight|for (?:the|a|our|my|class|school|practice|the meeting) |until|till|because|since|at|during|in (?:the|a|an) |from|when|after|before))`,
      `(?:wont|will not|not going to) (?:be (?:a problem|a burden|anyones \\w+)|bother anyone|need (?:it|this|that|them|the \\w+|any \\w+|my \\w+))${g(5)} (?:much longer|anymore|soon|after (?:tonight|today|this week|friday))`,
      "wont need (?:the|my|any|a)? ?\\w+(?: \\w+)? anymore",
    ),
    P(
      `(?:it|none of (?:this|it)|nothing)(?: really)? (?:wont|will not|isnt going to|wont even|will no longer|will not even|doesnt|dont) matter(?! (?:if|whether|what|which|when|how|too))(?: for me| anymore| soon| then| after| tomorrow|$)`,
      "wont matter soon",
      "none of this will matter",
      "(?:by|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|next week) it wont matter",
    ),
    P(
      "(?:this is|this will be|its) my last (?:message|text|time|day|night)",
      "goodbye forever",
      "bye forever",
      "final goodbye",
      "saying (?:my )?goodbyes?",
      "(?:say|tell) (?:everyone|my \\w+|them|her|him) (?:goodbye|bye)",
      `(?:thanks|thank you) for everything${g(4)} (?:last|goodbye|bye|forever|wont|never)`,
      "last message",
      "one last time",
    ),
    P(
      `(?:giving|gave|give) (?:away )?(?:my|all my)? ?(?:stuff|things|belongings|everything|possessions|stuff) (?:away|to)`,
      "remember me by",
      "(?:wrote|written|writing|left|leave) (?:a|the|my) (?:suicide )?(?:note|letters?|goodbye)",
      "wrote letters",
      "wrote goodbye",
      "not (?:her|his|their|your|anyones|my parents|my moms|my dads) fault",
    ),
    P(
      "(?:no|only one|theres no|there is no|cant see a|dont see a|one) way out",
      `trapped${g(6)} way out`,
      "want (?:it|everything|it all|all of (?:it|this)|the pain|all this) (?:all )?to (?:stop|end|be over)(?: forever)?",
      "make (?:it|the pain|everything) stop forever",
      "(?:it|everything|the pain) (?:to )?stop forever",
      "want to disappear",
      "just disappear",
      "disappear forever",
      "wish i could disappear",
      "wish i (?:was|were) never born",
      "wish id never been born",
      "shouldnt be alive",
      "dont deserve to (?:live|be alive|exist)",
    ),
    P(
      `(?:im|i am|feel like|being|be|im just|im such) (?:such |just |only |always )?(?:a |anyones |everyones )?burden`,
      "burden (?:to|on|for) (?:everyone|my family|them|my parents|my mom|my dad|people|you all)",
      `wont be (?:anyones|a) burden`,
    ),
    P(
      `hop(?:e|ing|ed) (?:the|my|a) (?:plane|car|bus|truck|boat) (?:crashes|crash|hits me|sinks)`,
      `(?:hope|hoping|wish|wishing) (?:i|id) (?:get hit|crash|die|dont wake|never wake|got hit|could die|would die)`,
      `(?:hope|hoping|wish|wishing) (?:a|the|some) (?:car|truck|bus|plane|train) (?:would )?(?:hit|hits|run|runs) (?:me|over me)`,
    ),
    P(
      "might as well (?:be dead|die|end it|make it official|not exist|kill myself|not be here)",
      "(?:go|going) through with it",
      "(?:actually|really) (?:going to|gonna|about to|ready to) do it",
      "not just thoughts anymore",
      "not just a thought anymore",
      "really mean (?:it|to do it|to go through)",
      "(?:do|doing) it (?:tonight|tomorrow|this weekend|soon|for real)",
      "ready to go(?: now)?$",
      "tired of fighting",
      "cant (?:do|take) (?:this|it|life) anymore",
      "cant go on",
      "cant keep going",
      "cant keep living",
      "give up on life",
      "giving up on life",
      "gave up on life",
      "done fighting",
    ),
    P(
      "thoughts? (?:of|about) (?:dying|death|not being here|ending it)",
      "think(?:ing)? about (?:dying|death|not being here|ending it|not waking up)",
      "(?:death|dying) (?:sounds|seems|feels) (?:good|nice|peaceful|better|easier|like)",
    ),
    P(
      `wish(?:ed|ing)? (?:that )?i (?:was|were|could be|would be) dead`,
      "wish(?:ed)? i (?:could|would) (?:just )?die",
      "wish(?:ed)? (?:it|everything|it all) would (?:just )?(?:end|stop)",
      "(?:whats|what is) it like to die",
      `(?:would|does|will) (?:it|dying) hurt${g(3)} (?:to die|if i|dying)?$`,
      "does dying hurt",
      "(?:cant|dont) (?:picture|see|imagine) (?:myself|me) (?:alive|living|being alive|in the future|at \\d+|making it|growing up|getting older)",
      "(?:no|dont see a|dont have a|cant see a) future (?:for me|anymore)",
      `(?:wont|not going to|dont plan on|dont plan to|dont expect to) (?:make it|be (?:alive|here|around)|live) (?:to|for|until|till|past) (?:graduation|\\d+|college|next year|my birthday|christmas|summer)`,
      `(?:everyone|they|people) (?:would|will) move on${g(3)} (?:without me|if i|fast|quick)`,
      "(?:it was|its been) nice knowing (?:you|everyone|yall)",
      "remember me(?! to| as| for| when)",
      "take care of my (?:cat|dog|pet|puppy|kitten|bird|fish|sister|brother|little \\w+) for me",
      "(?:delete|deleted|deleting) (?:all )?my (?:accounts|social media|socials|everything)",
      "(?:wrote|writing|write|made|making) (?:a|my) will",
      "(?:checking|check|clocking|clock|logging|log|signing|sign) (?:out|off) (?:for good|permanently|forever|of life|for the last time)",
      "(?:leave|leaving|left) (?:this world|this earth|forever|for good)",
      "end it for good",
      `(?:im|i am) done${g(3)} (?:for real|for good|with everything|with life|this time|forever)`,
      "(?:going to|want to|about to|gonna) rope\\b",
      "rope myself",
      "tired of waking up",
      `(?:hate|dread) waking up${g(3)} (?:every|each|anymore|again)`,
      "want (?:everything|it all|the world) to go (?:dark|black|away|quiet)",
      "i just want to stop$",
      "want to stop (?:feeling|existing|being alive|breathing|living|hurting)",
      "(?:give|giving|gave) up on (?:everything|life|myself|living|being alive)",
      "i cant anymore",
      "cant (?:do|handle|take) (?:this|it|life|any of this|this life) anymore",
      "cant live like this",
      "cant keep doing this",
      "hate myself(?! (?:for|when|because|bc|lol|haha) )",
      "hate myself so much",
      `worthless${g(4)} (?:die|dead|gone|exist|live|point|here)`,
      "better without me",
      "want out of (?:life|this world|this life|everything)",
      "i want out$",
      "(?:eternal|permanent|forever) (?:sleep|rest)",
      "sleep permanently",
      "(?:intend|mean|meant|plan|planning) to (?:do it|act on|go through|kill|end)",
      "act on (?:it|these thoughts|my thoughts|the thoughts)",
      "(?:preparing|prepared|getting ready|ready) to (?:die|end|go|kill|leave for good)",
      `how (?:high|tall) (?:does|do|would|should) (?:a|the) (?:bridge|building|roof|fall|drop)${g(4)} (?:need|have|be)`,
      "(?:wont|will not|not) (?:be )?(?:around|here|alive) (?:to|for) (?:apply|see|graduate|start|finish|go)",
    ),
    P(
      "(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|end|ending) (?:himself|herself|themselves|themself|his life|her life|their life)",
      "(?:wants|wanted|says (?:she|he|they) wants?|said (?:she|he|they) wanted?|going|plans|planning|is going|threatened|threatening|talks about|talking about|trying|tried) to (?:die|kill (?:himself|herself|themselves)|end (?:it|his life|her life))(?! (?:of|from|laughing|for|with))",
      "(?:cares|care|matter|matters) (?:if|whether) i (?:live|die|am alive|exist|am here)",
      "(?:whats|what is|is there) (?:even |really |honestly )?(?:the )?point (?:of|in) (?:living|life|being alive|existing|me being here|anything)",
      "(?:should|could|might|may as well|would rather|id rather|deserve to) (?:just )?(?:die|be dead|not exist|not be here|disappear)(?! (?:than|trying|of|laughing|from))",
    ),
    P(
      "unalive\\w*",
      "un alive",
      "sui ?cide",
      "su1c1de",
      "k ll myself",
      "kll myself",
      "kil myself",
      "kms fr",
      "want to d ie",
    ),
    // Spanish
    P(
      "me quiero matar",
      "quiero matarme",
      "matarme",
      "quiero morir(?:me)?",
      "no quiero vivir",
      "quitarme la vida",
      "no quiero seguir viviendo",
      "mejor muerto",
      "mejor muerta",
      "desaparecer para siempre",
    ),
  ],
  suicide_plan: [
    P(
      `${WEAPON}${g(8)} (?:myself|my head|my mouth|on me|for me|using it|use it|thinking about it|keep thinking|keep looking|been thinking|know where|the key|the combination|the code|in my (?:backpack|bag|car|room))`,
      `(?:myself|my head|my mouth)${g(6)} ${WEAPON}`,
      `(?:buy|get|find|borrow|steal|take) (?:a|my \\w+s|his|her|the) (?:gun|rifle|shotgun|pistol|handgun)(?! (?:license|safety|course))`,
      "loaded (?:gun|rifle|shotgun)",
      `${WEAPON}${g(14)} (?:look|looking|staring|stare|hold|holding) at it`,
    ),
    P(
      "noose",
      "hang myself",
      "hanging myself",
      "hang (?:me|myself)",
      "(?:tie|tied|tying|bought|got) (?:a|the) rope",
      `rope${g(4)} (?:myself|neck|closet|garage|tree|beam)`,
    ),
    P(
      `(?:jump|jumping|jumped) (?:off|from|in front of)(?! (?:the (?:diving|high) board|a plane with a parachute))`,
      `(?:at|on|to|near|edge of|off) (?:the|a) (?:bridge|roof|rooftop|parking garage|cliff|overpass|building|ledge|tracks)${g(8)} (?:thinking|right now|jump|dont want to (?:get down|come down)|for an hour|stood|standing|edge)`,
      `(?:stand|standing|stood) (?:on|at) (?:the|a) (?:edge|bridge|roof|ledge|tracks)`,
      `(?:bridge|roof|ledge)${g(5)} (?:thinking about it|and jump|dont want to (?:get|come) down)`,
    ),
    P(
      `(?:drive|driving|drove|swerve|swerving|crash|crashing|steer) (?:my car )?(?:into|off|in front of) (?:a|the|an|oncoming|traffic)`,
      `(?:walk|walking|go|going|swim|swimming) (?:out )?(?:onto|on|into|under) the (?:ice|river|lake|ocean|water|inlet|sea|snow)${g(8)} (?:not come back|never come back|nobody would find me|and not|forever|at night|alone|til spring|until spring)`,
      "(?:drown|drowning|freeze|freezing) (?:myself|to death)",
      `(?:can|could|how fast|how long)${g(3)} (?:you|i|someone|a person) (?:drown|freeze to death|bleed out)`,
      "carbon monoxide",
      `(?:car|exhaust)${g(4)} (?:in the )?garage`,
      "bleed out",
      "slit my (?:wrists?|throat)",
    ),
    P(
      `(?:stockpil\\w*|saving up|saved up|hoarding|hoarded|collecting|counting|been saving|stashing|stash)${g(3)} ${PILLS}`,
      `${PILLS}${g(3)} (?:saved up|stockpiled|hoarded|ready|counted)`,
      `how (?:many|much)${g(5)} ${PILLS}${g(5)} (?:would it take|does it take|to die|to not wake|to overdose|would kill|to kill|until|before|is lethal|is deadly|to stop)`,
      `how (?:many|much)${g(5)} (?:would it take|does it take) (?:to die|to not wake|to kill)`,
      `(?:lethal|deadly|fatal|toxic|max|maximum|killing) (?:dose|amount|dosage)`,
      `how (?:many|much) ${PILLS}${g(3)} (?:would|could|can|will|before)`,
    ),
    P(
      `(?:fastest|quickest|easiest|painless|surest|most sure|best|least painful|most effective|cleanest|simplest) (?:painless )?(?:way|ways|method|methods) to (?:die|do it|kill|go|end|not wake)`,
      "ways to (?:die|kill myself|do it|end it|end my life)",
      "(?:so it|make sure it|so that it|that it) (?:actually )?works(?: this time)?",
      "how to (?:kill myself|die|end my life|do it painlessly|tie a noose|hang)",
      "(?:painless|quick) death",
    ),
    P(
      `(?:worked out|figured out|planned|picked|chose|decided|know|thought about|thinking about|imagin\\w*)${g(3)} (?:when and where|how and when|the details|all the details|a date|the date|the day|the method|a method|how (?:id|ill|to|i would|i will|i could|im going to) (?:do it|die|kill|end))`,
      `(?:imagine|imagining|thinking of|planning|picturing|think about) (?:different )?ways to (?:kill|die|end)`,
      "tonight is the night",
      "(?:tried|try|trying|attempted|attempt|going to try) to (?:kill|hang|overdose|end|drown|cut) (?:myself|my)",
      "(?:last|first|next) attempt",
      "(?:suicide )?attempt(?:ed)? (?:again|last|before)",
      "(?:started|start|begun) to take the pills",
      "maybe next time i wont stop",
      "(?:pills|rope|gun|note|plan) (?:is|are) ready",
      "plan is ready",
      "have a plan",
      "made a plan",
      "(?:wrote|written) the note",
    ),
    P(
      `(?:mix|mixing|mixed|drink|drank|drinking|swallow|swallowed)${g(2)} (?:bleach|ammonia|antifreeze|poison|drain cleaner|cleaner|chemicals|rat poison)`,
      "bleach and ammonia",
      `how (?:much|many)${g(5)} (?:is|are) (?:too much|too many|lethal|deadly|enough to)`,
      `(?:pills|meds|tylenol|insulin|rope|gun|bridge)${g(6)} (?:to end it|to die|to not wake up|to sleep forever)`,
      `(?:researching|research|looked up|googling|googled|searching|searched)${g(3)} (?:ways|methods|how) to (?:die|kill|end|do it|overdose)`,
      "set a date",
      "picked a date",
      "(?:the|a) date (?:is|has been) set",
    ),
    P(
      "tengo (?:las|unas) pastillas",
      "pastillas listas",
      "tengo un plan",
      "me voy a tirar",
      "colgarme",
      "ahorcarme",
    ),
  ],
  self_harm: [
    P(
      "selfharm\\w*",
      "self harm\\w*",
      "self injur\\w*",
      "sh (?:again|urges?|relapse|scars|cuts|marks|clean)",
      "(?:relapsed|relapse|relapsing) (?:on|with|into)? ?(?:sh|cutting|selfharm|self harm|it)",
      "(?:clean|sober) (?:from|of) (?:cutting|sh|selfharm)",
      "shd (?:again|last)",
      `urges? (?:to|are)${g(3)} (?:cut|hurt|burn|sh)`,
    ),
    P(
      `(?:cut|cutting|cuts|carve|carving|carved|slice|slicing|sliced|slit|burn|burning|burned|burnt|scratch|scratching|scratched|pick|picking|picked|punch|punching|bang|banging|banged|stab|stabbing|stabbed|bite|biting|bit|bruise|bruising|hurt|hurting|hurts|harm|harming|harmed|hit|hitting|beat|beating|starve|starving|starved|punish|punishing|punished|choke|choking|strangle|strangling) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|ankles?|chest|belly|scars?|hands?)|(?:into|in) my (?:skin|thighs?|arms?|wrists?|legs?))(?! (?:up )?(?:cooking|shaving|by accident|on accident|accidentally|at work|in lab|on the))`,
    ),
    P(
      `(?:cut|cutting|cuts) (?:again|deeper|myself|last night|every night)`,
      "cuts (?:are|were|got) (?:deeper|worse|bad)",
      `(?:hide|hiding|cover|covering|hid) (?:my|the)? ?(?:cuts|scars|burns|marks|bruises) (?:on my|from|so|for|at|with|under)?`,
      "scars from (?:cutting|hurting|when i)",
      `(?:razor|blade)${g(6)} (?:wrist|arm|skin|thigh|leg|myself|get it out|cut)`,
      `(?:wrist|arm|skin|thigh|leg)${g(4)} (?:razor|blade)`,
      "(?:does|do|did) it to (?:himself|herself|themselves)",
      "(?:get|got|take|took|pull|pulled|break|broke) (?:the |a )?blades? out",
      `pencil sharpener${g(4)} blade`,
      `(?:pick|picking|picked|scratch|scratching|open|opening|reopen\\w*|tear|tearing) (?:at )?(?:my )?(?:old )?(?:scars|scabs|wounds|cuts)`,
      `(?:carve|carving|carved|write|writing|wrote|etch\\w*)${g(3)} (?:into|in|on) my (?:skin|thighs?|arms?|wrists?|legs?|stomach|hips?)`,
      "(?:is|has been|keeps|been|started) (?:cutting|burning|hurting) (?:herself|himself|themselves)",
      "(?:cutting|hurting|burning) (?:herself|himself|themselves)",
    ),
    P(
      `(?:been|keep|started|start|still|am|im|was) (?:cutting|burning|hurting|scratching|harming)(?! (?:class|classes|back|down|carbs|sugar|hair|the|my hair|it|paper|wood|vegetables|onions|myself short))`,
    ),
    P(
      `bang\\w* my head${g(6)} (?:until|till|til|so hard|against)`,
      `(?:hit|hitting|punch|punching|bang|banging)${g(2)} (?:the |a )?walls?${g(3)} (?:until|till|til|so hard)`,
      "(?:until|till|til) (?:it|they|i) (?:bleeds?|bled|bleed|stops hurting)",
      "until my knuckles",
      `feel (?:the )?pain${g(3)} (?:on purpose|better|instead)`,
      "deserve (?:the|this|to feel) pain",
      "(?:hurt|hurting|harm|harming|burn|burning|cut|cutting) (?:myself )?(?:on purpose|to feel|so i can feel|to punish|to cope)",
      "to feel something",
      `makes me feel better${g(3)} (?:hurt|cut|pain)`,
      "(?:hurting|cutting|burning) myself makes me",
      "only feel (?:ok|okay|better|good|calm|alive|real) (?:after|when) i",
    ),
    P(
      `(?:make|makes|made|making|force|forcing) myself (?:throw up|puke|vomit|sick|purge)`,
      "(?:throw|throwing|threw) up (?:after|every time) (?:i eat|eating|meals?|every meal|dinner|lunch|breakfast)",
      "(?:puke|puking|vomit|vomiting) (?:after|every time)",
      "purg(?:e|ing|ed)\\b",
      "laxatives?",
      "diet pills",
      `restrict\\w*${g(4)} (?:calories|food|eating|to \\d+)`,
      "\\d+ calories (?:a|per) day",
      `(?:havent|have not|didnt|not|hardly|barely|stopped) (?:eaten|eating|ate)${g(3)} (?:in|since|for) (?:\\d+|two|three|four|five|a few|days|a week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)`,
      "(?:only|just) eat (?:every other day|once a|one meal)",
      "starv(?:e|ing) myself",
      "skip(?:ping)? (?:all my )?meals? on purpose",
      "not (?:eating|eat) (?:on purpose|to punish|so i can)",
      "(?:scared|afraid) to eat",
      `(?:feel|felt) fat${g(3)} (?:dont|didnt|wont) eat`,
    ),
    P(
      "(?:pull|pulling|pulled|rip|ripping) (?:out )?my hair(?: out)?",
      `(?:exercise|exercising|run|running|work out|working out)${g(4)} (?:until|till|til) i (?:pass out|throw up|faint|collapse|puke)`,
      "(?:exercise|exercising|run|running) to punish",
      "day (?:0|zero) again",
      "back to day (?:0|zero|one|1)\\b",
      "long sleeves (?:in|during) (?:july|june|august|summer|the summer)",
      "(?:arms|wrists|thighs|legs) (?:look|are|got) (?:so )?(?:bad|messed up|gross|worse|cut up)",
      "i relapsed",
      "relapsed (?:again|last night|today)",
      "(?:make|made|making|watch|watching) (?:myself|it) bleed",
      `(?:lighter|cigarette|curling iron|hot knife|hot metal|hot spoon|iron)${g(4)} (?:my skin|my arm|my wrist|my leg|myself|my thigh)`,
      "(?:throw|throwing|threw) up on purpose",
      "(?:fast|fasting|fasted) for (?:\\d+|two|three|four|five|a few|several) (?:days|weeks)",
      "pro ?ana",
      "ana buddy",
      "thinspo",
      "^sh$",
      "\\bsh$",
      "s h again",
      "cut (?:deep|deeper|too deep)",
      `need stitches${g(3)} (?:cut|myself|did it)`,
    ),
    P("me corto", "cortarme", "hacerme dano", "me hago dano", "me lastimo"),
  ],
  overdose: [
    P(
      `(?:took|take|taken|taking|swallowed|swallow|ate|downed|popped|pop|had|chugged|drank)${g(2)} ${MANY}${g(4)} ${PILLS}`,
      `(?:took|swallowed|taken|downed|popped) (?:my |the |all (?:the |of )?(?:my )?|his |her |some )?(?:pills|them|meds)(?! (?:for|this morning|like|as|with (?:food|water)))`,
      `${PILLS}${g(3)} (?:on purpose|to (?:sleep forever|not wake|die|end it|see what happens))`,
      `(?:taking|took|take|taken) (?:extra|more|too (?:much|many)) (?:of )?(?:my )?${PILLS}`,
    ),
    P(
      "overdosed",
      "overdosing(?! on (?:coffee|caffeine|tea|energy drinks|sugar|netflix|tiktok|love|studying|flashcards|homework))",
      "overdose (?:earlier|last night|today|tonight|on purpose|again|on my)",
      `(?:i|im|just|think i|almost|nearly|gonna|going to|want to|try to|tried to|might|could|about to) (?:overdose|overdosed|od)\\b`,
      `(?:my \\w+|friend|someone|somebody|he|she|they|cousin|brother|sister) (?:just |might have |may have |has |had |is |think )?(?:overdosed|overdosing|od)`,
    ),
    P(
      `(?:is|are|would)${g(2)} (?:\\d+|a bottle|a pack|a box|all|twenty|thirty|forty|fifty) ${PILLS}${g(2)} (?:enough|a lot|too many|too much|lethal|deadly|bad|dangerous|fatal|kill)`,
      `(?:can|could|will|would) (?:you|u|i|someone|a person|it) (?:die|overdose|od) (?:from|on|if)`,
      `what (?:happens|would happen) if (?:someone|i|you|a person|somebody) (?:took|takes|ate|swallowed|drank)${g(2)} (?:\\d+|a bottle|a lot|all|a bunch|a handful)`,
      "(?:already|just) took (?:them|it|the pills|all)",
      "i took them",
      "before your liver fails",
      `(?:liver|kidneys?) (?:fail|failure|shut down)${g(4)} (?:for me|if i|took)`,
    ),
    P(
      "lips (?:are|were|turned) (?:blue|purple)",
      `(?:wont|wouldnt|cant|isnt|not) (?:wake|waking) up${g(3)} (?:party|pills|drunk|drank|took|passed)`,
      `(?:party|pills|drunk|drank|took|fentanyl|passed out)${g(8)} (?:wont|wouldnt|cant|isnt|not) (?:wake|waking|breathing|breathe)`,
      "(?:not|isnt|stopped|barely|weird|weirdly) breathing",
      "breathing (?:weird|funny|slow|strange)",
      `(?:passed out|unconscious|unresponsive)${g(6)} (?:pills|drunk|party|drank|fentanyl|blue|breathing)`,
      "(?:did|took|smoked|snorted|had) (?:some )?(?:fentanyl|fent|heroin|pills)",
      "idk if ill wake up",
      `(?:drank|drinking|vodka|alcohol)${g(6)} ${PILLS}`,
      `${PILLS}${g(4)} (?:and|with) (?:drank|alcohol|vodka|beer|liquor)`,
      "(?:scared|afraid|too scared) to call (?:911|for help|an ambulance)",
    ),
    P(
      `(?:would|does|will) it hurt to (?:od|overdose|die)`,
      `(?:how|what)${g(3)} (?:overdose|od)${g(3)} (?:feel|like|hurt|take)`,
    ),
    P("tome todas las pastillas", "me tome \\w+ pastillas", "sobredosis"),
  ],
  physical_abuse: [
    P(`${WHO}${g(8)} ${HURT_VERB}(?: me\\b| us\\b| my \\w+| her\\b| him\\b)?(?! up\\b)`),
    P(`${HURT_VERB} (?:me|us)${g(3)} (?:with|when|if|every|again|so hard|until)`),
    P(
      `(?:hit|hits|hitting|beat|beats|beating|whip|whips|whipped) (?:me|us|you|my \\w+)${g(2)} with (?:a|the|his|her|an)? ?(?:belt|cord|extension cord|stick|hanger|shoe|switch|fist|bat|pan|spoon|wire|hose|chair|bottle)`,
      "(?:so hard|hard) (?:it|that it) (?:leaves?|left) (?:marks|bruises)",
      "leaves? (?:marks|bruises|welts)",
      `bruises? (?:from|on my \\w+ from|because of) (?:my|his|her|their)`,
      `(?:cover|hide|covering|hiding)${g(3)} (?:a |the |my )?(?:black eye|bruises?|marks|welts)`,
      "black eye",
      "locks? (?:me|us) in (?:my|the|a|our) (?:room|closet|basement|bathroom|shed|house)",
      "bruise on my (?:face|arm|neck|back)",
      "hits? (?:me )?where (?:nobody|no one) (?:sees|can see)",
      "(?:beats|beat|hit|hits|slaps|chokes) (?:the shit out of|the crap out of|me up)",
    ),
    P(
      `(?:abused|abusive|abusing|abuse)${g(3)} (?:me|at home|my \\w+|dad|mom|parent|parents|stepdad|household|home|family|relationship|boyfriend|girlfriend)`,
      "(?:my|the) (?:\\w+ )?(?:is|are|was|were|being) (?:abusive|abusing me)",
      "(?:im|being|was|been|got|get) (?:being )?(?:abused|hurt at home|beaten|beat up|hit at home)",
      "count(?:s)? as abuse",
      "is (?:this|it|that) abuse",
      `abuse\\b${g(6)} (?:my|me|he|she|they)\\b(?<!substance abuse|drug abuse|alcohol abuse)`,
    ),
    P(
      `(?:gets|got|get|getting) (?:physical|violent|rough|handsy) with (?:me|us|my \\w+)`,
      `${WHO} (?:is|gets|got|was) (?:violent|physical|rough|aggressive)${g(3)} (?:with|toward|towards|to) (?:me|us)`,
      "(?:beats|beat|beating) on (?:me|us)",
      "(?:puts|put|laid|lays) (?:his|her|their) hands on (?:me|us)",
      "(?:slams|slammed) me",
      "(?:twisted|twists) my arm",
      "(?:pulled|pulls|yanked|yanks) (?:me by )?my hair",
      `(?:threw|throws|threw a|throws a) (?:a |the )?(?:plate|bottle|chair|glass|phone|shoe|remote|knife|pan|cup)${g(2)} at (?:me|us|my)`,
      `(?:what happens|what should i do|who do i tell|can i tell)${g(6)} (?:hit|hits|beat|beats|hurt|hurts|abuse|abuses) (?:me|you|us)`,
    ),
    P("me pega", "me golpea", "me pegan", "me golpean", "me lastima", "me maltrata", "maltrato"),
  ],
  sexual_abuse: [
    P(
      `(?:touch|touches|touched|touching|grope|gropes|groped|groping|feels? me up|felt me up)(?: me| her| him| my| them|)\\b(?! (?:base|up on|on the (?:topic|subject)|upon))${g(6)}`,
      `${WHO}${g(4)} (?:makes|made|forces|forced|tells|told|wants|pressures|pressured|pushes|pushed|tried to make) (?:me|her|him) (?:to )?(?:touch|do (?:stuff|things|it|sexual)|have sex|watch|send|take off|undress|kiss|sleep with|suck)`,
      "(?:makes|made|forces|forced|pressured|pushed|pressures) me (?:to )?(?:do stuff|do things|have sex|touch|send|sleep with|do it|do sexual)",
      "do (?:stuff|things) i (?:didnt|dont) want",
    ),
    P(
      "(?:our|its our|its a|a|keep it|keep this|between) (?:little )?secret",
      "(?:told|tells|telling|said|says) (?:me )?(?:not to|to not|never to|dont) tell",
      "just between us",
      "(?:delete|deletes|erase) (?:the|our|these|his|her) (?:messages|texts|chats|dms)",
      "not to tell (?:anyone|my parents|my mom|my dad|anybody)",
    ),
    P(
      `(?:asking|asks|asked|ask|wants|wanted|begging|keeps asking|pressuring|demanding|demands)${g(2)} (?:me )?(?:for|to send|to take)${g(2)} (?:pics|pictures|photos|nudes|selfies|videos?|a video|naked|nude|private)`,
      `(?:send|sent|sending)${g(2)} (?:him|her|them|a guy|a man|an adult)? ?(?:pics|pictures|photos|nudes|selfies|naked|nude|a video)`,
      `(?:leak|post|share|send|sell|spread|expose|release|show)${g(3)} my (?:pics|pictures|photos|nudes|videos?|images)`,
      "(?:sextort\\w*|blackmail\\w*)",
      "\\bnudes\\b",
      "(?:naked|nude|explicit|sexual) (?:pics|pictures|photos|images|videos?|messages|texts)",
      "sexual (?:comments|messages|texts|things|stuff)",
      `(?:ruin my life|tell my parents|tell everyone)${g(4)} (?:unless|if i dont|if i dont send)`,
      "unless i send",
    ),
    P(
      "rap(?:e|ed|ing|ist)\\b",
      "molest\\w*",
      "sexual(?:ly)? (?:assault\\w*|abus\\w*|harass\\w*)(?! (?:nurse|examiner|prevention|research|awareness|training|advocates?|counselors?|response))",
      "assaulted me",
      "(?:clothes|pants|shirt) (?:were|was) (?:off|gone|missing)",
      `woke up${g(4)} (?:party|naked|clothes|someone)`,
      "drugged (?:me|my drink)",
      "(?:made|make|forced|force|forces) (?:me )?(?:to )?have sex",
      `(?:said|says|told him) no${g(4)} (?:he|she|they) (?:kept going|did it anyway|still)`,
    ),
    P(
      `(?:comes|came|coming|sneaks|snuck) into my (?:room|bed|shower|bathroom)`,
      "(?:come|coming|go|going) to his (?:house|place|apartment|car|room) alone",
      `(?:wants|asked|asks) me to (?:come|meet)${g(4)} alone`,
      "age is just a number",
      `(?:hes|shes|he is|she is|theyre) \\d\\d${g(3)} (?:im|i am) 1[0-7]`,
      `(?:im|i am) 1[0-7]${g(4)} (?:hes|shes|he is|she is) (?:\\d\\d|older|an adult|in his \\d0s)`,
      `(?:older|grown|adult) (?:man|guy|dude|woman|men)${g(8)} (?:special|secret|alone|pics|gifts|his house|my room|dms|messages|snap)`,
      "(?:says|said|tells me) im (?:special|mature for my age)",
      `(?:gives|gave) me (?:gifts|money|stuff)${g(4)} (?:secret|dont tell|owe)`,
      "(?:dms|messages|texts|snaps) me (?:on \\w+ )?(?:late at night|at night|every night)",
    ),
    P(
      `(?:comes|came|sneaks|snuck|gets|got) in(?:to)? (?:my )?(?:room|bed)? ?at night`,
      `(?:nobody|no one)${g(2)} (?:will|would|is going to) (?:ever )?believe (?:me|you)`,
      `(?:made|make|makes|forced|forces) me (?:to )?(?:drink|take (?:a pill|drugs|something|shots))`,
      `(?:buys|bought|buying|gives|gave) me (?:gifts|things|stuff|presents|money|vapes|weed|alcohol)${g(8)} (?:secret|dont tell|between us|our chats|nobody knows|no one knows|delete)`,
      `(?:sends|sent|showed|shows) me (?:pics|pictures|videos|photos) of (?:himself|herself|his|her)`,
      "(?:showed|shows|sent|sends) me (?:porn|his (?:thing|private|privates|dick|body))",
      "(?:wants|asked|asks|made) me (?:to )?(?:sit on his lap|take (?:off )?my (?:clothes|shirt)|undress)",
      `inappropriat\\w*${g(2)} (?:touch\\w*|messag\\w*|comment\\w*|photos?|pics?|texts?|things)`,
      `(?:kissed|touched|grabbed|held) me${g(6)} (?:didnt want|said no|told (?:him|her) to stop|asked (?:him|her) to stop)`,
      "private (?:video|pics|pictures|photos|snaps|chats)",
      `(?:secret|private) (?:chats|relationship|messages)${g(4)} (?:coach|teacher|adult|older|he|she)`,
      `(?:coach|teacher|pastor|tutor|boss|mentor|adult|older guy|older man)${g(8)} (?:secret|keep (?:it|this|our)|just between|delete)`,
    ),
    P("me toca", "me toco", "me obligo a", "abuso sexual", "me violo", "violacion"),
  ],
  unsafe_home: [
    P(
      `(?:dont|do not|never|not|no longer) (?:feel )?safe (?:at home|here|in my (?:house|home|room)|around (?:my|him|her|them)|with (?:my|him|her|them)|going home)`,
      "(?:dont|do not|never) feel safe",
      "not safe (?:at home|to go home|here|anymore)",
      "unsafe (?:at home|here|to go)",
      "in danger",
      "(?:scared|afraid|terrified|frightened) (?:to go|of going|to be|of being) (?:home|back home|back)",
      "(?:scared|afraid|terrified) (?:of|for) my (?:life|safety)",
      "cant go (?:back )?home",
      "(?:scared|afraid) of (?:my|what my) (?:dad|mom|stepdad|parents|father|mother|stepmom|uncle|brother|boyfriend|momsboyfriend)",
    ),
    P(
      "nowhere (?:safe )?to (?:go|sleep|stay|live)",
      "no where to (?:go|sleep|stay)",
      "no place to (?:go|sleep|stay)",
      "(?:kicked|threw|thrown|throw|kick|locked|lock|locks) (?:me )?out(?! of (?:my|the) (?:account|app|portal|email|class|program|course|group|chat|server|game|car))",
      "(?:kicked|thrown|locked) out (?:of|from) (?:the|my) (?:house|home|apartment)",
      "(?:sleeping|slept|sleep|living|stay|staying) (?:in|at|on) (?:my|a|the) (?:car|shed|truck|laundromat|park|street|streets|bus station|parking lot|tent|stairwell|garage)",
      "homeless",
      "couch ?surf\\w*",
      "(?:ran|run|running|runaway) away(?!.{0,40}\\b(?:for|over) (?:spring break|the weekend|vacation|break|the summer|thanksgiving|christmas|the holidays)\\b)",
      `(?:need|find|know)${g(3)} (?:a )?(?:place to stay|shelter|somewhere to (?:stay|sleep|go))`,
      "stay somewhere tonight",
      `(?:can|could) i stay${g(3)} tonight`,
    ),
    P(
      `(?:drunk|high|wasted|raging|angry|mad)${g(3)} (?:and|is|hes|shes|keeps) (?:breaking|throwing|yelling|screaming|threatening|smashing|hitting|raging)`,
      "(?:hiding|hid|locked myself) in (?:the|my) (?:bathroom|closet|room|car)",
      "(?:threatens|threatened|threatening) (?:us|me|my \\w+)",
      "(?:ill|youll|you will|ill make you) regret it",
      "no food (?:at home|in the house)",
      "(?:hasnt|havent|has not|have not) (?:been )?(?:back|home|come home) (?:in|for) (?:\\d+|two|three|four|five|a few|days)",
      `(?:parents|mom|dad) (?:are|is) gone${g(4)} (?:days|no food|no heat|alone)`,
      `no heat${g(6)} (?:below|cold|freezing|gone)`,
      "(?:cant|wont|not) let me (?:come )?(?:home|in the house|inside)",
      `(?:if im|if i am) gay${g(3)} (?:cant|kick|leave|out)`,
    ),
    P(
      `when (?:he|she|they|my \\w+|momsboyfriend) (?:drinks|gets drunk|is drunk|gets high|is high|drink|gets mad|gets angry)${g(8)} (?:hide|leave|scared|afraid|hurt|hit|yell|run|lock|hurts|hits)`,
      `${WHO}${g(4)} (?:scares|frightens|terrifies) (?:me|us)`,
      `(?:found out|find out|finds out)${g(2)} (?:im|that im|i am|i was|i like) (?:gay|trans|bi|lesbian|queer|girls|guys|pregnant)${g(8)} (?:kick\\w*|out|leave|hurt|kill|hit|disown\\w*|beat|throw)`,
      "disowned (?:me|us)",
      "aged out",
      "(?:earn|pay for) (?:a|my) (?:place to stay|keep|spot|bed)",
    ),
    P(
      "tengo miedo de (?:ir|volver) a (?:mi )?casa",
      "me echaron de (?:mi )?casa",
      "no tengo donde (?:dormir|quedarme|ir)",
    ),
  ],
  violence: [
    P(
      `(?:want|wanna|going|gonna|plan|planning|thinking about|think about|thought about|urge|urges|keep thinking about|ready|decided|about) (?:to )?(?:hurt|kill|stab|shoot|attack|murder|poison|beat up|hurting|killing|stabbing|shooting|attacking)(?: up)? (?:someone|somebody|people|him|her|them|my \\w+|the \\w+|everyone|kids|all of them|those|that|this)`,
      "(?:make|making) (?:them|everyone|him|her) (?:all )?pay",
      "(?:made|making|have|got) a list of (?:people|names|kids)",
      "(?:hit|kill) list",
      "deserve (?:it|to die|what(?:s| is) coming)",
      "put (?:him|her|them) in the hospital",
      "(?:kill|hurt|stab|shoot) (?:my (?:\\w+ )?(?:dad|mom|stepdad|stepmom|brother|sister|teacher|coach|uncle|boyfriend|girlfriend|ex|lab partner)|him|her|them)(?! (?:with kindness|off))",
      "(?:feel|felt) what i feel",
    ),
    P(
      `(?:bring|bringing|brought|bring in|sneak|sneaking) (?:a |his |her |my |the |their )?(?:gun|knife|weapon|rifle|pistol|bomb|ar)\\b`,
      "shoot(?:ing)? up (?:the|a|my|our)? ?(?:school|class|game|place|church|campus|party)",
      "school shoot\\w*",
      `(?:bring|bringing|brought|bringing in|take|taking) (?:a |his |her |my |the )?(?:gun|knife|weapon|something|ar|rifle|pistol|bomb)${g(3)} (?:to|into) (?:school|class|the game|the school|campus|practice)`,
      `(?:gun|knife|weapon|bomb)${g(4)} (?:at|to) school`,
      "dont come to school (?:tomorrow|monday|friday)",
      "wont be around much longer",
      "(?:bomb|bombs) (?:threat|the school)",
      `(?:showed|shows|show) me${g(3)} (?:a |his |the )?(?:gun|rifle|ar|knife|weapon)`,
    ),
    P(
      `(?:theyre|they are|he is|hes|she is|shes|someone is|people are)${g(2)} (?:coming for me|going to (?:kill|hurt|jump|shoot|beat|stab|get) me|after me)`,
      `(?:threaten(?:ed|s|ing)?|said (?:hed|shed|theyd|they would|he would|she would|hes going to|shes going to|theyre going to|they were going to)) (?:to )?(?:kill|hurt|jump|shoot|beat|stab|get|find) (?:me|us|my)`,
      "(?:know|knows) where i live",
      "(?:ill|i will|youll|you will) be dead",
      "(?:following|followed|follows|stalking|stalked|stalks|stalker) me",
      `(?:outside|at) my (?:house|door|window|room|apartment)${g(6)} (?:wont leave|right now|wont go|again|every night)`,
      "(?:kill|hurt|stab) me in my sleep",
      "(?:she|he|they) (?:has|have|had) a (?:knife|gun|weapon)",
      `(?:bought|got|have|carry|carrying) a (?:knife|gun|weapon)${g(4)} (?:because|to|for|so)`,
      "(?:jump|jumped|jumping) me",
      "(?:going|gonna|threatened) to (?:jump|beat up|fight) me",
      `(?:bully|bullies|bullied|bullying)${g(6)} (?:hurt|kill|gun|knife|jump|beat|threat)`,
    ),
    P(
      `(?:threat|threats|threatening|threatened)${g(3)} (?:in|on) (?:the )?(?:group ?chat|chat|discord|snap)`,
      `(?:ill|im going to|i will|im gonna) (?:kill|hurt|stab|shoot) (?:him|her|them|you|everyone|all of them)(?! (?:with kindness|in (?:the|this) (?:game|match)))`,
      "(?:shoot|kill|hurt) (?:people|everyone|everybody|kids|students) at",
      `(?:gun|knife|rifle)${g(6)} (?:said|says) (?:friday|monday|tomorrow|next week|soon)`,
    ),
    P("amenaz\\w* con (?:matarme|pegarme|hacerme)", "me quiere matar", "me van a matar", "me sigue"),
  ],
  dating_violence: [
    P(
      `(?:boyfriend|girlfriend|partner|ex|husband|wife|fiance|date)${g(8)} (?:wont let me|doesnt let me|tracks|controls|checks my|goes through my|takes my|took my|broke my|smashed my|screams at me|yells at me|threatens|threatened|forces|forced|hits|hit|hurt|hurts|choked|chokes|slapped|pushed|shoved|punched|kicked|threw|kill me|make me pay|locked me|isolat\\w*|wont let)`,
      "(?:wont|doesnt|will not|does not) let me (?:see|leave|go|talk to|have|hang out|wear|quit)",
      "(?:tracks|tracking|checks|monitors) my (?:location|phone|messages|texts)",
      `(?:takes|took|broke|smashed|keeps|kept|hides|hid) my (?:phone|keys|money|id|car keys|wallet)${g(6)} (?:cant|so|leave|go)`,
      "kill (?:himself|herself|themselves) if i (?:leave|break up|go)",
      "(?:hell|shell|theyll|he will|she will) (?:hurt|kill) (?:me|himself|herself)",
      "make me pay if i",
      `punched the wall${g(4)} (?:my head|next to me|near me)`,
      "makes me (?:send|share|tell) (?:him|her) where i am",
      "locked me in",
      "(?:no one|nobody) else will (?:ever )?love me",
      `(?:says|said) (?:its|it was) my fault${g(4)} (?:hit|hurt|push)`,
      `(?:hits|hit|hurts|hurt) (?:her|me)${g(4)} (?:says|said|thinks) its (?:her|my) fault`,
    ),
    P(
      `(?:demands|demanded|wants|takes|took|makes me give)${g(2)} (?:my )?passwords?`,
      "makes me share my location",
      `(?:jealous|controlling|possessive)${g(6)} (?:hit|hits|hurt|hurts|threat\\w*|scares|scared|choke\\w*|push\\w*)`,
      `(?:boyfriend|girlfriend|partner|ex) (?:scares|frightens|terrifies) me`,
    ),
    P("mi novio me (?:pega|golpea|controla|revisa)", "mi novia me (?:pega|golpea|controla)"),
  ],
  exploitation: [
    P(
      `(?:took|takes|has|kept|keeps|taken|holding|stole)${g(2)} my (?:id|passport|papers|documents|birth certificate|money|paycheck)`,
      `(?:owe|owes|owed)${g(3)} (?:and|so)? ?(?:have to|must|need to|got to|gotta) (?:work|pay|sleep|do)`,
      "work it off",
      "(?:take|takes|took|keep|keeps|kept) (?:all )?(?:the |my )?money (?:i|we) (?:make|earn|made)",
      "(?:say|says|said) i (?:cant|can not) (?:quit|leave|stop|go)",
      "(?:make|earn|making) money for (?:him|her|them)",
      "or sleep outside",
      "(?:pay|paying) (?:him|her|them|it) back (?:by|with) (?:sleeping|having sex|doing|sex)",
      `(?:pay|paying|paid) (?:rent|him back|her back|them back|it back|it off)${g(2)} with (?:sex|my body)`,
      `(?:sleeping|sleep|have sex|having sex) with (?:people|men|guys|his friends|strangers)${g(4)} (?:money|pay|owe|for)`,
      "(?:trade|trading|traded|trades) sex",
      "sex for (?:a |money|rent|a ride|food|a place|drugs)",
      `(?:sell|sells|selling|sold)${g(2)} (?:pics|pictures|photos|videos) of me`,
      "(?:being|been|getting|got) sold",
      "sell me",
      `(?:make|makes|made|making|force|forces|forced) me (?:do things|do stuff|sell|work|go)${g(4)} (?:friends|men|guys|money|drugs|pay|for him|for her)`,
      "(?:makes|made|forces|forcing|making) me sell drugs",
      "(?:wont|dont|doesnt|will not) (?:let|allow) me (?:leave|quit|off|go home|stop)",
      `(?:cant|can not) (?:quit|leave|stop)${g(3)} (?:or|hell|shell|theyll|he will|they will)`,
      `(?:hurt|kill)${g(2)} my family if i`,
      "(?:wont|dont|doesnt|never) pay me",
      `(?:work|working) (?:all day|for free|every day)${g(3)} (?:no pay|for no pay|without pay|for nothing)`,
      "(?:picked up|pick me up|picks me up|picks her up) by older (?:men|guys)",
      "(?:parties|party) with older (?:men|guys)",
      "(?:i|she|he) (?:owe|owes) (?:him|her|them)",
      "(?:says|said) i owe",
      `my (?:manager|boss|pimp|daddy)${g(6)} (?:money|leave|hurt|owe|keeps)`,
      "pimp",
      "traffick\\w*",
      "(?:has|have) to (?:go|do it|work) or (?:hell|shell|theyll|he will|she will) (?:be mad|hurt)",
    ),
    P(
      `(?:cannery|boat|job|boss|crew|captain|skipper)${g(8)} (?:wont pay|keeps my|took my|cant leave|wont let me|locked|owe|no pay)`,
      `(?:earn|work for|pay for) (?:my|a|the) (?:keep|place|spot|bed|room|ride)${g(3)} (?:with|by|sex|doing)`,
    ),
    P(
      "me obligan a",
      "no me dejan salir",
      "no me dejan ir",
      "me quitaron (?:mi|los) (?:pasaporte|documentos)",
    ),
  ],
  emergency: [
    P(
      "(?:need|want) help (?:right now|now|asap|immediately|tonight|please)",
      "please (?:someone|somebody|anyone) help",
      "(?:someone|somebody|anyone) (?:please )?help me",
      "call (?:someone|911|the police|the cops|an ambulance) for me",
      "call 911 for me",
      `please help me${g(3)} (?:now|right now|hurry)`,
      `help me please${g(3)} (?:now|right now)`,
      "im not okay and",
      "someone is hurting me",
      "(?:hurting|hurt) me right now",
    ),
    // A whole message of one cry for help or fear: nothing else to go on, so the resources come
    // first. (A bare "help" in a direct message still lists the commands, with the resources.)
    /^(?:pls |please |someone |somebody )?help(?: me)?(?: pls| please| now)?$/,
    /^(?:i |i really )?need help(?: now)?$/,
    /^(?:im |i am |im so |so |really |im really )?(?:scared|terrified|afraid)$/,
  ],
};

/**
 * Phrases that use the same words in a clearly safe sense (a career question, research, an idiom).
 * They are removed from the text before the lexicon runs, so the rest of a message is still read.
 */
export const SAFE_SPANS: RegExp[] = [
  P(
    "suicide (?:risk(?: factors| assessment)?|rates?|prevention|assessment|screening|awareness|research|statistics|stats|hotline|lifeline|crisis line|intervention|squad|scale|severity|among|in (?:teens|physicians|doctors|rural|alaska|the|youth|native))",
    "(?:assess|assessing|screen|screening for|prevent|preventing|study|studying|research|researching|rates of|risk of|treat|treating|talk about|talking about|evaluate) (?:suicide|suicidal\\w*|self ?harm|overdoses?|abuse|child abuse|domestic violence)",
    "(?:youth|teen|physician|doctor|rural|veteran) suicide (?:rates?|risk|prevention)",
    "(?:died|dying|passed|lost|loss|death|killed himself|killed herself) (?:by|to|from|of) suicide",
    `(?:uncle|aunt|brother|sister|dad|mom|father|mother|cousin|friend|grandpa|grandma)${g(3)} (?:died|passed|was lost|committed) (?:by|to|of|from)? ?suicide${g(4)} (?:years?|ago|when i was)`,
    "suicidal (?:patients?|ideation (?:in|among|research|screening)|behavior (?:in|among|research))",
    "patients? who (?:are suicidal|self harm|selfharm|overdose|overdosed|attempt)",
    "(?:someone|somebody|a patient|patients|people|a person) (?:who|that) (?:overdosed|overdoses|is overdosing|self harms|selfharms)",
    "(?:treat|treats|treatment for|manage|do for|do in|protocol for|respond to|responding to) (?:an |a )?(?:overdoses?|overdose patients|poisoning|self ?harm patients|selfharm patients|burn victims?)",
    "overdose (?:protocol|treatment|reversal|prevention|training|deaths|rates?|crisis|epidemic)",
    "(?:child abuse|domestic violence|sexual assault|substance abuse|drug abuse|opioid abuse|alcohol abuse|elder abuse|prescription opioid abuse) (?:pediatric\\w*|specialists?|prevention|counsel\\w*|shelter|nurse|examiners?|advocates?|research|training|as a|program|programs|center|centers|field|awareness|hotline|services|victims)",
    "(?:substance|drug|alcohol|opioid|elder) abuse",
    "mandated reporters?",
    "(?:report|reporting|recognize|recognizing|suspected|signs of) (?:suspected )?(?:child )?(?:abuse|neglect|domestic violence)",
    "crisis (?:text )?line (?:volunteer\\w*|training)",
    "(?:columbia )?suicide severity rating scale",
    "tox(?:icology)? screen",
    "the (?:cut ?off|cutoff)",
    "(?:kill|killed|killing|crush|crushed|crushing|nail|nailed|ace|aced) (?:it|the (?:interview|exam|test|mcat|presentation|casper|mmi))",
    "(?:dying|dead|died) (?:of|from|laughing|with) (?:laughter|laughing|embarrassment|boredom|cringe|shame|cuteness|the cold)",
    "(?:dying|die) (?:to|for) (?:shadow|try|see|know|go|get|meet|start|hear|be|do|join)",
    "dead tired",
    "dead ass",
    "deadline",
    "dead serious",
    "dead bodies",
    "cadavers?",
    "(?:exam|test|quiz|class|homework|orgo|physics|chem|chemistry|biochem|mcat|school|studying|this|it|semester|finals|feet|back|cold|heat|commute|wait|suspense|traffic|wifi|internet|connection|signal|service|lag)(?: \\w+){0,3} (?:is|are|was|were)? ?(?:literally )?(?:killing|murdering|destroying) me",
    "(?:is|are|will|gonna|going to) (?:be )?the death of me",
    "(?:would|will|gonna|going to|is going to|are going to|is gonna) (?:literally )?(?:kill|murder|strangle|ground) me (?:for|if|when)",
    "(?:id|i would|i could) (?:kill|die) for",
    "(?:i could|could) (?:kill|strangle|murder) (?:my|him|her|them)(?: \\w+){0,6} (?:lol|lmao|haha|for eating|for taking|for borrowing)",
    "(?:killing|kill) time",
    "shoot (?:me )?(?:a|an|you|him|her|them|my \\w+)? ?(?:message|email|text|dm|note|line)",
    "(?:take|taking|took|give|giving) (?:a )?(?:shot|stab) at",
    "(?:shoot|shooting) (?:a |the |my )?(?:video|photo|picture|film)",
    "(?:shot|shoot|shooting) (?:and packed out|a moose|his first|my first|a caribou|a deer|hoops|baskets)",
    "(?:flu|tb|covid|booster|hep b) shots?",
    "hit me up",
    "hit (?:me )?with (?:a|the) (?:parking )?(?:ticket|fee|bill|fine)",
    "hit me with (?:your|ur|some|the) (?:best|top|favorite|fave|tips|advice|recs)",
    "(?:cut|cuts|cutting) (?:it|down|back|off|class|my finger|my hand|the line|the cord)",
    "(?:locked|lock) out of (?:my|the) (?:account|app|portal|email|class|car)",
    "running away to (?:my|our) \\w+ (?:for|over)",
    "(?:drowning|drown) in (?:flashcards|work|homework|assignments|emails|papers|notes)",
  ),
  // Questions about how professionals handle danger, and research on it: plural professions and a
  // question's framing only, so "my doctor asked if I have suicidal thoughts" is never taken out.
  P(
    `(?:how|do|does|what|when|why|are|is it true)(?: do| does| would| are| can)? (?:er |school |tribal |rural )?(?:doctors|physicians|nurses|psychiatrists|psychologists|toxicologists|pharmacists|clinicians|providers|counselors|therapists|emts|paramedics|healthcare workers|health care workers|er staff|medical students|residents|pediatricians)${g(8)} (?:self ?harm|selfharm|suicid\\w*|trafficking|abuse|overdoses?)`,
    "(?:warning )?signs of (?:human |sex |labor )?trafficking",
    "(?:research|poster|paper|project|essay|study|presentation|report|statistics|data|thesis) (?:is |was )?(?:on|about) (?:human |sex |labor )?(?:self ?harm|selfharm|suicide|overdoses?|trafficking|child abuse)",
    `(?:kind of |type of )?(?:doctor|doctors|specialist|specialists|nurse|nurses|therapist|therapists|psychiatrist|psychiatrists|counselor|counselors) (?:who|that) (?:help|helps|treat|treats|work with|works with)${g(4)} (?:self ?harm|selfharm|overdoses?|suicid\\w*|abuse)`,
    "(?:a |the |my )?(?:clinic |er |hospital )?(?:patient|client) (?:told me|said) (?:she|he|they) (?:wanted|wants) to die",
    "(?:asking|ask) (?:someone|people|patients|a friend|teens|students)(?: directly)? about suicide",
    "(?:losing|lose|lost) (?:my |a |our |his |her )?\\w+(?: \\w+)? (?:to|by) suicide",
    "zero suicide",
    "(?:kill|killed|killing|crush|crushed|crushing|ace|aced|nail|nailed) (?:this|that|my|the) (?:exam|test|quiz|final|finals|interview|mcat|presentation|midterm)",
    "(?:overdosed|overdosing|od|odd|oded) on (?:coffee|caffeine|netflix|tv|candy|sugar|energy drinks|youtube|tiktok|studying|anime|pizza|cookies)",
    "pull my hair out",
    "rage ?quit(?:ting)?",
    "shoot(?:ing)? my shot",
    "(?:anniversary|grief|loss|it|this|reality|the news|finals|stress) (?:is |has been )?hitting (?:me )?hard",
    "(?:exam|test|quiz|class|orgo|physics|chem|chemistry|biochem|mcat|final|finals|homework|semester)(?: \\w+){0,3} (?:is|are) (?:going to|gonna) (?:literally )?kill me",
    "(?:jump|jumping|jumped) (?:off|from) (?:the|a) (?:dock|diving board|boat|rope swing|swing|high dive|pier)(?: \\w+){0,4} (?:at|into|in) (?:the )?(?:lake|river|pool|water|summer)",
    "lethal means (?:counseling|restriction|safety|education)",
    "phq ?9",
    "(?:shed|hed|theyd|shell|theyll|youd|youll) (?:literally )?kill me (?:if|for|when)",
    "(?:gonna|going to|will|ill|im gonna) kill (?:my|him|her|them)(?: \\w+){0,3} if (?:she|he|they) (?:eats|drinks|finishes|steals) my(?: \\w+)? (?:food|ramen|snacks?|leftovers|lunch|coffee|fries|pizza|chips|cereal|drink)",
    "suicide (?:mission|run)",
    "cut (?:back|down) on",
    `kicked out of (?:the |a |our )?(?:library|class|classroom|lecture|lab|game|lobby|group chat|chat|server|bar|party|store|gym|lounge|study room|cafeteria|match|program for being)${g(4)}`,
    "(?:picked|chose|choose|set|booked|scheduled) (?:a |the |my )?(?:date|day) (?:for|of) (?:my |the )?(?:mcat|exam|test|interview|shadowing|casper|preview|flight|trip|party|wedding|graduation)",
    "overload(?:ed|ing)? (?:on|with)",
    "sane (?:nurse|nurses|exam|exams|program)",
    "sexual assault (?:nurse|nurses|exam|exams|examiner|examiners|patients|survivors|victims|care)",
    "(?:work|working|help|helping|treat|treating|care for|caring for) (?:with )?(?:trafficking|abuse|assault|domestic violence|dv) (?:survivors|victims|patients)",
    "(?:homeless|unhoused) patients",
    "(?:end of life|medical aid in dying|physician assisted (?:death|dying|suicide)|death with dignity)",
    "(?:a |the )?patients? who (?:say|says|said|tell|tells) (?:you |me |us )?(?:they|he|she) (?:want|wants|wanted) to die",
    // a video game: a character, a squad or the player dies there, not here
    `(?:kill|kills|killed|killing|unalived?|unalives|die|died|dying)${GAME_GAP} (?:in|on|playing) (?:fortnite|minecraft|roblox|valorant|the sims|sims|elden ring|call of duty|cod|apex|overwatch|league|zelda|among us|gta|halo|warzone|pokemon|a game|the game|this game|that game)`,
    `(?:final boss|boss|bosses|sims? (?:guy|girl|character|person)|my sim|npc|creepers?|zombies?|enemy|enemies)${GAME_GAP} (?:kill|kills|killed|unalived?|unalives)`,
    // sports drills named after the word
    "suicide (?:sprints?|drills?|runs?|lines)",
    // a parent's ordinary rules about a phone, not someone holding it to control them
    `(?:parents?|mom|dad|mother|father)${g(2)} (?:took|take|takes|taking) (?:my|our) (?:phone|laptop|ipad|tablet|xbox|switch|car keys)${g(4)} (?:because|for|as|bc)${g(2)} (?:grades?|curfew|punishment|screen time|bedtime)`,
    // a career helping young people who were hurt
    `(?:work|working|help|helping|serve|serving) with${g(2)} (?:youth|kids|teens|patients|people|students) who (?:got|get|were|are|have been) (?:kicked out|homeless|abused)`,
  ),
];

// Concepts that mean danger when they meet in one message, whatever the words between them: a means
// of harm with a question of how deadly it is, a farewell with "for good", a future the person says
// they will not have. These catch phrasings no single phrase above foresaw.
const MEANS =
  "(?:rope|belt|noose|cord|gun|guns|shotgun|rifle|pistol|handgun|gun safe|pills?|meds|bridge|ice|river|exhaust|garage|artery|arteries|wrists?|veins?|potassium chloride|bleach|antifreeze|train|tracks|cliff|roof|ledge|knife|blade|razor|overpass|highway|water|poison|cyanide|heart pills|insulin|tylenol|acetaminophen|ibuprofen|advil|benadryl|oxy\\w*|fentanyl|sleeping pills|hanging|drowning|jumping|cutting|cut|shooting|carbon monoxide)";
const DEADLY =
  "(?:kills? (?:you|someone|a person|me)|would kill|to kill|killing|to die|die from|dies|deadly|deadliest|lethal|fatal|painless|painlessly|more painful|less painful|stop (?:a|someones|my|the|your) heart|heart stop|how long (?:does it take|it takes|until|before)|takes to (?:die|drown)|faster|quickest|quicker|fastest|surest|most effective|hold (?:my|the|a person)|hold or|enough to (?:die|kill|stop)|not wake up|end it|do the job|hit the artery|bleed out|bleed to death|give out|gives out|stop breathing)";
const FAREWELL =
  "(?:bye|goodbye|farewell|see (?:you|yall|ya|everyone) on the other side|other side|thanks for everything|thank you for everything|sorry for everything|sorry for (?:being|wasting|all)|gn forever|good ?night forever|for good|forever|last (?:message|time|goodbye)|wont see (?:you|her|him|them|yall|anyone) again|never see (?:you|her|him|them) again|not coming back|im letting go|letting go now)";

// Said with nothing else, being up high is read as danger: to an FAQ bot, "im on the roof" is not
// about shovelling snow, and a false alarm costs a coordinator a minute. A weapon "jk... kinda" is
// a joke taken back.
LEXICON.suicide_plan.push(
  /^(?:im|i am) (?:on|at|up on|standing on|sitting on) (?:the|a|this) (?:roof|rooftop|bridge|ledge|edge|tracks|overpass|cliff|parking garage)(?: (?:rn|now|right now|again|alone))?$/,
  P(`${WEAPON}${g(3)} (?:jk|just kidding|lol)${g(2)} (?:kinda|sorta|not really|or not|maybe not|half)`),
);

LEXICON.suicide_plan.push(
  P(`${MEANS}${g(12)} ${DEADLY}`, `${DEADLY}${g(12)} ${MEANS}`),
  P(
    `(?:faster|better|quicker|more painless|less painful|more deadly|deadlier)${g(2)} (?:pills|hanging|a gun|shotgun|cutting|jumping|drowning|or)`,
    `(?:which|what) is (?:more|less|most|least) (?:painless|painful|deadly|lethal|effective|sure)`,
    `(?:vertical|horizontal)${g(4)} (?:deadly|deep|cut|wrist)`,
    `how deep${g(6)} (?:cut|artery|wrist|too deep|stitches|vein)`,
  ),
  P(
    `(?:bought|got|have|has|found|took|grabbed|holding|sitting with|sitting in)${g(3)} (?:a |the |my |some )?(?:rope|noose|belt|gun|rifle|shotgun|pills)${g(4)} (?:not for|today|tonight|for me|in my|ready|im sitting|and im|thats all)`,
    `(?:key|code|combination) (?:to|for) the (?:gun|gun safe|safe|cabinet)`,
    `(?:gun|rifle|shotgun)${g(6)} (?:im sitting|sitting in it|in my lap|in my hand)`,
  ),
  P(
    `(?:its|it is|everything is|all) (?:set|planned|ready)${g(3)} (?:for|on) (?:my birthday|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|the \\d+\\w*)`,
    "nobody (?:is )?(?:going to|gonna|can) stop me",
    `(?:stop|quit) (?:eating|drinking)${g(4)} (?:until|till|til) (?:my body|i die|i pass|it)`,
    `(?:walk|walking|go|going|drive|driving|swim)${g(3)} (?:out )?(?:on|onto|into) (?:the )?(?:river|lake|ice|inlet|ocean|sea)${g(6)} (?:thin|tonight|not coming back|never|forever|dont come back)`,
    `(?:thin ice|the river|the inlet|the bridge|the tracks|the cliff)${g(8)} (?:easy|end|thinking|not coming back|jump|hoping)`,
    "(?:highest|tallest) (?:bridge|building|cliff|roof)",
    `(?:drive|driving|drove)${g(2)} (?:too fast|fast|into)${g(6)} (?:on purpose|hoping|ice wrong|crash|hit)`,
  ),
);
LEXICON.suicidal.push(
  P(
    `${FAREWELL}${g(10)} (?:for good|forever|everyone|to all of you|to everyone|went offline|not answering|wont pick up|isnt answering|offline)`,
    `(?:posted|texted|sent|wrote|said)${g(6)} (?:see (?:you|yall|ya) on the other side|goodbye|bye forever|thanks for being my friend|sorry for everything|its been real)`,
    "(?:say|said|saying|wanted to say) (?:bye|goodbye) to (?:everyone|everybody|all of you|yall|you all)",
    `(?:tell|thank) (?:my|the) (?:mentor|mom|dad|family|program|coordinator|friends?|sister|brother)${g(4)} (?:thank you|thanks|i love (?:her|him|them)|im sorry|sorry)${g(6)} (?:wont see|never see|for everything|goodbye|bye|again|for good)`,
    `(?:wont|will not|not going to|never) see (?:her|him|them|you|yall|anyone) again`,
    `(?:saying|been saying|say) sorry to everyone`,
    `(?:gave|giving|give) (?:away )?(?:my|all my)? ?(?:dog|cat|pet|puppy|hoodies|clothes|stuff|things|snowmachine|games|books|flashcards|passwords)${g(8)} (?:to my|to her|to him|away|its fine|peaceful|neighbor|sister|brother|friend)`,
    "(?:giving|gave|give) away (?:all )?my (?:stuff|things)",
    `(?:who|whod|who would) (?:gets?|get|inherit|take) my (?:stuff|things|dog|cat|room)${g(4)} (?:if im|when im|if i|after i)`,
  ),
  P(
    `(?:my|planning my|plan my|at my|for my) (?:own )?funeral`,
    `(?:if|when) i die${g(6)} (?:give|tell|can|who|the program|my)`,
    `(?:if|when) i dont wake up${g(6)} (?:tell|give|thank|the)`,
    "(?:dont|do not|wont|not going to) have a future",
    "no (?:version of the )?future (?:where|with|for) (?:me|im)",
    "when i dont have a future",
    `(?:not|no longer) (?:be |going to be )?around${g(3)} (?:much longer|for long|anymore|next year|soon)`,
    "if im not around",
    "(?:waiting|wait) to (?:disappear|die|be gone|not exist)",
    "disappear for good",
    "gone for good",
    `(?:checking|check|tapping|tap|bowing|bow|clocking|clock) out${g(2)} (?:early|permanently|for good|forever|of life|im|like)`,
    "tapping out",
    "(?:im|i am) (?:letting go|done trying|checking out)",
    "(?:stop|quit) (?:everything|all of it)",
    "i just want to stop\\b(?! (?:at|by|for|the|procrastinating|studying|stressing))",
  ),
  P(
    `(?:wish|wishes|wished|wishing|want|wants|wanted|wanting) (?:that )?(?:i|he|she|they|my \\w+)? ?(?:was|were|to be|could be) dead`,
    `(?:he|she|they|brother|sister|friend|cousin)${g(3)} (?:wishes|wished|wants|wanted|said|says|keeps saying)${g(3)} (?:to die|dead|kill (?:himself|herself|themselves)|not be here|not exist|to disappear)`,
    "(?:deal|dealing) with being alive",
    "being alive ever again",
    `(?:how much longer|how long) (?:i|can i) (?:can )?(?:keep|keep on) (?:pretending|going|doing this|holding on|living)`,
    "(?:waste of|wasting) (?:space|oxygen|air|life)",
    `(?:world|everyone|family|they)${g(3)} (?:doesnt|dont|wouldnt|wont) need me`,
    "the world is better (?:without|w o|wo) me",
    "(?:want|wanna|going) to be with (?:my )?(?:grandpa|grandma|mom|dad|brother|sister|friend|cousin|uncle|aunt|him|her) again",
    `(?:join|see|be with)${g(2)} (?:my )?(?:grandpa|grandma|mom|dad|brother|sister|cousin|friend|uncle|aunt)${g(4)} (?:in heaven|on the other side|again soon|soon)`,
    `(?:calm|peaceful|at peace)${g(6)} (?:know what im going to do|decided|made up my mind|going to do it)`,
    "(?:finally|already) (?:know|decided) what im going to do",
    "(?:long walk|walk) off a short pier",
    `catch the bus${g(6)} (?:nobody|no one|notice|fr|for real|forever)`,
    `(?:hope|hoping|wish|wishing)${g(3)} (?:the|my|a) (?:plane|flight|car|bus|boat) (?:goes down|crashes|crash|sinks|goes off)`,
    "(?:hope|hoping|wish|wishing) (?:i|that i) (?:just )?(?:dont|never|wont) wake up",
    "writing goodbye (?:notes|letters|messages)",
    "goodbye notes?",
    `(?:walk|walking|go|going) (?:by|to|out on|along) the (?:river|ice|bridge|inlet|water)${g(6)} (?:not coming back|never coming back|just not|disappear)`,
  ),
  P("i wnt (?:2|to) die", "want 2 die", "wanna die", "(?:been )?wanting to die"),
);
LEXICON.self_harm.push(
  P(
    `(?:keep|carry|hide|hid|have|got) (?:a |the |my )?(?:blade|razor|razors|blades)${g(6)} (?:case|just in case|in my|out again|again|wallet|backpack|room)`,
    "(?:razor|blade) (?:out|back out)",
    `(?:rubber band|hair tie|elastic)${g(4)} (?:wrist|skin|arm)${g(4)} (?:bruise|bleed|hurts|marks)`,
    `(?:snap|snapping)${g(4)} (?:rubber band|hair tie)`,
    `(?:cuts|scars|burns|marks|bruises)${g(2)} (?:on|across) (?:her|his|their|my) (?:arms?|wrists?|thighs?|legs?|stomach)`,
    `(?:\\d+|three|four|five|a few) (?:cals|calories)${g(3)} (?:a|per) day`,
    `(?:allow|allowing|let|letting) myself${g(3)} (?:eat|cals|calories|food|meals)`,
    `(?:havent|hasnt|hasn t|have not|has not|didnt|not)${g(1)} (?:eaten|eating|ate)${g(3)} (?:in|for|since) (?:\\d+|days|a week|two|three|four|five)`,
    `passes out${g(6)} (?:eat|eaten|food|starv)`,
    `(?:i|she|he) (?:sh|shd)\\b`,
    "\\bsh (?:when|bc|because|after|to cope|is how)",
    "(?:its|is) how i cope",
    "(?:did|do|does|doing) it (?:to )?(?:myself|herself|himself)",
    `(?:i saw|saw) (?:her|him|them) do it`,
    `(?:clean|treat|hide|cover|close)${g(3)} (?:a |the |my )?(?:cut|cuts|wound|burn)${g(6)} (?:without|myself|did it|deep|clinic|parents|doctor|nurse)`,
    `(?:tell|show)${g(3)} (?:nurse|doctor|mom|dad|parents)${g(4)} (?:cuts|scars|burns) on my`,
    `(?:have|need) to pay for it${g(6)} (?:ate|eating|food|worked out)`,
    `(?:worked out|work out|exercise|exercised|ran|run)${g(4)} (?:because|bc|since) i ate`,
    "relapse (?:szn|season|again)",
    "(?:got|get|took) the (?:razor|blade) out",
  ),
);
LEXICON.overdose.push(
  P(
    `(?:took|ate|swallowed|drank|had|did|popped)${g(3)} (?:some |a |the )?(?:random|unknown|whole|entire|bunch of|lot of)${g(3)} (?:pill|pills|pack|bottle|box|cough syrup|benadryl|meds|tabs)`,
    `(?:seizing|seizure|convulsing|foaming|turning blue|wont wake|cant wake|unresponsive|seeing things|hallucinating|cant feel my)${g(8)} (?:pill|pills|took|ate|drank|benadryl|syrup|meds|party)`,
    `(?:pill|pills|took|ate|drank|benadryl|syrup|meds)${g(10)} (?:seizing|seizure|convulsing|foaming|turning blue|wont wake|cant wake|unresponsive|seeing things|hallucinating|cant feel my)`,
    `(?:to feel nothing|to see what would happen|to see what happens|to not feel|so i dont feel)`,
    `how many (?:mg|milligrams|grams|pills|tablets)${g(6)} (?:kills|kill|lethal|deadly|fatal|die|amount)`,
  ),
);
LEXICON.physical_abuse.push(
  P(
    `(?:came|comes|went|goes|coming) at (?:me|us|him|her) with (?:a |the )?(?:knife|bat|belt|gun|bottle|hammer|pan)`,
    `(?:threw|throws|pushed|pushes|slammed|slams|shoved|shoves) (?:me|him|her|us) (?:into|against|down|across|to) (?:the )?(?:wall|floor|stairs|ground|door|table|car)`,
    `(?:brother|sister|sibling|cousin)${g(6)} (?:bruises|marks|burns|black eye)${g(8)} (?:mom|dad|stepdad|parents|said|says)`,
    `(?:grabbed|grabs|squeezed|squeezes) (?:my|me by the|her|his) (?:neck|throat)`,
  ),
);
LEXICON.dating_violence.push(
  P(
    `if (?:he|she|i) cant have (?:me|you|her|him)${g(2)} (?:no one|nobody) (?:can|will)`,
    `(?:makes|made) me ask (?:permission|him|her)${g(3)} (?:to go|to see|to leave|anywhere)`,
    "(?:ask|asking) permission to (?:go|leave|see|eat|talk)",
    `(?:ex|boyfriend|girlfriend|bf|gf)${g(4)} (?:says|said|going to|gonna)${g(6)} (?:kill|hurt|shoot|come to my)`,
  ),
);
LEXICON.sexual_abuse.push(
  P(
    `(?:normal|ok|okay) for (?:grown ups|adults|grownups)${g(3)} (?:to|with) (?:kids|children|me)`,
    "show (?:kids|children|me) (?:love|affection) like that",
    "(?:i was|got|been|was) (?:assaulted|attacked|drugged)",
    "(?:showed|shows|show) (?:him|her|me|them) (?:his|her) private",
    "private parts",
    `(?:recorded|filmed|photographed|took pictures of|taking pictures of) (?:me|her|him)${g(3)} (?:in the shower|shower|changing|naked|undress|sleep|bathroom)`,
    `(?:did|does|do|doing) (?:stuff|things) to (?:me|her|him)${g(6)} (?:passed out|asleep|drunk|sleeping|didnt want|couldnt)`,
    `(?:while|when) i was (?:passed out|asleep|drunk|unconscious|sleeping)`,
    `(?:massages|massage|touches|rubs)${g(6)} (?:too far|goes too far|uncomfortable|says its normal|weird)`,
    "goes too far",
    `(?:more hours|a raise|money|a ride|pay|grades|a good grade|a better grade)${g(4)} if i (?:hook up|sleep|have sex|do stuff|send|kiss|go out)`,
    `hook up with (?:him|her)${g(4)} (?:im 1[0-7]|16|15|14)`,
  ),
);
LEXICON.violence.push(
  P(
    `(?:pull|pulling|pulled|show|showing|come|coming) up${g(4)} (?:with a gun|with guns|strapped|to my house|to my school)`,
    `(?:live ?stream\\w*|posted|story|snap|discord)${g(8)} (?:with a gun|his dads gun|a gun|rifle|shotgun)`,
    `(?:gun|rifle|shotgun)${g(8)} (?:tomorrow|tonight|friday|monday|at school|going to the mall|to the mall|on his story|caption)`,
    `(?:hell|shell|theyll|he will|she will|they will|going to|gonna) (?:shoot|kill|stab|jump|hurt) me`,
    `(?:come|coming) to my (?:house|school|work|dorm)${g(4)} (?:kill|hurt|shoot|beat|get) me`,
  ),
);
LEXICON.exploitation.push(
  P(
    `(?:do|doing|did) (?:favors|stuff|things)${g(4)} (?:for|with) (?:his|her|their) (?:friends|buddies|boss|guys|clients)`,
    `(?:pay|paying|work) (?:it )?off by${g(3)} (?:entertaining|sleeping|hooking up|doing|being with)`,
    "entertaining (?:some )?(?:men|guys|clients)",
    `(?:trade|trading|traded) (?:hooking up|sex|myself|my body)`,
    `(?:paid|paying|pays) (?:me )?to send (?:videos|pics|pictures|photos|nudes)`,
    "(?:fake|ai|edited|deepfake) (?:nude|nudes|pics|pictures|photos|video)",
    `(?:post|share|send|leak)${g(4)} unless i`,
    `(?:took|take|takes|keep|kept|keeps|taking) (?:her|his|their|our|my) (?:phones?|passports?|ids?|papers|documents)`,
    `(?:want|get) my pay${g(4)} (?:have to|do stuff|sleep)`,
    `(?:without|no) pay${g(4)} (?:keep|passports|leave|phones)`,
    `(?:place to stay|somewhere to stay|a room|a bed)${g(4)} if i (?:do|sleep|hook up|have sex|do favors)`,
  ),
);
LEXICON.unsafe_home.push(
  P(
    `(?:been|is|are|always|keeps)${g(2)} (?:drinking|drunk|high|using|passed out)${g(8)} (?:alone with|kids|little brothers|little sisters|siblings|nothing to eat|no food|strangers|yells|screams|guns)`,
    `(?:mom|dad|parents|mother|father)${g(2)} (?:is|are|been|has been|have been|left|gone)${g(3)} (?:gone|away|passed out)${g(6)} (?:days|a week|no food|nothing|siblings|kids|brothers|sisters|alone)`,
    `(?:no food|nothing (?:for the kids )?to eat|no heat)${g(8)} (?:siblings|brothers|sisters|kids|mom left|dad left|alone|days|week)`,
    `(?:dont|doesnt|wont) let me eat`,
    `(?:said|says|told me) (?:dont|not to|to not) come home`,
    `(?:locks|locked) the (?:fridge|food|door)`,
    "(?:screams|yells) at us all night",
    `(?:nowhere else|no where else|no place else)${g(6)} (?:creepy|scared|weird)`,
    `(?:staying|stay|living) (?:at|with) (?:some|a) (?:random|strange|older|creepy)${g(2)} (?:guys?|man|dude|persons?)`,
    "strangers (?:come|coming) in and out",
    "guns loaded",
    `(?:loaded|pointed)${g(3)} (?:gun|guns)`,
  ),
);

// Round three, from the development half's misses, written as general forms rather than the phrases.
const KID = "(?:im|i am|shes|hes|she is|he is|they are|theyre|who is|whos|im only|only) (?:1[0-7]|[4-9])\\b";
const OLDER =
  "(?:(?:[2-9]\\d) ?(?:yr|year)s? old|\\b[2-9]\\d\\b|older (?:guy|man|men|woman|girl|dude|bf|boyfriend|coworker)|grown (?:man|men|woman))";
LEXICON.suicidal.push(
  P(
    `(?:dont|do not|not) (?:plan|planning|intend|expect) (?:on|to) (?:be|being|stick|sticking|stay|staying|live|living) (?:alive|around|here)`,
    `(?:not|dont) (?:planning|plan|going) to (?:stick around|stay around|be here|be around|be alive|live)`,
    `(?:dont|cant|do not) (?:really )?see myself (?:being )?(?:around|alive|here|living)`,
    `(?:die|dead|gone) before (?:the|my) (?:test|exam|mcat|interview|graduation|birthday)`,
    "(?:tying up|tie up) loose ends",
    "(?:before|after) i go\\b(?! (?:to|back|home|out|in|on|for|away))",
    "as a farewell",
    "(?:farewell|goodbye|suicide) (?:letter|note|message|post|video)",
    "who (?:should|will|would) get my (?:things|stuff|notes)",
    `(?:stopped|stop) (?:showing up|coming) forever`,
    `(?:cant|can t)${g(1)} anymore${g(1)} bye`,
    `(?:done|finished) (?:trying|fighting)${g(2)} (?:forever|for good|anymore)`,
    `(?:gave|give|gives) me (?:her|his|their|all) (?:stuff|things)${g(3)} (?:bye|goodbye)`,
    "not worth (?:saving|living|it anymore|the air)",
    `(?:why|how) (?:am i|im) still (?:here|alive|breathing)`,
    "idk why im (?:still )?(?:here|alive)",
    "its (?:almost|nearly|finally) over",
    `(?:wishes|wished|says|said)${g(3)} never (?:been )?born`,
    "no aguanto mas",
    "ya no (?:aguanto|puedo)",
    "(?:no|any) (?:point|reason) (?:anymore|to stay|to keep going|to be here)",
    "no reason to (?:stay|keep going|stick around)",
    "(?:so )?done (?:w|with) life",
    `(?:tell|let) my (?:little )?(?:sister|brother|mom|dad|mother|father|family|mentor)${g(2)} (?:im sorry|i love (?:her|him|them|you)|i said sorry|goodbye|bye)`,
    "(?:wont|will not) have to deal (?:w|with) me",
    "(?:deal|put up) with me (?:much longer|anymore)",
    `(?:off|offing) myself`,
    "end me",
  ),
);
LEXICON.suicide_plan.push(
  P(
    "doing it (?:at|tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this|on)",
    `(?:shes|hes|theyre|im) doing it (?:on )?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorrow|soon)`,
    `(?:at|on|near) the (?:tracks|train tracks|rails)${g(3)} (?:waiting|now|right now|tonight)`,
    `(?:bought|got|have)${g(2)} (?:a )?(?:razor|blade|rope|pills|gun)${g(2)} (?:for|to use) (?:tonight|tomorrow|later|it|this)`,
    "(?:going to|gonna|about to|ready to|want to) jump(?! (?:rope|start|in|into the|on|at))",
    `how (?:high|far)${g(3)} (?:jump|fall|drop) to die`,
    `(?:walk|go|lie|lay) (?:into|down in|out in) the (?:snow|cold)${g(3)} (?:and stay|and not|forever|tonight|never)`,
    "(?:note|letter) is (?:on|in|under) my",
    "tied the (?:knot|rope|noose)",
    `(?:rope|knot)${g(8)} (?:thinking about it|hold (?:the most )?weight|hold me)`,
    "lo voy a hacer",
    `(?:stops|stop|stopping) (?:the|a) heart`,
  ),
);
LEXICON.self_harm.push(
  P(
    `clean (?:for )?\\d+ (?:days|weeks|months|years)${g(2)} (?:not anymore|until|relapsed|broke|gone)`,
    "(?:cutting|burning|hurting myself) (?:helps|works|is the only)",
    "deep one",
    `(?:friend|sister|brother|cousin|she|he)${g(2)} (?:cuts|burns|hurts) (?:herself|himself|themselves)`,
    "(?:fresh|new|deep) (?:cuts|cut|wounds|burns)",
    "me estoy cortando",
    `(?:punched|hit|kicked)${g(2)} (?:the |a )?wall${g(3)} (?:broke|bleed|bled|broken)`,
    "ripped my skin",
    "(?:want|need) to feel (?:pain|it|the pain)",
    "(?:wont|doesnt|will not|cant make it) stop bleeding",
    "blood ?(?:again|everywhere|wont stop)",
    "knife blood",
    `(?:did|do) it again${g(4)} (?:cut|bleed|blood|bandage|razor|knife|burn)`,
  ),
);
LEXICON.overdose.push(
  P(
    `(?:took|take|taken|ate|had|swallowed) (?:way )?too (?:much|many)${g(6)} (?:heart|chest|pounding|cant breathe|dizzy|on purpose|weird|throw up|sick)`,
    "(?:took|take|taken) too much on purpose",
    `(?:ate|swallowed|got into|took)${g(3)} (?:some of )?(?:my |her |his |the )?(?:grandmas|grandpas|moms|dads|mothers|fathers)? ?(?:heart pills|pills|meds|medicine|gummies|edibles)${g(6)} (?:shes|hes|is) (?:\\d|two|three|four|five|a baby|a toddler|little)`,
    "^od$",
    `(?:snorted|injected|shot up|smoked) (?:something|some|it|fent|fentanyl|meth)${g(6)} (?:shaking|not making sense|passed out|wont wake|breathing|seizing|blue)`,
    "sleep it off",
    "(?:se tomo|tomo) (?:un frasco|todas|muchas) (?:de )?(?:pastillas)?",
  ),
);
LEXICON.physical_abuse.push(
  P(
    `(?:get|gets|got|getting|been) (?:hit|beat|beaten|slapped|punched|kicked|whipped|hurt)(?! (?:by a (?:car|ball|puck)|with (?:a|the) (?:ball|puck|ticket|bill|fee)))`,
    `(?:swollen|bruised|busted|black|cut)${g(3)} from (?:my|what my) (?:dad|mom|stepdad|stepmom|father|mother|uncle|brother|parents)`,
    "(?:held|holds|pushed|pushes) my head under",
    `broke my (?:arm|nose|wrist|rib|ribs|finger|jaw)${g(3)} (?:said|says|told|he|she)`,
    `(?:said|says|told (?:me|them) (?:to say))${g(2)} i fell`,
    `(?:bruises|welts|marks)${g(6)} (?:from|because of) (?:my|his|her) (?:dad|mom|stepdad|stepmom|father|mother)`,
    `(?:belt|paddle|cord|switch|hanger)${g(6)} (?:welts|marks|bruises|left|spanks|hit|beat)`,
    `(?:spanks|spanked|spanking) (?:us|me|kids)${g(4)} (?:paddle|belt|hard|with)`,
    "(?:pulled|pulls|ripped|rips) out (?:a chunk of )?my hair",
    "(?:grab|grabs|grabbed|drag|drags|dragged) (?:us|me|kids|them) by the (?:hair|neck|arm)",
    "bruises from (?:mom|dad|my mom|my dad)",
    `(?:if|when) (?:someone|a kid|i|you) (?:tells?|told) (?:a |the )?(?:teacher|counselor|doctor|nurse)${g(4)} (?:hurts|hits|beats|abuses|did stuff)`,
    `(?:get|gets|getting) hit way worse`,
  ),
);
LEXICON.sexual_abuse.push(
  P(
    `${OLDER}${g(10)} ${KID}`,
    `${KID}${g(10)} ${OLDER}`,
    `(?:${OLDER})${g(6)} (?:is dating me|says were dating|were dating|my boyfriend|my girlfriend)`,
    "(?:hugging|hugs|hugged) me too long",
    "comment(?:s|ing)? on my body",
    `(?:never|wont) (?:get|give me) (?:a|my)? ?(?:rec|recommendation|letter)${g(3)} if i (?:complain|tell|say)`,
    "(?:come|coming|go) to his (?:bunk|room|cabin|truck|tent)",
    `(?:offering|offers|gave|gives) me (?:alcohol|drinks|weed|vapes|drugs)${g(6)} (?:im 1|come|room|bunk|alone|his)`,
    `(?:didnt|did not) say no${g(3)} (?:froze|just froze|count)`,
    "i (?:just )?froze",
    `(?:underwear|bra|my body|kissed anyone|a virgin)${g(6)} (?:tutor|coach|teacher|boss|uncle|he asks|keeps asking)`,
    `(?:sit|sitting) on his lap`,
    `(?:gift card|gift cards|\\d+ dollars|money)${g(6)} (?:or he|or shell|or theyll|or hell) (?:send|post|share|show)`,
    "(?:sends?|post|share) (?:it|them|the pic|the pics) to my (?:family|parents|school|friends)",
    `(?:give|gives|gave|buys|bought) (?:you|me|us)${g(2)} (?:gifts|presents|a phone|money)${g(6)} (?:secrets?|privately|talk privately|wouldnt understand|dont tell)`,
    "(?:keep|keeping) secrets",
    `(?:massage|massages|massaging)${g(8)} (?:only (?:me|with me)|after practice|injury|alone)`,
    "(?:makes|made) me sleep in (?:his|her|their) bed",
    `(?:comes|came) (?:in|into) the room with us`,
    "what we do is (?:special|our secret|secret)",
    "(?:mom|dad|parents|wife) would be jealous",
    "talk privately",
    "(?:parents|mom|dad) (?:wouldnt|would not|dont|won t) understand",
    `(?:did|does|do|doing) (?:stuff|things) to (?:them|him|her|me)`,
  ),
);
LEXICON.violence.push(
  P(
    `(?:want|wanted|wanting|wants)${g(3)} to (?:hurt|kill|poison|get back at) (?:the|my|a|his|her) (?:professor|teacher|coach|stepmom|stepdad|boss|ex|classmate|roommate)`,
    "get away with (?:it|hurting|killing|poisoning)",
    `(?:find|hunt) me${g(4)} (?:and )?(?:kill|hurt|beat|shoot)`,
    `(?:coming|come) (?:back )?to (?:finish what|get) (?:he|she|they)? ?(?:started|me|us|my mom)`,
    `(?:going|gonna|says|said)${g(2)} to (?:cut|stab|shoot|pop|smoke|jump) me`,
    `(?:pictures|pics|photos) of (?:knives|guns|a gun|a knife)`,
    `(?:days|the day|day is)${g(2)} (?:friday|monday|tomorrow|coming)`,
    `(?:list of people|a list)${g(4)} (?:wants|want) to (?:kill|hurt)`,
    "(?:hes|shes|he has|she has|theyve) got a (?:knife|gun|weapon)",
    `(?:poison|poisoning)${g(4)} (?:a person|someone|slowly|my|him|her)`,
    "(?:van|going) a matar",
    `(?:out of|got out of|released from) (?:jail|prison)${g(8)} (?:coming|texted|said|after|threat)`,
    "(?:someone|somebody) (?:broke|is breaking|tried to break) in",
    `(?:notes|messages|texts)${g(6)} (?:youre dead|ur dead|you will die|watch your back)`,
    `(?:throw|drown|dump) me in the (?:harbor|river|ocean|lake|water)`,
    "(?:waiting|wait) for me (?:after|outside|at)",
    "(?:youre|ur|you are) dead",
  ),
);
LEXICON.dating_violence.push(
  P(
    `(?:girlfriend|boyfriend|partner|ex|husband|wife|bf|gf)${g(8)} (?:gets|got) (?:violent|physical|rough|scary|aggressive)`,
    `(?:posted|shared|leaked|sent) my (?:pics|nudes|pictures|photos)`,
    "(?:no one|nobody) else (?:can|will) have me",
    `(?:keeps|kept) showing up at my (?:house|work|school|dorm|job)`,
    `(?:make|makes) me regret it`,
    "(?:pressured|pressures|pushed|forced) me into (?:stuff|things|sex|it)",
    "not a real (?:man|woman|girlfriend|boyfriend) if i",
    `(?:locked|locks)${g(2)} (?:her|him|me) in the (?:car|room|house)${g(4)} until`,
    "(?:without|so) my (?:girlfriend|boyfriend|partner|bf|gf) (?:knowing|finding out)",
  ),
);
LEXICON.exploitation.push(
  P(
    `(?:meet|party with|hang out with|work for)${g(3)} (?:his|her|their) friends${g(4)} (?:hotel|party|parties|money|pay|ticket)`,
    `(?:pay|pays|paid|cover)${g(4)} (?:my|your) (?:way|fees|ticket|application|flight|trip)${g(6)} (?:if i|work for him|meet|party|parties|hotel)`,
    `(?:work|working) for (?:him|her|them) at (?:parties|hotels|clubs)`,
    "(?:modeling|hostess|party) (?:job|work|gig)",
    `(?:money|rides|ride)${g(6)} (?:modeling|never came back|didnt come back)`,
    "never came back",
    "(?:hasnt|hasn t|havent) answered (?:her|his|their) phone since",
    `(?:go|leave|come) with (?:her|him|them) tonight${g(3)} not tell`,
    `not (?:to )?tell anyone${g(4)} (?:job|move|ticket|pay)`,
    `have sex with (?:my|the|your) (?:landlord|boss|manager)${g(3)} (?:rent|pay|job)`,
    `(?:recruiting|recruits|recruited)${g(4)} (?:party|guys|men|money|girls)`,
    "party with guys for money",
    `(?:being )?(?:made|forced) to sell drugs`,
    "paid in (?:alcohol|drugs|a place to sleep|food)",
    "other things",
    "(?:move|moving) and not tell anyone",
    `(?:pays|paid|paying) me to (?:hang out|party|go|spend time) with`,
    "hotel parties",
    `(?:call|calling) (?:immigration|ice)${g(3)} (?:on|if)`,
    "(?:if|when) i quit",
    `(?:leave|left|leaving) us stranded`,
    "(?:cant|cannot) afford the flight home",
    `(?:disappeared|left|ran off) with (?:a|an|some) (?:guy|man|older)`,
    `(?:posts|posted|sells|sold) (?:her|him|me) online`,
    "(?:posted|made) an ad (?:with|of) my (?:pictures|pics|photos)",
    "comes back with (?:cash|money)",
    `(?:lets|let|letting) his friends do (?:stuff|things) to me`,
    `(?:${OLDER}|bf|boyfriend)${g(6)} (?:takes her|takes me) to (?:the )?(?:hotel|airport hotel|motel)`,
    `(?:keep|keeps|hold|holds|withhold\\w*) (?:my|our) pay`,
    "(?:cant|cannot|not allowed to) leave the (?:bunkhouse|boat|camp|house|apartment)",
    "sent home owing",
    `(?:takes|took|keeps) half (?:our|my) (?:money|pay|wages)`,
    "(?:make|makes|made) (?:me|us) dance for",
    "(?:sell|sells|sold|selling) my (?:cousin|sister|friend|brother|daughter)",
    "labor inspector",
  ),
);
LEXICON.unsafe_home.push(
  P(
    `(?:house|home|place) (?:isnt|is not|aint) safe`,
    "(?:not|isnt|isn t) safe at (?:my|her|his) (?:house|home|place)",
    `(?:told me|said)${g(2)} (?:not to|to not|dont) come back`,
    "(?:youth )?shelter",
    "staying with whoever",
    `(?:parents|mom|dad|both) (?:are|is)${g(2)} in jail`,
    "(?:hasnt|hasn t|havent|has not) (?:come|been) home in (?:a|\\d+|two|three|four|five|days)",
    "alone with my (?:baby|little) (?:brother|sister|brothers|sisters|siblings)",
    `(?:too )?drunk to be safe`,
    "(?:library|store|school) closes at",
    "(?:fighting|fights) at (?:my|our) (?:house|home)",
    `(?:pulled|pulls|pointed|points|has) (?:a|the) (?:gun|rifle|knife)${g(3)} (?:last night|out|again|on us|at us)`,
    `(?:drunk|high)${g(4)} (?:rifle|gun|knife)${g(3)} (?:out|again|loaded)`,
    "(?:dont|do not) have a (?:house|home|place)",
    "(?:sleeping|slept|sleep) on (?:the )?(?:benches|bench|street|floor of)",
    "knife under my pillow",
    `(?:told|tells) me to leave${g(6)} (?:walking|dark|nowhere|outside)`,
    `(?:walking|wandering) around${g(4)} (?:dark|cold|night|nowhere|downtown)`,
    "nobody stops my (?:dad|mom|stepdad)",
    "(?:using|nodding off|nodded off|high) again",
    "nodded off",
    `(?:passes|passed) out${g(4)} (?:most nights|every night|again|drunk)`,
    `(?:take|taking) care of my (?:siblings|brothers|sisters)${g(6)} (?:no heat|no food|alone|passes out)`,
    `(?:lie|lying) to (?:ocs|cps|the police|the cops|social workers)`,
    "(?:drinking|drunk|high) for days",
    "nobody(?:s| is) taking care of",
    "(?:parents|mom|dad) (?:are|is) (?:high|drunk|wasted|using) again",
    "(?:isnt|is not|isn t) home\\? i cant say why",
    "somewhere i can go that isnt home",
  ),
);

// Round four, from the development halves of four new authors (a village teen, a burnt-out college
// pre-med, a fourteen-year-old, a student writing English as a second language), as general forms.
LEXICON.suicidal.push(
  P(
    `(?:leaves|leave|dies|die|died|gone)${g(6)} (?:maybe )?i (?:should|will|could|might|am gonna) be next`,
    `(?:dont|do not) think (?:ill|i will|im going to|im gonna) be (?:around|here|alive)`,
    `stop being (?:their|a|everyones|your|my familys|the|his|her) (?:problem|burden)`,
    `(?:skidded|skid|swerved|crashed|spun out|almost hit)${g(10)} (?:first thought was|i thought|i hoped|part of me hoped)${g(1)} finally`,
    "(?:im|i am) a waste of (?:everyones|everybodys|your|their|my parents|all)",
    "this is my (?:kill|end)",
    `(?:i|me|im)${g(8)} (?:needs?|ought) to be (?:deleted|erased|removed|gone)`,
    "no reason to (?:continue|go on|be alive|exist)",
    "tired of (?:live|life|existing|being alive)",
    `say goodbye to${g(4)} for me`,
    "my life (?:has|have) (?:no|zero) (?:value|meaning|point|purpose|worth)",
  ),
);
LEXICON.suicide_plan.push(
  P(
    `i (?:have|got|loaded|grabbed|put)${g(1)} (?:the |my |some )?(?:bullets|ammo|shells) (?:in my|on me|ready|loaded)`,
    `(?:going to|gonna|will|plan to|planning to) take (?:all|every one|every single one) of (?:it|them)${g(6)} (?:when|while|after|before|tonight|saturday|sunday|monday|tuesday|wednesday|thursday|friday|this weekend)`,
    "figured out (?:the|a|how much|what) (?:lethal )?(?:dose|amount|dosage)",
    `(?:\\d+ ?x|\\d+ times|(?:ten|twenty|thirty|fifty) times) (?:the|my|a|the normal) (?:dose|dosage)`,
    `(?:dose|dosage|mg)${g(3)} (?:kill|kills) (?:you|me|a person|someone)`,
    `sav(?:e|ing|ed) (?:up )?(?:my |the |all my )?(?:[a-z]+ )?(?:pills?|meds|medicines?|medications?|tablets|capsules)`,
    "i (?:choose|chose|have chosen) the (?:day|date)",
  ),
);
LEXICON.self_harm.push(
  P(
    `asked (?:me )?about (?:my|the) (?:arms|wrists|thighs|scars|cuts|marks|burns)${g(3)} (?:i lied|lied)`,
    `what do (?:you|i) (?:tell|say)${g(4)} (?:about|ask about) (?:the )?(?:scars|cuts|marks|burns) on`,
    "(?:compare|comparing|compared|show|showing) (?:our|my|each others) (?:cuts|scars|burns)",
    `(?:skip|skipping|stop eating|not eating|starve|starving)${g(4)} (?:so i can|to) (?:hurt|feel (?:pain|something)|punish)`,
  ),
);
LEXICON.overdose.push(
  P(
    `i (?:take|took|ate|swallowed) (?:my |his |her |the )?(?:father|fathers|dad|dads|mother|mothers|mom|moms|grandma|grandmas|brother|brothers|sister|sisters)? ?(?:[a-z]+ )?(?:medicine|medication|meds|pills)${g(3)} (?:maybe |like |about |almost )?(?:\\d+|ten|twenty|fifteen|thirty)\\b(?! (?:minutes|min|mins|am|pm|oclock))`,
  ),
);
LEXICON.unsafe_home.push(
  P(
    "living (?:out of|in) (?:my|a|our|the) (?:car|truck|van)",
    "(?:house|home|apartment|things at home) (?:is|are) (?:getting )?(?:more |really |so )?violent",
    `(?:heat|power|electricity|water) (?:is |got |was )?(?:off|shut off|cut off)${g(6)} no food`,
    "no food (?:at home|in the house|for days|since)",
  ),
);
LEXICON.violence.push(
  P(
    "(?:bring|bringing|brought|carry|carrying) (?:my |a |the )?(?:brass knuckles|knuckles|bat|machete|taser)",
  ),
);
LEXICON.exploitation.push(
  P(
    `(?:employer|boss|manager|owner|sponsor)${g(2)} (?:holds|has|keeps|took|is keeping|is holding|kept) (?:my|our) (?:visa |immigration |travel |work )?(?:documents|papers|passports?|visa|ids?)`,
  ),
);
SAFE_SPANS.push(
  P(
    // "we touched on it in pharm": a topic, not a person
    "touched on (?:it|this|that|them|the \\w+|in (?:class|lecture))",
    "sane nurses?",
    "sexual assault cases",
    "(?:identifying|identify|recognizing|recognize|spotting|spot) (?:human )?trafficking victims",
    `(?:hospitals?|doctors?|nurses?|er|clinics?|paramedics?|emts?) (?:know|tell|find out|figure out|recognize|spot|test)${g(2)} (?:if |when |that |what )?(?:someone|a patient|a person|patients|people) (?:is |are |was )?(?:being )?(?:trafficked|overdosed|od)`,
    `(?:if|when|unless) (?:my )?(?:mcat|score|scores|grade|grades|gpa)${g(6)} (?:going to|gonna|will) kill me`,
    "hit (?:the|my|our) (?:word count|page count|goal|target|limit|minimum|hours)",
    "hang (?:up )?(?:the|a|my|our|this) (?:poster|posters|picture|sign|banner|flyer|decorations|lights|painting|coat|jacket|clothes|laundry)",
  ),
);
SAFE_SPANS.push(
  P(
    // a death by suicide years ago, in the present-tense grammar of English learned later
    `(?:uncle|aunt|brother|sister|dad|mom|father|mother|cousin|friend|grandpa|grandma)${g(3)} (?:die|dies) by suicide${g(4)} (?:years?|ago|when i was)`,
  ),
);

// Round five, from the development halves of four more authors (a queer teen in Fairbanks, a
// perfectionist athlete, a medical student mentor and worried parents, a teen in a hub town).
LEXICON.suicidal.push(
  P(
    `if (?:im|i am|i was|i were) gone${g(4)} (?:can|could|would|will) (?:stop|finally|be happy|be free|move on)`,
    "(?:im|i am) (?:this|so) worthless",
    `(?:dont|do not|no need to) (?:worry about )?(?:check|checking) (?:in )?on me (?:after|anymore|again)`,
    "forever tired|tired forever",
  ),
);
LEXICON.suicide_plan.push(
  P(
    "(?:is|thats|that is) where (?:id|i would|i will|ill|im going to|im gonna) do it",
    // a decision with a date and no object, and a to-do list that ends in "then do it"
    "^(?:ive|i have) (?:decided|made up my mind) (?:after|before|once|when)",
    "then (?:do it|end it|go through with it|be done)$",
    `(?:dont|do not) think (?:ill|i will|im gonna|im going to) (?:make it|be here|be around|last) (?:to|till|until|through)${g(6)} (?:next month|next year|next semester|graduation|my birthday|christmas|summer)`,
    `(?:by|at|near|to|on) the (?:river|bridge|lake|cliff|tracks|woods|roof|ice)${g(2)} with (?:the|my|a|dads|his|her) (?:gun|rifle|pistol|shotgun|pills|rope)`,
  ),
);
LEXICON.self_harm.push(
  P(
    "i miss (?:cutting|burning|hurting myself|selfharm|selfharming|purging)",
    "there (?:is|was|isnt|wasnt) (?:no|a) cat",
    `skipp?(?:ed|ing) (?:meals|eating|food|breakfast|lunch|dinner)${g(10)} (?:dizzy|fainted|passed out|black(?:ed)? out)`,
    "bloody (?:tissues|towels|paper towels|bandaids|band aids|rags|sheets)",
    "pulling out my (?:hair|eyelashes|eyebrows|lashes)",
    "(?:earn|deserve) (?:food|to eat|my food|dinner|lunch|a meal)",
  ),
);
LEXICON.overdose.push(
  P("(?:lips|face|skin) (?:are |is )?(?:turning|going|gone|went) (?:blue|purple|gray|grey)"),
);
LEXICON.sexual_abuse.push(
  P(
    `(?:exam|touch|touched|touching)${g(4)} (?:didnt|did not|doesnt|does not) feel (?:medical|right|normal|okay|ok)`,
    `(?:he|she|they|brother|cousin|uncle|friend|guy|man|boyfriend|coach|someone)${g(2)} forced me\\b(?! to (?:study|go|eat|do (?:my )?(?:homework|chores)|practice|run|clean|apply|take|wear|sign up|join))`,
  ),
);
LEXICON.unsafe_home.push(
  P(
    "changed the locks",
    "emergency (?:housing|shelter)",
    "(?:sleeping|living|slept|sleeps|lives) in (?:her|his|their|a|our|the) (?:car|truck|van)",
    `left (?:her|him|them|me|us)${g(6)} (?:for (?:a|two|three|\\d+) (?:week|weeks|days)|with no (?:money|food))`,
    "broken glass everywhere",
  ),
);
LEXICON.dating_violence.push(
  P(
    "(?:makes|forces|made) (?:me|her|him) (?:share|turn on|keep on) (?:my|her|his) location",
    "(?:always|keeps|constantly) (?:checking|going through|reading) my (?:phone|texts|messages|dms)",
  ),
);
LEXICON.exploitation.push(
  P(`offered me${g(3)} to (?:meet|hang out|come over|send pics|send pictures|sleep|spend the night|go with)`),
);
SAFE_SPANS.push(
  P(
    `kill me${g(2)} i forgot`,
    "killing my (?:whole )?(?:vibe|mood|buzz|motivation|sleep schedule)",
    `(?:percentage|percent|how many|rates?) of${g(3)} (?:youth|teens|kids|people|students|ppl)${g(2)} (?:attempt|die by|die from|commit) suicide`,
    `why do so many${g(3)} (?:die from|die by|commit|attempt) suicide`,
    "(?:a )?patients? with suicidal ideation",
    "(?:uncles|aunts|dads|moms|fathers|mothers|brothers|sisters|cousins|friends|grandpas|grandmas|teammates|classmates) suicide",
    "murder (?:this|the|that|my) (?:exam|test|quiz|interview|mcat|presentation|final)",
    "sextortion prevention",
    "hit (?:with|by) (?:a|the) (?:snowstorm|storm|blizzard|bill|flu|cold|virus)",
  ),
);

// Round six, from the development halves of two more authors (a veteran in a post-bacc program, a
// teen in foster care).
LEXICON.suicidal.push(
  P(
    `you can have my${g(8)} (?:mail|give|send|pass) (?:them|it) to`,
    "(?:i just|ill just|i will just) (?:vanish|disappear)(?! (?:for|into (?:my|the) (?:room|library)|until))",
    "no future for (?:me|kids like me|people like me|someone like me)",
  ),
);
LEXICON.suicide_plan.push(P(`${WEAPON}${g(6)} easier to (?:get to|reach|grab|get)`));
LEXICON.self_harm.push(
  P(
    `(?:hoodies?|long sleeves|sweaters?)${g(5)} (?:bc|because|cuz|to hide|so no one sees|so nobody sees) (?:of )?my (?:arms|wrists|legs|thighs|scars|cuts)`,
  ),
);
LEXICON.unsafe_home.push(
  P(
    `food bank${g(4)} (?:closed|empty|out)`,
    `(?:only )?(?:got|have) (?:\\d+|a few|two|three|four|five) dollars${g(3)} (?:what do|for food|to eat|left)`,
    "(?:\\d+|twenty four|forty eight) hours to (?:get out|leave|move out)",
    "no place (?:lined up|to go|to stay|to sleep)",
  ),
);
SAFE_SPANS.push(
  P(
    `(?:phone|phones|battery|laptop|laptops|computer)${g(2)} (?:about to|gonna|going to|is gonna) die`,
    "(?:im|i am)? ?not in danger",
    "(?:look|looks|feel|feels) like (?:i|ive|i have) (?:got|been) hit by a (?:truck|bus|train)",
    `(?:pediatricians?|doctors?|nurses?|teachers?|counselors?)${g(3)} (?:think|thinks|suspect|suspects) (?:a|the) (?:kid|child|patient) (?:is|was) (?:being )?abused`,
    `lost (?:a|my|our|one)${g(4)} to suicide`,
  ),
);

// Round seven, from the development halves of four more authors (a boarding-school teen from a
// western Alaska village, a 15-year-old gamer, a clinically minded pre-med junior who minimises,
// a teen who dictates by voice on a cracked phone).
const KIN =
  "(?:uncle|aunt|auntie|brother|sister|dad|mom|father|mother|cousin|friend|grandpa|grandma|friends (?:brother|sister|mom|dad)|classmate|teammate)";
const CLINICIAN =
  "(?:psych nurses?|nurses?|docs?|doctors?|physicians?|psychiatrists?|pediatricians?|therapists?|paramedics?|emts?|surgeons?|er docs?|er doctors?|counselors?)";
LEXICON.suicidal.push(
  P(
    "(?:meet|meets|met) (?:the )?criteria for (?:active |passive )?(?:si|suicidal ideation)",
    "(?:active|passive) (?:si|suicidal ideation)(?! (?:in|among|screening|research|patients?))",
  ),
);
LEXICON.self_harm.push(
  P(
    `(?:pain|hurt|hurts|hurting)${g(4)} (?:i can|that i can|i get to) control`,
    `feel${g(2)} (?:calm|calmer|better|relief|relieved|release|numb) after (?:cutting|i cut|burning|i burn|hurting myself)`,
  ),
);
LEXICON.overdose.push(
  P(
    "(?:took|swallowed|taken|had) (?:about |like |around |maybe |almost |over )?(?:\\d{2,}|ten|twelve|fifteen|twenty|thirty|forty|fifty) (?:of (?:my|the|her|his|moms|dads|these|those)|pills|tabs|tablets|capsules)",
  ),
);
LEXICON.unsafe_home.push(
  P(
    "(?:got|get|been|being|were|was|are|am|getting) evicted",
    "everything (?:i|we) own (?:is|fits) in (?:a|my|the|our)",
  ),
);
SAFE_SPANS.push(
  P(
    `${CLINICIAN}${g(3)} (?:see|deal with|treat|handle|encounter|stitch)${g(3)} (?:self ?harm|selfharm|overdoses?|suicid\\w*|(?:ppl|people|patients|kids|teens) who (?:tried to kill themselves|attempted|self ?harm|overdosed))`,
    `(?:self ?harm|selfharm|suicide|overdoses?)${g(2)} something${g(2)} ${CLINICIAN} (?:deal with|see|treat|handle)`,
    `${CLINICIAN} (?:ask|asks|screen|check|tell)${g(3)} (?:if|whether) (?:someone|somebody|a patient|a person|patients|people|a kid) (?:is|are) suicidal`,
    "(?:a|the|their) patients? (?:dies|died|die|dying) (?:by|of|from) suicide",
    `lethal dose${g(3)} (?:in|for) (?:pharmacology|pharm|class|toxicology|tox)`,
    "ld ?50s?",
    `${KIN}${g(3)} (?:overdosed|odd|oded)${g(2)} (?:(?:[a-z]+ )?(?:years?|months?) ago|last (?:year|summer|winter|spring|fall)|when i was)`,
    "(?:academic|career|social|gpa|professional) suicide",
    `(?:course ?load|schedule|class load|credits|semester|plan)${g(2)} (?:is|would be|sounds like) suicide`,
    `(?:essay|prompt|exam|test|quiz|class|homework|orgo|physics|chem|mcat|this|semester|finals|shift|fish smell|smell)${g(3)} (?:is |are |will |gonna |going to )+(?:literally )?end me`,
    "alt ?f ?4(?:d|ed)? (?:the|my|that)",
    "(?:a )?burden (?:to|on|for) (?:my|the|our) (?:study group|group|team|lab|project|class|partner|lab partner|roommates?)",
    "(?:see|have) a future in (?:medicine|med|this field|premed|pre ?med|nursing|science|stem|research)",
    `(?:phone|autocorrect|keyboard|screen|smell|noise|alarm|roommate|wifi)${g(3)} (?:is )?(?:killing me|gonna kill me|going to kill me)`,
    `(?:gonna|going to) (?:hurt|kill|tank|ruin) my (?:grade|grades|gpa|score|chances)`,
  ),
);

// Round eight, from the development halves of two more authors (a Deaf teen writing English in
// ASL-gloss order, a non-traditional pre-med single parent in Wasilla).
LEXICON.suicidal.push(
  P(
    "(?:me|i) (?:want|wanna) (?:be )?(?:dead|die)\\b",
    `(?:sad|cry|upset)${g(1)} (?:little bit|a little|for a bit|a while|for a while|a few days) (?:then|and then) (?:ok|okay|fine|move on|get over it|forget)`,
    "woke up (?:disappointed|sad|mad|angry|upset)(?! (?:about|with|at|by|in) (?:my|the|a) (?:score|grade|test|exam|results?))",
    "(?:left|wrote down|gave|leaving) (?:her |him |them |my \\w+ )?(?:my )?(?:passwords?|laptop password|phone password|pins?|bank info)\\b",
  ),
);
LEXICON.suicide_plan.push(
  P(
    "(?:me|i) (?:pick|picked|chose|choose|set|have) (?:a |the )?date\\b(?! (?:for|to take) (?:the |my )?(?:mcat|test|exam|interview|casper|shadowing|move|wedding|party|trip|appointment|surgery))",
    `(?:generator|car|engine|truck)${g(3)} (?:in|inside) (?:a|the|my) (?:closed|shut|locked) (?:garage|room|shed)`,
    `how (?:much|many)${g(3)} (?:kill|kills) (?:a )?(?:person|someone|me|human|people)`,
  ),
);
LEXICON.self_harm.push(
  P(
    `\\d+ calories?${g(4)} (?:zero|0|nothing|none)\\b`,
    "cuts? on (?:my )?(?:leg|legs|arm|arms|thigh|thighs|wrist|wrists|stomach)(?! from (?:hiking|the|a|my|work|fishing|cooking|practice))",
  ),
);
LEXICON.unsafe_home.push(P("(?:left|fled|ran away|ran|snuck out|got out) in the middle of the night"));
SAFE_SPANS.push(
  P(
    `${KIN}${g(2)} (?:kill|killed) (?:himself|herself|themselves)${g(1)} (?:last|\\d+|a|two|three) (?:spring|summer|fall|winter|year|years|months?)`,
    `anniversary${g(3)} suicide`,
    `(?:how|what) (?:do|does|would)? ?(?:the )?(?:er|ed|emts?|doctors?|nurses?|paramedics?)${g(2)} (?:treat|stitch|close|clean)`,
    "bruises? from (?:hockey|soccer|football|basketball|practice|a game|the game|falling|skiing|snowboarding|the gym|volleyball|wrestling)",
    "murder (?:this|the|that|my) (?:personal statement|essay|ps|app|application|secondaries|paper)",
    "lethal dose (?:concept|definition|meaning)",
    "(?:mechanism|pathophysiology|treatment|symptoms|signs) of (?:carbon monoxide|co|cyanide|acetaminophen|tylenol|opioid|aspirin) (?:poisoning|toxicity|overdose)",
  ),
);

// Round nine, from the development halves of two more authors (a 14-year-old in Fairbanks writing
// in short algospeak, a stoic 19-year-old Guard member from a hunting family).
LEXICON.suicidal.push(
  P(
    `\\b(?:jk|lol|haha|nvm)${g(2)} (?:i )?(?:wont|will not) (?:need to know|need it|need that|be around|be here)`,
    "i (?:wont|will not) (?:need to know|be around to (?:see|need|use|find out))",
    "(?:unit|family|everyone|everybody|team|squad|crew|world|kids|they)(?: would| will|d) be better off(?! if (?:i|we) (?:studied|did|took|got|went|picked|chose|moved|saved))",
  ),
);
LEXICON.self_harm.push(
  P(
    "barcodes? on (?:my )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach|hip|hips)",
    "(?:new|fresh|more|another) barcodes?",
  ),
);
LEXICON.unsafe_home.push(
  P(
    `(?:a )?(?:spare|extra) (?:couch|bed|room|floor|mattress)${g(3)} (?:not a joke|no joke|fr|for real|seriously|serious)`,
  ),
);
LEXICON.physical_abuse.push(
  P(
    "(?:explain|hide|cover(?: up)?) (?:the )?bruises? on (?:my|your|his|her) (?:neck|throat|face|arms?|back|ribs?)",
    "bruises? on (?:my|your) (?:neck|throat)",
    `${WHO}${g(1)} got me (?:pretty |real |really |so )?good\\b`,
    `(?:old man|old lady|pops|my pa)${g(2)} (?:got me|hit me|beat me|laid into me|put me (?:into|through|on))`,
  ),
);
LEXICON.violence.push(
  P(
    `(?:this|so|real|really|about) close to (?:hurting|hurt|punching|snapping on|killing|beating|stabbing|shooting)${g(1)} (?:my |this |that |the )?(?:roommate|roomie|brother|sister|stepdad|dad|mom|teacher|coach|him|her|them|someone|somebody|guy|kid|dude)`,
  ),
);
SAFE_SPANS.push(
  P(
    "(?:dog|lab|pup|puppy|cat|husky|horse|pet|retriever|truck|car|moose|caribou) (?:got|was|been) hit (?:on|by|in) (?:the|a) (?:highway|road|street|parkway|car|truck)",
  ),
);
