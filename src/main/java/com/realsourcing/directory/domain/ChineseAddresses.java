package com.realsourcing.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the province and city in a free-text address, written in Chinese (广东省东莞市…) or in the pinyin that
 * registries use (…, DONGGUAN, GUANGDONG PROVINCE). Pinyin is known for the provinces and for the manufacturing
 * cities listed here; other cities are found only in Chinese. The result's Chinese names are added to a listing's
 * search keywords, so 东莞 finds an English-named factory in Dongguan.
 */
@Component
class ChineseAddresses {

    record Place(String provinceCode, String cityCode, String keywords) {}

    private static final Map<String, String> PROVINCES = new LinkedHashMap<>();
    private static final Map<String, String[]> CITIES = new LinkedHashMap<>();

    static {
        String[][] provinces = {
            {"BEIJING", "北京"},
            {"TIANJIN", "天津"},
            {"HEBEI", "河北"},
            {"SHANXI", "山西"},
            {"INNER MONGOLIA", "内蒙古"},
            {"NEI MONGOL", "内蒙古"},
            {"LIAONING", "辽宁"},
            {"JILIN", "吉林"},
            {"HEILONGJIANG", "黑龙江"},
            {"SHANGHAI", "上海"},
            {"JIANGSU", "江苏"},
            {"ZHEJIANG", "浙江"},
            {"ANHUI", "安徽"},
            {"FUJIAN", "福建"},
            {"JIANGXI", "江西"},
            {"SHANDONG", "山东"},
            {"HENAN", "河南"},
            {"HUBEI", "湖北"},
            {"HUNAN", "湖南"},
            {"GUANGDONG", "广东"},
            {"GUANGXI", "广西"},
            {"HAINAN", "海南"},
            {"CHONGQING", "重庆"},
            {"SICHUAN", "四川"},
            {"GUIZHOU", "贵州"},
            {"YUNNAN", "云南"},
            {"TIBET", "西藏"},
            {"XIZANG", "西藏"},
            {"SHAANXI", "陕西"},
            {"GANSU", "甘肃"},
            {"QINGHAI", "青海"},
            {"NINGXIA", "宁夏"},
            {"XINJIANG", "新疆"}
        };
        for (String[] p : provinces) {
            PROVINCES.put(p[0], p[1]);
        }
        // pinyin → {province, city}; ambiguous spellings (TAIZHOU, SUZHOU, FUZHOU) resolve by the province found.
        String[][] cities = {
            {"SHENZHEN", "广东", "深圳"},
            {"DONGGUAN", "广东", "东莞"},
            {"GUANGZHOU", "广东", "广州"},
            {"FOSHAN", "广东", "佛山"},
            {"ZHONGSHAN", "广东", "中山"},
            {"SHANTOU", "广东", "汕头"},
            {"JIANGMEN", "广东", "江门"},
            {"HUIZHOU", "广东", "惠州"},
            {"ZHUHAI", "广东", "珠海"},
            {"CHAOZHOU", "广东", "潮州"},
            {"JIEYANG", "广东", "揭阳"},
            {"ZHAOQING", "广东", "肇庆"},
            {"QINGYUAN", "广东", "清远"},
            {"NINGBO", "浙江", "宁波"},
            {"WENZHOU", "浙江", "温州"},
            {"HANGZHOU", "浙江", "杭州"},
            {"SHAOXING", "浙江", "绍兴"},
            {"JIAXING", "浙江", "嘉兴"},
            {"HUZHOU", "浙江", "湖州"},
            {"JINHUA", "浙江", "金华"},
            {"YIWU", "浙江", "金华"},
            {"TAIZHOU", "浙江", "台州"},
            {"TAIZHOU", "江苏", "泰州"},
            {"SUZHOU", "江苏", "苏州"},
            {"SUZHOU", "安徽", "宿州"},
            {"WUXI", "江苏", "无锡"},
            {"CHANGZHOU", "江苏", "常州"},
            {"NANTONG", "江苏", "南通"},
            {"NANJING", "江苏", "南京"},
            {"YANGZHOU", "江苏", "扬州"},
            {"YANCHENG", "江苏", "盐城"},
            {"LIANYUNGANG", "江苏", "连云港"},
            {"XUZHOU", "江苏", "徐州"},
            {"SUQIAN", "江苏", "宿迁"},
            {"XIAMEN", "福建", "厦门"},
            {"QUANZHOU", "福建", "泉州"},
            {"JINJIANG", "福建", "泉州"},
            {"SHISHI", "福建", "泉州"},
            {"FUZHOU", "福建", "福州"},
            {"FUZHOU", "江西", "抚州"},
            {"PUTIAN", "福建", "莆田"},
            {"ZHANGZHOU", "福建", "漳州"},
            {"QINGDAO", "山东", "青岛"},
            {"YANTAI", "山东", "烟台"},
            {"WEIHAI", "山东", "威海"},
            {"JINAN", "山东", "济南"},
            {"WEIFANG", "山东", "潍坊"},
            {"ZIBO", "山东", "淄博"},
            {"LINYI", "山东", "临沂"},
            {"ZIBO", "山东", "淄博"},
            {"WUHAN", "湖北", "武汉"},
            {"CHANGSHA", "湖南", "长沙"},
            {"CHENGDU", "四川", "成都"},
            {"HEFEI", "安徽", "合肥"},
            {"ZHENGZHOU", "河南", "郑州"},
            {"SHIJIAZHUANG", "河北", "石家庄"},
            {"BAODING", "河北", "保定"},
            {"DALIAN", "辽宁", "大连"},
            {"SHENYANG", "辽宁", "沈阳"},
            {"XI'AN", "陕西", "西安"},
            {"XIAN", "陕西", "西安"},
            {"NANCHANG", "江西", "南昌"},
            {"NANNING", "广西", "南宁"},
            {"KUNMING", "云南", "昆明"}
        };
        for (String[] c : cities) {
            CITIES.merge(c[0], new String[] {c[1], c[2]}, (a, b) -> concat(a, b));
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z']+(?: MONGOLIA| MONGOL)?");

    private final Regions regions;

    ChineseAddresses(Regions regions) {
        this.regions = regions;
    }

    Place locate(String text) {
        if (text == null || text.isBlank()) {
            return new Place(null, null, "");
        }
        Optional<Regions.Province> province = chineseProvince(text);
        String upper = text.toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(upper);
        while (m.find()) {
            words.add(m.group());
        }
        if (province.isEmpty()) {
            for (String word : words) {
                String zh = PROVINCES.get(word);
                if (zh != null) {
                    province = regions.findProvince(zh);
                    break;
                }
            }
        }
        Optional<Regions.City> city = Optional.empty();
        if (province.isPresent()) {
            String code = province.get().code();
            city = regions.cities(code).stream()
                    .filter(c -> text.contains(Regions.shortName(c.name())))
                    .findFirst();
        }
        if (city.isEmpty()) {
            for (String word : words) {
                String[] candidates = CITIES.get(word);
                if (candidates == null) {
                    continue;
                }
                for (int i = 0; i < candidates.length && city.isEmpty(); i += 2) {
                    String provinceName = candidates[i];
                    if (province.isPresent() && !province.get().name().startsWith(provinceName)) {
                        continue;
                    }
                    Optional<Regions.Province> p = regions.findProvince(provinceName);
                    if (p.isPresent()) {
                        city = regions.findCity(p.get().code(), candidates[i + 1]);
                        if (city.isPresent() && province.isEmpty()) {
                            province = p;
                        }
                    }
                }
                if (city.isPresent()) {
                    break;
                }
            }
        }
        if (province.isPresent() && province.get().municipality()) {
            city = Optional.empty();
        }
        StringBuilder keywords = new StringBuilder();
        province.ifPresent(p -> keywords.append(placeWords(p.name())).append(' '));
        city.ifPresent(c -> keywords.append(placeWords(c.name())));
        return new Place(
                province.map(Regions.Province::code).orElse(null),
                city.map(Regions.City::code).orElse(null),
                keywords.toString().strip());
    }

    /**
     * A place's full and short names (温州市 温州): the word segmenter keeps 温州市 whole, so a search for 温州 needs
     * the short form too.
     */
    static String placeWords(String name) {
        String shortName = Regions.shortName(name);
        return shortName.equals(name) ? name : name + " " + shortName;
    }

    private Optional<Regions.Province> chineseProvince(String text) {
        for (Regions.Province p : regions.provinces()) {
            if (text.contains(Regions.shortName(p.name()))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
