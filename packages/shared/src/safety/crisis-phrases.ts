/**
 * The phrases behind detectCrisisLanguage, written against the normalised text (lower case, no
 * apostrophes, single spaces, "." between clauses; see crisis-language.ts). Each pattern is matched
 * between spaces, so a token never matches inside a longer word. A negative lookahead drops a
 * common figure of speech only where that is cheap and certain ("cut myself some slack"); when in
 * doubt a phrase stays in, because a calm notice shown too often costs less than one not shown.
 */

/** What follows the phrase: the end of the clause, or one of these words. */
const endOr = (...next: string[]) => `(?= (?:\\.|$${next.map((n) => `|${n}`).join("")})(?: |$))`;
const ANYMORE = ["anymore", "any more", "any longer"];

export interface CrisisPhrase {
  /** The canonical wording reported back in `phrases`. */
  phrase: string;
  pattern: string;
}

export const CRISIS_PHRASES: readonly CrisisPhrase[] = [
  // Suicidal thoughts.
  {
    phrase: "kill myself",
    // "kms" after a number is kilometres ("we walked 5 kms").
    pattern:
      "(?:kill|killing) myself(?! (?:laughing|at (?:the gym|work)|working|to (?:finish|get|make|meet)) )|(?<![0-9] )kms",
  },
  { phrase: "kill myself", pattern: "unaliv(?:e|ing) myself" },
  { phrase: "suicide", pattern: "suicid(?:e|es|al|ally)(?! squad )" },
  { phrase: "end my life", pattern: "(?:end|ending) my (?:own )?life" },
  { phrase: "take my own life", pattern: `(?:take|taking) my own life|(?:take|taking) my life${endOr()}` },
  { phrase: "end it all", pattern: "(?:end|ending) it all|end it (?:tonight|today|now)" },
  {
    phrase: "want to die",
    pattern:
      "(?:want|wanted|wanting|ready) to (?:just )?die(?! (?:of|laughing|for|(?:my|her|his|their|your) hair) )" +
      "|wish i (?:could|would) (?:just )?die|i (?:deserve to|should just) die|hope i (?:just )?die",
  },
  {
    phrase: "wish I was dead",
    pattern:
      "wish(?:ing)? i (?:was|were) (?:dead|gone|never born|not (?:alive|born|here))" +
      "|wish(?:ing)? i (?:wasnt|werent) (?:alive|born|here)|wish(?:ing)? i(?:d| had)? never (?:been )?born" +
      "|wish(?:ing)? i didnt exist|want to be dead|rather be dead(?! than )|better off dead",
  },
  {
    phrase: "don't want to live",
    pattern:
      `dont want to (?:live|exist)${endOr(...ANYMORE, "like this")}|dont want to be alive` +
      "|dont want to be here (?:anymore|any more|any longer)",
  },
  {
    phrase: "never wake up",
    pattern: `dont want to wake up${endOr(...ANYMORE, "again", "ever")}|hope i (?:dont|never) wake up|(?:sleep|go to sleep) and (?:never|not) wake up|never wake up again`,
  },
  {
    phrase: "no reason to live",
    pattern:
      "no (?:reason|point|purpose) (?:to|in|of) (?:live|living|keep living|go on|going on|be alive|being alive|stay alive|staying alive)" +
      "|(?:nothing|no one|noone|nobody) (?:left )?to live for|(?:whats|what is) the point (?:of|in) (?:living|being alive|life|going on)" +
      "|(?:life|living) (?:isnt|aint) worth (?:it|living)|not worth living",
  },
  {
    phrase: "better off without me",
    pattern:
      "better (?:off )?without me" +
      "|better off if i (?:(?:was|were) (?:dead|gone|not (?:here|around|alive))|(?:wasnt|werent) (?:here|around|alive)|d never been born|never existed|didnt exist|died)",
  },
  {
    phrase: "can't go on",
    pattern: `(?:cant|couldnt) (?:go on|keep going|carry on)${endOr(...ANYMORE, "like this", "living", "with (?:this|it|life|my life)")}`,
  },
  {
    phrase: "can't take it anymore",
    pattern:
      "cant (?:do|take|handle|cope with|bear) (?:this|it) (?:anymore|any more|any longer)" +
      "|cant live (?:like this|with this|anymore|any more|any longer)",
  },
  { phrase: "tired of living", pattern: "(?:tired|sick) of (?:living|being alive|existing)" },
  { phrase: "give up on life", pattern: "giv(?:e|ing) up on (?:life|living)|goodbye cruel world" },
  { phrase: "won't be around much longer", pattern: "wont be (?:here|around) (?:for )?much longer" },

  // Self-harm.
  {
    phrase: "hurt myself",
    pattern:
      "(?:hurt|hurting|harm|harming|injure|injuring) myself" +
      "(?! (?:playing|while|at|running|lifting|training|exercising|skiing|falling|by accident|accidentally) )",
  },
  { phrase: "self-harm", pattern: "self (?:harm|harming|harmed|injury|injuring|injure|mutilation)|selfharm(?:ing)?" },
  {
    phrase: "cutting myself",
    pattern:
      "(?:cut|cuts|cutting) (?:myself|my (?:wrists?|arms?|legs?|thighs?))" +
      "(?! (?:a|an|some|off|out|shaving|slack|while|on|cooking|chopping|by accident|accidentally) )",
  },
  { phrase: "slit my wrists", pattern: "slit(?:ting)? my (?:wrists?|throat)" },
  {
    phrase: "burn myself",
    pattern: "burn(?:ing)? myself(?! (?:on|out|cooking|while|with (?:the|hot)|by accident|accidentally) )",
  },
  { phrase: "starve myself", pattern: "starv(?:e|ing) myself" },
  {
    phrase: "overdose",
    pattern:
      "overdos(?:e|es|ed|ing)(?! on (?:chocolate|caffeine|coffee|sugar|sweets|candy|cake|netflix|tv|love) )" +
      "|(?:take|took|taking|swallow|swallowed|swallowing) (?:all|a bunch|a lot|loads|handfuls?) (?:of )?(?:my |the |those |these )?(?:pills|tablets|meds|medication)",
  },

  // Methods and imminent danger.
  { phrase: "hang myself", pattern: "hang(?:ing)? myself" },
  { phrase: "shoot myself", pattern: "shoot(?:ing)? myself(?! in the foot )" },
  { phrase: "drown myself", pattern: "drown(?:ing)? myself(?! in )" },
  {
    phrase: "jump off a bridge",
    pattern:
      "jump(?:ing)? (?:off|from) (?:a|the|my) (?:bridge|building|roof|cliff|balcony|tower|ledge)" +
      "|(?:jump|jumping|step|stepping|throw myself|throwing myself) (?:in front of|under) (?:a |the )?(?:train|bus|car|truck|lorry)",
  },
  {
    phrase: "not safe",
    pattern: `(?:im not|i dont feel|i never feel) safe${endOr(...ANYMORE, "right now", "at home", "here", "tonight", "around (?:him|her|them)", "with (?:him|her|them|myself)")}`,
  },
];
