package mx.gob.cdmx.mpi.render;

import java.util.List;

/** Aligns rows of cells into columns, padding by code points so accents do not shift columns. */
public final class TextTable {
  private TextTable() {}

  /** The rows aligned (first row is the header, underlined), each line ending in a newline. */
  public static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], length(row[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line(sb, rows.get(r), width);
      if (r == 0) {
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
          rule[c] = "-".repeat(width[c]);
        }
        line(sb, rule, width);
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] row, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < row.length; c++) {
      line.append(row[c]);
      if (c < row.length - 1) {
        line.append(" ".repeat(width[c] - length(row[c]) + 2));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Display length in code points. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
