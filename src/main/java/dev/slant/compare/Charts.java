package dev.slant.compare;

import dev.slant.report.Stylesheet;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Dot-and-whisker charts (one row per outlet: the mean as a dot, the 95% CI as a whisker with
 * caps), drawn by JFreeChart and exported as inline SVG by JFreeSVG. Rows run horizontally so long
 * outlet names stay readable on a phone; the SVG scales to its container.
 */
public final class Charts {

  static final int WIDTH = 480;
  private static final int ROW_HEIGHT = 36;
  private static final int CHROME_HEIGHT = 90;
  private static final int MAX_LABEL = 24;
  private static final Color INK = Color.decode(Stylesheet.INK);
  private static final Color ACCENT = Color.decode(Stylesheet.ACCENT);

  static {
    // Charts are drawn off-screen; never try to reach a display.
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /**
   * @param idPrefix unique within the page; prefixes the SVG's id and its clip-path ids
   * @return an {@code <svg>} element
   */
  public static String intervals(String idPrefix, String title, String axisLabel,
      List<String> names, List<Interval> intervals) {
    YIntervalSeries series = new YIntervalSeries("mean with 95% CI");
    for (int i = 0; i < intervals.size(); i++) {
      Interval iv = intervals.get(i);
      series.add(i, iv.mean(), iv.ciLow(), iv.ciHigh());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);

    SymbolAxis outlets = new SymbolAxis(null,
        names.stream().map(Charts::shorten).toArray(String[]::new));
    outlets.setGridBandsVisible(false);
    outlets.setRange(-0.6, names.size() - 0.4);
    outlets.setInverted(true);
    outlets.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    outlets.setTickLabelPaint(INK);
    NumberAxis values = new NumberAxis(axisLabel);

    values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    values.setRange(valueRange(intervals));

    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setCapLength(8);
    renderer.setErrorPaint(INK);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesPaint(0, ACCENT);

    XYPlot plot = new XYPlot(data, outlets, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xe4, 0xe7, 0xee));
    plot.setRangeGridlinePaint(new Color(0xd0, 0xd4, 0xdc));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.addRangeMarker(new ValueMarker(0, new Color(0x99, 0x99, 0x99), new BasicStroke(1f)));

    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));

    int height = CHROME_HEIGHT + ROW_HEIGHT * Math.max(1, names.size());
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
    g2.setDefsKeyPrefix(idPrefix + "-");
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
    return g2.getSVGElement(idPrefix, false, new ViewBox(0, 0, WIDTH, height),
        PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
  }

  /** From zero (or the lowest bound) to the highest, with room so dots at the ends show whole. */
  static Range valueRange(List<Interval> intervals) {
    double low = Math.min(0, intervals.stream().mapToDouble(Interval::ciLow).min().orElse(0));
    double high = Math.max(0, intervals.stream().mapToDouble(Interval::ciHigh).max().orElse(0));
    if (high - low <= 0) {
      high = low + 1;
    }
    double pad = (high - low) * 0.04;
    return new Range(low - pad, high + pad);
  }

  private static String shorten(String name) {
    return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1) + "…";
  }
}
