-- Seed 002's taxonomy (industries, categories, attribute tags), seed 000's export industries, the mapping
-- between them and HS 2022 chapters (from reference/hs_chapter_zh_industry_map.csv). Ids are fixed UUIDv7
-- values so every installation shares them; every insert is a no-op when the row is already there.

insert into directory.export_industries (id, code, bucket, name_zh, name_en, sort_order) values
    ('01941f29-7c00-7001-8f82-9654d965e2d3', 'textiles-apparel', 'textiles_apparel', '纺织服装', 'Textiles & apparel', 0),
    ('01941f29-7c00-7002-8aa7-da37952f580b', 'electronics', 'electronics', '电子数码', 'Electronics', 1),
    ('01941f29-7c00-7003-bba7-4bcf6ef75c48', 'machinery', 'machinery', '机械制造', 'Machinery', 2),
    ('01941f29-7c00-7004-89a7-6c0001052a5e', 'chemicals', 'chemicals', '化工材料', 'Chemicals & materials', 3),
    ('01941f29-7c00-7005-a763-9cbc47be4cc4', 'home-goods', 'home_goods', '家居用品', 'Home goods', 4),
    ('01941f29-7c00-7006-a347-e810158d349f', 'food-beverage', 'food_beverage', '食品饮料', 'Food & beverages', 5),
    ('01941f29-7c00-7007-8b85-5a751cf4dcac', 'other', 'other', '其他', 'Other', 6)
on conflict do nothing;

insert into directory.tags (id, code, kind, parent_id, group_id, name_zh, name_en, sort_order, created_at, updated_at) values
    ('01941f29-7c00-7008-b5af-12295a0f988d', 'daily-goods', 'INDUSTRY', null, null, '日用百货制造', 'Daily goods manufacturing', 0, now(), now()),
    ('01941f29-7c00-7009-8bf2-7bb639e0818c', 'electronics-3c', 'INDUSTRY', null, null, '电子3C制造', 'Electronics (3C) manufacturing', 1, now(), now()),
    ('01941f29-7c00-700a-b9e2-4b60862d1fb9', 'apparel', 'INDUSTRY', null, null, '服装服饰制造', 'Apparel & accessories manufacturing', 2, now(), now()),
    ('01941f29-7c00-700b-8ce8-2daff7c74739', 'moulds', 'INDUSTRY', null, null, '模具加工服务', 'Mould making services', 3, now(), now()),
    ('01941f29-7c00-700c-98ba-b46c5af54492', 'printing-packaging', 'INDUSTRY', null, null, '印刷包装服务', 'Printing & packaging services', 4, now(), now()),
    ('01941f29-7c00-700d-88c3-7b2cbe830fd6', 'other-processing', 'INDUSTRY', null, null, '其他加工服务', 'Other processing services', 5, now(), now())
on conflict do nothing;

insert into directory.tags (id, code, kind, parent_id, group_id, name_zh, name_en, sort_order, created_at, updated_at)
select v.id, v.code, 'CATEGORY', p.id, null, v.name_zh, v.name_en, v.sort_order, now(), now()
from (values
    ('01941f29-7c00-700e-bffb-4f0e2224b707'::uuid, 'daily-goods.vacuum-flask', 'daily-goods', '保温杯', 'Vacuum flasks & tumblers', 0),
    ('01941f29-7c00-700f-b0db-87310ecacac9'::uuid, 'daily-goods.tableware', 'daily-goods', '餐具', 'Tableware', 1),
    ('01941f29-7c00-7010-8deb-f02a2d97b050'::uuid, 'daily-goods.kitchenware', 'daily-goods', '厨具', 'Kitchenware', 2),
    ('01941f29-7c00-7011-8419-e48e16d84545'::uuid, 'daily-goods.storage', 'daily-goods', '收纳用品', 'Storage & organisers', 3),
    ('01941f29-7c00-7012-89ab-cffaab78acaa'::uuid, 'daily-goods.cleaning', 'daily-goods', '清洁用品', 'Cleaning supplies', 4),
    ('01941f29-7c00-7013-9127-628cb616130d'::uuid, 'daily-goods.plastic-household', 'daily-goods', '塑料日用品', 'Plastic household goods', 5),
    ('01941f29-7c00-7014-a46b-37f0b1fd959b'::uuid, 'daily-goods.bathroom', 'daily-goods', '卫浴用品', 'Bathroom accessories', 6),
    ('01941f29-7c00-7015-85a3-1c704e3de979'::uuid, 'daily-goods.home-decor', 'daily-goods', '家居装饰', 'Home décor', 7),
    ('01941f29-7c00-7016-a24f-cd9d27ad9e15'::uuid, 'electronics-3c.phone-accessories', 'electronics-3c', '手机配件', 'Phone accessories', 0),
    ('01941f29-7c00-7017-a9fc-c770ccefa517'::uuid, 'electronics-3c.chargers-cables', 'electronics-3c', '充电器与数据线', 'Chargers & cables', 1),
    ('01941f29-7c00-7018-a0b6-c1e9ccc17dfb'::uuid, 'electronics-3c.power-banks', 'electronics-3c', '移动电源', 'Power banks', 2),
    ('01941f29-7c00-7019-9fb3-06d806cf22e1'::uuid, 'electronics-3c.audio', 'electronics-3c', '耳机音箱', 'Headphones & speakers', 3),
    ('01941f29-7c00-701a-8af4-92f3400eabda'::uuid, 'electronics-3c.wearables', 'electronics-3c', '智能穿戴', 'Smart wearables', 4),
    ('01941f29-7c00-701b-a9a3-ebdfd709b4cb'::uuid, 'electronics-3c.computer-peripherals', 'electronics-3c', '电脑周边', 'Computer peripherals', 5),
    ('01941f29-7c00-701c-9e77-6c87bd2ebc0f'::uuid, 'electronics-3c.small-appliances', 'electronics-3c', '小家电', 'Small home appliances', 6),
    ('01941f29-7c00-701d-8cea-89fcf94937c8'::uuid, 'electronics-3c.pcba', 'electronics-3c', 'PCBA 电路板组装', 'PCB assembly (PCBA)', 7),
    ('01941f29-7c00-701e-865d-73d2e9319cf3'::uuid, 'apparel.womenswear', 'apparel', '女装', 'Womenswear', 0),
    ('01941f29-7c00-701f-82d3-e7109e9de265'::uuid, 'apparel.menswear', 'apparel', '男装', 'Menswear', 1),
    ('01941f29-7c00-7020-80db-4f2647f8214f'::uuid, 'apparel.childrenswear', 'apparel', '童装', 'Childrenswear', 2),
    ('01941f29-7c00-7021-bbf7-a2cb63ac56b9'::uuid, 'apparel.sportswear', 'apparel', '运动服装', 'Sportswear', 3),
    ('01941f29-7c00-7022-9994-8f37b27fbe8b'::uuid, 'apparel.underwear', 'apparel', '内衣家居服', 'Underwear & loungewear', 4),
    ('01941f29-7c00-7023-a319-cb567283ec7f'::uuid, 'apparel.footwear', 'apparel', '鞋靴', 'Footwear', 5),
    ('01941f29-7c00-7024-a457-4d83794a81d4'::uuid, 'apparel.bags', 'apparel', '箱包', 'Bags & luggage', 6),
    ('01941f29-7c00-7025-bb5b-3f9b4ec2b18e'::uuid, 'apparel.accessories', 'apparel', '服饰配件', 'Hats, scarves & accessories', 7),
    ('01941f29-7c00-7026-bf59-c35d6d0ee1c9'::uuid, 'moulds.injection-moulds', 'moulds', '注塑模具', 'Injection moulds', 0),
    ('01941f29-7c00-7027-a6e6-5c20be21d48d'::uuid, 'moulds.stamping-dies', 'moulds', '冲压模具', 'Stamping dies', 1),
    ('01941f29-7c00-7028-8e35-64c4db83be2a'::uuid, 'moulds.die-casting-moulds', 'moulds', '压铸模具', 'Die-casting moulds', 2),
    ('01941f29-7c00-7029-b929-1a9be22a0351'::uuid, 'moulds.mould-design', 'moulds', '模具设计', 'Mould design', 3),
    ('01941f29-7c00-702a-8423-9d58e17c9ab5'::uuid, 'moulds.blow-moulds', 'moulds', '吹塑模具', 'Blow moulds', 4),
    ('01941f29-7c00-702b-9001-9b6397156af9'::uuid, 'moulds.silicone-moulds', 'moulds', '硅胶模具', 'Silicone moulds', 5),
    ('01941f29-7c00-702c-a6f9-eee44c1f7a6d'::uuid, 'printing-packaging.cartons', 'printing-packaging', '纸箱纸盒', 'Corrugated cartons & boxes', 0),
    ('01941f29-7c00-702d-8676-dd4b9d74b13d'::uuid, 'printing-packaging.gift-boxes', 'printing-packaging', '彩盒礼盒', 'Colour & gift boxes', 1),
    ('01941f29-7c00-702e-85cc-a0e4911b53fa'::uuid, 'printing-packaging.labels', 'printing-packaging', '标签不干胶', 'Labels & stickers', 2),
    ('01941f29-7c00-702f-9268-64f7b2a79967'::uuid, 'printing-packaging.plastic-bags', 'printing-packaging', '塑料包装袋', 'Plastic packaging bags', 3),
    ('01941f29-7c00-7030-ad04-60623566484a'::uuid, 'printing-packaging.paper-bags', 'printing-packaging', '手提纸袋', 'Paper carrier bags', 4),
    ('01941f29-7c00-7031-909e-cad47b04a737'::uuid, 'printing-packaging.brochures', 'printing-packaging', '画册印刷', 'Brochure & catalogue printing', 5),
    ('01941f29-7c00-7032-b803-9122d69dbc7a'::uuid, 'other-processing.injection-moulding', 'other-processing', '注塑加工', 'Injection moulding', 0),
    ('01941f29-7c00-7033-9eaf-dec425c9892d'::uuid, 'other-processing.metal-stamping', 'other-processing', '五金冲压', 'Metal stamping', 1),
    ('01941f29-7c00-7034-9456-34f6730d5644'::uuid, 'other-processing.cnc-machining', 'other-processing', 'CNC 机加工', 'CNC machining', 2),
    ('01941f29-7c00-7035-bfde-b791e054cb26'::uuid, 'other-processing.surface-finishing', 'other-processing', '表面处理', 'Surface finishing (plating, painting)', 3),
    ('01941f29-7c00-7036-9d02-291d7a6efd4d'::uuid, 'other-processing.screen-printing', 'other-processing', '丝印移印', 'Screen & pad printing', 4),
    ('01941f29-7c00-7037-8d9a-c160986a425f'::uuid, 'other-processing.assembly', 'other-processing', '组装加工', 'Assembly services', 5)
) as v (id, code, parent_code, name_zh, name_en, sort_order)
join directory.tags p on p.code = v.parent_code and p.kind = 'INDUSTRY'
on conflict do nothing;

insert into directory.attribute_groups (id, code, name_zh, name_en, sort_order) values
    ('01941f29-7c00-7038-a8bf-de2b8f3f7ba0', 'business-type', '业务类型', 'Business type', 0),
    ('01941f29-7c00-7039-aad8-33753d8b351f', 'capacity', '产能', 'Capacity', 1),
    ('01941f29-7c00-703a-90c8-757b82410b76', 'service', '服务', 'Services', 2)
on conflict do nothing;

insert into directory.tags (id, code, kind, parent_id, group_id, name_zh, name_en, sort_order, created_at, updated_at)
select v.id, v.code, 'ATTRIBUTE', null, g.id, v.name_zh, v.name_en, v.sort_order, now(), now()
from (values
    ('01941f29-7c00-703b-a11f-69e7958415b6'::uuid, 'business-type.production', 'business-type', '生产型', 'Manufacturer', 0),
    ('01941f29-7c00-703c-824c-73c1509bdf1f'::uuid, 'business-type.oem-processing', 'business-type', '代加工型', 'OEM processing', 1),
    ('01941f29-7c00-703d-88df-ecf14d2ef25f'::uuid, 'business-type.stock-clearance', 'business-type', '库存清仓型', 'Stock clearance', 2),
    ('01941f29-7c00-703e-b446-af19fbaef495'::uuid, 'business-type.custom-development', 'business-type', '定制开发型', 'Custom development', 3),
    ('01941f29-7c00-703f-a2a4-cb3b535a5374'::uuid, 'capacity.small-batch', 'capacity', '小批量接单', 'Small batches welcome', 0),
    ('01941f29-7c00-7040-8c03-a133ca042430'::uuid, 'capacity.large-batch', 'capacity', '大批量接单', 'Large batches', 1),
    ('01941f29-7c00-7041-b992-c5f492a91442'::uuid, 'capacity.rush-orders', 'capacity', '急单可接', 'Rush orders accepted', 2),
    ('01941f29-7c00-7042-9453-5a560fa6c191'::uuid, 'service.pickup', 'service', '上门取货', 'Pickup at your site', 0),
    ('01941f29-7c00-7043-8e85-c2419e21c6f5'::uuid, 'service.delivery', 'service', '送货上门', 'Delivery to your door', 1),
    ('01941f29-7c00-7044-bb30-46ef13249fe4'::uuid, 'service.free-samples', 'service', '免费打样', 'Free samples', 2),
    ('01941f29-7c00-7045-83b1-1e072450f989'::uuid, 'service.customisation', 'service', '支持定制', 'Customisation', 3)
) as v (id, code, group_code, name_zh, name_en, sort_order)
join directory.attribute_groups g on g.code = v.group_code
on conflict do nothing;

insert into directory.industry_export_industries (industry_id, export_industry_id)
select i.id, e.id
from (values
    ('daily-goods', 'home-goods'),
    ('electronics-3c', 'electronics'),
    ('apparel', 'textiles-apparel'),
    ('moulds', 'machinery'),
    ('printing-packaging', 'home-goods'),
    ('printing-packaging', 'other'),
    ('other-processing', 'other')
) as v (industry_code, export_code)
join directory.tags i on i.code = v.industry_code and i.kind = 'INDUSTRY'
join directory.export_industries e on e.code = v.export_code
on conflict do nothing;

insert into directory.hs_chapters (chapter, section, name_zh, name_en, export_industry_id)
select v.chapter, v.section, v.name_zh, v.name_en, e.id
from (values
    ('01', 'I', '活动物', 'Animals; live', 'food_beverage'),
    ('02', 'I', '肉及食用杂碎', 'Meat and edible meat offal', 'food_beverage'),
    ('03', 'I', '鱼、甲壳动物、软体动物及其他水生无脊椎动物', 'Fish and crustaceans, molluscs and other aquatic invertebrates', 'food_beverage'),
    ('04', 'I', '乳品；蛋品；天然蜂蜜；其他食用动物产品', 'Dairy produce; birds'' eggs; natural honey; edible products of animal origin, not elsewhere specified or included', 'food_beverage'),
    ('05', 'I', '其他动物产品', 'Animal originated products; not elsewhere specified or included', 'food_beverage'),
    ('06', 'II', '活树及其他活植物；鳞茎、根及类似品；插花及装饰用簇叶', 'Trees and other plants, live; bulbs, roots and the like; cut flowers and ornamental foliage', 'food_beverage'),
    ('07', 'II', '食用蔬菜、根及块茎', 'Vegetables and certain roots and tubers; edible', 'food_beverage'),
    ('08', 'II', '食用水果及坚果；柑橘属水果或甜瓜的果皮', 'Fruit and nuts, edible; peel of citrus fruit or melons', 'food_beverage'),
    ('09', 'II', '咖啡、茶、马黛茶及调味香料', 'Coffee, tea, mate and spices', 'food_beverage'),
    ('10', 'II', '谷物', 'Cereals', 'food_beverage'),
    ('11', 'II', '制粉工业产品；麦芽；淀粉；菊粉；小麦面筋', 'Products of the milling industry; malt, starches, inulin, wheat gluten', 'food_beverage'),
    ('12', 'II', '含油子仁及果实；杂项子仁及果实；工业用或药用植物；稻草、秸秆及饲料', 'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit, industrial or medicinal plants; straw and fodder', 'food_beverage'),
    ('13', 'II', '虫胶；树胶、树脂及其他植物液、汁', 'Lac; gums, resins and other vegetable saps and extracts', 'food_beverage'),
    ('14', 'II', '编结用植物材料；其他植物产品', 'Vegetable plaiting materials; vegetable products not elsewhere specified or included', 'food_beverage'),
    ('15', 'III', '动、植物油、脂及其分解产品；精制食用油脂；动、植物蜡', 'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes', 'food_beverage'),
    ('16', 'IV', '肉、鱼、甲壳动物、软体动物及其他水生无脊椎动物的制品', 'Meat, fish, crustaceans, molluscs or other aquatic invertebrates, or insects; preparations thereof', 'food_beverage'),
    ('17', 'IV', '糖及糖食', 'Sugars and sugar confectionery', 'food_beverage'),
    ('18', 'IV', '可可及可可制品', 'Cocoa and cocoa preparations', 'food_beverage'),
    ('19', 'IV', '谷物、粮食粉、淀粉或乳的制品；糕饼点心', 'Preparations of cereals, flour, starch or milk; pastrycooks'' products', 'food_beverage'),
    ('20', 'IV', '蔬菜、水果、坚果或植物其他部分的制品', 'Preparations of vegetables, fruit, nuts or other parts of plants', 'food_beverage'),
    ('21', 'IV', '杂项食品', 'Miscellaneous edible preparations', 'food_beverage'),
    ('22', 'IV', '饮料、酒及醋', 'Beverages, spirits and vinegar', 'food_beverage'),
    ('23', 'IV', '食品工业的残渣及废料；配制的动物饲料', 'Food industries, residues and wastes thereof; prepared animal fodder', 'food_beverage'),
    ('24', 'IV', '烟草、烟草制品及烟草代用品', 'Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body', 'food_beverage'),
    ('25', 'V', '盐；硫磺；泥土及石料；石膏料、石灰及水泥', 'Salt; sulphur; earths, stone; plastering materials, lime and cement', 'other'),
    ('26', 'V', '矿砂、矿渣及矿灰', 'Ores, slag and ash', 'other'),
    ('27', 'V', '矿物燃料、矿物油及其蒸馏产品；沥青物质；矿物蜡', 'Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes', 'other'),
    ('28', 'VI', '无机化学品；贵金属、稀土金属、放射性元素及其同位素的化合物', 'Inorganic chemicals; organic and inorganic compounds of precious metals; of rare earth metals, of radio-active elements and of isotopes', 'chemicals'),
    ('29', 'VI', '有机化学品', 'Organic chemicals', 'chemicals'),
    ('30', 'VI', '药品', 'Pharmaceutical products', 'chemicals'),
    ('31', 'VI', '肥料', 'Fertilizers', 'chemicals'),
    ('32', 'VI', '鞣料浸膏及染料浸膏；染料、颜料及其他着色料；油漆及清漆；油灰及其他胶粘剂；墨水、油墨', 'Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints, varnishes; putty, other mastics; inks', 'chemicals'),
    ('33', 'VI', '精油及香膏；芳香料制品及化妆盥洗品', 'Essential oils and resinoids; perfumery, cosmetic or toilet preparations', 'chemicals'),
    ('34', 'VI', '肥皂、有机表面活性剂、洗涤剂、润滑剂、人造蜡、调制蜡、光洁剂、蜡烛及类似品', 'Soap, organic surface-active agents; washing, lubricating, polishing or scouring preparations; artificial or prepared waxes, candles and similar articles, modelling pastes, dental waxes and dental preparations with a basis of plaster', 'chemicals'),
    ('35', 'VI', '蛋白类物质；改性淀粉；胶；酶', 'Albuminoidal substances; modified starches; glues; enzymes', 'chemicals'),
    ('36', 'VI', '炸药；烟火制品；火柴；引火合金；易燃材料制品', 'Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations', 'chemicals'),
    ('37', 'VI', '照相及电影用品', 'Photographic or cinematographic goods', 'chemicals'),
    ('38', 'VI', '杂项化学产品', 'Chemical products n.e.c.', 'chemicals'),
    ('39', 'VII', '塑料及其制品', 'Plastics and articles thereof', 'chemicals'),
    ('40', 'VII', '橡胶及其制品', 'Rubber and articles thereof', 'chemicals'),
    ('41', 'VIII', '生皮（毛皮除外）及皮革', 'Raw hides and skins (other than furskins) and leather', 'textiles_apparel'),
    ('42', 'VIII', '皮革制品；鞍具及挽具；旅行用品、手提包及类似容器；动物肠线制品', 'Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)', 'textiles_apparel'),
    ('43', 'VIII', '毛皮、人造毛皮及其制品', 'Furskins and artificial fur; manufactures thereof', 'textiles_apparel'),
    ('44', 'IX', '木及木制品；木炭', 'Wood and articles of wood; wood charcoal', 'home_goods'),
    ('45', 'IX', '软木及软木制品', 'Cork and articles of cork', 'other'),
    ('46', 'IX', '稻草、秸秆、针茅或其他编结材料制品；篮筐及柳条编结品', 'Manufactures of straw, esparto or other plaiting materials; basketware and wickerwork', 'home_goods'),
    ('47', 'X', '木浆及其他纤维状纤维素浆；回收（废碎）纸或纸板', 'Pulp of wood or other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard', 'other'),
    ('48', 'X', '纸及纸板；纸浆、纸或纸板制品', 'Paper and paperboard; articles of paper pulp, of paper or paperboard', 'home_goods'),
    ('49', 'X', '书籍、报纸、印刷图画及其他印刷品；手稿、打字稿及设计图纸', 'Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans', 'other'),
    ('50', 'XI', '蚕丝', 'Silk', 'textiles_apparel'),
    ('51', 'XI', '羊毛、动物细毛或粗毛；马毛纱线及其机织物', 'Wool, fine or coarse animal hair; horsehair yarn and woven fabric', 'textiles_apparel'),
    ('52', 'XI', '棉花', 'Cotton', 'textiles_apparel'),
    ('53', 'XI', '其他植物纺织纤维；纸纱线及其机织物', 'Vegetable textile fibres; paper yarn and woven fabrics of paper yarn', 'textiles_apparel'),
    ('54', 'XI', '化学纤维长丝；化学纤维纺织材料制扁条及类似品', 'Man-made filaments; strip and the like of man-made textile materials', 'textiles_apparel'),
    ('55', 'XI', '化学纤维短纤', 'Man-made staple fibres', 'textiles_apparel'),
    ('56', 'XI', '絮胎、毡呢及无纺织物；特种纱线；线、绳、索、缆及其制品', 'Wadding, felt and nonwovens, special yarns; twine, cordage, ropes and cables and articles thereof', 'textiles_apparel'),
    ('57', 'XI', '地毯及纺织材料的其他铺地制品', 'Carpets and other textile floor coverings', 'textiles_apparel'),
    ('58', 'XI', '特种机织物；簇绒织物；花边；装饰毯；装饰带；刺绣品', 'Fabrics; special woven fabrics, tufted textile fabrics, lace, tapestries, trimmings, embroidery', 'textiles_apparel'),
    ('59', 'XI', '浸渍、涂布、包覆或层压的纺织物；工业用纺织制品', 'Textile fabrics; impregnated, coated, covered or laminated; textile articles of a kind suitable for industrial use', 'textiles_apparel'),
    ('60', 'XI', '针织物及钩编织物', 'Fabrics; knitted or crocheted', 'textiles_apparel'),
    ('61', 'XI', '针织或钩编的服装及衣着附件', 'Apparel and clothing accessories; knitted or crocheted', 'textiles_apparel'),
    ('62', 'XI', '非针织或非钩编的服装及衣着附件', 'Apparel and clothing accessories; not knitted or crocheted', 'textiles_apparel'),
    ('63', 'XI', '其他纺织制成品；成套物品；旧衣着及旧纺织品；碎织物', 'Textiles, made up articles; sets; worn clothing and worn textile articles; rags', 'textiles_apparel'),
    ('64', 'XII', '鞋靴、护腿及类似品及其零件', 'Footwear; gaiters and the like; parts of such articles', 'textiles_apparel'),
    ('65', 'XII', '帽类及其零件', 'Headgear and parts thereof', 'textiles_apparel'),
    ('66', 'XII', '雨伞、阳伞、手杖、鞭子、马鞭及其零件', 'Umbrellas, sun umbrellas, walking-sticks, seat sticks, whips, riding crops; and parts thereof', 'home_goods'),
    ('67', 'XII', '已加工羽毛、羽绒及其制品；人造花；人发制品', 'Feathers and down, prepared; and articles made of feather or of down; artificial flowers; articles of human hair', 'textiles_apparel'),
    ('68', 'XIII', '石料、石膏、水泥、石棉、云母及类似材料的制品', 'Stone, plaster, cement, asbestos, mica or similar materials; articles thereof', 'other'),
    ('69', 'XIII', '陶瓷产品', 'Ceramic products', 'home_goods'),
    ('70', 'XIII', '玻璃及其制品', 'Glass and glassware', 'home_goods'),
    ('71', 'XIV', '天然或养殖珍珠、宝石或半宝石、贵金属及其制品；仿首饰；硬币', 'Natural, cultured pearls; precious, semi-precious stones; precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin', 'other'),
    ('72', 'XV', '钢铁', 'Iron and steel', 'other'),
    ('73', 'XV', '钢铁制品', 'Iron or steel articles', 'home_goods'),
    ('74', 'XV', '铜及其制品', 'Copper and articles thereof', 'other'),
    ('75', 'XV', '镍及其制品', 'Nickel and articles thereof', 'other'),
    ('76', 'XV', '铝及其制品', 'Aluminium and articles thereof', 'home_goods'),
    ('78', 'XV', '铅及其制品', 'Lead and articles thereof', 'other'),
    ('79', 'XV', '锌及其制品', 'Zinc and articles thereof', 'other'),
    ('80', 'XV', '锡及其制品', 'Tin; articles thereof', 'other'),
    ('81', 'XV', '其他贱金属、金属陶瓷及其制品', 'Metals; n.e.c., cermets and articles thereof', 'other'),
    ('82', 'XV', '贱金属工具、器具、利口器、餐匙、餐叉及其零件', 'Tools, implements, cutlery, spoons and forks, of base metal; parts thereof, of base metal', 'home_goods'),
    ('83', 'XV', '贱金属杂项制品', 'Metal; miscellaneous products of base metal', 'home_goods'),
    ('84', 'XVI', '核反应堆、锅炉、机器、机械器具及其零件', 'Machinery and mechanical appliances, boilers, nuclear reactors; parts thereof', 'machinery'),
    ('85', 'XVI', '电机、电气设备及其零件；录音机及放声机、电视图像及声音的录制和重放设备及其零件、附件', 'Electrical machinery and equipment and parts thereof; sound recorders and reproducers; television image and sound recorders and reproducers, parts and accessories of such articles', 'electronics'),
    ('86', 'XVII', '铁道及电车道机车、车辆及其零件；轨道固定装置及其零件；机械交通信号设备', 'Railway, tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds', 'machinery'),
    ('87', 'XVII', '车辆及其零件、附件（铁道及电车道车辆除外）', 'Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof', 'machinery'),
    ('88', 'XVII', '航空器、航天器及其零件', 'Aircraft, spacecraft, and parts thereof', 'machinery'),
    ('89', 'XVII', '船舶及浮动结构体', 'Ships, boats and floating structures', 'machinery'),
    ('90', 'XVIII', '光学、照相、电影、计量、检验、医疗或外科用仪器及设备、精密仪器及设备；零件及附件', 'Optical, photographic, cinematographic, measuring, checking, medical or surgical instruments and apparatus; parts and accessories', 'electronics'),
    ('91', 'XVIII', '钟表及其零件', 'Clocks and watches and parts thereof', 'electronics'),
    ('92', 'XVIII', '乐器及其零件、附件', 'Musical instruments; parts and accessories of such articles', 'other'),
    ('93', 'XIX', '武器、弹药及其零件、附件', 'Arms and ammunition; parts and accessories thereof', 'other'),
    ('94', 'XX', '家具；寝具、褥垫、弹簧床垫、软坐垫及类似填充制品；未列名灯具及照明装置；发光标志；活动房屋', 'Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; lamps and lighting fittings, n.e.c.; illuminated signs, illuminated name-plates and the like; prefabricated buildings', 'home_goods'),
    ('95', 'XX', '玩具、游戏品、运动用品及其零件、附件', 'Toys, games and sports requisites; parts and accessories thereof', 'home_goods'),
    ('96', 'XX', '杂项制品', 'Miscellaneous manufactured articles', 'home_goods'),
    ('97', 'XXI', '艺术品、收藏品及古物', 'Works of art; collectors'' pieces and antiques', 'other'),
    ('99', 'TOTAL', '', 'Commodities not specified according to kind', 'other')
) as v (chapter, section, name_zh, name_en, bucket)
join directory.export_industries e on e.bucket = v.bucket
on conflict do nothing;
