/* The C twin of dashboard/export.py:props_parts_python. Same contract, same output.
 *
 * Why C: the Python checks are about ten scans of a stored record's text (substring finds
 * and counts, ~1 KB each), and at 1M events they were the largest part of a GeoJSON
 * export's CPU (~9 of ~18 us a row on the shared 2-core host). Here one walk from quote to
 * quote makes them all. export.py documents the rules; the tests hold the two
 * implementations equal on generated text, so change them together.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h> /* first: its pyconfig.h sets _GNU_SOURCE, which memmem needs */
#include <string.h>

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

#define CH(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))
#define LIT(s) (s), ((Py_ssize_t)(sizeof(s) - 1))

/* does the ASCII needle p (m characters) start at i? */
static int starts(const Text *t, Py_ssize_t i, const char *p, Py_ssize_t m) {
    if (i < 0 || i + m > t->n) return 0;
    if (t->kind == PyUnicode_1BYTE_KIND)
        return memcmp((const char *)t->data + i, p, (size_t)m) == 0;
    for (Py_ssize_t k = 0; k < m; k++)
        if (CH(t, i + k) != (Py_UCS4)(unsigned char)p[k]) return 0;
    return 1;
}

/* str.find(p, lo, hi): the first i in [lo, hi - m] where p starts, else -1 */
static Py_ssize_t find(const Text *t, const char *p, Py_ssize_t m, Py_ssize_t lo, Py_ssize_t hi) {
    if (hi > t->n) hi = t->n;
    if (lo < 0) lo = 0;
    if (hi - lo < m) return -1;
    if (t->kind == PyUnicode_1BYTE_KIND) {
        const char *base = (const char *)t->data;
        const char *at = memmem(base + lo, (size_t)(hi - lo), p, (size_t)m);
        return at ? (Py_ssize_t)(at - base) : -1;
    }
    Py_UCS4 first = (Py_UCS4)(unsigned char)p[0];
    for (Py_ssize_t i = lo; i + m <= hi; i++)
        if (CH(t, i) == first && starts(t, i, p, m)) return i;
    return -1;
}

/* str.count(p, lo): non-overlapping occurrences from lo */
static Py_ssize_t count(const Text *t, const char *p, Py_ssize_t m, Py_ssize_t lo, Py_ssize_t hi) {
    Py_ssize_t n = 0, at = find(t, p, m, lo, hi);
    while (at >= 0) {
        n++;
        at = find(t, p, m, at + m, hi);
    }
    return n;
}

/* the next '"' at or after i, else -1 */
static Py_ssize_t next_quote(const Text *t, Py_ssize_t i) {
    if (i >= t->n) return -1;
    if (t->kind == PyUnicode_1BYTE_KIND) {
        const char *base = (const char *)t->data;
        const char *at = memchr(base + i, '"', (size_t)(t->n - i));
        return at ? (Py_ssize_t)(at - base) : -1;
    }
    for (; i < t->n; i++)
        if (CH(t, i) == '"') return i;
    return -1;
}

/* "\\u" in the text: a backslash first (memchr), as the Python checks do; most records have none */
static int has_escape_u(const Text *t) {
    if (t->kind == PyUnicode_1BYTE_KIND) {
        const char *d = t->data, *at = d, *stop = d + t->n;
        while ((at = memchr(at, '\\', (size_t)(stop - at))) != NULL) {
            if (at + 1 < stop && at[1] == 'u') return 1;
            at++;
        }
        return 0;
    }
    return find(t, LIT("\\u"), 0, t->n) >= 0;
}

/* the value after a '"geo_precision": ' ending at k is a number (an optional '-', then
 * str.isdecimal digits) or null, then ', "country_code": ' (export._place_precisions) */
static int place_precision_ok(const Text *t, Py_ssize_t k) {
    if (starts(t, k, LIT("null"))) {
        k += 4;
    } else {
        k += starts(t, k, LIT("-"));
        Py_ssize_t digits = k;
        while (k < t->n && Py_UNICODE_ISDECIMAL(CH(t, k))) k++;
        if (k == digits) return 0;
    }
    return starts(t, k, LIT(", \"country_code\": "));
}

/* export.props_parts_python's checks: where the record's location member starts (its text
 * before it is the first part), or -1 when the record is not spliced; *end_out is where its
 * places start. Every key those checks look for starts with a quote ('"location_name": ')
 * or has one two characters in (', "location": '), so one walk from quote to quote sees
 * each of their occurrences, in text order, and the checks are made as they come:
 * - a key ``feature`` sets ('"location_name": ', '"event_date": ', '"happening_id": '): no;
 * - ', "location": ' once (at), and no '"geo_precision": ' wholly before it;
 * - end: the first ', "places": ' at or after at + 14 (after a null location, at once);
 * - from end, each '"geo_precision": ' laid out as a place record's, as many as
 *   '"geonameid": ' (between the location and end the location's own are not counted). */
static Py_ssize_t location_at(const Text *t, Py_ssize_t *end_out) {
    if (!starts(t, 0, LIT("{\"id\": ")) || CH(t, t->n - 1) != '}') return -1;
    if (has_escape_u(t)) return -1;
    Py_ssize_t at = -1, end = -1, first_gp = -1, precisions = 0, geonameids = 0;
    for (Py_ssize_t q = next_quote(t, 0); q >= 0; q = next_quote(t, q + 1)) {
        switch (q + 1 < t->n ? CH(t, q + 1) : 0) {
        case 'l':
            if (starts(t, q, LIT("\"location_name\": "))) return -1;
            if (starts(t, q - 2, LIT(", \"location\": "))) {
                if (at >= 0) return -1;
                at = q - 2;
            }
            break;
        case 'e':
            if (starts(t, q, LIT("\"event_date\": "))) return -1;
            break;
        case 'h':
            if (starts(t, q, LIT("\"happening_id\": "))) return -1;
            break;
        case 'p':
            if (at >= 0 && end < 0 && q - 2 >= at + 14 && starts(t, q - 2, LIT(", \"places\": ")))
                end = q - 2;
            break;
        case 'g':
            if (starts(t, q, LIT("\"geo_precision\": "))) {
                if (at < 0 && first_gp < 0) first_gp = q;
                if (end >= 0) {
                    if (!place_precision_ok(t, q + 17)) return -1;
                    precisions++;
                }
            } else if (end >= 0 && starts(t, q, LIT("\"geonameid\": "))) {
                geonameids++;
            }
            break;
        }
    }
    if (at < 0 || (first_gp >= 0 && first_gp + 17 <= at)) return -1;
    Py_ssize_t start = at + 14;
    if (starts(t, start, LIT("null"))) {
        if (end != start + 4) return -1;
    } else {
        if (end < 0 || CH(t, start) != '{' || CH(t, end - 1) != '}') return -1;
        if (count(t, LIT("{"), start, end) != 1 || count(t, LIT("}"), start, end) != 1) return -1;
    }
    if (precisions != geonameids) return -1;
    *end_out = end;
    return at;
}

static PyObject *props_parts(PyObject *self, PyObject *detail) {
    (void)self;
    if (!PyUnicode_CheckExact(detail)) Py_RETURN_NONE;
    Text t = {PyUnicode_KIND(detail), PyUnicode_DATA(detail), PyUnicode_GET_LENGTH(detail)};
    if (t.n == 0) Py_RETURN_NONE;
    Py_ssize_t end = 0, at = location_at(&t, &end);
    if (at < 0) Py_RETURN_NONE;
    PyObject *head = PyUnicode_Substring(detail, 0, at);
    PyObject *tail = head ? PyUnicode_Substring(detail, end, t.n - 1) : NULL;
    if (!tail) {
        Py_XDECREF(head);
        return NULL;
    }
    PyObject *out = PyTuple_Pack(2, head, tail);
    Py_DECREF(head);
    Py_DECREF(tail);
    return out;
}

static PyMethodDef methods[] = {
    {"props_parts", props_parts, METH_O,
     "props_parts(detail) -> (head, tail) | None: export.props_parts_python, in C."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "dashboard._export_splice",
    "The GeoJSON export's splice checks in C (export.props_parts_python's twin).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__export_splice(void) { return PyModule_Create(&module); }
