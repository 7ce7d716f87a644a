package org.rectify.sync.demo;

import java.util.List;

/** The names the demo data is made of: Shenzhen's ten districts, categories, problems, channels. */
final class DemoCatalog {

    /** A district, its share of subscribers, how prone to complaints it is, and its service centers. */
    record District(String name, double subscriberWeight, double complaintPropensity, double monthlyGrowth,
                    List<String> serviceCenters) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("福田", 0.125, 0.90, 0.0000, List.of("福田", "华强", "香蜜湖", "梅林")),
            new District("罗湖", 0.080, 0.95, -0.0005, List.of("东门", "翠竹", "莲塘")),
            new District("南山", 0.115, 0.85, 0.0005, List.of("南山", "蛇口", "西丽", "科技园")),
            new District("盐田", 0.025, 1.00, 0.0000, List.of("盐田", "沙头角")),
            new District("宝安", 0.220, 1.05, 0.0010, List.of("西乡", "新安", "沙井", "福永", "石岩")),
            new District("龙岗", 0.200, 1.05, 0.0010, List.of("龙岗", "布吉", "横岗", "坂田", "平湖")),
            new District("龙华", 0.120, 1.15, 0.0020, List.of("龙华", "民治", "观澜", "大浪")),
            new District("坪山", 0.035, 1.25, 0.0025, List.of("坪山", "坑梓")),
            new District("光明", 0.045, 1.20, 0.0020, List.of("光明", "公明")),
            new District("大鹏", 0.015, 1.10, 0.0010, List.of("大鹏", "葵涌", "南澳")));

    static final String BILLING = "费用争议";
    static final String INSTALL = "装维服务";
    static final String CHANNEL_SERVICE = "渠道服务";

    /** Categories other than billing and install, with their weight within the rest. */
    static final List<String> OTHER_CATEGORIES = List.of(CHANNEL_SERVICE, "网络质量", "营销宣传", "客户服务", "业务受理");
    static final double[] OTHER_CATEGORY_WEIGHTS = {0.28, 0.32, 0.16, 0.12, 0.12};

    /** Problems per category; the first of 装维服务 is the TOP problem the seed figures speak of. */
    static List<String> problems(String category) {
        return switch (category) {
            case INSTALL -> List.of("宽带修障超时", "宽带装机超时", "预约后未按时上门", "收费后无法装机", "宽带故障反复",
                    "装维人员服务态度差", "宽带移机超时", "资源不足无法装机", "修障后未回访", "施工不规范", "ITV装机超时",
                    "固话修障超时", "光猫故障更换不及时", "装维人员私自收费", "上门未携带设备", "宽带网速达不到签约速率",
                    "拆机不及时", "ITV画面卡顿未修复", "布线不美观", "装机后未测试", "固话装机超时", "线路超长无法开通",
                    "无主干资源", "配线错误", "修障工单被无故回单", "预约时间频繁变更", "装维人员未出示工牌", "设备回收不及时",
                    "宽带频繁掉线", "楼道箱故障", "入户线损坏未处理", "ITV遥控器故障", "装维人员上门后未处理",
                    "宽带账号开通错误", "路由器配置收费争议", "光纤改造预约失败", "工单超时未派", "宽带提速未生效",
                    "修障后网速变慢", "装维人员爽约", "固话杂音未修复", "移机后无法上网");
            case BILLING -> List.of("套餐费用与宣传不符", "流量费用异常", "国际漫游费用争议", "增值业务未订购扣费",
                    "宽带到期续费争议", "话费账单不清", "短信业务扣费", "靓号低消争议", "违约金争议", "预存话费未到账",
                    "赠送话费未到账", "积分兑换争议", "退费不及时", "合约机返费未到账", "停机保号收费", "宽带重复收费",
                    "号码欠费停机争议", "交费未到账", "月租费变更未告知", "流量包未生效", "来电显示收费", "彩铃业务扣费",
                    "长途话费异常", "天翼视讯扣费", "手机报扣费", "副卡费用争议", "宽带拆机后继续收费", "发票开具争议",
                    "话费充值失败", "托收扣款错误", "亲情号码费用争议", "套餐变更未生效", "漫游通话费用异常",
                    "数据业务包月争议", "代扣费用争议", "押金退还争议", "固话月租争议", "ITV点播扣费", "翼支付扣款争议",
                    "充值卡无法充值");
            case CHANNEL_SERVICE -> List.of("营业厅排队时间长", "营业员态度差", "营业员业务不熟悉", "代理商违规办理",
                    "营业厅无法办理业务", "业务办理错误", "代办点乱收费", "营业厅设备故障", "补卡手续繁琐", "过户办理困难",
                    "实名登记错误", "营业厅未按时开门", "网厅无法登录", "网厅办理失败", "掌厅功能异常", "代理商虚假宣传",
                    "办理后未开通", "资料被冒用", "终端销售争议", "营业厅拒绝办理", "客户经理服务差", "客户经理联系不上",
                    "销号办理困难", "翼支付开通失败", "预约单未处理", "营业厅环境差", "赠品未兑现", "发票打印失败",
                    "营业员推销强硬", "业务承诺未兑现");
            case "网络质量" -> List.of("手机信号弱", "室内无信号", "3G网络速度慢", "通话断续", "掉话", "无法接通", "宽带网速慢",
                    "上网频繁断线", "短信收发延迟", "小区无覆盖", "地铁沿线信号差", "高层信号差", "固话串线", "数据业务无法使用",
                    "基站故障", "信号切换异常", "语音质量差", "视频通话失败", "游戏延迟高", "网页打不开", "DNS解析异常",
                    "国际访问慢", "WiFi热点无法连接", "手机无法上网", "村村通信号差", "新楼盘无覆盖", "电梯内无信号",
                    "地下车库无信号", "跨区通话异常", "号码显示异常", "呼叫转移失效", "固话无拨号音", "宽带无法认证",
                    "光纤中断", "网络割接未通知");
            case "营销宣传" -> List.of("宣传内容不实", "促销活动规则不清", "优惠未兑现", "强制捆绑销售", "未经同意开通业务",
                    "短信营销骚扰", "电话营销骚扰", "合约条款未告知", "赠送活动取消", "积分活动争议", "抽奖活动争议", "宣传单误导",
                    "网上宣传与实际不符", "校园套餐宣传误导", "流量不限量宣传争议", "终端优惠未兑现", "老用户无法参与活动",
                    "活动到期未告知", "广告骚扰", "营销短信无法退订");
            case "客户服务" -> List.of("10000号难以接通", "客服人员态度差", "客服答复不一致", "投诉处理不及时", "承诺回复未回复",
                    "客服记录错误", "转接频繁", "人工服务等待长", "回访骚扰", "客服推诿", "处理结果不满意", "重复投诉未解决",
                    "客服泄露信息", "服务密码重置困难", "查询结果错误", "语音导航复杂", "工单超时未处理", "客服挂断电话");
            case "业务受理" -> List.of("业务开通不及时", "号码无法过户", "停复机异常", "携号转网争议", "套餐变更失败", "业务无法取消",
                    "实名制补登失败", "宽带账号密码重置失败", "国际漫游开通失败", "副卡办理失败", "号码被停机", "业务被错误取消",
                    "增值业务退订失败", "积分查询异常", "密码锁定", "宽带续约失败", "固话移机受理失败", "手机换卡失败");
            default -> throw new IllegalArgumentException("no problems for " + category);
        };
    }

    /** 受理渠道 and their weights. */
    static final List<String> CHANNELS = List.of("10000号", "营业厅", "网上营业厅", "微信", "短信", "客户经理", "手机营业厅");
    static final double[] CHANNEL_WEIGHTS = {0.62, 0.12, 0.08, 0.07, 0.04, 0.04, 0.03};

    static final List<String> REGULATOR_CHANNELS = List.of("工信部", "通管局");
    static final double[] REGULATOR_WEIGHTS = {0.4, 0.6};
    static final List<String> OTHER_MAJOR_CHANNELS = List.of("集团客服", "省公司", "媒体");
    static final double[] OTHER_MAJOR_WEIGHTS = {0.35, 0.50, 0.15};
    /** Escalations outside the major group: they must not count as major. */
    static final List<String> MINOR_CHANNELS = List.of("市公司", "12345热线");
    static final double[] MINOR_RATES = {0.0040, 0.0020};

    /** Non-complaint kinds, as a share of the month's complaints. */
    static final List<String> OTHER_KINDS = List.of("咨询", "建议", "表扬", "举报");
    static final double[] OTHER_KIND_RATES = {0.033, 0.011, 0.0066, 0.0044};

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华辉鹏斌宇浩凯健俊帆帅旭宁龙林欣晨婷";

    static final List<String> MOBILE_PREFIXES = List.of("133", "153", "180", "181", "189", "177", "173");
    static final List<String> DESCRIPTION_ENDINGS = List.of("要求尽快处理", "多次联系未果", "对处理结果不满意", "要求给予解释",
            "要求退还费用", "要求上门处理");

    private DemoCatalog() {
    }
}
