package mx.gob.cdmx.mpi.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import mx.gob.cdmx.mpi.io.YamlTree.Entry;
import mx.gob.cdmx.mpi.io.YamlTree.ListNode;
import mx.gob.cdmx.mpi.io.YamlTree.MapNode;
import mx.gob.cdmx.mpi.io.YamlTree.Node;
import mx.gob.cdmx.mpi.io.YamlTree.Pos;
import mx.gob.cdmx.mpi.io.YamlTree.ScalarNode;

/**
 * A fast reader for the plain subset of YAML that plans are written in: block mappings with word
 * keys, block sequences, one-line flow lists and maps, one-line quoted scalars, plain scalars that
 * are words, whole or decimal numbers, {@code null}, {@code true} or {@code false}, and comments.
 * It builds exactly the tree the full parser (SnakeYAML through Jackson) builds, with the same
 * positions, and gives up, returning null, at the first thing outside that subset (a syntax error,
 * a duplicate key, an anchor, a tag, a block scalar, a multi-line value, a tab, a YAML 1.1 word
 * such as {@code yes}, an octal number…); the full parser then reads the text and gives its
 * messages. The full parser reads a few MB per second, this one a few dozen (docs/rendimiento.md).
 */
final class FastYaml {

  /** Thrown to give the text to the full parser; carries no stack trace. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Nesting deeper than this goes to the full parser, which has its own depth limit. */
  private static final int MAX_DEPTH = 40;

  /** Plain words that YAML 1.1 reads as booleans or null, in lower case; left to the parser. */
  private static final Set<String> SPECIAL_WORDS =
      Set.of("yes", "no", "on", "off", "y", "n", "true", "false", "null");

  /** Characters that end or complicate a plain scalar in a flow collection; left to the parser. */
  private static final String FLOW_STOPS = ":#[]{}?\"'&*!|>%@`";

  /** Short texts already made (keys, variable names, units, numbers), shared, not repeated. */
  private static final int CACHE_SLOTS = 4096;

  private static final int CACHED_LENGTH = 24;

  private final String s;
  private final int n;
  private final String[] cache = new String[CACHE_SLOTS];

  /** The current content line: its start index, 1-based number, indentation and end index. */
  private int cur;

  private int curLine;
  private int curIndent;
  private int curEnd;
  private int depth;

  private FastYaml(String text) {
    this.s = text;
    this.n = text.length();
  }

  /** The tree of {@code text}, or null when the full parser must read it. */
  static Node parse(String text) {
    if (!plainCharacters(text)) {
      return null;
    }
    FastYaml f = new FastYaml(text);
    try {
      f.advance(0, 1);
      if (f.cur == f.n || f.curIndent != 0) {
        return null;
      }
      Node root = f.mapping(0, f.cur);
      return f.cur == f.n ? root : null;
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * True when every character is one SnakeYAML reads as itself: no tab, carriage return or other
   * control character, no surrogate (columns would count differently), no YAML 1.1 line break.
   */
  private static boolean plainCharacters(String text) {
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x7F && !ordinary(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean ordinary(char c) {
    return c >= 0xA0
        && c != 0x2028
        && c != 0x2029
        && (c < 0xD800 || c > 0xDFFF)
        && c != 0xFEFF
        && c < 0xFFFE;
  }

  private static Unsupported unsupported() {
    return new Unsupported();
  }

  // ---------------------------------------------------------------- lines

  /** Moves to the first line from index {@code from} (line {@code line}) that is not blank. */
  private void advance(int from, int line) {
    int i = from;
    int ln = line;
    while (i < n) {
      int end = s.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      int j = i;
      while (j < end && s.charAt(j) == ' ') {
        j++;
      }
      if (j < end && s.charAt(j) != '#') {
        cur = i;
        curLine = ln;
        curIndent = j - i;
        curEnd = end;
        return;
      }
      i = end + 1;
      ln++;
    }
    cur = n;
    curLine = ln;
    curIndent = -1;
    curEnd = n;
  }

  private void nextLine() {
    advance(curEnd + 1, curLine + 1);
  }

  private Pos pos(int index) {
    return new Pos(curLine, index - cur + 1);
  }

  /** {@code s.substring(from, to)}, the same instance each time for a short text. */
  private String text(int from, int to) {
    if (to - from > CACHED_LENGTH) {
      return s.substring(from, to);
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    int slot = (h ^ (h >>> 12)) & (CACHE_SLOTS - 1);
    String c = cache[slot];
    if (c != null && c.length() == to - from && s.regionMatches(from, c, 0, to - from)) {
      return c;
    }
    c = s.substring(from, to);
    cache[slot] = c;
    return c;
  }

  private int skipSpaces(int i, int end) {
    int j = i;
    while (j < end && s.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  // ---------------------------------------------------------------- block collections

  /** A block mapping whose keys are at column {@code keyCol}; the first key is at {@code first}. */
  private MapNode mapping(int keyCol, int first) {
    enter();
    EntryMap entries = new EntryMap();
    Pos p = pos(first);
    int k = first;
    while (true) {
      entry(entries, keyCol, k);
      if (cur == n || curIndent < keyCol) {
        break;
      }
      if (curIndent > keyCol) {
        throw unsupported();
      }
      k = cur + keyCol;
    }
    depth--;
    return new MapNode(entries, p);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw unsupported();
    }
  }

  /** One {@code key: value} of a block mapping, the key at index {@code k} of the current line. */
  private void entry(EntryMap entries, int keyCol, int k) {
    int colon = keyEnd(k, curEnd);
    if (colon < 0) {
      throw unsupported();
    }
    String key = text(k, colon);
    if (entries.containsKey(key) || SPECIAL_WORDS.contains(key.toLowerCase(Locale.ROOT))) {
      throw unsupported();
    }
    Pos keyPos = pos(k);
    int v = skipSpaces(colon + 1, curEnd);
    Node value;
    if (v == curEnd || s.charAt(v) == '#') {
      value = blockValue(keyCol, new Pos(curLine, colon - cur + 2));
    } else {
      value = inline(v, keyCol);
    }
    entries.add(new Entry(key, keyPos, value));
  }

  /**
   * The end of a word key starting at {@code k} (the index of its colon, which a space or the end
   * of the line follows), or -1 when there is no such key there.
   */
  private int keyEnd(int k, int end) {
    if (k >= end || !keyStart(s.charAt(k))) {
      return -1;
    }
    int e = k + 1;
    while (e < end && keyPart(s.charAt(e))) {
      e++;
    }
    if (e >= end || s.charAt(e) != ':' || (e + 1 < end && s.charAt(e + 1) != ' ')) {
      return -1;
    }
    return e;
  }

  private static boolean keyStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean keyPart(char c) {
    return keyStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * The value of a key with nothing after its colon: a nested block on the next lines, or an empty
   * value (null) placed, as SnakeYAML places it, just after the colon.
   */
  private Node blockValue(int keyCol, Pos empty) {
    nextLine();
    if (cur == n || curIndent <= keyCol) {
      if (cur < n && curIndent == keyCol && s.charAt(cur + keyCol) == '-') {
        throw unsupported(); // a sequence not indented under its key
      }
      return new ScalarNode("", JsonToken.VALUE_STRING, empty); // as Jackson gives it
    }
    int first = cur + curIndent;
    if (s.charAt(first) == '-') {
      return sequence(curIndent);
    }
    return mapping(curIndent, first);
  }

  /** A block sequence whose dashes are at column {@code dashCol} of the current line and on. */
  private ListNode sequence(int dashCol) {
    enter();
    Pos p = pos(cur + dashCol);
    List<Node> items = new ArrayList<>();
    while (true) {
      int d = cur + dashCol;
      if (s.charAt(d) != '-' || d + 1 >= curEnd || s.charAt(d + 1) != ' ') {
        throw unsupported();
      }
      int v = skipSpaces(d + 1, curEnd);
      if (v == curEnd || s.charAt(v) == '#') {
        throw unsupported(); // the item's value on the next lines
      }
      items.add(keyEnd(v, curEnd) >= 0 ? mapping(v - cur, v) : inline(v, dashCol));
      if (cur == n || curIndent < dashCol) {
        break;
      }
      if (curIndent > dashCol) {
        throw unsupported();
      }
    }
    depth--;
    return new ListNode(items, p);
  }

  // ---------------------------------------------------------------- values on one line

  /**
   * A value that starts at {@code v} and ends on its line (a scalar or a flow collection), then a
   * comment at most; the next line must not be indented past {@code parentCol} (that would continue
   * the value).
   */
  private Node inline(int v, int parentCol) {
    int[] end = new int[1];
    Node node;
    char c = s.charAt(v);
    if (c == '"') {
      node = doubleQuoted(v, end);
    } else if (c == '\'') {
      node = singleQuoted(v, end);
    } else if (c == '[') {
      node = flowList(v, end);
    } else if (c == '{') {
      node = flowMap(v, end);
    } else {
      node = plainBlock(v, end);
    }
    int after = skipSpaces(end[0], curEnd);
    if (after < curEnd && (s.charAt(after) != '#' || after == end[0])) {
      throw unsupported();
    }
    nextLine();
    if (cur < n && curIndent > parentCol) {
      throw unsupported();
    }
    return node;
  }

  /** A plain scalar in a block: to the end of the line or a comment. */
  private Node plainBlock(int v, int[] end) {
    int e = v;
    while (e < curEnd) {
      char c = s.charAt(e);
      if (c == ':' && (e + 1 == curEnd || s.charAt(e + 1) == ' ')) {
        throw unsupported();
      }
      if (c == '#' && e > v && s.charAt(e - 1) == ' ') {
        break;
      }
      e++;
    }
    while (e > v && s.charAt(e - 1) == ' ') {
      e--;
    }
    end[0] = e;
    return plain(v, e);
  }

  /**
   * A plain scalar, typed as Jackson types it: whole and decimal numbers, {@code null}, {@code
   * true}, {@code false}, or text that starts with a letter; anything else is left to the parser.
   */
  private ScalarNode plain(int from, int to) {
    String text = text(from, to);
    Pos p = pos(from);
    switch (text) {
      case "null", "Null", "NULL", "~" -> {
        return new ScalarNode(null, JsonToken.VALUE_NULL, p);
      }
      case "true" -> {
        return new ScalarNode(text, JsonToken.VALUE_TRUE, p);
      }
      case "false" -> {
        return new ScalarNode(text, JsonToken.VALUE_FALSE, p);
      }
      default -> {
        // below
      }
    }
    JsonToken number = number(text);
    if (number != null) {
      return new ScalarNode(text, number, p);
    }
    if (!Character.isLetter(text.charAt(0))
        || SPECIAL_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
      throw unsupported();
    }
    return new ScalarNode(text, JsonToken.VALUE_STRING, p);
  }

  /** INT for {@code -?(0|[1-9][0-9]*)}, FLOAT for that and {@code .[0-9]+}, else null. */
  private static JsonToken number(String t) {
    int i = t.startsWith("-") ? 1 : 0;
    int digits = i;
    while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == i || (t.charAt(i) == '0' && digits > i + 1)) {
      return null;
    }
    if (digits == t.length()) {
      return JsonToken.VALUE_NUMBER_INT;
    }
    if (t.charAt(digits) != '.' || digits + 1 == t.length()) {
      return null;
    }
    for (int j = digits + 1; j < t.length(); j++) {
      if (t.charAt(j) < '0' || t.charAt(j) > '9') {
        return null;
      }
    }
    return JsonToken.VALUE_NUMBER_FLOAT;
  }

  /** A double-quoted scalar closed on its line, with the common escapes only. */
  private ScalarNode doubleQuoted(int v, int[] end) {
    StringBuilder b = new StringBuilder();
    int i = v + 1;
    while (true) {
      if (i >= curEnd) {
        throw unsupported();
      }
      char c = s.charAt(i);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        i = escape(i, b);
      } else {
        b.append(c);
        i++;
      }
    }
    end[0] = i + 1;
    return new ScalarNode(b.toString(), JsonToken.VALUE_STRING, pos(v));
  }

  /** Appends the escape at {@code i} (its backslash) to {@code b}; returns the index after it. */
  private int escape(int i, StringBuilder b) {
    if (i + 1 >= curEnd) {
      throw unsupported();
    }
    char e = s.charAt(i + 1);
    switch (e) {
      case 'n' -> b.append('\n');
      case 't' -> b.append('\t');
      case '"', '\\' -> b.append(e);
      case 'u' -> {
        if (i + 6 > curEnd) {
          throw unsupported();
        }
        int code = 0;
        for (int j = i + 2; j < i + 6; j++) {
          int d = Character.digit(s.charAt(j), 16);
          if (d < 0) {
            throw unsupported();
          }
          code = code * 16 + d;
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
          throw unsupported();
        }
        b.append((char) code);
        return i + 6;
      }
      default -> throw unsupported();
    }
    return i + 2;
  }

  /** A single-quoted scalar closed on its line; {@code ''} is one quote. */
  private ScalarNode singleQuoted(int v, int[] end) {
    StringBuilder b = new StringBuilder();
    int i = v + 1;
    while (true) {
      if (i >= curEnd) {
        throw unsupported();
      }
      char c = s.charAt(i);
      if (c == '\'') {
        if (i + 1 < curEnd && s.charAt(i + 1) == '\'') {
          b.append('\'');
          i += 2;
          continue;
        }
        break;
      }
      b.append(c);
      i++;
    }
    end[0] = i + 1;
    return new ScalarNode(b.toString(), JsonToken.VALUE_STRING, pos(v));
  }

  // ---------------------------------------------------------------- flow collections

  /** {@code [a, b, …]} on one line, of scalars. */
  private ListNode flowList(int v, int[] end) {
    List<Node> items = new ArrayList<>();
    int i = skipSpaces(v + 1, curEnd);
    if (i < curEnd && s.charAt(i) == ']') {
      end[0] = i + 1;
      return new ListNode(items, pos(v));
    }
    while (true) {
      int[] after = new int[1];
      items.add(flowScalar(i, after, ']'));
      i = skipSpaces(after[0], curEnd);
      if (i < curEnd && s.charAt(i) == ']') {
        end[0] = i + 1;
        return new ListNode(items, pos(v));
      }
      if (i >= curEnd || s.charAt(i) != ',') {
        throw unsupported();
      }
      i = skipSpaces(i + 1, curEnd);
    }
  }

  /** {@code {key: value, …}} on one line, word keys and scalar values. */
  private MapNode flowMap(int v, int[] end) {
    EntryMap entries = new EntryMap();
    int i = skipSpaces(v + 1, curEnd);
    if (i < curEnd && s.charAt(i) == '}') {
      end[0] = i + 1;
      return new MapNode(entries, pos(v));
    }
    while (true) {
      int colon = keyEnd(i, curEnd);
      if (colon < 0 || colon + 1 >= curEnd) {
        throw unsupported();
      }
      String key = text(i, colon);
      if (entries.containsKey(key) || SPECIAL_WORDS.contains(key.toLowerCase(Locale.ROOT))) {
        throw unsupported();
      }
      int[] after = new int[1];
      Node value = flowScalar(skipSpaces(colon + 1, curEnd), after, '}');
      entries.add(new Entry(key, pos(i), value));
      i = skipSpaces(after[0], curEnd);
      if (i < curEnd && s.charAt(i) == '}') {
        end[0] = i + 1;
        return new MapNode(entries, pos(v));
      }
      if (i >= curEnd || s.charAt(i) != ',') {
        throw unsupported();
      }
      i = skipSpaces(i + 1, curEnd);
    }
  }

  /**
   * A scalar inside a flow collection closed by {@code close}: quoted, or plain up to , or close.
   */
  private ScalarNode flowScalar(int i, int[] after, char close) {
    if (i >= curEnd) {
      throw unsupported();
    }
    char c = s.charAt(i);
    if (c == '"') {
      return doubleQuoted(i, after);
    }
    if (c == '\'') {
      return singleQuoted(i, after);
    }
    int e = i;
    while (e < curEnd && s.charAt(e) != ',' && s.charAt(e) != close) {
      char x = s.charAt(e);
      if (FLOW_STOPS.indexOf(x) >= 0) {
        throw unsupported();
      }
      e++;
    }
    after[0] = e;
    while (e > i && s.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == i) {
      throw unsupported();
    }
    return plain(i, e);
  }

  /**
   * The entries of a mapping in an array, in order: a national plan has hundreds of thousands of
   * small mappings (one per variable), and a hash map for each costs several times the memory.
   * Read-only once built; lookups compare keys one by one (a mapping has a dozen keys at most).
   */
  static final class EntryMap extends AbstractMap<String, YamlTree.Entry> {
    private YamlTree.Entry[] items = new YamlTree.Entry[4];
    private int size;

    void add(YamlTree.Entry e) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = e;
    }

    private YamlTree.Entry find(Object key) {
      for (int i = 0; i < size; i++) {
        if (items[i].key().equals(key)) {
          return items[i];
        }
      }
      return null;
    }

    @Override
    public YamlTree.Entry get(Object key) {
      return find(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return find(key) != null;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Set<Map.Entry<String, YamlTree.Entry>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, YamlTree.Entry>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < size;
            }

            @Override
            public Map.Entry<String, YamlTree.Entry> next() {
              if (next >= size) {
                throw new NoSuchElementException();
              }
              YamlTree.Entry e = items[next++];
              return new SimpleImmutableEntry<>(e.key(), e);
            }
          };
        }

        @Override
        public int size() {
          return size;
        }
      };
    }
  }
}
