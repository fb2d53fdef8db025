import { createRequire as __logwardCreateRequire } from 'node:module'
const require = __logwardCreateRequire(import.meta.url)
import { createHash } from 'node:crypto';
import { L as LogwardError } from './index.js';
import { o as object, n as number, l as literal, a as array, c as string } from './logger-DezpSed9.js';

/**
 * Masking: replace the variable parts of one token with `<*>` before mining, so that the parse tree sees
 * `PacketResponder <*> for block <*>` instead of a new shape for every block id.
 *
 * The rules are general (no system-specific formats): a value is variable when it looks like a number
 * (with or without a unit: `12ms`, `3.5s`, `64MB`), a hex string, an IPv4/IPv6 address (with a port), a
 * UUID, a time or date, a path, a URL, an email address, an id that mixes digits with `_ - . # @`
 * (`blk_-123`, `rdd_2_3`, `core.465`, `msra-sa-41`, `pkg@1.2.3`), a quoted string, or the value of
 * `key=value`. They run on character classes, not regexes, because they run on every token of every line.
 *
 * What is kept: letters-only words (free text, keywords, enum values), words with one short embedded
 * digit run that names a thing (`ssh2`, `log4j`, `sha256`, `IPv4`), and the punctuation around a value
 * (`[<*>]`, `<*>,`, `key=<*>`, `'<*>'`), which is part of the message's fixed shape.
 */
/** The wildcard that stands for a variable value in masked tokens and templates. */
const WILDCARD = '<*>';
const DIGIT = 1;
const LETTER = 2;
/** Splits a token into segments: `=`, `,`, `:`, `;`, brackets, `|`, `&`, quotes. */
const DELIM = 4;
const QUOTE = 8;
/** `/` and `\`: paths. */
const SLASH = 16;
/** `_ - . # + ~ $ % @ *`: characters that glue an id together (`rdd_2_3`, `core.465`, `#42`). */
const JOIN = 32;
const AT = 64;
const EQ = 128;
const HEXLETTER = 256;
const CLASS = new Uint16Array(128);
for (let c = 48; c <= 57; c++)
    CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++)
    CLASS[c] = LETTER;
for (let c = 97; c <= 122; c++)
    CLASS[c] = LETTER;
for (const ch of 'abcdefABCDEF')
    CLASS[ch.charCodeAt(0)] |= HEXLETTER;
for (const ch of ',:;()[]{}<>|&')
    CLASS[ch.charCodeAt(0)] = DELIM;
CLASS['='.charCodeAt(0)] = DELIM | EQ;
for (const ch of '"\'`')
    CLASS[ch.charCodeAt(0)] = DELIM | QUOTE;
CLASS['/'.charCodeAt(0)] = SLASH;
CLASS['\\'.charCodeAt(0)] = SLASH;
for (const ch of '_-.#+~$%*')
    CLASS[ch.charCodeAt(0)] = JOIN;
CLASS['@'.charCodeAt(0)] = JOIN | AT;
/** Characters that make a token worth a closer look; tokens without any are returned as they are. */
const INTERESTING = DIGIT | SLASH | AT | EQ | QUOTE;
/** Per ASCII code: 1 when a token holding it may need masking. The tokeniser tests this while it scans. */
const MAY_MASK = new Uint8Array(128);
for (let c = 0; c < 128; c++)
    MAY_MASK[c] = CLASS[c] & INTERESTING ? 1 : 0;
function cls(c) {
    // Non-ASCII letters (accents, CJK) count as letters: words in other languages stay constant.
    return c < 128 ? CLASS[c] : LETTER;
}
const C_SLASH = 47;
const C_BACKSLASH = 92;
const C_DOT = 46;
const C_COLON = 58;
const C_MINUS = 45;
const C_PLUS = 43;
const C_TILDE = 126;
const C_COMMA = 44;
const C_RBRACKET = 93;
/** maskToken for a token known to hold a character of MAY_MASK (the tokeniser saw one). */
function maskInteresting(token) {
    // The token's core without brackets and trailing punctuation: `[10.0.0.1]`, `/a/b:`, `(42),`.
    let start = 0;
    let end = token.length;
    while (start < end && isOpener(token.charCodeAt(start)))
        start++;
    while (end > start && isCloser(token.charCodeAt(end - 1)))
        end--;
    if (start === end)
        return token;
    const verdict = classifyCore(token, start, end);
    if (verdict === KEEP)
        return token;
    if (verdict === SPLIT)
        return maskSegments(token);
    // `[::1]:8080`: the `[` stripped as an opener belongs to the value.
    if (start > 0 && token.charCodeAt(start - 1) === 91) {
        const close = token.indexOf(']', start);
        if (close >= 0 && close < end)
            start--;
    }
    return start === 0 && end === token.length ? WILDCARD : token.slice(0, start) + WILDCARD + token.slice(end);
}
function isOpener(c) {
    return c === 40 || c === 91 || c === 123 || c === 60; // ( [ { <
}
function isCloser(c) {
    // ) ] } > , . ; : ! ?
    return (c === 41 ||
        c === 93 ||
        c === 125 ||
        c === 62 ||
        c === 44 ||
        c === 46 ||
        c === 59 ||
        c === 58 ||
        c === 33 ||
        c === 63);
}
/** classifyCore's verdicts: the core is one value, not a value, or must be split at delimiters. */
const KEEP = 0;
const WHOLE = 1;
const SPLIT = 2;
/**
 * Judge a token's core in one pass. Some values are recognised whole before any split at `:` and `=`,
 * because they contain `:`: URLs, IPv6, `host:port`, times, `src/a.ts:12:5`. A core without delimiters
 * is one segment, judged here by the segment rules too (isVariableSegment) to save a second pass.
 */
function classifyCore(s, start, end) {
    const first = s.charCodeAt(start);
    // Paths: absolute, home- or dot-relative, Windows drive paths. Something must follow the slash so that
    // a lone `/` or `//` separator stays.
    if (first === C_SLASH || first === C_BACKSLASH)
        return end - start > 1 && hasAlnum(s, start + 1, end) ? WHOLE : KEEP;
    if (first === C_TILDE && s.charCodeAt(start + 1) === C_SLASH)
        return WHOLE;
    if (first === C_DOT) {
        const second = s.charCodeAt(start + 1);
        if (second === C_SLASH || (second === C_DOT && s.charCodeAt(start + 2) === C_SLASH))
            return WHOLE;
    }
    if (end - start > 2 && cls(first) & LETTER && s.charCodeAt(start + 1) === C_COLON) {
        const third = s.charCodeAt(start + 2);
        if (third === C_BACKSLASH || third === C_SLASH)
            return WHOLE;
    }
    let digits = 0;
    let letters = 0;
    let hexLetters = 0;
    let colons = 0;
    let slashes = 0;
    let brackets = 0;
    let other = 0;
    let delims = 0;
    let joins = 0;
    let digitRuns = 0;
    let run = 0;
    let longestRun = 0;
    let at = -1;
    let dotAfterAt = false;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        const k = cls(c);
        if (k & DIGIT) {
            digits++;
            if (run++ === 0)
                digitRuns++;
            if (run > longestRun)
                longestRun = run;
            continue;
        }
        run = 0;
        if (k & LETTER) {
            letters++;
            if (k & HEXLETTER)
                hexLetters++;
        }
        else if (k & JOIN) {
            joins++;
            if (k & AT)
                at = i;
            else if (c === C_DOT && at >= 0)
                dotAfterAt = true;
        }
        else if (k & SLASH)
            slashes++;
        else if (c === C_COLON) {
            colons++;
            delims++;
        }
        else if (c === C_COMMA &&
            i > start &&
            cls(s.charCodeAt(i - 1)) & DIGIT &&
            cls(s.charCodeAt(i + 1)) & DIGIT) {
            delims++; // a thousands separator (`1,234`) or a decimal comma: part of a number, a delimiter otherwise
        }
        else if (c === C_RBRACKET) {
            brackets++; // `[::1]:8080`, whose `[` was stripped as an opener
            delims++;
        }
        else {
            other++; // quotes, `=`, other brackets, `,`: left to the segment rules
            if (k & DELIM)
                delims++;
        }
    }
    // URL: scheme://…
    if (colons > 0 && slashes >= 2) {
        const i = s.indexOf('://', start);
        if (i > start && i < end)
            return WHOLE;
    }
    if (digits > 0 && other === 0) {
        // Numbers, versions, IPv4[:port], times, dates, `12ms`, `64MB`, `0x1f`: a digit first (or a sign or a
        // dot and a digit), then digits, separators and a few letters (a unit, `T`/`Z`, hex digits).
        const lead = first === C_MINUS || first === C_PLUS || first === C_DOT ? s.charCodeAt(start + 1) : first;
        if (cls(lead) & DIGIT && slashes === 0) {
            if (letters <= 3 || letters === hexLetters || (colons === 0 && digits >= letters))
                return WHOLE;
        }
        // IPv6 (`fe80::1`, `::ffff:10.0.0.1`, `[::1]:80`) and MAC addresses: hex digits and two or more colons.
        if (colons >= 2 && slashes === 0 && letters === hexLetters && brackets <= 1) {
            // Besides hex digits and colons, at most the dots of an embedded IPv4.
            if (end - start - colons - digits - hexLetters - brackets <= 3)
                return WHOLE;
        }
    }
    // A relative path with a line number (`src/index.ts:12:5`), or a path with a colon in it.
    if (slashes > 0 && colons > 0 && other === 0 && brackets === 0) {
        if (isPathLike(s, start, digits > 0 ? s.indexOf(':', start) : end))
            return WHOLE;
    }
    if (delims > 0)
        return SPLIT;
    // One segment: the segment rules (isVariableSegment), from the counts already taken.
    if (digitRuns > 0) {
        if (cls(first) & DIGIT || joins > 0 || slashes > 0 || digitRuns >= 2 || longestRun >= 4)
            return WHOLE;
        return end - start >= 7 && letters === hexLetters && digits + letters === end - start ? WHOLE : KEEP;
    }
    if (at > start && dotAfterAt)
        return WHOLE;
    return slashes > 0 && isPathLike(s, start, end) ? WHOLE : KEEP;
}
function hasAlnum(s, start, end) {
    for (let i = start; i < end; i++)
        if (cls(s.charCodeAt(i)) & (LETTER | DIGIT))
            return true;
    return false;
}
/**
 * Split at delimiters and mask each segment. The value after `=` is always masked (`user=<*>`), up to the
 * next `,`, `;`, `&`, `|` or closing bracket, and the content of a quoted span is always masked (`'<*>'`).
 * Builds a new string only when something is masked.
 */
function maskSegments(token) {
    let out = '';
    let copied = 0;
    let segStart = 0;
    const n = token.length;
    for (let i = 0; i <= n; i++) {
        const k = i < n ? cls(token.charCodeAt(i)) : DELIM;
        if (!(k & DELIM))
            continue;
        if (k & QUOTE && i === segStart) {
            // An opening quote: mask up to the matching quote if there is one in this token.
            const close = token.indexOf(token[i], i + 1);
            if (close > i + 1) {
                out += token.slice(copied, i + 1) + WILDCARD;
                copied = close;
                segStart = close + 1;
                i = close;
                continue;
            }
        }
        if (i > segStart) {
            const end = valueEnd(token, segStart, i);
            if (end > segStart && isVariableSegment(token, segStart, end)) {
                out += token.slice(copied, segStart) + WILDCARD;
                copied = end;
            }
        }
        segStart = i + 1;
        if (k & EQ && i + 1 < n && !(cls(token.charCodeAt(i + 1)) & (QUOTE | EQ))) {
            // `key=value`: the value runs to the next list separator, colons and all (`addr=10.0.0.1:80`).
            let stop = i + 1;
            while (stop < n && !isValueEnd(token.charCodeAt(stop)))
                stop++;
            let end = stop;
            while (end > i + 1 && isCloser(token.charCodeAt(end - 1)))
                end--;
            if (end > i + 1) {
                out += token.slice(copied, i + 1) + WILDCARD;
                copied = end;
            }
            segStart = stop;
            i = stop - 1;
        }
    }
    return copied === 0 ? token : out + token.slice(copied);
}
/** Where a `key=value` value ends: `,`, `;`, `&`, `|` and closing brackets. */
function isValueEnd(c) {
    return c === 44 || c === 59 || c === 38 || c === 124 || c === 41 || c === 93 || c === 125;
}
/** A segment's end without trailing `.`, `!`, `?`: sentence punctuation stays outside the value. */
function valueEnd(s, start, end) {
    while (end > start) {
        const c = s.charCodeAt(end - 1);
        if (c === C_DOT || c === 33 || c === 63)
            end--;
        else
            break;
    }
    return end;
}
/** Is `s[start, end)` (no delimiters inside) a variable? */
function isVariableSegment(s, start, end) {
    const first = s.charCodeAt(start);
    if (first === C_SLASH || first === C_BACKSLASH)
        return end - start > 1 && hasAlnum(s, start + 1, end);
    let digitRuns = 0;
    let longestRun = 0;
    let run = 0;
    let joins = 0;
    let slashes = 0;
    let at = -1;
    let dotAfterAt = false;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        const k = cls(c);
        if (k & DIGIT) {
            if (run === 0)
                digitRuns++;
            run++;
            if (run > longestRun)
                longestRun = run;
            continue;
        }
        run = 0;
        if (k & JOIN) {
            joins++;
            if (k & AT)
                at = i;
            else if (c === C_DOT && at >= 0)
                dotAfterAt = true;
        }
        else if (k & SLASH)
            slashes++;
    }
    if (digitRuns > 0) {
        // A digit first, digits glued by `_ - . # @` or a slash (an id, a version, a host), several digit
        // runs, a long one, or a hex string. Kept: one short run inside a word (`ssh2`, `log4j`, `sha256`).
        if (cls(first) & DIGIT || joins > 0 || slashes > 0 || digitRuns >= 2 || longestRun >= 4)
            return true;
        return end - start >= 7 && isHex(s, start, end);
    }
    if (at > start && dotAfterAt)
        return true; // an email address or user@host.domain
    return slashes > 0 && isPathLike(s, start, end);
}
function isHex(s, start, end) {
    for (let i = start; i < end; i++)
        if (!(cls(s.charCodeAt(i)) & (DIGIT | HEXLETTER)))
            return false;
    return true;
}
/** A relative path: two or more slashes, or one slash and a file extension (`src/index.ts`). */
function isPathLike(s, start, end) {
    let slashes = 0;
    let lastSlash = -1;
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c === C_SLASH || c === C_BACKSLASH) {
            slashes++;
            lastSlash = i;
        }
    }
    if (slashes >= 2)
        return hasAlnum(s, start, end);
    if (slashes === 1) {
        const dot = s.lastIndexOf('.', end - 1);
        return dot > lastSlash + 1 && dot < end - 1;
    }
    return false;
}

/**
 * Template ids (docs/decisions/0002-template-ids.md).
 *
 * Rule: id = `t` + the first 16 hex digits (64 bits) of SHA-256 over the template text, UTF-8: the masked
 * tokens joined by one space, wildcards written `<*>`. Nothing else goes in: no creation counter, no
 * time, no position in a tree. So a template has the same id on every run and machine whatever order its
 * lines arrived in, and a baseline mined last week joins with today's results on the id alone.
 *
 * Limits, by design:
 * - The id names the template text, so it changes when the template generalises (`Invalid user bob from
 *   <*>` → `Invalid user <*> from <*>`); `MineResult.changed` and `previousId` say when that happens.
 * - Greedy clustering could give different templates for the same lines in another order, near the
 *   similarity threshold; the ids would then differ because the templates do. The miner avoids the
 *   usual causes (miner.ts); on the Loghub-2k samples no line's id depends on order.
 * - A change to masking or tokenisation changes templates and so ids: state files carry the rule's
 *   version (`ID_SCHEME`), and loading a state of another scheme is refused rather than mixing ids.
 * - 64 bits: a collision is expected only past ~4 billion distinct templates.
 */
const ID_SCHEME = 1;
function templateId(text) {
    return 't' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
/** The canonical text of a template: tokens joined by one space. */
function templateText(tokens) {
    return tokens.join(' ');
}

/**
 * One template and the lines it has absorbed. The miner keeps clusters in two places: the leaf of the
 * parse tree that lines reach it through, and an intrusive doubly linked list in recency order (most
 * recently matched first) that the LRU cap evicts from, in O(1) per line without a Map reinsertion.
 */
class Cluster {
    tokens;
    text;
    id;
    /** How many tokens are not wildcards; a template with more constants is more specific. */
    constants;
    count;
    firstSeen;
    lastSeen;
    leaf;
    newer;
    older;
    /** Set when this cluster was folded into another: where its lines went (for the miner's caches). */
    mergedInto;
    /** Set when the LRU cap dropped this cluster. */
    evicted;
    /** When this cluster last took a line, on the miner's line counter (for the per-leaf cap). */
    touched;
    constructor(tokens, leaf, count = 0) {
        this.tokens = tokens;
        this.text = templateText(tokens);
        this.id = templateId(this.text);
        this.constants = countConstants(tokens);
        this.count = count;
        this.firstSeen = undefined;
        this.lastSeen = undefined;
        this.leaf = leaf;
        this.newer = undefined;
        this.older = undefined;
        this.mergedInto = undefined;
        this.evicted = false;
        this.touched = 0;
    }
    /** Replace the template; returns the id it had. */
    retemplate(tokens) {
        const previous = this.id;
        this.tokens = tokens;
        this.text = templateText(tokens);
        this.id = templateId(this.text);
        this.constants = countConstants(tokens);
        return previous;
    }
    seen(at) {
        this.count++;
        if (at === undefined)
            return;
        if (this.firstSeen === undefined || at < this.firstSeen)
            this.firstSeen = at;
        if (this.lastSeen === undefined || at > this.lastSeen)
            this.lastSeen = at;
    }
}
function countConstants(tokens) {
    let n = 0;
    for (const t of tokens)
        if (t !== WILDCARD)
            n++;
    return n;
}
/** Clusters in recency order, newest at the head. */
class RecencyList {
    head = undefined;
    tail = undefined;
    size = 0;
    /** Counts touches, so clusters can be ordered by recency without walking the list. */
    clock = 0;
    pushNewest(c) {
        c.touched = ++this.clock;
        c.older = this.head;
        c.newer = undefined;
        if (this.head)
            this.head.newer = c;
        this.head = c;
        if (!this.tail)
            this.tail = c;
        this.size++;
    }
    touch(c) {
        if (this.head === c) {
            c.touched = ++this.clock;
            return;
        }
        this.remove(c);
        this.pushNewest(c);
    }
    remove(c) {
        if (c.newer)
            c.newer.older = c.older;
        else
            this.head = c.older;
        if (c.older)
            c.older.newer = c.newer;
        else
            this.tail = c.newer;
        c.newer = undefined;
        c.older = undefined;
        this.size--;
    }
    /** Oldest first: the order a saved state lists clusters in, so loading rebuilds the same recency. */
    *oldestFirst() {
        for (let c = this.tail; c; c = c.newer)
            yield c;
    }
}

/**
 * A bounded cache keyed by the exact message, that switches itself off when it does not pay.
 *
 * Logs repeat some messages verbatim (a retry loop, a health check, `Connection closed`), and for those a
 * lookup skips tokenising and tree search. Other logs carry a fresh id or time in every message; there a
 * cache only costs hashing the message and keeps every message alive long enough to reach the old
 * generation of the garbage collector, which more than halved throughput in measurements. So the cache
 * samples its own hit rate and, when it is low, is bypassed for a while before trying again.
 */
class MessageCache {
    map = new Map();
    capacity;
    lookups = 0;
    hits = 0;
    /** Lookups left to skip while bypassed. */
    bypass = 0;
    constructor(capacity = 8192) {
        this.capacity = capacity;
    }
    get(message) {
        if (this.bypass > 0) {
            if (--this.bypass === 0)
                this.map.clear();
            return undefined;
        }
        const v = this.map.get(message);
        if (v !== undefined)
            this.hits++;
        if (++this.lookups === SAMPLE) {
            if (this.hits < SAMPLE * MIN_HIT_RATE) {
                this.bypass = BYPASS;
                this.map.clear();
            }
            this.lookups = 0;
            this.hits = 0;
        }
        return v;
    }
    set(message, value) {
        if (this.bypass > 0)
            return;
        if (this.map.size >= this.capacity)
            this.map.clear();
        this.map.set(message, value);
    }
    clear() {
        this.map.clear();
    }
}
/** Lookups per hit-rate sample. */
const SAMPLE = 2048;
/** Below this share of hits, the cache is bypassed. */
const MIN_HIT_RATE = 0.1;
/** Lookups to bypass before sampling again. */
const BYPASS = 65_536;

/**
 * Drain's fixed-depth parse tree: the first layer is keyed by token count, the next `prefixTokens` layers
 * by the leading tokens, and a leaf holds the clusters to compare a line with. A token masked to `<*>` goes
 * down the `<*>` branch, as does any token once a node has `maxChildren` children, so a variable first
 * word cannot grow the tree without bound. Partly masked tokens (`[<*>]`, `user=<*>`) are routed as they
 * are: their constant part is what tells templates apart.
 */
class TreeNode {
    key;
    parent;
    children = undefined;
    clusters = undefined;
    constructor(key, parent) {
        this.key = key;
        this.parent = parent;
    }
    child(key) {
        return this.children?.get(key);
    }
    addChild(key) {
        const node = new TreeNode(key, this);
        (this.children ??= new Map()).set(key, node);
        return node;
    }
    /** The keys from the root to this node: the token count, then the routing tokens. */
    path() {
        const keys = [];
        if (!this.parent)
            return keys;
        keys.push(this.key);
        for (let n = this.parent; n.parent; n = n.parent)
            keys.push(n.key);
        return keys.reverse();
    }
}
class ParseTree {
    root = new TreeNode('', undefined);
    byLength = new Map();
    prefixTokens;
    maxChildren;
    constructor(prefixTokens, maxChildren) {
        this.prefixTokens = prefixTokens;
        this.maxChildren = maxChildren;
    }
    leafFor(tokens, create) {
        const n = tokens.length;
        let node = this.byLength.get(n);
        if (!node) {
            if (!create)
                return undefined;
            node = this.root.addChild(String(n));
            this.byLength.set(n, node);
        }
        const depth = n < this.prefixTokens ? n : this.prefixTokens;
        for (let d = 0; d < depth; d++) {
            const key = tokens[d];
            let next = node.child(key);
            if (!next) {
                const size = node.children?.size ?? 0;
                const wild = node.child(WILDCARD);
                if (key !== WILDCARD && (wild ? size < this.maxChildren : size + 1 < this.maxChildren)) {
                    if (!create)
                        return undefined;
                    next = node.addChild(key);
                }
                else if (wild)
                    next = wild;
                else if (!create)
                    return undefined;
                else
                    next = node.addChild(WILDCARD);
            }
            node = next;
        }
        return node;
    }
    /** How many leading tokens route a line of `n` tokens. */
    routed(n) {
        return n < this.prefixTokens ? n : this.prefixTokens;
    }
    /**
     * Clusters in the leaves of lines that equal `tokens` except at routed position `d`: the siblings a
     * variable leading word scatters one event over. Calls `visit` for each leaf found.
     */
    siblingLeaves(tokens, d, visit) {
        let node = this.byLength.get(tokens.length);
        for (let i = 0; node && i < d; i++)
            node = node.child(tokens[i]);
        if (!node?.children)
            return;
        const depth = this.routed(tokens.length);
        for (const [key, sibling] of node.children) {
            if (key === tokens[d] || key === WILDCARD)
                continue;
            let leaf = sibling;
            for (let i = d + 1; leaf && i < depth; i++)
                leaf = leaf.child(tokens[i]);
            if (leaf?.clusters?.length)
                visit(leaf);
        }
    }
    /**
     * Leaves a line may match in without changing the tree: its own path first, then paths that take the
     * `<*>` branch instead of a token, which hold the clusters whose leading tokens became wildcards.
     */
    leavesFor(tokens, out) {
        const node = this.byLength.get(tokens.length);
        if (node)
            this.collect(node, tokens, 0, Math.min(this.prefixTokens, tokens.length), out);
        return out;
    }
    collect(node, tokens, d, depth, out) {
        if (d === depth) {
            if (node.clusters?.length)
                out.push(node);
            return;
        }
        const key = tokens[d];
        const exact = node.child(key);
        if (exact)
            this.collect(exact, tokens, d + 1, depth, out);
        if (key !== WILDCARD) {
            const wild = node.child(WILDCARD);
            if (wild)
                this.collect(wild, tokens, d + 1, depth, out);
        }
    }
    /** The node at a saved path, created whatever the child cap: loading must rebuild the tree as saved. */
    leafAt(path) {
        const n = Number(path[0]);
        let node = this.byLength.get(n);
        if (!node) {
            node = this.root.addChild(String(n));
            this.byLength.set(n, node);
        }
        for (let i = 1; i < path.length; i++)
            node = node.child(path[i]) ?? node.addChild(path[i]);
        return node;
    }
    /** Remove a leaf that lost its last cluster, and every ancestor left empty, so evictions free memory. */
    prune(leaf) {
        let node = leaf;
        while (node?.parent && !node.clusters?.length && !node.children?.size) {
            const parent = node.parent;
            parent.children?.delete(node.key);
            if (parent === this.root)
                this.byLength.delete(Number(node.key));
            node = parent;
        }
    }
}

/**
 * Token-by-token comparisons of a template with a line of the same length. Strings compare by `===`:
 * masked values are the one `<*>` string, so they compare as equal without a special case.
 */
/**
 * Similarity in half tokens: 2 for an equal token (a masked `<*>` equals a template `<*>`), 1 for a
 * template wildcard standing for the line's value, 0 for a different constant. A wildcard earns half
 * because it promises less than an equal word: a template of wildcards must not swallow every line of
 * its length. Divide by 2n for a share.
 */
function similarityScore(template, tokens) {
    let score = 0;
    for (let i = 0; i < tokens.length; i++) {
        const a = template[i];
        if (a === tokens[i])
            score += 2;
        else if (a === WILDCARD)
            score += 1;
    }
    return score;
}
/** True when every constant token of the template equals the line's token at that position. */
function covers(template, tokens) {
    for (let i = 0; i < template.length; i++) {
        const a = template[i];
        if (a !== WILDCARD && a !== tokens[i])
            return false;
    }
    return true;
}
/**
 * Where the template has constants that differ from the line (the template covering the rest), as a key
 * like `1,3,` for grouping; undefined when it covers the line or differs in more than `maxDiffs` places.
 */
function differenceKey(template, tokens, maxDiffs) {
    let key = '';
    let diffs = 0;
    for (let i = 0; i < tokens.length; i++) {
        const a = template[i];
        if (a === tokens[i] || a === WILDCARD)
            continue;
        if (++diffs > maxDiffs)
            return undefined;
        key += i + ',';
    }
    return diffs === 0 ? undefined : key;
}
/** The template generalised to cover `tokens` (differing positions become `<*>`); the same array when it already does. */
function generalise(template, tokens) {
    let out;
    for (let i = 0; i < template.length; i++) {
        const a = template[i];
        if (a !== WILDCARD && a !== tokens[i])
            (out ??= template.slice())[i] = WILDCARD;
    }
    return out ?? template;
}

/**
 * The miner's saved state: JSON, versioned. `version` changes when the shape changes; `idScheme` when
 * masking, tokenisation or the id hash change (template-id.ts), since templates and ids mined under
 * another scheme would not join with new ones. Either mismatch is refused, not guessed at.
 */
const MINER_STATE_FORMAT = 'logward-miner-state';
const MINER_STATE_VERSION = 1;
const templateSchema = object({
    id: string(),
    template: string(),
    /** The template's tokens; `template` is their join, kept for people reading the file. */
    tokens: array(string()),
    count: number().int().nonnegative(),
    firstSeen: number().optional(),
    lastSeen: number().optional(),
    /** The parse-tree path (token count, then routing tokens) the template lived under. */
    path: array(string()).min(1),
});
const stateSchema = object({
    format: literal(MINER_STATE_FORMAT),
    version: number().int(),
    idScheme: number().int(),
    options: object({
        similarityThreshold: number(),
        depth: number().int(),
        maxChildren: number().int(),
        maxTemplates: number().int(),
        maxVariants: number().int(),
    }),
    /** Least recently matched first, so loading rebuilds the LRU order. */
    templates: array(templateSchema),
});
/** Validate saved state (an object or JSON text); throws a LogwardError saying what is wrong. */
function parseMinerState(input) {
    let value = input;
    if (typeof input === 'string') {
        try {
            value = JSON.parse(input);
        }
        catch (cause) {
            throw new LogwardError('miner state is not valid JSON', { cause, hint: 'pass the output of toJSON()' });
        }
    }
    const result = stateSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? issue.path.join('.') : 'state';
        throw new LogwardError(`miner state is invalid at ${where}: ${issue?.message ?? 'unknown problem'}`, {
            hint: 'the file must be a saved logward miner state',
        });
    }
    const state = result.data;
    if (state.version !== MINER_STATE_VERSION) {
        throw new LogwardError(`miner state version ${state.version} is not supported (this is ${MINER_STATE_VERSION})`, {
            hint: 'mine the baseline again with this version of logward',
        });
    }
    if (state.idScheme !== ID_SCHEME) {
        throw new LogwardError(`miner state uses template-id scheme ${state.idScheme}, this logward uses ${ID_SCHEME}`, {
            hint: 'template ids would not match: mine the baseline again with this version of logward',
        });
    }
    state.templates.forEach((t, i) => {
        // The ids and the tree paths are derived data: a state whose ids do not follow from its templates
        // was written by other code or edited, and would break joins on id silently.
        const text = templateText(t.tokens);
        if (t.template !== text || t.id !== templateId(text) || t.path[0] !== String(t.tokens.length)) {
            throw new LogwardError(`miner state is invalid at templates.${i}: id, template and tokens disagree`, {
                hint: 'the file must be a saved logward miner state, unedited',
            });
        }
    });
    return state;
}

/**
 * Split a message into masked tokens. Tokens are separated by whitespace, as in Drain, so that a
 * template reads like the message; punctuation inside a token is left to masking (`key=<*>`, `[<*>]`).
 *
 * Two rules keep one event's lines at one token count, since the parse tree keys on it:
 * - a quoted span that contains spaces (`Task 'a b' done`, `msg="x y"`) stays one token;
 * - a run of values masked to a bare `<*>` becomes one `<*>`: lists (`delete blk_1 blk_2 …`) and values
 *   written in several words (`2015-10-18 18:01:47`, `5 ms`) have one shape whatever their length.
 *
 * One pass over the characters; a token with no digit, slash, `@`, `=` or quote is taken as it is.
 */
function tokenize(message) {
    const tokens = [];
    const n = message.length;
    let i = 0;
    let lastWild = false;
    // Characters that searches for closing quotes may read, so that a line full of unmatched quotes
    // stays linear.
    let quoteBudget = QUOTE_BUDGET;
    while (i < n) {
        let c = message.charCodeAt(i);
        if (c < 128 ? SPACE[c] : c === 0xa0) {
            i++;
            continue;
        }
        const start = i;
        let interesting = 0;
        // Stays 1 while the token is digits joined by `.`, `:`, `-` (a number, an IPv4 address and port, a
        // time, a date): the commonest variable, masked here without slicing it out.
        let numeric = c >= 48 && c <= 57 ? 1 : 0;
        while (i < n) {
            c = message.charCodeAt(i);
            if (c < 128) {
                if (SPACE[c])
                    break;
                if (MAY_MASK[c]) {
                    interesting = 1;
                    if ((c === 34 || c === 39) && quoteBudget > 0 && isQuoteOpening(message, i, start)) {
                        const close = closingQuote(message, i, c);
                        quoteBudget -= close > 0 ? close - i : MAX_QUOTED;
                        if (close > 0) {
                            numeric = 0;
                            i = close + 1;
                            continue;
                        }
                    }
                }
                if (numeric && NUMERIC[c] === 0)
                    numeric = 0;
            }
            else if (c === 0xa0)
                break;
            else
                numeric = 0;
            i++;
        }
        if (!interesting) {
            tokens.push(message.slice(start, i));
            lastWild = false;
            continue;
        }
        const last = message.charCodeAt(i - 1);
        const masked = numeric && last >= 48 && last <= 57 ? WILDCARD : maskInteresting(message.slice(start, i));
        if (masked === WILDCARD) {
            if (lastWild)
                continue;
            lastWild = true;
        }
        else
            lastWild = false;
        tokens.push(masked);
    }
    return tokens;
}
const SPACE = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32])
    SPACE[c] = 1;
const NUMERIC = new Uint8Array(128);
for (const ch of '0123456789.:-')
    NUMERIC[ch.charCodeAt(0)] = 1;
/** A quote opens a value at the start of a token or after `=`, `:`, `(`, `[`, `,` (not in `don't`). */
function isQuoteOpening(s, i, tokenStart) {
    if (i === tokenStart)
        return true;
    const p = s.charCodeAt(i - 1);
    return p === 61 || p === 58 || p === 40 || p === 91 || p === 44;
}
/** The longest quoted span kept whole; a longer one is split like any text. */
const MAX_QUOTED = 512;
const QUOTE_BUDGET = 8 * MAX_QUOTED;
/**
 * The index of the quote that closes the one at `open`: the next unescaped same quote followed by the
 * end, whitespace or punctuation, within MAX_QUOTED characters; -1 when there is none.
 */
function closingQuote(s, open, quote) {
    const limit = Math.min(s.length, open + MAX_QUOTED);
    for (let j = open + 1; j < limit; j++) {
        if (s.charCodeAt(j) !== quote || s.charCodeAt(j - 1) === 92)
            continue;
        const next = j + 1 < s.length ? s.charCodeAt(j + 1) : 32;
        if (next < 128 && AFTER_QUOTE[next])
            return j;
    }
    return -1;
}
/** What may follow a closing quote: whitespace and punctuation. */
const AFTER_QUOTE = new Uint8Array(128);
for (const c of [...SPACE.keys()].filter((k) => SPACE[k]))
    AFTER_QUOTE[c] = 1;
for (const ch of ',.;:)]}!?')
    AFTER_QUOTE[ch.charCodeAt(0)] = 1;

const DEFAULT_MINER_OPTIONS = Object.freeze({
    similarityThreshold: 0.7,
    depth: 4,
    maxChildren: 100,
    maxTemplates: 10_000,
    maxVariants: 8,
});
/**
 * A Drain-style template miner: mask and tokenise a message, route it through a fixed-depth tree to a
 * leaf, and join the most similar template there (turning the differing positions into `<*>`) or start
 * a new one. Template ids are derived from the template text (template-id.ts), so they do not depend on
 * the order lines arrive in. Memory is bounded: at most `maxTemplates` templates, tree nodes only on
 * their paths, and two bounded caches.
 */
class TemplateMiner {
    options;
    tree;
    byId = new Map();
    recency = new RecencyList();
    /** Message → the cluster `add` put it in. Valid while that cluster lives (or through `mergedInto`). */
    addCache = new MessageCache();
    /** Message → what `match` found; cleared whenever a template is created, changed or dropped. */
    matchCache = new MessageCache();
    leafScratch = [];
    constructor(options = {}) {
        this.options = Object.freeze(validateOptions({ ...DEFAULT_MINER_OPTIONS, ...definedOnly(options) }));
        this.tree = new ParseTree(this.options.depth - 2, this.options.maxChildren);
    }
    /** Number of templates. */
    get size() {
        return this.recency.size;
    }
    /** Mine one message (the log line without its header). `at` is the line's time, if known. */
    add(message, at) {
        let cached = this.addCache.get(message);
        while (cached?.mergedInto)
            cached = cached.mergedInto;
        if (cached && !cached.evicted)
            return this.join(cached, at);
        const tokens = tokenize(message);
        const leaf = this.tree.leafFor(tokens, false);
        let target = leaf?.clusters && this.mostSimilar(leaf.clusters, tokens);
        target ??= this.bestFit(tokens, leaf) ?? (leaf?.clusters && this.manyVariants(leaf.clusters, tokens));
        target ??= this.manyRoutedVariants(tokens);
        const result = target ? this.update(target, tokens, at) : this.create(tokens, at);
        this.addCache.set(message, this.byId.get(result.templateId));
        return result;
    }
    /**
     * Match without learning: the most specific template that fits the message (every constant token
     * equal, and similar enough that `add` would have taken it), or undefined. Never creates, changes or reorders templates, so it can score new lines
     * against a baseline.
     */
    match(message) {
        let found = this.matchCache.get(message);
        if (found === undefined) {
            found = this.bestFit(tokenize(message)) ?? null;
            this.matchCache.set(message, found);
        }
        return found ? { templateId: found.id, template: found.text, isNew: false, changed: false } : undefined;
    }
    /** All templates, most lines first (ties by id, so the order is stable). */
    templates() {
        const out = [];
        for (const c of this.recency.oldestFirst())
            out.push(describe(c));
        return out.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    template(id) {
        const c = this.byId.get(id);
        return c && describe(c);
    }
    /** The state as plain JSON (JSON.stringify calls this): options and templates, least recent first. */
    toJSON() {
        const templates = [];
        for (const c of this.recency.oldestFirst()) {
            templates.push({ ...describe(c), tokens: c.tokens, path: c.leaf.path() });
        }
        return {
            format: MINER_STATE_FORMAT,
            version: MINER_STATE_VERSION,
            idScheme: ID_SCHEME,
            options: { ...this.options },
            templates,
        };
    }
    /**
     * A miner from saved state (the object `toJSON` returned, or its JSON text parsed). The saved options
     * apply unless overridden. Throws a LogwardError on a state of another format, version or id scheme.
     */
    static fromJSON(state, options = {}) {
        const parsed = parseMinerState(state);
        const miner = new TemplateMiner({ ...parsed.options, ...definedOnly(options) });
        for (const t of parsed.templates)
            miner.restore(t);
        return miner;
    }
    restore(t) {
        const leaf = this.tree.leafAt(t.path);
        const cluster = new Cluster(t.tokens, leaf, t.count);
        cluster.firstSeen = t.firstSeen;
        cluster.lastSeen = t.lastSeen;
        if (this.byId.has(cluster.id)) {
            if (!leaf.clusters?.length)
                this.tree.prune(leaf);
            return;
        }
        (leaf.clusters ??= []).push(cluster);
        this.byId.set(cluster.id, cluster);
        this.recency.pushNewest(cluster);
        this.evictOverCap();
    }
    join(c, at) {
        c.seen(at);
        this.recency.touch(c);
        return { templateId: c.id, template: c.text, isNew: false, changed: false };
    }
    /** Join `target`, generalising its template if the line differs from it. */
    update(target, tokens, at) {
        const merged = generalise(target.tokens, tokens);
        if (merged === target.tokens)
            return this.join(target, at);
        const previousId = target.retemplate(merged);
        this.byId.delete(previousId);
        const kept = this.settle(target);
        this.absorbCovered(kept);
        this.matchCache.clear();
        kept.seen(at);
        this.recency.touch(kept);
        return { templateId: kept.id, template: kept.text, isNew: false, changed: true, previousId };
    }
    create(tokens, at) {
        const leaf = this.tree.leafFor(tokens, true);
        const cluster = new Cluster(tokens, leaf);
        const twin = this.byId.get(cluster.id);
        if (twin) {
            // The same template already lives elsewhere in the tree (reached through another branch).
            if (!leaf.clusters?.length)
                this.tree.prune(leaf);
            return this.join(twin, at);
        }
        const siblings = (leaf.clusters ??= []);
        if (siblings.length >= LEAF_CAP)
            this.evict(leastRecent(siblings));
        siblings.push(cluster);
        this.byId.set(cluster.id, cluster);
        this.recency.pushNewest(cluster);
        // A line born with wildcards (masked values) may cover templates of earlier lines whose values
        // masking did not recognise.
        this.absorbCovered(cluster);
        this.matchCache.clear();
        cluster.seen(at);
        this.evictOverCap();
        return { templateId: cluster.id, template: cluster.text, isNew: true, changed: false };
    }
    /**
     * Drain's fast match: the most similar template in the leaf, if similar enough. A template that already
     * covers the line (all its constants equal) wins over any that would have to change, so that `add`
     * lands where `match` would.
     */
    mostSimilar(clusters, tokens) {
        const n = tokens.length;
        if (n === 0)
            return clusters[0];
        const needed = this.options.similarityThreshold * n * 2;
        let best;
        let bestScore = -1;
        let bestWild = -1;
        let cover;
        for (let k = 0; k < clusters.length; k++) {
            const c = clusters[k];
            const t = c.tokens;
            // similarityScore (similarity.ts) inlined, counting wildcards and differences on the way.
            let score = 0;
            let wild = 0;
            let differ = 0;
            for (let i = 0; i < n; i++) {
                const a = t[i];
                if (a === tokens[i])
                    score += 2;
                else if (a === WILDCARD) {
                    score += 1;
                    wild++;
                }
                else
                    differ++;
            }
            // Ties go to the smaller id, not to the older template, so the choice does not depend on order.
            if (differ === 0 && score >= needed) {
                if (moreSpecific(c, cover))
                    cover = c;
            }
            else if (score > bestScore ||
                (score === bestScore &&
                    (wild > bestWild || (wild === bestWild && best !== undefined && c.id < best.id)))) {
                best = c;
                bestScore = score;
                bestWild = wild;
            }
        }
        if (cover)
            return cover;
        return bestScore >= needed ? best : undefined;
    }
    /**
     * The most specific template that fits the line, among the leaves it may match in: its own and those
     * that took `<*>` for a leading token (skipping `skip`, a leaf already searched).
     */
    bestFit(tokens, skip) {
        const leaves = this.tree.leavesFor(tokens, this.leafScratch);
        let best;
        for (const leaf of leaves) {
            if (leaf === skip)
                continue;
            for (const c of leaf.clusters)
                if (this.fits(c, tokens) && moreSpecific(c, best))
                    best = c;
        }
        leaves.length = 0;
        return best;
    }
    /**
     * A template fits a line when it covers it and is as similar as a line must be to join it: `<*>` alone
     * covers every one-token line, but says nothing about `nodeBlacklistingEnabled:true`.
     */
    fits(c, tokens) {
        if (!covers(c.tokens, tokens))
            return false;
        const n = tokens.length;
        return n === 0 || similarityScore(c.tokens, tokens) >= this.options.similarityThreshold * n * 2;
    }
    /**
     * The second merge rule, within a leaf: when the line would start a template that differs from
     * `maxVariants` others at the same positions, and those are at most half its tokens, they are
     * variables that masking did not recognise (user names, hosts, packages). Returns one of those
     * templates for the line to join; `absorbCovered` then folds in the rest once it has generalised.
     * Without the rule, lines with two variable words in six never reach the similarity threshold and
     * each would become a template of its own.
     */
    manyVariants(clusters, tokens) {
        const limit = this.options.maxVariants;
        if (clusters.length < limit)
            return undefined;
        const half = tokens.length >> 1;
        const counts = new Map();
        for (const c of clusters) {
            const key = differenceKey(c.tokens, tokens, half);
            if (key === undefined)
                continue;
            const count = (counts.get(key) ?? 0) + 1;
            if (count >= limit)
                return c;
            counts.set(key, count);
        }
        return undefined;
    }
    /**
     * The same rule across leaves: variants of one event that differ in their second word (`Compiling
     * serde v1`, `Compiling tokio v1`), which the tree routes on, sit in sibling leaves and never meet in
     * one. When `maxVariants` siblings differ from the line at the same positions (that one among them, at
     * most half the tokens in all), they merge into one template with `<*>` there, under the `<*>` branch,
     * where the next variant finds it through `bestFit`. Not for the first token: there a
     * different word is nearly always a different event (`getFoo <*>`, `setBar <*>`).
     */
    manyRoutedVariants(tokens) {
        const limit = this.options.maxVariants;
        const routed = this.tree.routed(tokens.length);
        const half = tokens.length >> 1;
        for (let d = 1; d < routed; d++) {
            if (tokens[d] === WILDCARD)
                continue;
            const groups = new Map();
            let found;
            this.tree.siblingLeaves(tokens, d, (leaf) => {
                for (const c of leaf.clusters) {
                    const key = differenceKey(c.tokens, tokens, half);
                    if (key === undefined)
                        continue;
                    let group = groups.get(key);
                    if (!group)
                        groups.set(key, (group = []));
                    group.push(c);
                    if (group.length >= limit)
                        found ??= group;
                }
            });
            if (!found)
                continue;
            let template = tokens.slice();
            for (const c of found)
                template = generalise(template, c.tokens);
            const merged = new Cluster(template, this.tree.leafFor(template, true));
            const twin = this.byId.get(merged.id);
            const into = twin ?? merged;
            if (!twin) {
                (merged.leaf.clusters ??= []).push(merged);
                this.byId.set(merged.id, merged);
                this.recency.pushNewest(merged);
            }
            for (const c of found) {
                if (c === into)
                    continue;
                this.byId.delete(c.id);
                this.fold(c, into);
            }
            this.matchCache.clear();
            return into;
        }
        return undefined;
    }
    /**
     * After a template changed: if another cluster already has the new template, fold this one into it,
     * so that one template text has one cluster and one id.
     */
    settle(c) {
        const twin = this.byId.get(c.id);
        if (!twin || twin === c) {
            this.byId.set(c.id, c);
            return c;
        }
        this.fold(c, twin);
        return twin;
    }
    /** Fold into `c` the other templates of its leaf that its template covers. */
    absorbCovered(c) {
        const list = c.leaf.clusters;
        let covered;
        for (const d of list)
            if (d !== c && covers(c.tokens, d.tokens))
                (covered ??= []).push(d);
        if (!covered)
            return;
        for (const d of covered) {
            this.byId.delete(d.id);
            this.fold(d, c);
        }
    }
    /** Move `from`'s lines into `into`, and drop `from` from the tree and the recency list. */
    fold(from, into) {
        into.count += from.count;
        if (from.firstSeen !== undefined && (into.firstSeen === undefined || from.firstSeen < into.firstSeen)) {
            into.firstSeen = from.firstSeen;
        }
        if (from.lastSeen !== undefined && (into.lastSeen === undefined || from.lastSeen > into.lastSeen)) {
            into.lastSeen = from.lastSeen;
        }
        from.mergedInto = into;
        this.detach(from);
    }
    evictOverCap() {
        while (this.recency.size > this.options.maxTemplates)
            this.evict(this.recency.tail);
    }
    evict(c) {
        this.byId.delete(c.id);
        c.evicted = true;
        this.detach(c);
        this.matchCache.clear();
    }
    detach(c) {
        this.recency.remove(c);
        const list = c.leaf.clusters;
        const i = list.indexOf(c);
        if (i >= 0)
            list.splice(i, 1);
        if (list.length === 0)
            this.tree.prune(c.leaf);
    }
}
/**
 * Templates per leaf. Every line is compared with each template of its leaf, so a leaf that fills up with
 * lines that share no structure (free text of one length) would make each line cost thousands of
 * comparisons. Past the cap the leaf's least recently matched template is evicted; ids are derived from
 * template text, so one that comes back gets its old id.
 */
const LEAF_CAP = 1000;
/** True when `c` has more constants than `best` (ties to the smaller id, so the choice is order-free). */
function moreSpecific(c, best) {
    return !best || c.constants > best.constants || (c.constants === best.constants && c.id < best.id);
}
function leastRecent(clusters) {
    let oldest = clusters[0];
    for (const c of clusters)
        if (c.touched < oldest.touched)
            oldest = c;
    return oldest;
}
function describe(c) {
    const t = { id: c.id, template: c.text, count: c.count };
    if (c.firstSeen !== undefined)
        t.firstSeen = c.firstSeen;
    if (c.lastSeen !== undefined)
        t.lastSeen = c.lastSeen;
    return t;
}
function definedOnly(options) {
    const out = {};
    for (const [k, v] of Object.entries(options))
        if (v !== undefined)
            out[k] = v;
    return out;
}
function validateOptions(o) {
    if (!(o.similarityThreshold >= 0 && o.similarityThreshold <= 1)) {
        throw new RangeError(`similarityThreshold must be within 0..1, got ${o.similarityThreshold}`);
    }
    const integers = [
        ['depth', 3],
        ['maxChildren', 2],
        ['maxTemplates', 1],
        ['maxVariants', 1],
    ];
    for (const [name, min] of integers) {
        const v = o[name];
        if (!Number.isInteger(v) || v < min)
            throw new RangeError(`${name} must be an integer ≥ ${min}, got ${v}`);
    }
    return o;
}

/**
 * What the template miner sees of a record: the first line of its message (headers were stripped by the
 * parser; a stack trace lives in `error.stack_trace`, and other continuation lines would make every
 * multi-line record its own template).
 */
function miningText(record) {
    const m = record.message;
    const nl = m.indexOf('\n');
    return nl === -1 ? m : m.slice(0, nl);
}

export { TemplateMiner as T, miningText as m };
