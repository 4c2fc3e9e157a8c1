package org.sightline.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The workbench's icons are SVG: they render through swt.svg and jsvg with SPI Fly resolved but not
 * started, as in the product (sightline.product; docs/build.md, "Start-up", session 6).
 */
class SvgImagesTest {

    @Test
    void theSaveIconOfTheFileMenuRendersFromItsSvgWithSpiFlyNotStarted() throws Exception {
        Bundle spiFly = Platform.getBundle("org.apache.aries.spifly.dynamic.bundle");
        assertNotNull(spiFly, "SPI Fly installed: jsvg requires its extender capability");
        assertEquals(Bundle.RESOLVED, spiFly.getState(), "SPI Fly resolved, not started");

        // The icon plugin.xml gives File > Save.
        ImageDescriptor save = ImageDescriptor.createFromURL(
                URI.create("platform:/plugin/org.eclipse.ui/icons/full/etool16/save_edit.svg").toURL());
        Image image = save.createImage(false);
        assertNotNull(image, "the SVG icon could not be read");
        try {
            ImageData data = image.getImageData(100);
            assertEquals(16, data.width);
            assertEquals(16, data.height);
            int drawn = 0;
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    if (data.getAlpha(x, y) > 0) {
                        drawn++;
                    }
                }
            }
            assertTrue(drawn > 16 && drawn < 256, "a drawn icon, neither empty nor a filled square: " + drawn + " of 256 pixels");
        } finally {
            image.dispose();
        }
    }
}
