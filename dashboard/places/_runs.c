/* The C twin of dashboard/places/runs.py:scan_python. Same contract, same output.
 *
 * Why C: the Python scanner spends most of its time in the regex engine and in building
 * tokens; a news article has ~35 runs of capitalised words, and walking its characters
 * once here costs a few microseconds. runs.py documents the contract; the tests hold the
 * two implementations equal on generated text, so change them together.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    PyObject *index, *demonyms, *starts, *inner, *tails, *lowercase_ok, *connectors, *fold;
} Tables;

typedef struct {
    Py_ssize_t start, end;
    int cap;
    PyObject *key; /* owned */
    /* the word's own lookups, when the memo had them (memo = 1): what tables.starts gives
     * its key (0 for none), its demonym code (owned, or NULL) and whether it is a name */
    int memo, named;
    Py_ssize_t starts;
    PyObject *code;
} Tok;

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

#define CH(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* [^\W\d_] in Python's re: alphanumeric, but not a decimal digit nor '_' */
static inline int is_letter(Py_UCS4 c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (Py_UNICODE_ISALPHA(c)) return 1;
    return (Py_UNICODE_ISDIGIT(c) || Py_UNICODE_ISNUMERIC(c)) && !Py_UNICODE_ISDECIMAL(c);
}

/* the run regex's first character class: A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ */
static inline int is_cap(Py_UCS4 c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    return (c >= 0x100 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF);
}

/* The first capital at or after i (t->n when none): one tight loop per string kind, since
 * most of a text is lowercase and this is where the scanner spends its character reads. */
static Py_ssize_t next_cap(const Text *t, Py_ssize_t i) {
    switch (t->kind) {
    case PyUnicode_1BYTE_KIND: {
        const Py_UCS1 *d = t->data;
        while (i < t->n && !is_cap(d[i])) i++;
        return i;
    }
    case PyUnicode_2BYTE_KIND: {
        const Py_UCS2 *d = t->data;
        while (i < t->n && !is_cap(d[i])) i++;
        return i;
    }
    default: {
        const Py_UCS4 *d = t->data;
        while (i < t->n && !is_cap(d[i])) i++;
        return i;
    }
    }
}

static inline int is_gap(Py_UCS4 c) { return c == ' ' || c == '-' || c == '\'' || c == 0x2019; }
static inline int is_upper_ascii(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static inline int is_lower_ascii(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }

/* The end of the word starting at i (a capital): an abbreviation with dots, or letters. */
static Py_ssize_t word_end(const Text *t, Py_ssize_t i) {
    if (is_upper_ascii(CH(t, i))) {
        Py_ssize_t p = i + 1;
        if (p < t->n && is_lower_ascii(CH(t, p))) p++;
        if (p < t->n && CH(t, p) == '.') {
            int groups = 0;
            p++;
            for (;;) {
                Py_ssize_t q = p;
                if (q < t->n && is_upper_ascii(CH(t, q))) q++;
                else break;
                if (q < t->n && is_lower_ascii(CH(t, q))) q++;
                if (q < t->n && CH(t, q) == '.') {
                    p = q + 1;
                    groups++;
                } else {
                    break;
                }
            }
            if (groups) return p;
        }
    }
    Py_ssize_t p = i + 1;
    while (p < t->n && is_letter(CH(t, p))) p++;
    return p;
}

/* 1 when text[start:end] is in the set, 0 when not, -1 on error */
static int slice_in(PyObject *text, Py_ssize_t start, Py_ssize_t end, PyObject *set) {
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) return -1;
    int r = PySet_Contains(set, word);
    Py_DECREF(word);
    return r;
}

/* The end of the lowercase word at k when it is in ``set`` and followed as ``need_gap``
 * says (a gap after an inner word; no letter after a tail word); 0 when not; -1 on error. */
static Py_ssize_t listed_word(PyObject *text, const Text *t, Py_ssize_t k, PyObject *set,
                              int need_gap) {
    Py_ssize_t e = k;
    while (e < t->n && is_letter(CH(t, e))) e++;
    if (e == k) return 0;
    if (need_gap && !(e < t->n && is_gap(CH(t, e)))) return 0;
    int r = slice_in(text, k, e, set);
    if (r < 0) return -1;
    return r ? e : 0;
}

typedef struct {
    Tok *items;
    Py_ssize_t len, cap;
} Toks;

static int toks_push(Toks *ts, Py_ssize_t start, Py_ssize_t end, int cap) {
    if (ts->len == ts->cap) {
        Py_ssize_t grown = ts->cap ? ts->cap * 2 : 16;
        Tok *items = PyMem_Realloc(ts->items, (size_t)grown * sizeof(Tok));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        ts->items = items;
        ts->cap = grown;
    }
    ts->items[ts->len++] = (Tok){start, end, cap, NULL, 0, 0, 0, NULL};
    return 0;
}

static void toks_clear(Toks *ts) {
    for (Py_ssize_t i = 0; i < ts->len; i++) {
        Py_CLEAR(ts->items[i].key);
        Py_CLEAR(ts->items[i].code);
    }
    ts->len = 0;
}

/* Parse the run starting at i into ts; returns its end, or -1 on error. */
static Py_ssize_t parse_run(PyObject *text, const Text *t, const Tables *tb, Py_ssize_t i,
                            Toks *ts) {
    Py_ssize_t j = word_end(t, i);
    if (toks_push(ts, i, j, Py_UNICODE_ISUPPER(CH(t, i))) < 0) return -1;
    for (;;) { /* (?:GAP (?:INNER GAP)* WORD)* */
        if (!(j < t->n && is_gap(CH(t, j)))) break;
        Py_ssize_t k = j + 1, mark = ts->len;
        int joined = 0;
        for (;;) {
            if (k < t->n && is_cap(CH(t, k))) {
                Py_ssize_t e = word_end(t, k);
                if (toks_push(ts, k, e, Py_UNICODE_ISUPPER(CH(t, k))) < 0) return -1;
                j = e;
                joined = 1;
                break;
            }
            Py_ssize_t e = listed_word(text, t, k, tb->inner, 1);
            if (e < 0) return -1;
            if (e == 0) break;
            if (toks_push(ts, k, e, 0) < 0) return -1;
            k = e + 1;
        }
        if (!joined) {
            ts->len = mark; /* inner words with no capital after them are not the run's */
            break;
        }
    }
    /* (?:(?:[ -]|['’](?=letter{3}))TAIL(?!letter))* */
    while (j < t->n && (CH(t, j) == ' ' || CH(t, j) == '-' || CH(t, j) == '\'' ||
                        CH(t, j) == 0x2019)) {
        int elided = CH(t, j) != ' ' && CH(t, j) != '-';
        Py_ssize_t e = listed_word(text, t, j + 1, tb->tails, 0);
        if (e < 0) return -1;
        if (e == 0 || (e < t->n && is_letter(CH(t, e)))) break;
        if (elided && e - (j + 1) < 3) break; /* "Paris's": a clitic, not a tail */
        if (toks_push(ts, j + 1, e, 0) < 0) return -1;
        j = e;
    }
    return j;
}

/* The key of text[start:end]: lowercase for ASCII, the Python fold() otherwise. */
static PyObject *key_of(PyObject *text, const Text *t, const Tables *tb, Py_ssize_t start,
                        Py_ssize_t end) {
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t p = start; p < end; p++) {
        Py_UCS4 c = CH(t, p);
        if (c > maxchar) maxchar = c;
    }
    if (maxchar < 128) {
        PyObject *key = PyUnicode_New(end - start, 127);
        if (key == NULL) return NULL;
        Py_UCS1 *out = PyUnicode_1BYTE_DATA(key);
        for (Py_ssize_t p = start; p < end; p++) {
            Py_UCS4 c = CH(t, p);
            out[p - start] = (Py_UCS1)(is_upper_ascii(c) ? c + 32 : c);
        }
        return key;
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) return NULL;
    PyObject *key = PyObject_CallOneArg(tb->fold, word);
    Py_DECREF(word);
    return key;
}

/* A tuple of two positions and the given objects (borrowed), built directly: the hits and
 * their tokens are most of what the scanner allocates. */
static PyObject *span_tuple(Py_ssize_t size, Py_ssize_t start, Py_ssize_t end, PyObject **rest) {
    PyObject *out = PyTuple_New(size);
    if (out == NULL) return NULL;
    PyObject *a = PyLong_FromSsize_t(start), *b = PyLong_FromSsize_t(end);
    if (a == NULL || b == NULL) {
        Py_XDECREF(a);
        Py_XDECREF(b);
        Py_DECREF(out);
        return NULL;
    }
    PyTuple_SET_ITEM(out, 0, a);
    PyTuple_SET_ITEM(out, 1, b);
    for (Py_ssize_t k = 2; k < size; k++) PyTuple_SET_ITEM(out, k, Py_NewRef(rest[k - 2]));
    return out;
}

static PyObject *token_tuple(const Toks *ts, Py_ssize_t i) {
    const Tok *tk = &ts->items[i];
    PyObject *rest[3] = {tk->key, tk->cap ? Py_True : Py_False, i == 0 ? Py_True : Py_False};
    return span_tuple(5, tk->start, tk->end, rest);
}

/* the name key of tokens i..i+n: their keys joined by single spaces */
static PyObject *joined_key(const Toks *ts, Py_ssize_t i, Py_ssize_t n) {
    if (n == 1) return Py_NewRef(ts->items[i].key);
    static PyObject *space = NULL;
    if (space == NULL && (space = PyUnicode_FromString(" ")) == NULL) return NULL;
    PyObject *parts = PyTuple_New(n);
    if (parts == NULL) return NULL;
    for (Py_ssize_t k = 0; k < n; k++) PyTuple_SET_ITEM(parts, k, Py_NewRef(ts->items[i + k].key));
    PyObject *key = PyUnicode_Join(space, parts);
    Py_DECREF(parts);
    return key;
}

/* every word capitalised or a connector ("Sea of Japan"): 1, 0, or -1 on error */
static int name_cased(const Toks *ts, Py_ssize_t i, Py_ssize_t n, PyObject *connectors) {
    for (Py_ssize_t k = i; k < i + n; k++) {
        if (ts->items[k].cap) continue;
        int r = PySet_Contains(connectors, ts->items[k].key);
        if (r <= 0) return r;
    }
    return 1;
}

static int append_new(PyObject *list, PyObject *item) {
    if (item == NULL) return -1;
    int r = PyList_Append(list, item);
    Py_DECREF(item);
    return r;
}

/* One hit: (start, end, key, first_key, single, prev, next). Steals nothing. */
static int append_hit(PyObject *hits, const Toks *ts, Py_ssize_t i, Py_ssize_t n, PyObject *key) {
    PyObject *prev = i ? token_tuple(ts, i - 1) : Py_NewRef(Py_None);
    PyObject *next = i + n < ts->len ? token_tuple(ts, i + n) : Py_NewRef(Py_None);
    PyObject *hit = NULL;
    if (prev != NULL && next != NULL) {
        PyObject *rest[5] = {key, ts->items[i].key, n == 1 ? Py_True : Py_False, prev, next};
        hit = span_tuple(7, ts->items[i].start, ts->items[i + n - 1].end, rest);
    }
    Py_XDECREF(prev);
    Py_XDECREF(next);
    return append_new(hits, hit);
}

/* Abbreviated name prefixes with their dot ("St. Louis", "Mt. Pleasant", "Ft. Worth"), as
 * runs.py's _SAINT finds them: the text is scanned with each moved one place right over its
 * dot (" St Louis", the same length), and a word starting at a moved prefix is moved back. */
typedef struct {
    Py_ssize_t *at; /* where each moved prefix starts in the scanned text, ascending */
    Py_ssize_t len, cap;
} Moved;

static int moved_at(const Moved *m, Py_ssize_t start) {
    Py_ssize_t lo = 0, hi = m->len;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (m->at[mid] < start) lo = mid + 1;
        else hi = mid;
    }
    return lo < m->len && m->at[lo] == start;
}

/* The length of the prefix word (St, Ste, Mt, Ft, or ST, STE, MT, FT) that _SAINT matches
 * at i, or 0. */
static Py_ssize_t saint_at(const Text *t, Py_ssize_t i) {
    Py_UCS4 c = CH(t, i);
    if (c != 'S' && c != 'M' && c != 'F') return 0;
    if (i > 0) {
        Py_UCS4 b = CH(t, i - 1);
        if (b == '.' || b == '_' || (b < 128 ? ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) : Py_UNICODE_ISALNUM(b)))
            return 0;
    }
    Py_ssize_t len = 0;
    Py_UCS4 second = i + 1 < t->n ? CH(t, i + 1) : 0;
    int upper = second == 'T'; /* "ST. PAUL", a dateline in capitals */
    if (second == 't' || upper) {
        if (i + 2 < t->n && CH(t, i + 2) == '.') len = 2;
        else if (c == 'S' && i + 3 < t->n && CH(t, i + 2) == (upper ? 'E' : 'e') && CH(t, i + 3) == '.') len = 3;
    }
    if (len == 0) return 0;
    Py_ssize_t after = i + len + 1; /* past the dot: a space, then a capital */
    if (!(after + 1 < t->n && CH(t, after) == ' ')) return 0;
    Py_UCS4 cap = CH(t, after + 1);
    if (!(cap >= 'A' && cap <= 'Z')) return 0;
    if (!upper) return len;
    /* in capitals, only before a word in capitals too (two capitals) */
    Py_UCS4 cap2 = after + 2 < t->n ? CH(t, after + 2) : 0;
    return cap2 >= 'A' && cap2 <= 'Z' ? len : 0;
}

/* The text to scan: ``text`` itself (a new reference) when it holds no such prefix, else a
 * copy with each prefix moved over its dot, their new starts listed in ``moved``. */
static PyObject *unpointed(PyObject *text, const Text *t, Moved *moved) {
    PyObject *out = NULL;
    for (Py_ssize_t dot = 2; dot < t->n; dot++) { /* every prefix ends in a dot */
        if (CH(t, dot) != '.') continue;
        Py_ssize_t i = dot - 2, len = saint_at(t, i);
        if (len == 0 && dot >= 3) len = saint_at(t, i = dot - 3);
        if (len == 0) continue;
        if (out == NULL) {
            out = PyUnicode_New(t->n, PyUnicode_MAX_CHAR_VALUE(text));
            if (out == NULL || PyUnicode_CopyCharacters(out, 0, text, 0, t->n) < 0) goto fail;
        }
        if (PyUnicode_WriteChar(out, i, ' ') < 0) goto fail;
        for (Py_ssize_t k = 0; k < len; k++)
            if (PyUnicode_WriteChar(out, i + 1 + k, CH(t, i + k)) < 0) goto fail;
        if (moved->len == moved->cap) {
            Py_ssize_t grown = moved->cap ? moved->cap * 2 : 8;
            Py_ssize_t *at = PyMem_Realloc(moved->at, (size_t)grown * sizeof(Py_ssize_t));
            if (at == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
            moved->at = at;
            moved->cap = grown;
        }
        moved->at[moved->len++] = i + 1;
    }
    return out != NULL ? out : Py_NewRef(text);
fail:
    Py_XDECREF(out);
    return NULL;
}

/* A memo of single words' keys and lookups, shared by every scan: news repeats its capitalised
 * words ("The", "He", "President", "U.S."), and each lookup in the gazetteer's large tables
 * missed the processor's cache, a third of the scan's time. Direct-mapped by a hash of the
 * word's lowercase ASCII letters; a word beyond ASCII, or longer than MEMO_WORD, is looked up
 * as before. It holds the tables it was filled from and is emptied when others are given (or
 * theirs change size): the gazetteer's tables do not change once loaded. */
#define MEMO_SIZE 8192 /* a power of two */
#define MEMO_WORD 40
typedef struct {
    PyObject *key; /* owned, NULL when empty */
    unsigned long long hash;
    Py_ssize_t starts;
    PyObject *code; /* owned, or NULL */
    int named;
} MemoSlot;
static MemoSlot memo[MEMO_SIZE];
static MemoSlot memo_joined[MEMO_SIZE]; /* the same for names of several words ("new york") */
#define MEMO_JOINED 96                   /* characters in such a key */
static PyObject *memo_of[3]; /* owned: the index, demonyms and starts it was filled from */
static Py_ssize_t memo_sizes[3];

static void memo_for(const Tables *tb) {
    PyObject *now[3] = {tb->index, tb->demonyms, tb->starts};
    int same = 1;
    for (int k = 0; k < 3; k++)
        same = same && memo_of[k] == now[k] && memo_sizes[k] == PyDict_GET_SIZE(now[k]);
    if (same) return;
    for (Py_ssize_t k = 0; k < MEMO_SIZE; k++) {
        Py_CLEAR(memo[k].key);
        Py_CLEAR(memo[k].code);
        Py_CLEAR(memo_joined[k].key);
        Py_CLEAR(memo_joined[k].code);
    }
    for (int k = 0; k < 3; k++) {
        Py_XSETREF(memo_of[k], Py_NewRef(now[k]));
        memo_sizes[k] = PyDict_GET_SIZE(now[k]);
    }
}

/* The token's key (as key_of), and its lookups from the memo, filling it on a miss; 0, or
 * -1 on error. */
static int memo_key(PyObject *text, const Text *t, const Tables *tb, Tok *tok) {
    Py_ssize_t len = tok->end - tok->start;
    unsigned char word[MEMO_WORD];
    unsigned long long hash = 1469598103934665603ULL;
    int ascii = len <= MEMO_WORD;
    for (Py_ssize_t p = 0; ascii && p < len; p++) {
        Py_UCS4 c = CH(t, tok->start + p);
        if (c >= 128) ascii = 0;
        else {
            word[p] = (unsigned char)(is_upper_ascii(c) ? c + 32 : c);
            hash = (hash ^ word[p]) * 1099511628211ULL;
        }
    }
    if (!ascii) {
        tok->key = key_of(text, t, tb, tok->start, tok->end);
        return tok->key == NULL ? -1 : 0;
    }
    MemoSlot *slot = &memo[hash & (MEMO_SIZE - 1)];
    if (!(slot->key != NULL && slot->hash == hash && PyUnicode_GET_LENGTH(slot->key) == len &&
          memcmp(PyUnicode_1BYTE_DATA(slot->key), word, (size_t)len) == 0)) {
        PyObject *key = PyUnicode_New(len, 127);
        if (key == NULL) return -1;
        memcpy(PyUnicode_1BYTE_DATA(key), word, (size_t)len);
        Py_ssize_t starts = 0;
        PyObject *most = PyDict_GetItemWithError(tb->starts, key);
        if (most != NULL) starts = PyLong_AsSsize_t(most);
        PyObject *code = PyErr_Occurred() ? NULL : PyDict_GetItemWithError(tb->demonyms, key);
        int named = PyErr_Occurred() ? -1 : PyDict_Contains(tb->index, key);
        if (named < 0 || PyErr_Occurred()) {
            Py_DECREF(key);
            return -1;
        }
        Py_XSETREF(slot->key, key);
        Py_XSETREF(slot->code, Py_XNewRef(code));
        slot->hash = hash;
        slot->starts = starts;
        slot->named = named;
    }
    tok->key = Py_NewRef(slot->key);
    tok->code = Py_XNewRef(slot->code);
    tok->starts = slot->starts;
    tok->named = slot->named;
    tok->memo = 1;
    return 0;
}

/* The memo's slot for the key of tokens i..i+n-1 (n > 1, each memoised, so ASCII), filled
 * on a miss with that key and its demonym and name lookups; NULL when the key is too long
 * for the memo (*error stays 0) or on error (*error = 1). */
static MemoSlot *memo_joined_slot(const Toks *ts, Py_ssize_t i, Py_ssize_t n, const Tables *tb,
                                  int *error) {
    unsigned char joined[MEMO_JOINED];
    Py_ssize_t len = 0;
    unsigned long long hash = 1469598103934665603ULL;
    for (Py_ssize_t k = i; k < i + n; k++) {
        if (!ts->items[k].memo) return NULL;
        PyObject *key = ts->items[k].key;
        Py_ssize_t size = PyUnicode_GET_LENGTH(key);
        if (len + size + 1 > MEMO_JOINED) return NULL;
        if (k > i) joined[len++] = ' ';
        memcpy(joined + len, PyUnicode_1BYTE_DATA(key), (size_t)size);
        len += size;
    }
    for (Py_ssize_t p = 0; p < len; p++) hash = (hash ^ joined[p]) * 1099511628211ULL;
    MemoSlot *slot = &memo_joined[hash & (MEMO_SIZE - 1)];
    if (slot->key != NULL && slot->hash == hash && PyUnicode_GET_LENGTH(slot->key) == len &&
        memcmp(PyUnicode_1BYTE_DATA(slot->key), joined, (size_t)len) == 0)
        return slot;
    PyObject *key = PyUnicode_New(len, 127);
    if (key == NULL) goto fail;
    memcpy(PyUnicode_1BYTE_DATA(key), joined, (size_t)len);
    PyObject *code = PyDict_GetItemWithError(tb->demonyms, key);
    int named = PyErr_Occurred() ? -1 : PyDict_Contains(tb->index, key);
    if (named < 0) {
        Py_DECREF(key);
        goto fail;
    }
    Py_XSETREF(slot->key, key);
    Py_XSETREF(slot->code, Py_XNewRef(code));
    slot->hash = hash;
    slot->named = named;
    return slot;
fail:
    *error = 1;
    return NULL;
}

/* The longest name or demonym at each token, left to right. */
static int match_run(PyObject *text, const Text *t, const Tables *tb, Toks *ts, PyObject *hits,
                     PyObject *demonyms, const Moved *moved) {
    memo_for(tb);
    for (Py_ssize_t k = 0; k < ts->len; k++) {
        if (memo_key(text, t, tb, &ts->items[k]) < 0) return -1;
        if (moved_at(moved, ts->items[k].start)) ts->items[k].start--; /* back over its dot */
    }
    Py_ssize_t i = 0;
    while (i < ts->len) {
        Py_ssize_t width = 0, longest = 0;
        if (ts->items[i].cap && ts->items[i].memo) {
            longest = ts->items[i].starts;
            if (longest > ts->len - i) longest = ts->len - i;
        } else if (ts->items[i].cap) {
            PyObject *most = PyDict_GetItemWithError(tb->starts, ts->items[i].key);
            if (most == NULL && PyErr_Occurred()) return -1;
            if (most != NULL) {
                longest = PyLong_AsSsize_t(most);
                if (longest == -1 && PyErr_Occurred()) return -1;
            }
            if (longest > ts->len - i) longest = ts->len - i;
        }
        for (Py_ssize_t n = longest; n >= 1; n--) {
            int single = n == 1 && ts->items[i].memo; /* its lookups are the memo's */
            int error = 0;
            MemoSlot *slot = n > 1 ? memo_joined_slot(ts, i, n, tb, &error) : NULL;
            if (error) return -1;
            PyObject *key = slot != NULL ? Py_NewRef(slot->key) : joined_key(ts, i, n);
            if (key == NULL) return -1;
            PyObject *code = single   ? ts->items[i].code
                             : slot ? slot->code
                                    : PyDict_GetItemWithError(tb->demonyms, key);
            if (code == NULL && PyErr_Occurred()) goto fail;
            if (code != NULL && PyObject_IsTrue(code)) {
                PyObject *d = span_tuple(3, ts->items[i].start, ts->items[i + n - 1].end, &code);
                Py_DECREF(key);
                if (append_new(demonyms, d) < 0) return -1;
                width = n;
                break;
            }
            int found = single ? ts->items[i].named
                        : slot ? slot->named
                               : PyDict_Contains(tb->index, key);
            if (found < 0) goto fail;
            if (found) {
                int ok = name_cased(ts, i, n, tb->connectors);
                if (ok == 0) ok = PySet_Contains(tb->lowercase_ok, key);
                if (ok < 0) goto fail;
                if (ok) {
                    int r = append_hit(hits, ts, i, n, key);
                    Py_DECREF(key);
                    if (r < 0) return -1;
                    width = n;
                    break;
                }
            }
            Py_DECREF(key);
            continue;
        fail:
            Py_DECREF(key);
            return -1;
        }
        i += width ? width : 1;
    }
    return 0;
}

static PyObject *scan(PyObject *self, PyObject *args) {
    PyObject *text, *tables;
    Tables tb;
    if (!PyArg_ParseTuple(args, "UO:scan", &text, &tables)) return NULL;
    if (!PyArg_ParseTuple(tables, "O!O!O!OOOOO:tables", &PyDict_Type, &tb.index, &PyDict_Type,
                          &tb.demonyms, &PyDict_Type, &tb.starts, &tb.inner, &tb.tails,
                          &tb.lowercase_ok, &tb.connectors, &tb.fold))
        return NULL;
    Text given = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    Moved moved = {NULL, 0, 0};
    PyObject *hits = PyList_New(0), *demonyms = PyList_New(0), *out = NULL;
    PyObject *read = unpointed(text, &given, &moved);
    Toks ts = {NULL, 0, 0};
    if (hits == NULL || demonyms == NULL || read == NULL) goto done;
    Text t = {PyUnicode_KIND(read), PyUnicode_DATA(read), PyUnicode_GET_LENGTH(read)};
    Py_ssize_t i = 0;
    while ((i = next_cap(&t, i)) < t.n) {
        if (i > 0 && is_letter(CH(&t, i - 1))) { /* a capital inside a word starts no run */
            i++;
            continue;
        }
        Py_ssize_t end = parse_run(read, &t, &tb, i, &ts);
        if (end < 0 || match_run(read, &t, &tb, &ts, hits, demonyms, &moved) < 0) goto done;
        toks_clear(&ts);
        i = end;
    }
    out = PyTuple_Pack(2, hits, demonyms);
done:
    toks_clear(&ts);
    PyMem_Free(ts.items);
    PyMem_Free(moved.at);
    Py_XDECREF(read);
    Py_XDECREF(hits);
    Py_XDECREF(demonyms);
    return out;
}

/* ------------------------------------------------------------------ plain hits
 * plain(text, hits, words) -> bytes, one per hit, saying what the filters of recognise.py
 * would do with it where that is certain without them:
 *   1 (KEEP): no filter can drop the hit or change its match: it is kept as
 *     Match(start, end, index[key]) unless its key is a person's name in this text;
 *   2 (PERSON): dropped, and its key is a person's name (a first name glued before it);
 *   3 (DROP): dropped (a stoplisted word, or glued to the word before), and no person;
 *   0 (ASK): anything else: the Python filters, which stay the reference, decide.
 * Each test is a necessary condition for a filter to act, read more loosely where that is
 * simpler: any doubt gives 0. ``words`` is recognise.PlainWords, whose doc lists which
 * filter each test stands for.
 */
typedef struct {
    PyObject *special, *prev_ok, *storm, *verbs, *after_words, *titles, *always, *opening, *common,
        *dot_titles, *months, *newspapers, *connectors, *institution_ends, *names;
} Plain;

/* what plain() says of a hit */
enum { PLAIN_ASK = 0, PLAIN_KEEP = 1, PLAIN_PERSON = 2, PLAIN_DROP = 3 };

static inline int is_word_char(Py_UCS4 c) { /* \w of Python's re, for str */
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}

/* 1 when text[at:] starts with the ASCII string s */
static int starts_with(const Text *t, Py_ssize_t at, const char *s, Py_ssize_t len) {
    if (at < 0 || at + len > t->n) return 0;
    for (Py_ssize_t k = 0; k < len; k++)
        if (CH(t, at + k) != (Py_UCS4)(unsigned char)s[k]) return 0;
    return 1;
}

/* 1 when text[at:] starts with any string of the tuple (ASCII), 0 when none, -1 on error */
static int starts_with_any(PyObject *text, Py_ssize_t at, PyObject *words) {
    Py_ssize_t n = PyTuple_GET_SIZE(words);
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t r = PyUnicode_Tailmatch(text, PyTuple_GET_ITEM(words, k), at, PY_SSIZE_T_MAX, -1);
        if (r != 0) return r < 0 ? -1 : 1;
    }
    return 0;
}

/* _DISEASE_AFTER after the space at ``at``: the word after it holds "virus" or opens with a
 * disease word (any case); a word beyond ASCII counts as one. */
static int disease_after(const Text *t, Py_ssize_t at) {
    static const char *opening[] = {"fever", "flu", "disease", "strain", "encephalitis"};
    char word[32];
    Py_ssize_t i = at + 1, len = 0;
    while (i < t->n && is_word_char(CH(t, i))) {
        Py_UCS4 c = CH(t, i);
        if (c >= 128) return 1;
        if (len < 31) word[len++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        else return 1; /* a long word: let the regex read it */
        i++;
    }
    word[len] = 0;
    if (len == 0) return 0;
    if (strstr(word, "virus") != NULL) return 1;
    for (size_t k = 0; k < sizeof opening / sizeof *opening; k++)
        if (strncmp(word, opening[k], strlen(opening[k])) == 0) return 1;
    return 0;
}

/* _person_by_context's tests after the name: "administration" within 16 characters, or a
 * reporting verb as the next word (read as the Python does). 1, 0 or -1 on error. */
static int person_after(PyObject *text, const Text *t, Py_ssize_t end, PyObject *verbs) {
    Py_ssize_t lim = end + 16 < t->n ? end + 16 : t->n;
    static const char admin[] = "administration";
    for (Py_ssize_t i = end; i + 14 <= lim; i++)
        if (starts_with(t, i, admin, 14)) return 1;
    Py_ssize_t i = end, j;
    while (i < lim && (CH(t, i) == ',' || CH(t, i) == ' ')) i++;
    for (j = i; j < lim && CH(t, j) != ' '; j++) {}
    for (; j > i; j--) {
        Py_UCS4 c = CH(t, j - 1);
        if (!(c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
              c == '\'' || c == 0x201D || c == 0x2019 || c == ')'))
            break;
    }
    if (j == i) return 0;
    return slice_in(text, i, j, verbs);
}

/* str.isupper() of text[start:end] */
static int is_upper_span(const Text *t, Py_ssize_t start, Py_ssize_t end) {
    int cased = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 c = CH(t, i);
        if (Py_UNICODE_ISLOWER(c) || Py_UNICODE_ISTITLE(c)) return 0;
        if (!cased && Py_UNICODE_ISUPPER(c)) cased = 1;
    }
    return cased;
}

/* _is_common_noun: the key, or the key less a final "s", is one of ``common`` */
static int common_noun(PyObject *key, PyObject *common) {
    int r = PySet_Contains(common, key);
    if (r != 0) return r;
    Py_ssize_t n = PyUnicode_GET_LENGTH(key);
    if (n == 0 || PyUnicode_READ_CHAR(key, n - 1) != 's') return 0;
    PyObject *stem = PyUnicode_Substring(key, 0, n - 1);
    if (stem == NULL) return -1;
    r = PySet_Contains(common, stem);
    Py_DECREF(stem);
    return r;
}

/* recognise._INSTITUTION_AFTER read at ``end``: up to four words after single spaces (a
 * capital and word characters, or "of", "and", "for", "&"), as many as the pattern takes,
 * then a capitalised word of ASCII letters; 1 when that word, lowercased, is in ``ends``
 * (_opens_institution), 0 when not or when there is none, -1 on error. */
static int institution_after(PyObject *text, const Text *t, Py_ssize_t end, PyObject *ends) {
    Py_ssize_t pos[5];
    int m = 0; /* middle words that chain from end, each followed by a space */
    pos[0] = end;
    while (m < 4) {
        Py_ssize_t p = pos[m];
        if (!(p + 1 < t->n && CH(t, p) == ' ')) break;
        Py_ssize_t q = p + 1;
        Py_UCS4 c = CH(t, q);
        if (c >= 'A' && c <= 'Z') {
            q++;
            while (q < t->n) {
                Py_UCS4 d = CH(t, q);
                if (!(is_word_char(d) || d == '\'' || d == 0x2019 || d == '.' || d == '&' || d == '-'))
                    break;
                q++;
            }
        } else if (starts_with(t, q, "of ", 3) || starts_with(t, q, "for ", 4) ||
                   starts_with(t, q, "and ", 4) || starts_with(t, q, "& ", 2)) {
            while (CH(t, q) != ' ') q++;
        } else {
            break;
        }
        if (!(q < t->n && CH(t, q) == ' ')) break; /* nothing can follow it */
        pos[++m] = q;
    }
    for (int k = m; k >= 0; k--) { /* the most middle words first, as the greedy regex */
        Py_ssize_t p = pos[k];
        if (!(p + 2 < t->n && CH(t, p) == ' ')) continue;
        Py_UCS4 c = CH(t, p + 1);
        if (!(c >= 'A' && c <= 'Z')) continue;
        Py_ssize_t q = p + 2;
        while (q < t->n && CH(t, q) >= 'a' && CH(t, q) <= 'z') q++;
        if (q == p + 2 || (q < t->n && is_word_char(CH(t, q)))) continue;
        char word[32];
        if (q - (p + 1) >= (Py_ssize_t)sizeof word) return 0; /* longer than any listed word */
        for (Py_ssize_t i = p + 1; i < q; i++) {
            Py_UCS4 d = CH(t, i);
            word[i - p - 1] = (char)(d >= 'A' && d <= 'Z' ? d + 32 : d);
        }
        PyObject *key = PyUnicode_FromStringAndSize(word, q - (p + 1));
        if (key == NULL) return -1;
        int r = PySet_Contains(ends, key);
        Py_DECREF(key);
        return r;
    }
    return 0;
}

/* With "X. " before ``start`` (X an ASCII capital): 1 when _INITIAL_BEFORE matches the 12
 * characters before it (a capitalised word, a space, the initial: "John D. ") or when the
 * initial and the name make a gazetteer name ("W. Va.", _candidates), else 0; -1 on error. */
static int initial_before(PyObject *text, const Text *t, Py_ssize_t start, PyObject *key,
                          PyObject *index) {
    Py_ssize_t lo = start > 12 ? start - 12 : 0;
    if (start >= 5 && CH(t, start - 4) == ' ') {
        Py_ssize_t w = start - 4; /* the lowercase letters before the space, then a capital */
        while (w > lo && CH(t, w - 1) >= 'a' && CH(t, w - 1) <= 'z') w--;
        if (w < start - 4 && w > lo && CH(t, w - 1) >= 'A' && CH(t, w - 1) <= 'Z') return 1;
    }
    if (start >= 4 && Py_UNICODE_ISALPHA(CH(t, start - 4))) return 0;
    PyObject *longer = PyUnicode_FromFormat("%c %U", (int)(CH(t, start - 3) + 32), key);
    if (longer == NULL) return -1;
    int r = PyDict_Contains(index, longer);
    Py_DECREF(longer);
    return r;
}

/* 1 when text[start:end] ends in " county", any case (recognise_filters.ends_county) */
static int ends_county(const Text *t, Py_ssize_t start, Py_ssize_t end) {
    static const char tail[] = " county";
    Py_ssize_t len = (Py_ssize_t)(sizeof tail - 1);
    if (end - start <= len) return 0;
    for (Py_ssize_t k = 0; k < len; k++) {
        Py_UCS4 c = CH(t, end - len + k);
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c != (Py_UCS4)(unsigned char)tail[k]) return 0;
    }
    return 1;
}

/* What the filters do with a hit (see PLAIN_* above plain()), or -1 on error. */
static int classify(PyObject *text, const Text *t, const Plain *w, PyObject *hit) {
    if (!PyTuple_Check(hit) || PyTuple_GET_SIZE(hit) != 7) {
        PyErr_SetString(PyExc_TypeError, "a hit is a 7-tuple");
        return -1;
    }
    Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 0));
    Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GET_ITEM(hit, 1));
    if ((start == -1 || end == -1) && PyErr_Occurred()) return -1;
    if (start < 0 || end <= start || end > t->n) return PLAIN_ASK;
    PyObject *key = PyTuple_GET_ITEM(hit, 2), *prev = PyTuple_GET_ITEM(hit, 5),
             *next = PyTuple_GET_ITEM(hit, 6);
    int single = PyObject_IsTrue(PyTuple_GET_ITEM(hit, 4));
    int r = PySet_Contains(w->always, key); /* never a place, wherever it stands */
    if (r != 0) return r < 0 ? -1 : PLAIN_DROP;
    if (single) { /* a month or day alone is never a place ("March", "May") */
        r = PySet_Contains(w->months, key);
        if (r != 0) return r < 0 ? -1 : PLAIN_DROP;
    }
    /* the word before, one space away */
    int spaced = 0;
    PyObject *p_key = NULL;
    Py_ssize_t p_start = 0, p_end = 0;
    if (prev != Py_None) {
        p_start = PyLong_AsSsize_t(PyTuple_GET_ITEM(prev, 0));
        p_end = PyLong_AsSsize_t(PyTuple_GET_ITEM(prev, 1));
        if ((p_start == -1 || p_end == -1) && PyErr_Occurred()) return -1;
        p_key = PyTuple_GET_ITEM(prev, 2);
        spaced = p_end == start - 1 && CH(t, start - 1) == ' ' && p_start >= 0;
    }
    /* only the plainest characters around it: any other ("A/Texas/50", "$US", "Texas-based",
     * "@Paris") is left to the filters, which read such marks, now or in rules to come */
    if (start > 0) {
        Py_UCS4 b = CH(t, start - 1);
        if (!(b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '(' || b == '"' ||
              b == 0x201C || b == 0x2018 || b == '\''))
            return PLAIN_ASK;
    }
    if (end < t->n) {
        Py_UCS4 a = CH(t, end);
        if (!(a == ' ' || a == ',' || a == '.' || a == ';' || a == ':' || a == '!' || a == '?' ||
              a == ')' || a == '"' || a == 0x201D || a == 0x2019 || a == '\'' || a == '\n' ||
              a == '\t' || a == '\r'))
            return PLAIN_ASK;
    }
    /* a capitalised word joined by a hyphen on either side ("Kerry-Ann", "Navarro-Valls":
     * a double name, or a compound) and a dollar sign before it ("$US 15 billion") are left
     * to the Python filters, which read them */
    if (prev != Py_None && p_end == start - 1 && CH(t, start - 1) == '-' &&
        PyObject_IsTrue(PyTuple_GET_ITEM(prev, 3)))
        return PLAIN_ASK;
    if (next != Py_None) {
        Py_ssize_t n0 = PyLong_AsSsize_t(PyTuple_GET_ITEM(next, 0));
        if (n0 == -1 && PyErr_Occurred()) return -1;
        if (n0 == end + 1 && end < t->n && CH(t, end) == '-' && PyObject_IsTrue(PyTuple_GET_ITEM(next, 3)))
            return PLAIN_ASK;
    }
    if (start >= 1 && CH(t, start - 1) == '$') return PLAIN_ASK;
    if (spaced && PyObject_IsTrue(PyTuple_GET_ITEM(prev, 3))) {
        r = PySet_Contains(w->prev_ok, p_key);
        if (r < 0) return -1;
        if (!r) { /* _glued_before, unless the word opens a sentence or both are capitals */
            r = PySet_Contains(w->opening, p_key);
            if (r < 0) return -1;
            if (r && PyObject_IsTrue(PyTuple_GET_ITEM(prev, 4))) return PLAIN_ASK;
            /* a name in capitals is left to the filters: an abbreviation is no surname
             * ("Former US envoy"), nor a dateline word a first name */
            if (is_upper_span(t, start, end)) return PLAIN_ASK;
            /* dropped; a first name when one word, no abbreviation and no common noun */
            if (!single || PyUnicode_FindChar(key, '.', 0, PyUnicode_GET_LENGTH(key), 1) != -1 ||
                is_upper_span(t, p_start, p_end))
                return PLAIN_DROP;
            r = common_noun(p_key, w->common);
            if (r < 0) return -1;
            return r ? PLAIN_DROP : PLAIN_PERSON;
        }
    }
    r = PySet_Contains(w->special, key); /* months, stoplists, dotted, storms, compass */
    if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
    int lower = 0; /* a lowercase letter: the surface is not all capitals ("NSA") */
    for (Py_ssize_t i = start; i < end && !lower; i++) lower = Py_UNICODE_ISLOWER(CH(t, i));
    if (!lower) return PLAIN_ASK;
    /* an initial or a title before it ("D. Flores", "W. Va.", "Mrs. Lincoln", "Mrs Lincoln") */
    if (start >= 3 && CH(t, start - 2) == '.' && CH(t, start - 1) == ' ') {
        Py_UCS4 cap = CH(t, start - 3);
        if (cap >= 'A' && cap <= 'Z') { /* an initial: "John D. Flores", or "W. Va." */
            r = initial_before(text, t, start, key, w->names);
            if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
        } else if (Py_UNICODE_ISUPPER(cap)) {
            return PLAIN_ASK;
        }
        Py_ssize_t w0 = start - 2;
        while (w0 > 0 && w0 > start - 8) {
            Py_UCS4 c = CH(t, w0 - 1);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
            w0--;
        }
        r = slice_in(text, w0, start - 2, w->dot_titles);
        if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
    } else if (start == 2 && CH(t, 0) == '.' && CH(t, 1) == ' ') {
        return PLAIN_ASK;
    }
    r = starts_with_any(text, start >= 4 ? start - 4 : 0, w->titles);
    if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
    /* a storm class before it ("Hurricane Milton") */
    if (spaced) {
        r = PySet_Contains(w->storm, p_key);
        if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
    }
    /* a capitalised word one space after it: read last, as _keep does */
    int glued_next = 0;
    Py_ssize_t n_start = 0, n_end = 0;
    if (next != Py_None) {
        n_start = PyLong_AsSsize_t(PyTuple_GET_ITEM(next, 0));
        n_end = PyLong_AsSsize_t(PyTuple_GET_ITEM(next, 1));
        if ((n_start == -1 || n_end == -1) && PyErr_Occurred()) return -1;
        glued_next = n_start == end + 1 && CH(t, end) == ' ' && n_end <= t->n &&
                     PyObject_IsTrue(PyTuple_GET_ITEM(next, 3));
    }
    if (end < t->n) {
        Py_UCS4 c = CH(t, end);
        if (c == '$' || c == '-') return PLAIN_ASK; /* a currency; a compound ("Dokdo-class") */
        if (c == ' ') {
            if (disease_after(t, end)) return PLAIN_ASK;
            r = starts_with_any(text, end + 1, w->after_words); /* "the Noto peninsula" */
            if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
        }
    }
    r = person_after(text, t, end, w->verbs); /* "Barry said", "the Obama administration" */
    if (r != 0) return r < 0 ? -1 : PLAIN_ASK;
    if (!glued_next) return PLAIN_KEEP;
    /* _keep's tests of the capitalised word after it, in its order: a newspaper's title drops
     * it ("the New York Times"); a month or day ("Moscow October 7"), a dot ending the name
     * ("U.S. Food"), or no glue (_glued_after: a feature or institution word, capitals, a
     * connector) keeps it; an institution's name is left to the Python (_opens_institution) */
    PyObject *n_key = PyTuple_GET_ITEM(next, 2);
    r = PySet_Contains(w->newspapers, n_key);
    if (r != 0) return r < 0 ? -1 : PLAIN_DROP;
    r = PySet_Contains(w->months, n_key);
    if (r < 0) return -1;
    if (r) {
        r = PySet_Contains(w->prev_ok, key); /* the name itself no opener ("In October") */
        if (r < 0) return -1;
        if (!r) return PLAIN_KEEP;
    }
    if (CH(t, end - 1) == '.') return PLAIN_KEEP;
    r = PySet_Contains(w->common, n_key);
    if (r != 0) return r < 0 ? -1 : PLAIN_KEEP;
    if (is_upper_span(t, n_start, n_end)) return PLAIN_KEEP;
    r = PySet_Contains(w->connectors, n_key);
    if (r != 0) return r < 0 ? -1 : PLAIN_KEEP;
    /* a name ending in "County" is no one's first or family name: the words after may name
     * an office of that county ("Tarrant County Medical Examiner"), which _keep reads
     * (recognise_filters.county_office) */
    if (ends_county(t, start, end)) return PLAIN_ASK;
    /* glued to the word after: dropped, unless it opens an institution's name, where the
     * gazetteer decides (_has_major) */
    r = institution_after(text, t, end, w->institution_ends);
    return r < 0 ? -1 : r ? PLAIN_ASK : PLAIN_DROP;
}

static PyObject *plain(PyObject *self, PyObject *args) {
    PyObject *text, *hits, *words;
    Plain w;
    if (!PyArg_ParseTuple(args, "UO!O:plain", &text, &PyList_Type, &hits, &words)) return NULL;
    if (!PyArg_ParseTuple(words, "OOOOO!O!OOOOOOOOO!:words", &w.special, &w.prev_ok, &w.storm,
                          &w.verbs, &PyTuple_Type, &w.after_words, &PyTuple_Type, &w.titles,
                          &w.always, &w.opening, &w.common, &w.dot_titles, &w.months,
                          &w.newspapers, &w.connectors, &w.institution_ends, &PyDict_Type,
                          &w.names))
        return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    Py_ssize_t n = PyList_GET_SIZE(hits);
    PyObject *out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) return NULL;
    char *flags = PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        int r = classify(text, &t, &w, PyList_GET_ITEM(hits, i));
        if (r < 0) {
            Py_DECREF(out);
            return NULL;
        }
        flags[i] = (char)r;
    }
    return out;
}

/* ------------------------------------------------------------------ locative
 * locative(text, start) -> 1, 0 or -1: whether recognise._LOCATIVE matches the 32 characters
 * before ``start`` ("in the northern ", "the capital of "), read backwards word by word;
 * -1 when a character beyond ASCII stands in that window, where the regex's case-blind
 * matching may differ from ASCII's ("ſ" for "s"), and the regex should decide. */
#define LOCATIVE_REACH 32

static int word_is(const Text *t, Py_ssize_t a, Py_ssize_t b, const char *const *words) {
    for (; *words; words++) {
        Py_ssize_t len = (Py_ssize_t)strlen(*words);
        if (len != b - a) continue;
        Py_ssize_t k = 0;
        while (k < len) {
            Py_UCS4 c = CH(t, a + k);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != (Py_UCS4)(unsigned char)(*words)[k]) break;
            k++;
        }
        if (k == len) return 1;
    }
    return 0;
}

static PyObject *locative(PyObject *self, PyObject *args) {
    static const char *const preps[] = {"in", "near", "from", "into", "across", "throughout",
                                        "outside", "inside", NULL};
    static const char *const the[] = {"the", NULL};
    static const char *const of[] = {"of", NULL};
    static const char *const compass[] = {"north", "south", "east", "west", "central",
                                          "northern", "southern", "eastern", "western",
                                          "centralern", NULL};
    static const char *const types[] = {"capital", "city", "town", "village", "port", "province",
                                        "state", "county", "region", "district", NULL};
    PyObject *text;
    Py_ssize_t start;
    if (!PyArg_ParseTuple(args, "Un:locative", &text, &start)) return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    if (start < 0 || start > t.n) return PyLong_FromLong(-1);
    Py_ssize_t lo = start > LOCATIVE_REACH ? start - LOCATIVE_REACH : 0;
    for (Py_ssize_t i = lo; i < start; i++)
        if (CH(&t, i) >= 128) return PyLong_FromLong(-1);
    /* up to four words before start, each followed by whitespace: ws[k] is where word k's
     * following whitespace starts, a[k] where the word starts (k = 0 is the last word) */
    Py_ssize_t a[4], b[4];
    int n = 0;
    Py_ssize_t p = start;
    while (n < 4) {
        Py_ssize_t q = p;
        while (q > lo && Py_UNICODE_ISSPACE(CH(&t, q - 1))) q--;
        if (q == p) break; /* no whitespace after this word */
        Py_ssize_t w = q;
        while (w > lo && ((CH(&t, w - 1) >= 'a' && CH(&t, w - 1) <= 'z') ||
                          (CH(&t, w - 1) >= 'A' && CH(&t, w - 1) <= 'Z')))
            w--;
        if (w == q) break; /* no word */
        a[n] = w;
        b[n] = q;
        n++;
        p = w;
    }
    /* the first element needs a word boundary before it (the real character before, even
     * outside the window), and to lie inside the window */
#define OPENS(k) \
    (a[k] >= lo && (a[k] == 0 || !(CH(&t, a[k] - 1) == '_' || Py_UNICODE_ISALNUM(CH(&t, a[k] - 1)))))
    int found = 0;
    if (n >= 1 && OPENS(0) && word_is(&t, a[0], b[0], preps)) found = 1;
    else if (n >= 2 && word_is(&t, a[0], b[0], of) && OPENS(1) && word_is(&t, a[1], b[1], types))
        found = 1;
    else if (n >= 2 && word_is(&t, a[0], b[0], the) && OPENS(1) && word_is(&t, a[1], b[1], preps))
        found = 1;
    else if (n >= 2 && word_is(&t, a[0], b[0], compass)) {
        if (OPENS(1) && word_is(&t, a[1], b[1], preps)) found = 1;
        else if (n >= 3 && word_is(&t, a[1], b[1], the) && OPENS(2) &&
                 word_is(&t, a[2], b[2], preps))
            found = 1;
    }
#undef OPENS
    return PyLong_FromLong(found);
}

/* any_of(text, words) -> bool: whether any of the strings occurs in text. One pass over
 * the text, comparing only where a character opens one of them (the landmark type words
 * all open with a capital, which most of a text is not), and there only the words that
 * character opens (bucketed by it: comparing every word at every capital was most of the
 * cost). Texts of one or two bytes a character skip to the next opening in a tight loop. */
#define ANY_OF_MAX 256
/* 1 when the string w occurs in the text at i (its first character already compared) */
static inline int word_at(const Text *t, Py_ssize_t i, PyObject *w) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(w);
    if (i + len > t->n) return 0;
    Py_ssize_t j = 1;
    while (j < len && CH(t, i + j) == PyUnicode_READ_CHAR(w, j)) j++;
    return j == len;
}

/* The words' table and the pass over the text that any_of and where_any share: with
 * ``out`` NULL, Py_True at the first place a word occurs (Py_False when none does); else
 * each such place appended to ``out`` (each once, in text order) and Py_None returned.
 * NULL with an exception on bad arguments. */
static PyObject *words_in(PyObject *text, PyObject *words, PyObject *out, const char *name) {
    Py_ssize_t count = PyTuple_GET_SIZE(words);
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    if (count > ANY_OF_MAX) {
        PyErr_Format(PyExc_ValueError, "%s: too many words", name);
        return NULL;
    }
    unsigned char opens[128] = {0}; /* ASCII characters that open a word */
    int other = 0;                  /* a word opens beyond ASCII: compare everywhere */
    Py_UCS4 first[ANY_OF_MAX];
    /* the words each ASCII character opens, in the words' order, as a linked list:
     * head[c] is the first word's index + 1 (0: none), next[k] the following one's */
    unsigned short head[128] = {0};
    unsigned short next[ANY_OF_MAX];
    unsigned short tail[128] = {0};
    /* the ASCII characters that may follow each ASCII opening, as a bit set (any: a word of
     * one character, or one whose second is beyond ASCII): an opening whose next character
     * no word there takes is skipped unread. Lowercased news text opens words at a third of
     * its characters ("s", "t", " "), but few of those pairs go on as any word does. */
    unsigned long long second[128][2] = {{0}};
    unsigned char any_second[128] = {0};
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *w = PyTuple_GET_ITEM(words, k);
        if (!PyUnicode_Check(w)) {
            PyErr_Format(PyExc_TypeError, "%s: the words must be strings", name);
            return NULL;
        }
        if (PyUnicode_GET_LENGTH(w) == 0) {
            PyErr_Format(PyExc_ValueError, "%s: a word is empty", name);
            return NULL;
        }
        Py_UCS4 c = first[k] = PyUnicode_READ_CHAR(w, 0);
        next[k] = 0;
        if (c < 128) {
            opens[c] = 1;
            if (tail[c]) next[tail[c] - 1] = (unsigned short)(k + 1);
            else head[c] = (unsigned short)(k + 1);
            tail[c] = (unsigned short)(k + 1);
            Py_UCS4 c2 = PyUnicode_GET_LENGTH(w) > 1 ? PyUnicode_READ_CHAR(w, 1) : 128;
            if (c2 >= 128) any_second[c] = 1;
            else second[c][c2 >> 6] |= 1ULL << (c2 & 63);
        } else {
            other = 1;
        }
    }
    for (Py_ssize_t i = 0; i < t.n; i++) {
        if (!other && t.kind == PyUnicode_1BYTE_KIND) { /* most texts: skip in a tight loop */
            const Py_UCS1 *d = t.data;
            while (i < t.n && (d[i] >= 128 || !opens[d[i]])) i++;
            if (i == t.n) break;
        } else if (!other && t.kind == PyUnicode_2BYTE_KIND) { /* a curly quote or a dash */
            const Py_UCS2 *d = t.data;
            while (i < t.n && (d[i] >= 128 || !opens[d[i]])) i++;
            if (i == t.n) break;
        }
        Py_UCS4 c = CH(&t, i);
        if (!other && (c >= 128 || !opens[c])) continue;
        if (!other && !any_second[c]) { /* the next character must go on as a word does */
            if (i + 1 >= t.n) continue;
            Py_UCS4 c2 = CH(&t, i + 1);
            if (c2 >= 128 || !(second[c][c2 >> 6] & (1ULL << (c2 & 63)))) continue;
        }
        int found = 0;
        if (!other) { /* only the words c opens */
            for (unsigned short b = head[c]; b && !found; b = next[b - 1])
                found = word_at(&t, i, PyTuple_GET_ITEM(words, b - 1));
        } else {
            for (Py_ssize_t k = 0; k < count && !found; k++)
                found = first[k] == c && word_at(&t, i, PyTuple_GET_ITEM(words, k));
        }
        if (!found) continue;
        if (out == NULL) Py_RETURN_TRUE;
        PyObject *at = PyLong_FromSsize_t(i);
        if (at == NULL || PyList_Append(out, at) < 0) {
            Py_XDECREF(at);
            return NULL;
        }
        Py_DECREF(at);
    }
    if (out == NULL) Py_RETURN_FALSE;
    Py_RETURN_NONE;
}

/* any_of(text, words) -> bool: whether any of the strings occurs in text. One pass over
 * the text, comparing only where a character opens one of them (the landmark type words
 * all open with a capital, which most of a text is not), and there only the words that
 * character opens (bucketed by it: comparing every word at every capital was most of the
 * cost). Texts of one or two bytes a character skip to the next opening in a tight loop. */
static PyObject *any_of(PyObject *self, PyObject *args) {
    PyObject *text, *words;
    if (!PyArg_ParseTuple(args, "UO!:any_of", &text, &PyTuple_Type, &words)) return NULL;
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(words); k++) {
        PyObject *w = PyTuple_GET_ITEM(words, k);
        if (!PyUnicode_Check(w)) break; /* words_in says what is wrong */
        if (PyUnicode_GET_LENGTH(w) == 0) Py_RETURN_TRUE; /* "" is in every text */
    }
    return words_in(text, words, NULL, "any_of");
}

/* where_any(text, words) -> [int]: every place where one of the strings (none empty) begins,
 * in text order, each once: the only places a regex alternating those words as literals
 * can match (landmarks.py tries its regex there instead of at every character). */
static PyObject *where_any(PyObject *self, PyObject *args) {
    PyObject *text, *words;
    if (!PyArg_ParseTuple(args, "UO!:where_any", &text, &PyTuple_Type, &words)) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    PyObject *done = words_in(text, words, out, "where_any");
    if (done == NULL) {
        Py_DECREF(out);
        return NULL;
    }
    Py_DECREF(done);
    return out;
}

/* ------------------------------------------------------------------ spaced words
 * spaced_words(text, words) -> [(start, end), ...]: each place where one of ``words`` (ASCII
 * letters, matched as written) stands right after a space and ends at a word boundary, in
 * text order: the type and feature words cues.unlisted reads ("the village of X", "the X
 * district", "Lake X"), found as its regex ``" (?:words)\b"`` finds them. The word after a
 * space is its whole run of word characters (\w), so it is a listed word or no site. A
 * table of the lengths of the words each letter opens turns most words away unread. */
#define SPACED_MAX 128 /* words */
#define SPACED_LEN 24  /* letters in a word */
typedef struct {
    char letters[SPACED_MAX][SPACED_LEN];
    Py_ssize_t lens[SPACED_MAX];
    unsigned char opens[128][SPACED_MAX]; /* first letter -> the words it opens */
    int n_opens[128];
    unsigned int sizes[128]; /* first letter -> bit n set when a word of n letters opens so */
} Spaced;

/* 1 when the word text[i:i+len] (its first letter c) is one of the listed words */
static int spaced_listed(const Spaced *sp, const Text *t, Py_ssize_t i, Py_UCS4 c, Py_ssize_t len) {
    for (int b = 0; b < sp->n_opens[c]; b++) {
        int k = sp->opens[c][b];
        if (sp->lens[k] != len) continue;
        Py_ssize_t j = 1;
        while (j < len && CH(t, i + j) == (Py_UCS4)(unsigned char)sp->letters[k][j]) j++;
        if (j == len) return 1;
    }
    return 0;
}

/* \w of Python's re for each Latin-1 character, filled at import */
static unsigned char latin1_word[256];

/* Fills ``sp`` from the tuple ``words``; -1 with an exception when a word is no short run of
 * ASCII letters. */
static int spaced_table(Spaced *sp, PyObject *words) {
    Py_ssize_t count = PyTuple_GET_SIZE(words);
    if (count > SPACED_MAX) {
        PyErr_SetString(PyExc_ValueError, "spaced_words: too many words");
        return -1;
    }
    memset(sp->n_opens, 0, sizeof sp->n_opens);
    memset(sp->sizes, 0, sizeof sp->sizes);
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *w = PyTuple_GET_ITEM(words, k);
        if (!PyUnicode_Check(w) || !PyUnicode_IS_ASCII(w) || PyUnicode_GET_LENGTH(w) == 0 ||
            PyUnicode_GET_LENGTH(w) > SPACED_LEN) {
            PyErr_SetString(PyExc_ValueError, "spaced_words: words are short ASCII strings");
            return -1;
        }
        Py_ssize_t len = sp->lens[k] = PyUnicode_GET_LENGTH(w);
        memcpy(sp->letters[k], PyUnicode_1BYTE_DATA(w), (size_t)len);
        for (Py_ssize_t j = 0; j < len; j++) {
            char c = sp->letters[k][j];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                PyErr_SetString(PyExc_ValueError, "spaced_words: words are letters only");
                return -1;
            }
        }
        unsigned char first = (unsigned char)sp->letters[k][0];
        sp->opens[first][sp->n_opens[first]++] = (unsigned char)k;
        sp->sizes[first] |= 1u << len;
    }
    return 0;
}

static PyObject *spaced_words(PyObject *self, PyObject *args) {
    PyObject *text, *words;
    if (!PyArg_ParseTuple(args, "UO!:spaced_words", &text, &PyTuple_Type, &words)) return NULL;
    /* the table of the last words asked for (the GIL is held throughout): cues.py asks with
     * one tuple every time, and building the table cost as much as reading a text */
    static Spaced sp;
    static PyObject *sp_words = NULL;
    if (words != sp_words && spaced_table(&sp, words) < 0) return NULL;
    if (words != sp_words) {
        Py_XSETREF(sp_words, Py_NewRef(words));
    }
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    const Py_UCS1 *d = t.kind == PyUnicode_1BYTE_KIND ? t.data : NULL;
    const Py_UCS2 *d2 = t.kind == PyUnicode_2BYTE_KIND ? t.data : NULL;
    for (Py_ssize_t i = 0; i + 1 < t.n; i++) {
        Py_ssize_t e = i + 2; /* past the word after the space, its first letter c */
        Py_UCS4 c;
        if (d != NULL) { /* most texts: one byte a character, read by table */
            if (d[i] != ' ' || (c = d[i + 1]) >= 128 || !sp.sizes[c]) continue;
            while (e < t.n && latin1_word[d[e]]) e++;
        } else if (d2 != NULL) { /* curly quotes and dashes: two bytes a character */
            if (d2[i] != ' ' || (c = d2[i + 1]) >= 128 || !sp.sizes[c]) continue;
            while (e < t.n && (d2[e] < 256 ? latin1_word[d2[e]] : is_word_char(d2[e]))) e++;
        } else {
            if (CH(&t, i) != ' ' || (c = CH(&t, i + 1)) >= 128 || !sp.sizes[c]) continue;
            while (e < t.n && is_word_char(CH(&t, e))) e++;
        }
        Py_ssize_t len = e - i - 1;
        if (len < SPACED_LEN + 1 && (sp.sizes[c] >> len & 1) && spaced_listed(&sp, &t, i + 1, c, len)) {
            PyObject *none[1] = {NULL};
            if (append_new(out, span_tuple(2, i + 1, e, none)) < 0) {
                Py_DECREF(out);
                return NULL;
            }
        }
        i = e - 1; /* the word holds no space: go on after it */
    }
    return out;
}

/* ------------------------------------------------------------------ sentences
 * sentences(text) -> [(start, stop), ...]: names.sentences(text) as a list, read in one pass
 * over the characters instead of a regex tried at every one of them (its second branch,
 * "\n\s*\n", has no first character to skip ahead by). The same rules, in the same order:
 * a sentence ends at ".", "!" or "?" (and a closing quote or bracket) before whitespace and
 * an opening capital or digit, or at a blank line; an abbreviation ending the chunk
 * ("U.S.", "Mr.", "Sept.") ends none; each span is trimmed of whitespace. */
static inline int is_closer(Py_UCS4 c) { return c == '"' || c == 0x201D || c == 0x2019 || c == ')'; }
static inline int is_opener(Py_UCS4 c) { return c == '"' || c == 0x201C || c == 0x2018 || c == '('; }

/* The end of _SENTENCE_END's match at i, or -1 when none starts there. */
static Py_ssize_t sentence_end_at(const Text *t, Py_ssize_t i) {
    Py_UCS4 c = CH(t, i);
    if (c == '.' || c == '!' || c == '?') {
        Py_ssize_t end = i + 1; /* [.!?][closer]?(?=\s+[opener]?[A-Z0-9]) */
        if (end < t->n && is_closer(CH(t, end))) end++;
        Py_ssize_t k = end;
        while (k < t->n && Py_UNICODE_ISSPACE(CH(t, k))) k++;
        if (k == end || k >= t->n) return -1;
        Py_UCS4 d = CH(t, k);
        if (is_opener(d) && k + 1 < t->n) d = CH(t, k + 1);
        return (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9') ? end : -1;
    }
    if (c == '\n') { /* \n\s*\n: to the last line break of the whitespace after it */
        Py_ssize_t last = -1;
        for (Py_ssize_t k = i + 1; k < t->n && Py_UNICODE_ISSPACE(CH(t, k)); k++)
            if (CH(t, k) == '\n') last = k;
        return last < 0 ? -1 : last + 1;
    }
    return -1;
}

static inline int word_before(const Text *t, Py_ssize_t s) { /* \w right before s */
    return s > 0 && is_word_char(CH(t, s - 1));
}

/* names._ABBREV_END searched in text[lo:stop] (text[stop - 1] is no whitespace): 1 or 0.
 * `words` is the tuple of abbreviations.abbreviations() (ASCII str, no dot): the data file's
 * words, so the C and the regex read one list. */
static int abbreviation_end(const Text *t, Py_ssize_t lo, Py_ssize_t stop, PyObject *words) {
    if (stop <= lo) return 0;
    Py_ssize_t q = stop; /* where the abbreviation's last dot ends */
    if (CH(t, stop - 1) != '.') {
        if (!is_closer(CH(t, stop - 1))) return 0;
        q = stop - 1;
        if (q <= lo || CH(t, q - 1) != '.') return 0;
    }
    /* \b(?:[A-Za-z]\.){2,}: two or more letter-dot pairs ending at q */
    for (Py_ssize_t k = 1;; k++) {
        Py_ssize_t s = q - 2 * k;
        if (s < lo) break;
        Py_UCS4 letter = CH(t, s);
        if (CH(t, s + 1) != '.' || !((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')))
            break;
        if (k >= 2 && !word_before(t, s)) return 1;
    }
    /* \b(?:Mr|Mrs|...)\. */
    for (Py_ssize_t k = 0, n = PyTuple_GET_SIZE(words); k < n; k++) {
        Py_ssize_t len;
        const char *w = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(words, k), &len);
        Py_ssize_t s = q - 1 - len;
        if (w == NULL || s < lo || !starts_with(t, s, w, len) || word_before(t, s)) continue;
        return 1;
    }
    return 0;
}

/* names._CLOCK_END ("a.m." or "p.m.", and a closer, ending at stop; no \w or "." before). */
static int clock_end(const Text *t, Py_ssize_t stop) {
    Py_ssize_t q = stop > 0 && is_closer(CH(t, stop - 1)) ? stop - 1 : stop;
    if (q < 4 || CH(t, q - 1) != '.' || CH(t, q - 2) != 'm' || CH(t, q - 3) != '.') return 0;
    if (CH(t, q - 4) != 'a' && CH(t, q - 4) != 'p') return 0;
    return q == 4 || (!is_word_char(CH(t, q - 5)) && CH(t, q - 5) != '.');
}

/* the word at k is `word` followed by no \w */
static int ascii_word_at(const Text *t, Py_ssize_t k, const char *word) {
    Py_ssize_t len = (Py_ssize_t)strlen(word);
    return starts_with(t, k, word, len) && (k + len >= t->n || !is_word_char(CH(t, k + len)));
}

static int ascii_upper(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static int ascii_lower(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }

/* names._CLOCK_GOES_ON at k, past its whitespace and opening quote: a zone, a day (not
 * "Tuesday's"), a month before a figure, or one to three capitalised words before "time". */
static int clock_goes_on(const Text *t, Py_ssize_t k) {
    static const char *const zones[] = {
        "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT",
        "HST", "AST", "ADT", "NST", "NDT", "ET", "CT", "MT", "PT", "BST", "CET", "CEST", "EET",
        "EEST", "WET", "IST", "PKT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST",
        "NZST", "NZDT", "MSK", "WIB", "EAT", "WAT", "CAT", "SAST", "ICT", "PHT", "GST", "IRST",
        "AFT", "NPT", NULL};
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday", NULL};
    static const char *const months[] = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", NULL};
    for (const char *const *w = zones; *w; w++)
        if (ascii_word_at(t, k, *w)) return 1;
    for (const char *const *w = days; *w; w++) {
        Py_ssize_t e = k + (Py_ssize_t)strlen(*w);
        if (ascii_word_at(t, k, *w) && !(e < t->n && (CH(t, e) == '\'' || CH(t, e) == 0x2019))) return 1;
    }
    for (const char *const *w = months; *w; w++) { /* the alternatives in order, as re tries them */
        Py_ssize_t e = k + (Py_ssize_t)strlen(*w);
        if (!starts_with(t, k, *w, e - k)) continue;
        if (e < t->n && CH(t, e) == '.') e++;
        if (e + 1 < t->n && Py_UNICODE_ISSPACE(CH(t, e)) && CH(t, e + 1) >= '0' && CH(t, e + 1) <= '9')
            return 1;
    }
    /* (?:[A-Z][a-z]+\s){1,3}[Tt]ime\b */
    Py_ssize_t p = k;
    for (int words = 0; words < 3; words++) {
        if (p >= t->n || !ascii_upper(CH(t, p))) return 0;
        Py_ssize_t e = p + 1;
        while (e < t->n && ascii_lower(CH(t, e))) e++;
        if (e == p + 1 || e >= t->n || !Py_UNICODE_ISSPACE(CH(t, e))) return 0;
        p = e + 1;
        if (p < t->n && (CH(t, p) == 'T' || CH(t, p) == 't') && ascii_word_at(t, p + 1, "ime")) return 1;
    }
    return 0;
}

/* names._clock_then_sentence: whitespace, an opening quote perhaps, and a capital that opens
 * no zone, day, date or named time. */
static int clock_then_sentence(const Text *t, Py_ssize_t stop) {
    Py_ssize_t k = stop;
    while (k < t->n && Py_UNICODE_ISSPACE(CH(t, k))) k++;
    if (k == stop) return 0;
    if (k < t->n && CH(t, k) != '(' && is_opener(CH(t, k))) k++;
    if (k >= t->n || !ascii_upper(CH(t, k))) return 0;
    return !clock_goes_on(t, k);
}

static int append_span(PyObject *out, Py_ssize_t start, Py_ssize_t stop) {
    PyObject *none[1] = {NULL};
    return append_new(out, span_tuple(2, start, stop, none));
}

static PyObject *sentences(PyObject *self, PyObject *args) {
    PyObject *text, *words;
    Py_ssize_t reach;
    if (!PyArg_ParseTuple(args, "UO!n:sentences", &text, &PyTuple_Type, &words, &reach)) return NULL;
    Text t = {PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text)};
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    const Py_UCS1 *d = t.kind == PyUnicode_1BYTE_KIND ? t.data : NULL;
    const Py_UCS2 *d2 = t.kind == PyUnicode_2BYTE_KIND ? t.data : NULL;
    Py_ssize_t start = 0, i = 0;
    while (i < t.n) { /* skip to the next candidate in a tight loop */
        if (d != NULL) {
            while (i < t.n && d[i] != '.' && d[i] != '!' && d[i] != '?' && d[i] != '\n') i++;
        } else if (d2 != NULL) {
            while (i < t.n && d2[i] != '.' && d2[i] != '!' && d2[i] != '?' && d2[i] != '\n') i++;
        }
        if (i >= t.n) break;
        Py_ssize_t end = sentence_end_at(&t, i);
        if (end < 0) {
            i++;
            continue;
        }
        i = end;
        Py_ssize_t stop = end;
        while (stop > start && Py_UNICODE_ISSPACE(CH(&t, stop - 1))) stop--;
        Py_ssize_t lo = stop - reach > start ? stop - reach : start; /* names._ABBREV_REACH */
        if (abbreviation_end(&t, lo, stop, words) && !(clock_end(&t, stop) && clock_then_sentence(&t, stop)))
            continue;
        Py_ssize_t first = start;
        while (first < stop && Py_UNICODE_ISSPACE(CH(&t, first))) first++;
        if (first < stop && append_span(out, first, stop) < 0) goto fail;
        start = end;
    }
    Py_ssize_t first = start, stop = t.n;
    while (first < stop && Py_UNICODE_ISSPACE(CH(&t, first))) first++;
    while (stop > first && Py_UNICODE_ISSPACE(CH(&t, stop - 1))) stop--;
    if (first < stop && append_span(out, first, stop) < 0) goto fail;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"any_of", any_of, METH_VARARGS, "any_of(text, words) -> bool; see runs.py"},
    {"where_any", where_any, METH_VARARGS, "where_any(text, words) -> [int]; see runs.py"},
    {"sentences", sentences, METH_VARARGS,
     "sentences(text, words, reach) -> [(start, stop)]; see names.py"},
    {"spaced_words", spaced_words, METH_VARARGS,
     "spaced_words(text, words) -> [(start, end)]; see cues.py"},
    {"locative", locative, METH_VARARGS, "locative(text, start) -> 1, 0 or -1; see recognise.py"},
    {"scan", scan, METH_VARARGS, "scan(text, tables) -> (hits, demonyms); see runs.py"},
    {"plain", plain, METH_VARARGS, "plain(text, hits, words) -> bytes; see recognise.py"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_runs", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__runs(void) {
    for (int c = 0; c < 256; c++) latin1_word[c] = (unsigned char)is_word_char((Py_UCS4)c);
    return PyModule_Create(&module);
}
