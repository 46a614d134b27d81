package mx.gob.cdmx.mpi.render.problems;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.diagnostics.Severity;
import mx.gob.cdmx.mpi.validate.ValidationResult;

/**
 * GitLab's Code Quality report: a JSON array with one object per problem ({@code description},
 * {@code check_name}, {@code fingerprint}, {@code severity}, {@code location.path}, {@code
 * location.lines.begin}). GitLab shows it in the merge request when a job stores it as {@code
 * artifacts:reports:codequality} (docs/ci.md).
 */
public final class GitlabFormat {
  private GitlabFormat() {}

  /**
   * The report: errors are {@code major}, warnings {@code minor}; paths relative to the checkout;
   * line at least 1. The fingerprint is the SHA-256 (hex) of code, path, line, column and message,
   * so the same problem gets the same fingerprint in every run and two problems never share one (a
   * repeated identical problem gets {@code #2}, {@code #3}… appended before hashing).
   */
  public static String report(ValidationResult result, CiContext ci) {
    ArrayNode issues = JsonNodeFactory.instance.arrayNode();
    Set<String> seen = new HashSet<>();
    for (Problem p : result.problems()) {
      String path = ci.path(p.file());
      ObjectNode o = issues.addObject();
      o.put(
          "description",
          p.sheet() == null
              ? p.message()
              : p.location().substring(p.file().length() + 2) + ": " + p.message());
      o.put("check_name", p.code());
      String key =
          String.join(
              "\u0000",
              p.code(),
              path,
              Integer.toString(p.line()),
              Integer.toString(p.column()),
              p.message());
      if (p.sheet() != null) {
        key += "\u0000" + p.sheet();
      }
      String unique = key;
      for (int n = 2; !seen.add(unique); n++) {
        unique = key + "#" + n;
      }
      o.put("fingerprint", sha256(unique));
      o.put("severity", p.severity() == Severity.ERROR ? "major" : "minor");
      ObjectNode location = o.putObject("location");
      location.put("path", path);
      location.putObject("lines").put("begin", Math.max(1, p.line()));
    }
    return ProblemFormat.write(issues);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
