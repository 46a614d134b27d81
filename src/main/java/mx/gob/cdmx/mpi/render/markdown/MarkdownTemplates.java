package mx.gob.cdmx.mpi.render.markdown;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker set-up for reports, locked down for templates that users write: no {@code ?new}
 * (it could run programs), no {@code ?api}, no access to Java objects (the data are plain maps,
 * lists, strings, numbers and booleans), Markdown auto-escaping, es-MX numbers rounded half-up
 * ({@code @esmx}), errors rethrown rather than printed into the output.
 */
public final class MarkdownTemplates {

  /** The main template of a report, in the default set and in a {@code --templates} folder. */
  public static final String REPORT = "informe.md.ftl";

  /** Where the default templates live on the class path. */
  static final String CLASSPATH_ROOT = "/templates";

  private final Configuration configuration;
  private final String origin;

  private MarkdownTemplates(Configuration configuration, String origin) {
    this.configuration = configuration;
    this.origin = origin;
  }

  /** The default templates embedded in the tool. */
  public static MarkdownTemplates embedded() {
    return new MarkdownTemplates(
        configuration(new ClassTemplateLoader(MarkdownTemplates.class, CLASSPATH_ROOT)),
        "plantillas integradas");
  }

  /**
   * The templates of {@code dir}, which must hold {@value #REPORT}; a template it includes but
   * lacks is taken from the embedded set. Files outside {@code dir} cannot be reached.
   */
  public static MarkdownTemplates of(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve(REPORT))) {
      throw new java.io.FileNotFoundException(dir.resolve(REPORT).toString());
    }
    TemplateLoader loader =
        new MultiTemplateLoader(
            new TemplateLoader[] {
              new FileTemplateLoader(dir.toFile()),
              new ClassTemplateLoader(MarkdownTemplates.class, CLASSPATH_ROOT)
            });
    return new MarkdownTemplates(configuration(loader), dir.toString());
  }

  /** Runs template {@code name} on {@code data} (records, lists, strings, numbers, booleans). */
  public String render(String name, Map<String, ?> data) throws TemplateProblem {
    Template template;
    try {
      template = configuration.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem("no se encontró la plantilla «" + name + "» en " + origin, e);
    } catch (ParseException e) {
      throw new TemplateProblem(
          where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
              + "error de sintaxis: "
              + firstLine(e.getEditorMessage()),
          e);
    } catch (IOException e) {
      throw new TemplateProblem(
          "no se pudo leer la plantilla «" + name + "» en " + origin + ": " + e.getMessage(), e);
    }
    StringWriter out = new StringWriter();
    try {
      template.process(TemplateData.of(data), out);
    } catch (TemplateException e) {
      throw new TemplateProblem(
          where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()) + explain(e), e);
    } catch (IOException e) {
      throw new TemplateProblem(
          "no se pudo escribir el resultado de la plantilla: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static Configuration configuration(TemplateLoader loader) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(loader);
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.forLanguageTag("es-MX"));
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    c.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    c.setCustomNumberFormats(Map.of("esmx", EsMxNumberFormatFactory.INSTANCE));
    c.setNumberFormat("@esmx");
    c.setBooleanFormat("sí,no");
    c.setObjectWrapper(wrapper());
    return c;
  }

  private static DefaultObjectWrapper wrapper() {
    DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    b.setExposeFields(false);
    b.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    b.setUseAdaptersForContainers(true);
    return b.build();
  }

  private static String where(String template, Integer line, Integer column) {
    StringBuilder sb =
        new StringBuilder("plantilla «").append(template == null ? "?" : template).append('»');
    if (line != null && line > 0) {
      sb.append(", línea ").append(line);
      if (column != null && column > 0) {
        sb.append(", columna ").append(column);
      }
    }
    return sb.append(": ").toString();
  }

  /** The Spanish explanation of a failure while running, with Freemarker's own words after it. */
  private static String explain(TemplateException e) {
    String detail = firstLine(e.getMessageWithoutStackTop());
    String lower = detail.toLowerCase(Locale.ROOT);
    if (lower.contains("instantiating")
        || lower.contains("?new")
        || lower.contains("not allowed in the template for security reasons")) {
      return "«?new» está prohibido en las plantillas: crearía objetos Java y permitiría ejecutar"
          + " programas en el equipo. Use sólo los datos del informe. ("
          + detail
          + ")";
    }
    if (lower.contains("?api") || lower.contains("api_builtin_enabled")) {
      return "«?api» está prohibido en las plantillas: daría acceso a los objetos Java detrás de"
          + " los datos. Use sólo los datos del informe. ("
          + detail
          + ")";
    }
    return "la plantilla falló al ejecutarse: " + detail;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
