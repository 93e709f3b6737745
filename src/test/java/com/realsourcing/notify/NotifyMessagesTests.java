package com.realsourcing.notify;

import com.realsourcing.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class NotifyMessagesTests {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        MessageBundles.assertParity("messages/notify");
    }
}
