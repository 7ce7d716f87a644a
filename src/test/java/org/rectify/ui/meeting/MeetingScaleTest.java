package org.rectify.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The meeting's pages are drawn for 1280 × 800 and follow the window by the side with less room. */
class MeetingScaleTest {

    @Test
    void aFourThreeProjectorGetsThePagesSmallerNotWiderThanItself() {
        assertEquals(0.8, MeetingView.windowScale(1024, 768), 1e-9);
        assertEquals(1.0, MeetingView.windowScale(1280, 800), 1e-9);
        // full HD: the height leaves less room than the width
        assertEquals(1.35, MeetingView.windowScale(1920, 1080), 1e-9);
        assertEquals(2.0, MeetingView.windowScale(2560, 1600), 1e-9);
    }

    @Test
    void wordsAndChartsFollowTheWindowButNeverBelowFourteenPixelsOfType() {
        // the charts follow too: on a 4:3 projector they had kept the 1280 × 800 size and their names collided
        assertEquals(0.8, MeetingView.typeScale(1024, 768), 1e-9);
        assertEquals(1.0, MeetingView.typeScale(1280, 800), 1e-9);
        assertEquals(1.35, MeetingView.typeScale(1920, 1080), 1e-9);
        assertEquals(14.0 / 18, MeetingView.typeScale(800, 600), 1e-9);
    }
}
