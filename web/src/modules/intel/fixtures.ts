import type { IndustrySearch, Reference, Trend, WeeklyReport } from './api'

/** Test data in the shapes the server sends. */
export function aReference(): Reference {
  return {
    industries: [
      { code: 'textiles-apparel', nameZh: '纺织服装', nameEn: 'Textiles & apparel', hsChapters: ['61', '62'] },
      { code: 'home-goods', nameZh: '家居日用', nameEn: 'Home goods', hsChapters: ['73'] },
    ],
    regions: [
      { code: 'north-america', nameZh: '北美', nameEn: 'North America', countries: ['US', 'CA'] },
      { code: 'europe', nameZh: '欧洲', nameEn: 'Europe', countries: ['DE', 'GB'] },
    ],
    products: [{ code: 'hoodies', nameZh: '卫衣', nameEn: 'Hoodies', industry: 'textiles-apparel', hsChapter: '61' }],
  }
}

function figures(plays: number, change = 0.25) {
  return {
    videos: 12,
    plays,
    playsText: '',
    likes: Math.round(plays / 20),
    likesText: '',
    shares: 10,
    comments: 5,
    saves: 3,
    engagementRate: 0.0421,
    videosChange: 0.5,
    playsChange: change,
  }
}

export function aSearch(overrides: Partial<IndustrySearch> = {}): IndustrySearch {
  const period = { code: '30d', from: '2026-10-24', to: '2026-11-22', previousFrom: '2026-09-24', previousTo: '2026-10-23' }
  return {
    industry: 'textiles-apparel',
    industryNameZh: '纺织服装',
    product: null as unknown as string,
    region: null as unknown as string,
    country: null as unknown as string,
    period,
    total: figures(3_562_000),
    regions: [
      { region: 'north-america', nameZh: '北美', nameEn: 'North America', figures: figures(3_562_000), summaryZh: '北美纺织服装类视频播放量 356.2万' },
      { region: 'europe', nameZh: '欧洲', nameEn: 'Europe', figures: figures(120_000, -0.1), summaryZh: '' },
    ],
    countries: [
      { country: 'US', nameZh: '美国', nameEn: 'United States', region: 'north-america', regionNameZh: '北美', figures: figures(3_000_000) },
      { country: 'DE', nameZh: '德国', nameEn: 'Germany', region: 'europe', regionNameZh: '欧洲', figures: figures(120_000) },
    ],
    topVideos: [
      {
        id: 'v-1', videoId: '7300', url: 'https://www.tiktok.com/@a/video/7300', text: 'Hoodie factory OEM', accountHandle: 'humen_knit', accountNickname: 'Humen Knit',
        factoryId: 'fac-1', industry: 'textiles-apparel', product: 'hoodies', country: 'US', publishedAt: '2026-11-20T00:00:00Z', plays: 356_000, playsText: '35.6万',
        likes: 1, shares: 1, comments: 1, engagementRate: 0.05, synthetic: true,
      },
    ],
    topAccounts: [
      {
        id: 'acc-1', handle: 'humen_knit', nickname: '虎门针织厂', profileUrl: 'https://www.tiktok.com/@humen_knit', followers: 12_000, followersText: '1.2万',
        factoryId: 'fac-1', b2bScore: 0.8, b2bSignals: ['OEM'], qualityFlags: [], videos: 3, plays: 400_000, playsText: '40万', engagementRate: 0.05,
      },
    ],
    hotProducts: [
      { rank: 1, product: 'hoodies', nameZh: '卫衣', nameEn: 'Hoodies', industry: 'textiles-apparel', hsChapter: '61', figures: figures(356_000), hot: true, hotReasonZh: '播放量第一', sampleVideos: [] },
    ],
    countryAdvice: [
      { kind: 'COUNTRY', code: 'US', nameZh: '美国', score: 82.4, parts: [], reasonsZh: ['美国播放量最高（300万）'] },
    ],
    regionAdvice: [],
    tradeDataNote: '贸易数据为合成示例',
    ...overrides,
  }
}

export function aTrend(): Trend {
  return {
    industry: 'textiles-apparel',
    product: null as unknown as string,
    region: null as unknown as string,
    country: null as unknown as string,
    period: { code: '30d', from: '2026-11-21', to: '2026-11-22', previousFrom: '2026-11-19', previousTo: '2026-11-20' },
    days: [
      { day: '2026-11-21', videos: 3, plays: 1000, previousPlays: 800 },
      { day: '2026-11-22', videos: 4, plays: 2000, previousPlays: 900 },
    ],
  }
}

export function aReport(overrides: Partial<WeeklyReport> = {}): WeeklyReport {
  return {
    id: 'rep-1',
    version: 2,
    week: '2026-W47',
    from: '2026-11-16',
    to: '2026-11-22',
    complete: true,
    headlinesZh: ['北美纺织服装类视频播放量 356.2万，环比增长 25%', '爆款：卫衣（播放量第一）'],
    industries: [
      {
        industry: 'textiles-apparel',
        nameZh: '纺织服装',
        total: figures(3_562_000),
        regions: [{ region: 'north-america', nameZh: '北美', nameEn: 'North America', figures: figures(3_562_000), summaryZh: '' }],
        headlineZh: '北美纺织服装类视频播放量 356.2万',
      },
    ],
    hotProducts: aSearch().hotProducts,
    emergingAccounts: aSearch().topAccounts.map((a, i) => ({
      id: a.id,
      handle: a.handle,
      nickname: a.nickname,
      profileUrl: a.profileUrl,
      followers: a.followers,
      followersText: a.followersText,
      factoryId: a.factoryId,
      b2bScore: a.b2bScore,
      qualityFlags: a.qualityFlags,
      videos: a.videos,
      plays: a.plays,
      playsText: a.playsText,
      engagementRate: a.engagementRate,
      kind: i === 0 ? 'NEW' : 'GROWING',
      followersGained: i === 0 ? 0 : 5_000,
      followersGrowth: i === 0 ? (null as unknown as number) : 0.5,
      playsGained: i === 0 ? 0 : 10_000,
      playsGrowth: i === 0 ? (null as unknown as number) : 0.4762,
      reasonZh: i === 0 ? '新账号：首条视频发布于 2026-11-18' : '快速成长：粉丝一周增长 50%（+5000）',
    })),
    news: [{ title: '欧盟纺织品新规', summary: '摘要', source: '商务部', url: 'https://example.com/n', date: '2026-11-18' }],
    generatedAt: '2026-11-23T00:00:00Z',
    ...overrides,
  }
}
