package org.oversight.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** A chart's SVG as a PNG picture (for Word, which cannot be relied on to show SVG), drawn by Batik. */
final class ChartImages {

    /** Twice the charts' usual width, so the picture stays sharp when printed. */
    static final float WIDTH_PIXELS = 1520f;

    private ChartImages() {}

    static byte[] png(String svg) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, WIDTH_PIXELS);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot draw a chart as a picture: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
