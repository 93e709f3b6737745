package com.realsourcing.files;

import com.realsourcing.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class FilesMessagesTests {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        MessageBundles.assertParity("messages/files");
    }
}
