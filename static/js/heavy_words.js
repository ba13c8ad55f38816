// Noticing heavy words on the device, without sending them anywhere (もぐもぐ, and the robot when
// the network is down). The rules are data generated from the safety lexicon
// (static/data/heavy_words.json, `python -m rooms.device_rules`); the folding below mirrors
// safety/normalize.py for what a browser can do without a dictionary: no kanji readings, so a
// word written in kanji is found when the lexicon lists that spelling.
//
// It answers one question: would a careful reader want this child to see the hotline card?
// Pure functions; `loadRules` is the only I/O and asks our own origin for the data once.

const RULES_URL = "/static/data/heavy_words.json";
const AFTER_WINDOW = 16;
const BREAK = "。";
const SENTENCE_END = new Set(["。", "．", "!", "?", "！", "？", "\n"]);
const SMALL_KANA = { ぁ: "あ", ぃ: "い", ぅ: "う", ぇ: "え", ぉ: "お", ゎ: "わ" };
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Mn}\p{Me}]/u;

let loading = null;

/** The rule set, fetched once per page (cached by the browser and the service worker). */
export function loadRules() {
  loading ??= fetch(RULES_URL, { credentials: "omit" })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  return loading;
}

/** Romaji → kana with jaconv.alphabet2kana's own steps (carried in the rules as data). */
function romajiToKana(text, romaji) {
  if (!romaji) return text;
  let s = text;
  if (s.endsWith("h") && s.length >= 2) s = `${s.slice(0, -1)}う`;
  for (const [from, to] of romaji.steps) s = s.replaceAll(from, to);
  let out = "";
  for (const ch of s) {
    const c = romaji.letters[ch] ?? ch;
    out += romaji.consonants.includes(c) ? "っ" : c;
  }
  return out;
}

/** The kanji runs the lexicon spells with, read as kana (longest first); other kanji stay. */
export function readKanji(key, table) {
  if (!table) return key;
  const longest = Math.max(0, ...Object.keys(table).map((k) => k.length));
  let out = "";
  let i = 0;
  while (i < key.length) {
    let took = 0;
    for (let n = Math.min(longest, key.length - i); n > 0; n -= 1) {
      const reading = table[key.slice(i, i + n)];
      if (reading !== undefined) {
        out += reading;
        took = n;
        break;
      }
    }
    if (!took) {
      out += key[i];
      took = 1;
    }
    i += took;
  }
  return out;
}

/** Text → the hiragana key the word lists are matched against (safety.normalize.kana_key). */
export function foldText(text, keepBreaks = true, romaji = null) {
  let s = String(text).slice(0, 2000).normalize("NFKC").toLowerCase().slice(0, 2000);
  let kept = "";
  for (const ch of s) {
    if (SENTENCE_END.has(ch)) {
      if (keepBreaks && kept && !kept.endsWith(BREAK)) kept += BREAK;
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    if (LETTER_OR_NUMBER.test(ch)) kept += ch; // everything else is a separator: "し.ね", "し ね"
  }
  // Romaji once the separators are gone, so "shi ni tai" becomes しにたい (as the server does).
  if (/[a-z]/.test(kept)) kept = romajiToKana(kept, romaji);
  s = kept.replace(/タヒ(?!チ)/g, "死").replace(/[氏市4](?=[ねにぬのん])/g, "し");
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0);
    // Katakana → hiragana, the way jaconv.kata2hira does.
    let c = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
    if (c === "ー" || c === "ヽ" || c === "ゝ") continue;
    c = SMALL_KANA[c] ?? c;
    if (!out.endsWith(c)) out += c; // "しにたいいい" is the word said slowly
  }
  return out;
}

function findAll(key, word, from = 0) {
  const spots = [];
  if (!word) return spots;
  let at = key.indexOf(word, from);
  while (at !== -1) {
    spots.push(at);
    at = key.indexOf(word, at + 1);
  }
  return spots;
}

const anyIn = (key, words) => (words ?? []).some((w) => w && key.includes(w));
const startsWithAny = (text, words) => (words ?? []).some((w) => w && text.startsWith(w));

/** Does the match that ends at `end` still mean what it says (not negated, not milder)? */
function meant(key, end, rules, except) {
  // Context words are kept in reading form, so read the window the same way.
  let after = readKanji(key.slice(end, end + AFTER_WINDOW).split(BREAK, 1)[0], rules.kanji);
  if (after.startsWith("い")) after = after.slice(1); // a stem's own ending comes first
  const afters = after.startsWith("って") ? [after, `と${after.slice(2)}`] : [after];
  if (afters.some((a) => startsWithAny(a, rules.negation))) return false;
  if (startsWithAny(after, except)) return false;
  return !afters.some((a) => startsWithAny(a, rules.milder));
}

/** The first heavy match in the text, or null: {word, index} for tests and debugging. */
export function findHeavy(text, rules) {
  if (!rules || !text) return null;
  const folded = foldText(text, true, rules.romaji);
  const read = readKanji(folded, rules.kanji);
  const keys = read === folded ? [folded] : [folded, read];
  const inText = (words) => keys.some((key) => anyIn(key, words));
  const tokens = new Set(String(text).normalize("NFKC").toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const context = {
    marker: inText(rules.markers) || inText(rules.soon),
    family: inText(rules.family),
    urgent: inText(rules.urgent),
  };
  const counts = (entry, key, at) => {
    if (entry.when === "marker") {
      const before = key.slice(Math.max(0, at - 6), at).split(BREAK).pop();
      return context.marker || (rules.soon_before ?? []).some((w) => before.endsWith(w));
    }
    if (entry.when === "family") return context.family;
    return true;
  };
  const applies = (entry) => (!entry.needs || inText(entry.needs)) && !(entry.unless && inText(entry.unless));
  for (const rule of rules.rules ?? []) {
    if (!applies(rule)) continue;
    for (const word of rule.latin ?? []) {
      if (tokens.has(word) && counts(rule, "", 0)) return { word, index: -1 };
    }
    for (const key of keys) {
      for (const word of rule.words) {
        for (const at of findAll(key, word)) {
          if (counts(rule, key, at) && meant(key, at + word.length, rules, rule.except)) return { word, index: at };
        }
      }
    }
  }
  for (const pattern of rules.patterns ?? []) {
    if (!applies(pattern)) continue;
    for (const key of keys) {
      for (const head of pattern.heads) {
        for (const at of findAll(key, head)) {
          for (const ending of pattern.then) {
            const end = at + head.length;
            if (!key.startsWith(ending, end)) continue;
            if (meant(key, end + ending.length, rules, pattern.except)) return { word: head + ending, index: at };
          }
        }
      }
    }
  }
  return null;
}

/** Would a careful reader want this child to see the hotline card? */
export function isHeavy(text, rules) {
  return findHeavy(text, rules) !== null;
}
