package mx.gob.cdmx.mpi.render.sipot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The column sets of the transparency formats, read from the versioned resource {@value #RESOURCE},
 * which names its source: a new format is a change of that file, not of the code.
 */
public record SipotFormats(String version, String source, List<Format> formats) {

  /** The resource holding the formats in force. */
  public static final String RESOURCE = "/sipot/formatos-2025.yaml";

  /** One column: its literal header and the datum it holds. */
  public record Column(String header, SipotField field) {}

  /** One format: its fraction ("V", "VI"), its title and its columns in order. */
  public record Format(String fraction, String title, List<Column> columns) {
    public Format {
      columns = List.copyOf(columns);
    }
  }

  public SipotFormats {
    formats = List.copyOf(formats);
  }

  /** The formats in force, from the tool's resource. */
  public static SipotFormats load() {
    try (InputStream in = SipotFormats.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("unreadable resource " + RESOURCE, e);
    }
  }

  /**
   * The formats of a format file; a column naming an unknown field is an {@link
   * IllegalArgumentException} that says which.
   */
  public static SipotFormats parse(byte[] yaml) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    List<Format> formats = new ArrayList<>();
    for (JsonNode f : root.path("formatos")) {
      List<Column> columns = new ArrayList<>();
      for (JsonNode c : f.path("columnas")) {
        String key = c.path("campo").asText();
        SipotField field =
            SipotField.byKey(key)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "campo desconocido «"
                                + key
                                + "» en la fracción "
                                + f.path("fraccion")));
        columns.add(new Column(c.path("encabezado").asText(), field));
      }
      formats.add(new Format(f.path("fraccion").asText(), f.path("titulo").asText(), columns));
    }
    return new SipotFormats(root.path("version").asText(), root.path("fuente").asText(), formats);
  }

  /** The format of {@code fraction} ("V", "VI"). */
  public Optional<Format> format(String fraction) {
    return formats.stream().filter(f -> f.fraction().equals(fraction)).findFirst();
  }
}
