package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTests {

    static final Regions REGIONS = new Regions();

    @Test
    void loadsEveryProvinceCityAndCountyOfTheShippedData() {
        assertThat(REGIONS.provinces()).hasSize(31);
        // Only the municipalities are points of their own (their core district); a province has no single one.
        assertThat(REGIONS.provinces().stream().filter(p -> p.lat() != null))
                .extracting(Regions.Province::name)
                .containsExactly("北京市", "天津市", "上海市", "重庆市");
        assertThat(REGIONS.province("44"))
                .get()
                .extracting(Regions.Province::name)
                .isEqualTo("广东省");
    }

    @Test
    void citiesAndCountiesHavePointsAndAMissingCountyBorrowsItsCitys() {
        // 南山区 at its seat, 深圳 at its centroid: about 24 km apart, both in Shenzhen.
        Regions.Point nanshan = REGIONS.centre("440305").orElseThrow();
        assertThat(nanshan.lat()).isBetween(22.45, 22.6);
        assertThat(nanshan.lng()).isBetween(113.85, 114.0);
        Regions.Point shenzhen = REGIONS.centre("4403").orElseThrow();
        assertThat(shenzhen.lat()).isBetween(22.5, 22.8);
        assertThat(REGIONS.city("4403").orElseThrow().lat()).isEqualTo(shenzhen.lat());
        // A district created after the shapes (深圳 光明区, 2018) stands at its city's point.
        assertThat(REGIONS.hasOwnPoint("440311")).isFalse();
        assertThat(REGIONS.centre("440311")).contains(shenzhen);
        // A municipality's district, and the municipality itself (东城区, the seat of 北京).
        assertThat(REGIONS.centre("11")).isEqualTo(REGIONS.centre("110101"));
        assertThat(REGIONS.centre("1101")).isEqualTo(REGIONS.centre("11"));
        assertThat(REGIONS.centre("44", null, null)).isEmpty();
        assertThat(REGIONS.centre("11", null, null)).isEqualTo(REGIONS.centre("110101"));
        assertThat(REGIONS.centre("44", "4403", "440305")).contains(nanshan);
        assertThat(REGIONS.centre("44", "4403", null)).contains(shenzhen);
        // A county-level city run by its province has its own point.
        assertThat(REGIONS.city("419001").orElseThrow().lat()).isBetween(34.9, 35.3);
        assertThat(REGIONS.centre("9901")).isEmpty();
        assertThat(REGIONS.centre("44")).isEmpty();
        // Every prefecture-level city (four digits) has a point.
        assertThat(REGIONS.provinces().stream()
                        .flatMap(p -> REGIONS.cities(p.code()).stream())
                        .filter(c -> c.code().length() == 4 && c.lat() == null))
                .isEmpty();
    }

    @Test
    void guangdongHasShenzhenWhichHasNanshan() {
        assertThat(REGIONS.cities("44"))
                .extracting(Regions.City::name)
                .contains("广州市", "深圳市", "东莞市")
                .hasSize(21);
        Regions.City shenzhen = REGIONS.findCity("44", "深圳").orElseThrow();
        assertThat(shenzhen.code()).isEqualTo("4403");
        assertThat(REGIONS.counties("4403").orElseThrow())
                .extracting(Regions.County::name)
                .contains("南山区", "福田区", "宝安区");
        assertThat(REGIONS.findCounty("4403", "南山区"))
                .get()
                .extracting(Regions.County::code)
                .isEqualTo("440305");
    }

    @Test
    void municipalitiesShowTheirDistrictsWithoutThePseudoCity() {
        Regions.Province beijing = REGIONS.province("11").orElseThrow();
        assertThat(beijing.municipality()).isTrue();
        assertThat(REGIONS.cities("11")).isEmpty();
        assertThat(REGIONS.counties("11").orElseThrow())
                .extracting(Regions.County::name)
                .startsWith("东城区", "西城区")
                .contains("海淀区")
                .doesNotContain("市辖区");
        assertThat(REGIONS.county("110101")).get().satisfies(c -> {
            assertThat(c.provinceCode()).isEqualTo("11");
            assertThat(c.cityCode()).isNull();
        });
        assertThat(REGIONS.city("1101")).isEmpty();
        assertThat(REGIONS.isHiddenCity("1101")).isTrue();
        // 重庆's two pseudo-cities (市辖区 and 县) both fold into the municipality
        assertThat(REGIONS.counties("50").orElseThrow())
                .extracting(Regions.County::name)
                .contains("万州区", "城口县");
        assertThat(REGIONS.provinces())
                .filteredOn(Regions.Province::municipality)
                .extracting(Regions.Province::name)
                .containsExactly("北京市", "天津市", "上海市", "重庆市");
        assertThat(REGIONS.provinces().stream()
                        .flatMap(p -> REGIONS.cities(p.code()).stream())
                        .map(Regions.City::name))
                .doesNotContain("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    }

    @Test
    void countyLevelCitiesRunByTheirProvinceAreShownAsCities() {
        assertThat(REGIONS.cities("41")).extracting(Regions.City::name).contains("郑州市", "济源市");
        assertThat(REGIONS.city("419001")).get().extracting(Regions.City::name).isEqualTo("济源市");
        assertThat(REGIONS.counties("419001")).get().asList().isEmpty();
        assertThat(REGIONS.findCity("42", "仙桃"))
                .get()
                .extracting(Regions.City::code)
                .isEqualTo("429004");
    }

    @Test
    void findsByFullAndShortNames() {
        assertThat(REGIONS.findProvince("广东"))
                .get()
                .extracting(Regions.Province::code)
                .isEqualTo("44");
        assertThat(REGIONS.findProvince("广西"))
                .get()
                .extracting(Regions.Province::code)
                .isEqualTo("45");
        assertThat(REGIONS.findProvince("新疆维吾尔自治区"))
                .get()
                .extracting(Regions.Province::code)
                .isEqualTo("65");
        assertThat(REGIONS.findProvince(" 北京 "))
                .get()
                .extracting(Regions.Province::code)
                .isEqualTo("11");
        assertThat(REGIONS.findCity("22", "延边"))
                .get()
                .extracting(Regions.City::name)
                .isEqualTo("延边朝鲜族自治州");
        assertThat(REGIONS.findCounty("11", "朝阳"))
                .get()
                .extracting(Regions.County::code)
                .isEqualTo("110105");
        assertThat(REGIONS.findCities("苏州")).extracting(Regions.City::code).containsExactly("3205");
        assertThat(REGIONS.findProvince("火星")).isEmpty();
        assertThat(REGIONS.findProvince("")).isEmpty();
    }

    @Test
    void resolvesDivisionCodesAsFarAsTheDataGoes() {
        assertThat(REGIONS.place("440305")).get().satisfies(p -> {
            assertThat(p.province().name()).isEqualTo("广东省");
            assertThat(p.city().name()).isEqualTo("深圳市");
            assertThat(p.county().name()).isEqualTo("南山区");
        });
        assertThat(REGIONS.place("440300")).get().satisfies(p -> {
            assertThat(p.city().name()).isEqualTo("深圳市");
            assertThat(p.county()).isNull();
        });
        assertThat(REGIONS.place("110108")).get().satisfies(p -> {
            assertThat(p.province().name()).isEqualTo("北京市");
            assertThat(p.city()).isNull();
            assertThat(p.county().name()).isEqualTo("海淀区");
        });
        assertThat(REGIONS.place("440000")).get().satisfies(p -> assertThat(p.city())
                .isNull());
        // an older district code still lands in its province and city
        assertThat(REGIONS.place("440399")).get().satisfies(p -> {
            assertThat(p.city().name()).isEqualTo("深圳市");
            assertThat(p.county()).isNull();
        });
        assertThat(REGIONS.place("990000")).isEmpty();
        assertThat(REGIONS.place("4403")).isEmpty();
    }

    @Test
    void shortNamesDropAdministrativeSuffixes() {
        assertThat(Regions.shortName("内蒙古自治区")).isEqualTo("内蒙古");
        assertThat(Regions.shortName("宁夏回族自治区")).isEqualTo("宁夏");
        assertThat(Regions.shortName("南山区")).isEqualTo("南山");
        assertThat(Regions.shortName("县")).isEqualTo("县");
    }
}
