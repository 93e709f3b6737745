package com.realsourcing.intel.infra;

import com.realsourcing.intel.domain.NewsFeeds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Offline feeds: every fetch gives the last three days' items of a feed, the same ones for the same day (so a
 * second fetch adds nothing), with headlines of the kind exporters follow. Marked [示例] so nobody takes them for news.
 */
@Component
@ConditionalOnProperty(name = "realsourcing.intel.news.mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxNewsFeeds implements NewsFeeds {

    private static final String[][] HEADLINES = {
        {"[示例] 多国调整纺织品进口关税，出口企业需关注原产地规则", "关税调整涉及针织服装与家纺，建议核对 HS 编码与原产地证书。"},
        {"[示例] 东南亚电商平台扩大跨境商家入驻，小家电需求走强", "平台数据显示厨房小家电与个护电器搜索量环比上升。"},
        {"[示例] 欧盟新规要求电子产品统一充电接口", "出口至欧盟的手机、耳机等需满足 USB-C 接口要求。"},
        {"[示例] 中东家居用品采购旺季来临", "斋月前家居与厨具采购集中，买家偏好小批量多款式。"},
        {"[示例] 美国海关加强对进口食品标签的抽查", "食品饮料出口需核对英文标签、成分与过敏原说明。"},
        {"[示例] 拉美机械设备进口需求回升", "巴西、墨西哥对包装机械与注塑设备的询盘增加。"}
    };

    private final Clock clock;

    SandboxNewsFeeds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Result fetch(Request request) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        int base = Math.floorMod(request.url().hashCode(), HEADLINES.length);
        List<Entry> entries = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            LocalDate date = today.minusDays(day);
            String[] h = HEADLINES[(base + (int) date.toEpochDay()) % HEADLINES.length];
            entries.add(new Entry(h[0], h[1], request.url() + "#" + date, date));
        }
        return new Result(false, "示例资讯源", entries, null, null);
    }
}
