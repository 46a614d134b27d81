package mx.gob.cdmx.mpi.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one layout of every JSON document {@code mpi} writes ({@code validate} and {@code evaluate}
 * alike): two-space indent, {@code \n} line ends, {@code "key": value}, {@code []} and {@code {}}
 * when empty. Same input, same bytes.
 */
public final class JsonStyle {

  private JsonStyle() {}

  /** A fresh pretty-printer with that layout (Jackson copies it per document). */
  public static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
