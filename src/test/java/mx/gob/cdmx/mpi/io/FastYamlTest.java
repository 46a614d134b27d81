package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.YamlTree.Entry;
import mx.gob.cdmx.mpi.io.YamlTree.ListNode;
import mx.gob.cdmx.mpi.io.YamlTree.MapNode;
import mx.gob.cdmx.mpi.io.YamlTree.Node;
import mx.gob.cdmx.mpi.io.YamlTree.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of plain YAML gives exactly the full parser's tree (keys in order, values, token
 * kinds, every line and column) or gives up: on every plan file of the project, on a text with
 * every construct it reads, on texts it must leave to the full parser, and on thousands of seeded
 * random edits of those texts (an edit that makes the text invalid YAML must make it give up).
 */
class FastYamlTest {

  /** Every construct of the subset, with the positions SnakeYAML gives them. */
  static final String SAMPLE =
      """
      # comentario
      id: plan-x   # comentario tras un valor
      vacio:
      otro_vacio:   # sólo comentario
      anio: 2025
      negativo: -3
      cero: 0
      decimal: 12.50
      nulo: null
      tilde: ~
      si: true
      no_es: false
      texto: "con \\"comillas\\", \\\\ barra, \\n salto, \\t tab y \\u00e9"
      simple: 'it''s'
      libre: Texto libre, con comas [y corchetes] y dos:puntos
      lista_vacia: []
      mapa_vacio: {}
      calendario: [25, 50.5, "75", 'cien', texto libre]
      variable: {nombre: realizadas, tipo: entero, agregacion: suma}
      anidado:
        a: 1

        # comentario con otra sangría
        b:
          - 1
          - "dos"
          - [3]
          - {x: 1}
          - clave: valor
            otra: 2
            lista:
              - z
          -   con_espacios: 1
      final: ñandú
      """;

  static Stream<String> projectYaml() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(Files.readString(Path.of("plan-2025.yaml")));
    try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    texts.add(SAMPLE);
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("projectYaml")
  void agreesWithTheFullParserOnEveryProjectFile(String text) {
    assertAgrees(text);
  }

  @Test
  void readsTheBuiltInPlanAndTheSampleItself() throws IOException {
    // Not giving up on these is the point: otherwise every plan load is the slow one again.
    assertThat(FastYaml.parse(Files.readString(Path.of("plan-2025.yaml")))).isNotNull();
    assertThat(FastYaml.parse(SAMPLE)).isNotNull();
    assertThat(FastYaml.parse(resource("/plan/minimal.yaml"))).isNotNull();
  }

  @Test
  void anEmptyValueIsPlacedJustAfterItsColonAsSnakeYamlPlacesIt() {
    Node root = FastYaml.parse("a:\nb: 1\n");
    assertThat(root).isInstanceOf(MapNode.class);
    Entry a = ((MapNode) root).entries().get("a");
    assertThat(a.value().pos()).isEqualTo(new YamlTree.Pos(1, 3));
    assertAgrees("a:\nb: 1\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a:\tb\n",
        "a: b\r\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: yes\n",
        "a: Off\n",
        "a: 007\n",
        "a: 0x1F\n",
        "a: 1e3\n",
        "a: 2025-01-01\n",
        "a: |\n  texto\n",
        "a: >\n  texto\n",
        "a: \"dos\n  líneas\"\n",
        "a: texto\n  que sigue\n",
        "a:\n- 1\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "- 1\n- 2\n",
        "---\na: 1\n",
        "a: [1, [2]]\n",
        "a: [1,\n  2]\n",
        "a: {b: }\n",
        "a: \"\\x41\"\n",
        "a: 😀\n",
        "\"a\": 1\n",
        "? a\n: 1\n",
        "",
        "# sólo un comentario\n",
        "a: 1\n  b: 2\n",
      })
  void leavesToTheFullParserWhatItDoesNotRead(String text) {
    assertThat(FastYaml.parse(text)).as(text).isNull();
  }

  @Test
  void deepNestingIsLeftToTheFullParser() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      b.append("  ".repeat(i)).append("k:\n");
    }
    b.append("  ".repeat(60)).append("k: 1\n");
    assertThat(FastYaml.parse(b.toString())).isNull();
  }

  private static final String[] PIECES = {
    " ",
    "  ",
    "\n",
    ":",
    ": ",
    "- ",
    "-",
    "#",
    " #",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "!t ",
    "|",
    ">",
    "~",
    "yes",
    "No",
    "007",
    "1.5",
    "1.",
    ".5",
    "-1",
    "\\",
    "\\n",
    "é",
    "\t",
    "\r",
    "null",
    "NULL",
    "true",
    "True",
    "? ",
    "---\n",
    "%",
    "@",
    "`",
    "x: y",
    "  - a: 1\n",
    "0",
    "00",
    "1_000",
    "+1",
    "\u2028",
    "\u0085",
  };

  @ParameterizedTest
  @MethodSource("projectYaml")
  void agreesOrGivesUpOnSeededRandomEdits(String base) {
    Random r = new Random(base.length());
    int rounds = base.length() > 20_000 ? 150 : 1_500;
    for (int k = 0; k < rounds; k++) {
      StringBuilder b = new StringBuilder(base);
      int edits = 1 + r.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = r.nextInt(b.length() + 1);
        if (r.nextBoolean() && at < b.length()) {
          b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(4)));
        } else {
          b.insert(at, PIECES[r.nextInt(PIECES.length)]);
        }
      }
      assertAgrees(b.toString());
    }
  }

  /** The fast reader gives up, or the full parser finds no problem and the same tree. */
  private static void assertAgrees(String text) {
    Node fast = FastYaml.parse(text);
    if (fast == null) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    Node full = YamlTree.parseFully(text, "x.yaml", problems);
    assertThat(problems).as("problems of a text the fast reader took:\n%s", text).isEmpty();
    assertThat(dump(fast)).as("tree of:\n%s", text).isEqualTo(dump(full));
  }

  private static String dump(Node n) {
    StringBuilder b = new StringBuilder();
    dump(n, b);
    return b.toString();
  }

  private static void dump(Node n, StringBuilder b) {
    b.append('@').append(n.pos().line()).append(':').append(n.pos().column());
    if (n instanceof MapNode m) {
      b.append('{');
      for (Entry e : m.entries().values()) {
        b.append(e.key()).append('@').append(e.keyPos().line()).append(':');
        b.append(e.keyPos().column()).append('=');
        dump(e.value(), b);
        b.append(',');
      }
      b.append('}');
    } else if (n instanceof ListNode l) {
      b.append('[');
      l.items().forEach(i -> dump(i, b.append(' ')));
      b.append(']');
    } else {
      ScalarNode s = (ScalarNode) n;
      b.append(s.token()).append('«').append(s.text()).append('»');
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FastYamlTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
