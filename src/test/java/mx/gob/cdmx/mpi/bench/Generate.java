package mx.gob.cdmx.mpi.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generators for the benchmark: a national-size plan (as if every state mechanism kept its
 * plan in one repository), valid monthly data for it, and a file where every row is wrong for the
 * built-in 2025 plan. Same seed, same bytes.
 */
final class Generate {
  private Generate() {}

  /** Programs of a generated plan; indicators are spread over them. */
  private static final int PROGRAMS = 32;

  /**
   * A plan of {@code indicators} indicators, each with {@code variables} declared variables ({@code
   * realizadas} and {@code v01…}); the formula uses {@code realizadas} and, for one in four
   * indicators, {@code v01}. Texts are a few sentences, like the 2025 plan's.
   */
  static void plan(Path file, int indicators, int variables, long seed) throws IOException {
    Random r = new Random(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# Plan generado por bench/run (semilla " + seed + "); datos ficticios.\n");
      w.write("id: pat-2025-nacional\n");
      w.write("institucion: \"Mecanismos estatales de protección (ficticio)\"\n");
      w.write("nombre_corto: \"MPI Nacional\"\n");
      w.write("anio: 2025\n");
      w.write("titulo: \"PLAN ANUAL DE TRABAJO 2025 (GENERADO)\"\n");
      w.write("semaforo:\n  verde: 90\n  amarillo: 70\n  sobrecumplimiento: 110\n");
      w.write("programas:\n");
      for (int p = 1; p <= PROGRAMS; p++) {
        w.write(
            "  - id: \"" + p + "\"\n    nombre: \"PROGRAMA " + p + " DEL ESTADO " + p + ".\"\n");
        w.write("    objetivo: \"" + sentence(r, 30) + "\"\n    grupos: []\n");
      }
      w.write("cronograma: []\n");
      w.write("indicadores:\n");
      for (int i = 0; i < indicators; i++) {
        int program = i % PROGRAMS + 1;
        boolean twoVars = i % 4 == 0 && variables > 1;
        boolean annual = i % 3 == 0;
        w.write("  - id: \"" + id(i) + "\"\n");
        w.write("    programa: \"" + program + "\"\n");
        w.write("    nombre: \"" + sentence(r, 8) + "\"\n");
        w.write("    texto:\n");
        w.write("      descripcion: \"" + sentence(r, 40) + "\"\n");
        w.write("      indicador: \"" + sentence(r, 12) + "\"\n");
        w.write("      responsables: \"Dirección General; Coordinación " + program + ".\"\n");
        w.write("    meta: " + (200 + r.nextInt(500)) + "\n");
        w.write("    unidad: \"acciones\"\n");
        w.write("    frecuencia: " + (annual ? "anual" : "trimestral") + "\n");
        w.write(
            annual
                ? "    calendario: [100, 100, 100, 100]\n"
                : "    calendario: [25, 50, 75, 100]\n");
        w.write("    sentido: ascendente\n");
        w.write("    linea_base: null\n");
        w.write(
            "    formula: \""
                + (twoVars
                    ? "realizadas / (programadas + v01) * 100"
                    : "realizadas / programadas * 100")
                + "\"\n");
        w.write("    variables:\n");
        w.write("      - {nombre: realizadas, tipo: entero, agregacion: suma}\n");
        for (int v = 1; v < variables; v++) {
          w.write(
              String.format(
                  Locale.ROOT, "      - {nombre: v%02d, tipo: entero, agregacion: suma}%n", v));
        }
      }
    }
  }

  /** The id of the {@code i}-th generated indicator: program, group, number. */
  static String id(int i) {
    return (i % PROGRAMS + 1) + "." + (i / PROGRAMS % 50 + 1) + "." + (i / (PROGRAMS * 50) + 1);
  }

  /**
   * Valid data for a generated plan: one monthly row per indicator, variable and month of 2024 and
   * 2025 ({@code indicators × variables × 24} rows); a note on one row in ten.
   */
  static long validData(Path file, int indicators, int variables, long seed) throws IOException {
    Random r = new Random(seed);
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicador,periodo,variable,valor,nota\n");
      StringBuilder line = new StringBuilder(64);
      for (int i = 0; i < indicators; i++) {
        String id = id(i);
        for (int v = 0; v < variables; v++) {
          String variable = v == 0 ? "realizadas" : String.format(Locale.ROOT, "v%02d", v);
          for (int year = 2024; year <= 2025; year++) {
            for (int m = 1; m <= 12; m++) {
              line.setLength(0);
              line.append(id).append(',').append(year).append('-');
              if (m < 10) {
                line.append('0');
              }
              line.append(m).append(',').append(variable).append(',').append(r.nextInt(40));
              line.append(',');
              if (n % 10 == 0) {
                line.append("sesión ").append(n % 97).append(" del mes");
              }
              line.append('\n');
              w.append(line);
              n++;
            }
          }
        }
      }
    }
    return n;
  }

  /**
   * {@code rows} rows for the built-in 2025 plan where every row is wrong, cycling through the
   * usual mistakes: unknown indicator, period written as a date or with T, year out of range,
   * thousands separator, decimal comma, negative value, empty value, fraction in a count.
   */
  static void garbage(Path file, int rows, long seed) throws IOException {
    Random r = new Random(seed);
    String[] ids = {"1.1.1", "1.1.2", "1.2.1", "3.1", "5.1"};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("indicador,periodo,valor,nota\n");
      for (int i = 0; i < rows; i++) {
        String id = ids[r.nextInt(ids.length)];
        String period = "2025-0" + (1 + r.nextInt(9));
        String value = Integer.toString(r.nextInt(30));
        switch (i % 8) {
          case 0 -> id = "9." + r.nextInt(9) + "." + r.nextInt(9);
          case 1 -> period = "2025-T" + (1 + r.nextInt(4));
          case 2 -> period = (1 + r.nextInt(28)) + "/03/2025";
          case 3 -> period = "2019-0" + (1 + r.nextInt(9));
          case 4 -> value = "1," + (100 + r.nextInt(900));
          case 5 -> value = "-" + r.nextInt(30);
          case 6 -> value = "";
          default -> value = r.nextInt(30) + ".5";
        }
        w.write(id + "," + period + "," + value + ",fila " + i + "\n");
      }
    }
  }

  private static final String[] WORDS = {
    "atención", "personas", "defensoras", "periodistas", "medidas", "protección", "riesgo",
    "seguimiento", "capacitación", "sesiones", "informe", "coordinación", "derechos", "humanos",
    "prevención", "análisis", "casos", "instituciones", "gobierno", "estatal"
  };

  private static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        b.append(' ');
      }
      String word = WORDS[r.nextInt(WORDS.length)];
      b.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
    }
    return b.append('.').toString();
  }
}
