package mx.gob.cdmx.mpi.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import mx.gob.cdmx.mpi.evaluate.Evaluation;
import mx.gob.cdmx.mpi.output.IoReason;
import mx.gob.cdmx.mpi.render.markdown.TemplateProblem;
import mx.gob.cdmx.mpi.render.site.Site;
import mx.gob.cdmx.mpi.render.site.SiteFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code mpi sitio}: the static public site of one period. */
@Command(
    name = "sitio",
    versionProvider = Version.class,
    synopsisHeading = "Uso: ",
    optionListHeading = "%nOpciones:%n",
    parameterListHeading = "%nArgumentos:%n",
    description =
        "Genera el sitio público del periodo: páginas HTML en español, accesibles, sin"
            + " JavaScript ni peticiones externas (se abren con doble clic o en cualquier"
            + " servidor): inicio con el semáforo y los avisos del periodo, una página por"
            + " programa y por indicador (ficha, cifras, fórmula, tendencia con su tabla) y las"
            + " descargas públicas (CSV, JSON, formatos SIPOT). Es la edición pública. Mismas"
            + " entradas, mismos bytes. Detalle: docs/transparencia.md.",
    footer = {
      "%nEjemplos:",
      "  Sitio del segundo trimestre en la carpeta sitio/:",
      "    mpi sitio --period 2025-Q2 -o sitio examples/",
      "%nCódigos de salida: 0 correcto (puede haber advertencias), 1 los datos o el plan"
          + " tienen errores, 2 error de uso, 3 error interno."
    })
final class SiteCommand implements Callable<Integer> {

  @ParentCommand MpiCommand root;

  @Mixin HelpOptions help;

  @Mixin PeriodOption period;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "CARPETA",
      description =
          "Carpeta del sitio: nueva, vacía o un sitio anterior de mpi (se reemplaza entero).")
  Path output;

  @Mixin DateOption date;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    root.loadPlan();
    LocalDate issued = date.resolve(root.env);
    try {
      SiteFolder.check(output, data.paths());
    } catch (SiteFolder.Refused e) {
      throw new UsageException(e.getMessage());
    }
    Evaluation evaluation = Inputs.evaluate(root, period, data).evaluation();
    Map<String, byte[]> files;
    try {
      files = Site.build(evaluation, issued);
    } catch (TemplateProblem e) {
      root.err.println("mpi: " + e.getMessage());
      throw new InputErrorsException();
    }
    try {
      SiteFolder.write(output, files);
    } catch (IOException e) {
      throw new UsageException("no se pudo escribir el sitio en " + output + ": " + IoReason.of(e));
    }
    long pages = files.keySet().stream().filter(f -> f.endsWith(".html")).count();
    root.out.println(
        "Sitio escrito en " + output + " (" + pages + " páginas, " + files.size() + " archivos)");
    return ExitCodes.OK;
  }
}
