package mx.gob.cdmx.mpi.render.markdown;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown (or of plain text still to escape) inside a Freemarker template. */
public final class MarkdownText extends CommonTemplateMarkupOutputModel<MarkdownText> {

  MarkdownText(String plainTextContent, String markupContent) {
    super(plainTextContent, markupContent);
  }

  @Override
  public MarkdownOutputFormat getOutputFormat() {
    return MarkdownOutputFormat.INSTANCE;
  }
}
