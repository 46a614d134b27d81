package mx.gob.cdmx.mpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.cdmx.mpi.diagnostics.Problem;
import mx.gob.cdmx.mpi.io.MeasurementReader.Cell;
import mx.gob.cdmx.mpi.io.MeasurementReader.Row;
import mx.gob.cdmx.mpi.measure.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementReaderTest {

  @TempDir Path dir;

  /** Everything the reader reported for one file. */
  record Read(Optional<SourceFile> file, List<Row> rows, List<Problem> problems) {
    List<String> codes() {
      return problems.stream().map(Problem::code).toList();
    }
  }

  Read read(byte[] bytes) throws IOException {
    Path p = dir.resolve("m.csv");
    Files.write(p, bytes);
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Optional<SourceFile> f =
        MeasurementReader.read(
            p,
            "m.csv",
            new MeasurementReader.Sink() {
              @Override
              public void row(Row row) {
                rows.add(row);
              }

              @Override
              public void problem(Problem problem) {
                problems.add(problem);
              }
            });
    return new Read(f, rows, problems);
  }

  Read read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givesTheLineWhereEachRecordStartsAfterAMultiLineQuotedNote() throws IOException {
    Read r =
        read(
            "indicador,periodo,valor,nota\n"
                + "1.1.1,2025-Q1,1,\"uno,\n dos\r\n tres\"\n"
                + "1.1.2,2025-Q1,2,\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).extracting(Row::line).containsExactly(2, 5);
    assertThat(r.rows().get(0).nota().text()).isEqualTo("uno,\n dos\r\n tres");
    assertThat(r.rows().get(1).periodo()).isEqualTo(new Cell("2025-Q1", 5, 7));
  }

  @Test
  void givesTheColumnWhereEachFieldStartsCountingCodePoints() throws IOException {
    Read r = read("nota,indicador,periodo,valor\n" + "\"ñ😀, a\",  1.1.1 ,2025-Q1,7\n");

    Row row = r.rows().get(0);
    assertThat(row.nota()).isEqualTo(new Cell("ñ😀, a", 2, 1));
    assertThat(row.indicador()).isEqualTo(new Cell("1.1.1", 2, 11));
    assertThat(row.periodo().column()).isEqualTo(18);
    assertThat(row.valor().column()).isEqualTo(26);
    assertThat(row.variable()).isNull();
  }

  @Test
  void fieldsAfterAMultiLineFieldAreOnItsLastLine() throws IOException {
    Read r = read("nota,indicador,periodo,valor\n\"a\nbc\",1.1.1,2025-Q1,7\n");

    assertThat(r.rows().get(0).line()).isEqualTo(2);
    assertThat(r.rows().get(0).indicador()).isEqualTo(new Cell("1.1.1", 3, 5));
  }

  @Test
  void skipsBlankLinesEmptyExcelRowsAndTrailingBlankLines() throws IOException {
    Read r =
        read(
            "\n\nindicador,periodo,valor\r\n\r\n1.1.1,2025-Q1,1\r\n,,\r\n  ,\t,\r\n"
                + "1.1.2,2025-Q1,2\r\n\r\n\r\n\r\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).extracting(Row::line).containsExactly(5, 8);
    assertThat(r.file().orElseThrow().rows()).isEqualTo(2);
  }

  @Test
  void findsTheHeaderAfterEmptySpreadsheetRows() throws IOException {
    Read r = read(",,\n;;\nindicador;periodo;valor\n1.1.1;2025-Q1;1\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.file().orElseThrow().delimiter()).isEqualTo(';');
    assertThat(r.rows()).extracting(Row::line).containsExactly(4);
  }

  @Test
  void usesSemicolonOnlyWhenTheHeaderHasNoComma() throws IOException {
    Read semicolon = read("indicador;periodo;valor;nota\n1.1.1;2025-Q1;1;uno, dos\n");
    Read comma = read("indicador,periodo,valor,nota\n1.1.1,2025-Q1,1,\"uno; dos\"\n");

    assertThat(semicolon.file().orElseThrow().delimiter()).isEqualTo(';');
    assertThat(semicolon.rows().get(0).nota().text()).isEqualTo("uno, dos");
    assertThat(comma.file().orElseThrow().delimiter()).isEqualTo(',');
    assertThat(comma.rows().get(0).nota().text()).isEqualTo("uno; dos");
  }

  @Test
  void mapsSpanishAndEnglishHeadersIgnoringCaseAccentsAndBlanks() throws IOException {
    Read r = read(" VALUE ,Período,Indicator,  Nota,SOURCE, variable \n3,2025-Q1,1.1.1,n,f,\n");

    assertThat(r.problems()).isEmpty();
    Row row = r.rows().get(0);
    assertThat(row.indicador().text()).isEqualTo("1.1.1");
    assertThat(row.periodo().text()).isEqualTo("2025-Q1");
    assertThat(row.valor().text()).isEqualTo("3");
    assertThat(row.nota().text()).isEqualTo("n");
    assertThat(row.fuente().text()).isEqualTo("f");
    assertThat(row.variable().text()).isEmpty();
  }

  @Test
  void suggestsTheClosestHeaderForAnUnknownColumn() throws IOException {
    Read r = read("indicador,periodo,valor,notas\n1.1.1,2025-Q1,1,x\n");

    assertThat(r.codes()).containsExactly("unknown-column");
    assertThat(r.problems().get(0).message()).contains("«notas»").contains("¿quiso decir nota?");
    assertThat(r.problems().get(0).column()).isEqualTo(25);
  }

  @Test
  void ignoresTrailingUnnamedColumnsThatAreBlank() throws IOException {
    Read r = read("indicador,periodo,valor,,\n1.1.1,2025-Q1,1,,\n1.1.2,2025-Q1,1,,x\n");

    assertThat(r.codes()).containsExactly("unknown-column");
    assertThat(r.problems().get(0).line()).isEqualTo(3);
    assertThat(r.rows()).hasSize(2);
  }

  @Test
  void reportsEveryMissingRequiredColumn() throws IOException {
    Read r = read("indicador,nota\n1.1.1,x\n");

    assertThat(r.codes()).containsExactly("missing-column", "missing-column");
    assertThat(r.problems())
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("«periodo»"))
        .anySatisfy(m -> assertThat(m).contains("«valor»"));
    assertThat(r.rows()).isEmpty();
  }

  @Test
  void reportsAnUnclosedQuoteWhereItOpens() throws IOException {
    Read r =
        read(
            "indicador,periodo,valor,nota\n1.1.1,2025-Q1,1,\"ok\"\n"
                + "1.1.2,2025-Q1,2,  \"abierta\n1.1.3,2025-Q1,1,\n");

    assertThat(r.codes()).containsExactly("unclosed-quote");
    assertThat(r.problems().get(0).line()).isEqualTo(3);
    assertThat(r.problems().get(0).column()).isEqualTo(19);
    assertThat(r.rows()).hasSize(1);
  }

  @Test
  void reportsAnUnclosedQuoteInTheHeader() throws IOException {
    Read r = read("indicador,\"periodo,valor\n1.1.1,2025-Q1,1\n");

    assertThat(r.codes()).containsExactly("unclosed-quote");
    assertThat(r.problems().get(0).line()).isEqualTo(1);
    assertThat(r.problems().get(0).column()).isEqualTo(11);
  }

  @Test
  void reportsTextAfterAClosingQuote() throws IOException {
    Read r = read("indicador,periodo,valor,nota\n1.1.1,2025-Q1,1,\"a\"b\n");

    assertThat(r.codes()).containsExactly("bad-quote");
    assertThat(r.problems().get(0).line()).isEqualTo(2);
    assertThat(r.problems().get(0).column()).isEqualTo(20);
  }

  @Test
  void raggedRowsSayHowManyFieldsWereFoundAndExpected() throws IOException {
    Read r = read("indicador,periodo,valor\n1.1.1,2025-Q1,1,extra\n1.1.2\n");

    assertThat(r.codes()).containsExactly("ragged-row", "ragged-row");
    assertThat(r.problems().get(0).message()).contains("4 campos").contains("encabezado 3");
    assertThat(r.problems().get(0).column()).isEqualTo(17);
    assertThat(r.problems().get(1).message()).contains("1 campo ").contains("encabezado 3");
    assertThat(r.rows()).isEmpty();
  }

  @Test
  void decodesWindows1252WithAWarningOnTheFirstBadLine() throws IOException {
    Read r =
        read(
            "indicador,periodo,valor,nota\n1.1.1,2025-Q1,1,ok\n1.1.2,2025-Q1,1,Sesión\n"
                .getBytes(Charset.forName("windows-1252")));

    assertThat(r.codes()).containsExactly("file-not-utf8");
    assertThat(r.problems().get(0).line()).isEqualTo(3);
    assertThat(r.problems().get(0).message()).contains("CSV UTF-8");
    assertThat(r.rows().get(1).nota().text()).isEqualTo("Sesión");
    assertThat(r.file().orElseThrow().encoding()).isEqualTo("windows-1252");
  }

  @Test
  void stripsTheUtf8ByteOrderMark() throws IOException {
    byte[] text = "indicador,periodo,valor\n1.1.1,2025-Q1,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);

    Read r = read(bytes);

    assertThat(r.problems()).isEmpty();
    assertThat(r.rows().get(0).indicador()).isEqualTo(new Cell("1.1.1", 2, 1));
    assertThat(r.file().orElseThrow().encoding()).isEqualTo("UTF-8 (BOM)");
    assertThat(r.file().orElseThrow().sha256()).isEqualTo(Hashing.sha256(bytes));
  }

  @Test
  void refusesBinaryFilesWithTheExportHint() throws IOException {
    Read zip = read(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Read nul = read(new byte[] {'a', ',', 'b', 0, '\n'});

    assertThat(zip.codes()).containsExactly("file-not-text");
    assertThat(zip.problems().get(0).message())
        .contains(".xlsx")
        .contains(MeasurementReader.EXPORT_HINT);
    assertThat(nul.codes()).containsExactly("file-not-text");
    assertThat(zip.rows()).isEmpty();
  }

  @Test
  void anEmptyFileOrOneWithOnlyBlankLinesHasNoHeader() throws IOException {
    assertThat(read("").codes()).containsExactly("empty-file");
    assertThat(read("\r\n\n\n").codes()).containsExactly("empty-file");
  }

  @Test
  void aHeaderWithoutRowsIsFine() throws IOException {
    Read r = read("indicador,periodo,valor\n");

    assertThat(r.problems()).isEmpty();
    assertThat(r.file().orElseThrow().rows()).isZero();
  }

  @Test
  void keepsLineNumbersRightAcrossManyRecords() throws IOException {
    StringBuilder sb = new StringBuilder("indicador,periodo,valor,nota\r\n");
    for (int i = 0; i < 5000; i++) {
      sb.append("1.1.1,2025-Q1,").append(i).append(i % 7 == 0 ? ",\"a\r\nb\"\r\n" : ",\r\n");
    }
    Read r = read(sb.toString());

    int expected = 2;
    for (int i = 0; i < 5000; i++) {
      assertThat(r.rows().get(i).line()).as("row %d", i).isEqualTo(expected);
      assertThat(r.rows().get(i).valor().column()).isEqualTo(15);
      expected += i % 7 == 0 ? 2 : 1;
    }
  }
}
