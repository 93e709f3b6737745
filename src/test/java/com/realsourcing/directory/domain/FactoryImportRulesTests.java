package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactoryImportRulesTests {

    private final ChineseAddresses addresses = new ChineseAddresses(new Regions());

    @Test
    void duplicateKeysIgnorePunctuationCaseAndWidth() {
        assertThat(FactoryImportService.importKey("Quanzhou Xinxing Footwear Co., Ltd", "Wuyi Industrial Zone, Hui'an"))
                .isEqualTo(FactoryImportService.importKey(
                        "QUANZHOU XINXING FOOTWEAR CO LTD", "WUYI INDUSTRIAL ZONE HUIAN"));
        assertThat(FactoryImportService.importKey("ＡＢＣ工厂", "１号"))
                .isEqualTo(FactoryImportService.importKey("ABC工厂", "1号"));
        assertThat(FactoryImportService.importKey("A Factory", "Road 1"))
                .isNotEqualTo(FactoryImportService.importKey("A Factory", "Road 2"));
    }

    @Test
    void findsProvinceAndCityInPinyinAddresses() {
        var place = addresses.locate("WUYI INDUSTIAL ZONE, HUI'AN COUNTY,QUANZHOU CITY, FUJIAN PROVINCE");
        assertThat(place.provinceCode()).isEqualTo("35");
        assertThat(place.cityCode()).isEqualTo("3505");
        assertThat(place.keywords()).contains("福建省", "泉州市", "泉州");
    }

    @Test
    void resolvesAmbiguousPinyinByTheProvince() {
        assertThat(addresses.locate("No. 3 Road, Taizhou, Jiangsu").cityCode()).isEqualTo("3212");
        assertThat(addresses.locate("No. 3 Road, Taizhou, Zhejiang").cityCode()).isEqualTo("3310");
    }

    @Test
    void findsChinesePlacesAndLeavesMunicipalitiesWithoutCity() {
        var dongguan = addresses.locate("广东省东莞市长安镇");
        assertThat(dongguan.provinceCode()).isEqualTo("44");
        assertThat(dongguan.cityCode()).isEqualTo("4419");
        var shanghai = addresses.locate("Songjiang District, Shanghai");
        assertThat(shanghai.provinceCode()).isEqualTo("31");
        assertThat(shanghai.cityCode()).isNull();
        assertThat(addresses.locate("Unknown Road 5").provinceCode()).isNull();
    }
}
