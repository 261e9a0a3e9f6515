import type { DataSource } from 'typeorm';
import { BRANCH_CODES, DEMO_CAMPAIGN_IDS } from '@retention/domain';
import { addMonths, monthOf, quarterOf, quarterOfDay, today, type Quarter } from '../common/period';

/**
 * The year the demo billing data covers (services/segments' generator ends at 2026-10 by
 * default): targets are set for it, and its quarters get sessions and attendance.
 */
export const DEMO_DATA_YEAR = 2026;

/** Branch size as in the demo data generator (its BRANCH_PROFILES weights): staff numbers scale with it. */
const BRANCH_WEIGHT: Record<string, number> = {
  CD: 25, ZG: 4, PZH: 2, LZ: 5, DY: 6, MY: 7, GY: 3, SN: 4, NJ: 4, LS: 5, NC: 6, MS: 4, YB: 5, GA: 4, DZ: 5, YA: 2, BZ: 3, ZY: 3, AB: 1.5, GZ: 1.5, LSZ: 4,
};

/**
 * Monthly average mid-high-end customers per branch in the default demo data (50 000
 * subscribers, seed 1), measured once through segments' import and refresh; targets scale
 * with DEMO_SUBSCRIBERS.
 */
const DEMO_MID_HIGH_END_AVG: Record<string, number> = {
  CD: 1634, ZG: 179, PZH: 120, LZ: 262, DY: 289, MY: 351, GY: 127, SN: 179, NJ: 189, LS: 240, NC: 265, MS: 191, YB: 252, GA: 181, DZ: 235, YA: 83, BZ: 100, ZY: 119, AB: 69, GZ: 62, LSZ: 159,
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '华', '婷', '鹏', '晨', '欣', '雪', '博', '宇', '佳', '怡', '浩', '琳', '帆', '倩', '凯', '颖', '蕾', '昊'];

/** A deterministic pseudo-random number in [0, 1) from a text key. */
function unit(key: string): number {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 3266489909) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

const nameOf = (key: string) => `${SURNAMES[Math.floor(unit(`${key}:s`) * SURNAMES.length)]}${GIVEN[Math.floor(unit(`${key}:g`) * GIVEN.length)]}`;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

/** Staff per branch and role, scaled by branch size: 3–15. */
export function demoStaffCounts(branch: string): { BRANCH_PLANNER: number; PHONE_MANAGER: number; FRONT_DESK: number } {
  const w = BRANCH_WEIGHT[branch] ?? 3;
  return { BRANCH_PLANNER: clamp(2.5 + w * 0.22, 3, 8), PHONE_MANAGER: clamp(3 + w * 0.5, 3, 15), FRONT_DESK: clamp(3.5 + w * 0.55, 3, 15) };
}

interface DemoCourse {
  code: string;
  title: string;
  description: string;
  category: string;
  audience: string[];
  hours: number;
  passMark: number;
  modules: string[];
  materials?: { kind: string; title: string; url?: string; fileName?: string; sizeBytes?: number; mimeType?: string }[];
  campaignId?: string;
}

/** From the seeds: 002's 营业厅熟客, 000's 百万客户大拜访 and §5's planner topics and front-line basics, 004's talk track. */
export const DEMO_COURSES: DemoCourse[] = [
  {
    code: 'SHOP-REGULARS', title: '营业厅熟客营销与服务', category: 'SERVICE', audience: ['FRONT_DESK'], hours: 12, passMark: 70,
    description: '让营业厅的过客成为熟客：熟客识别、价值化管理、线下引导与电子渠道分流、现场管理（种子 002）。',
    modules: ['第一模块：让营业厅的过客成为熟客', '第二模块：营业厅熟客识别与价值化管理', '第三模块：基于营业厅熟客的线下引导与电子渠道分流', '第四模块：营业厅熟客现场管理'],
    materials: [{ kind: 'ATTACHMENT', title: '课程讲义（熟客营销）', fileName: '营业厅熟客营销讲义.pptx', sizeBytes: 4_812_000, mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' }],
  },
  {
    code: 'MILLION-VISITS', title: '百万客户大拜访', category: 'VISIT', audience: ['PHONE_MANAGER'], hours: 6, passMark: 70,
    description: '持续推动主顾300；每天完成7+3拜访（7个电话、3次面访）；熟练掌握拜访技巧（种子 000）。',
    modules: ['理念篇：知道和不知道', '拜访篇：心动不如行动（拜访五要素）', '话术篇：完美的拜访是设计出来的'],
    materials: [{ kind: 'LINK', title: '拜访记录表模板', url: 'https://intranet.example.com/training/visit-log' }],
  },
  {
    code: 'PLAN-TARIFF', title: '策划专题：资费产品', category: 'TOPICAL', audience: ['BRANCH_PLANNER'], hours: 8, passMark: 60,
    description: '每季度一次专题培训：系统理论与各资费产品内容（商旅套餐、合家欢、集团V网）（种子 000 §5）。', modules: ['系统理论', '商旅套餐与产品归位', '合家欢与V网'],
  },
  {
    code: 'PLAN-MEASURES', title: '策划专题：保有措施', category: 'TOPICAL', audience: ['BRANCH_PLANNER'], hours: 8, passMark: 60,
    description: '存费送费、网龄营销、终端营销等保有措施的设计与后评估（种子 000 §5）。', modules: ['保有分类与措施矩阵', '对照组与后评估'],
  },
  {
    code: 'PLAN-SIMULATION', title: '策划专题：模拟实验', category: 'TOPICAL', audience: ['BRANCH_PLANNER'], hours: 6, passMark: 60,
    description: '模拟实验提高基本技能：用经分数据做客户细分、目标清单与样本量测算（种子 000 §5）。', modules: ['客户细分上机', '样本量与功效测算'],
  },
  {
    code: 'PLAN-SITE-VISIT', title: '策划专题：现场观摩', category: 'TOPICAL', audience: ['BRANCH_PLANNER'], hours: 6, passMark: 60,
    description: '现场观摩或项目学习：到试点分公司观摩电话经理闭环管理（种子 000 §5）。', modules: ['试点分公司现场观摩', '项目复盘'],
  },
  {
    code: 'FRONT-BASICS', title: '一线基础：业务、系统与保有', category: 'FRONT_LINE', audience: ['FRONT_DESK', 'PHONE_MANAGER'], hours: 8, passMark: 60,
    description: '前台服务人员：基础业务、系统功能、基本保有措施、沟通技巧、团队协作（种子 000 §5，分公司组织）。',
    modules: ['基础业务', '系统功能', '基本保有措施', '沟通技巧', '团队协作'],
  },
  {
    code: 'TALK-TENURE', title: '网龄计划：营销必说话术', category: 'TALK_TRACK', audience: ['PHONE_MANAGER', 'FRONT_DESK'], hours: 2, passMark: 80,
    description: '活动执行前必须完成的必说话术培训（种子 004）：网龄回馈政策、档次说明与异议处理。', modules: ['活动政策与档次', '必说话术演练', '异议处理'],
    campaignId: DEMO_CAMPAIGN_IDS.provinceTenure,
  },
];

/** Branches whose Q4 planner topic is missing in the demo, so the quarterly rule shows a flag. */
const NO_Q4_PLANNER_SESSION = ['AB', 'GZ', 'LSZ'];

const day = (quarter: Quarter, monthOffset: number, dayOfMonth: number) =>
  `${addMonths(monthOf(quarter.year, Number(quarter.start.slice(5, 7))), monthOffset).key}-${String(dayOfMonth).padStart(2, '0')}`;

interface PlannedSession {
  course: string;
  level: 'PROVINCE' | 'BRANCH';
  branch: string | null;
  date: string;
  place: string;
  trainer: string;
}

function quarterSessions(quarter: Quarter): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  const topic = ['PLAN-TARIFF', 'PLAN-MEASURES', 'PLAN-SIMULATION', 'PLAN-SITE-VISIT'][quarter.quarter - 1];
  if (quarter.quarter === 4) {
    BRANCH_CODES.forEach((b, i) => {
      if (!NO_Q4_PLANNER_SESSION.includes(b)) sessions.push({ course: topic, level: 'BRANCH', branch: b, date: day(quarter, 1, 3 + (i % 20)), place: `${b} 分公司会议室`, trainer: '周婷' });
    });
  } else {
    sessions.push({ course: topic, level: 'PROVINCE', branch: null, date: day(quarter, 1, 16), place: '省公司培训中心（成都）', trainer: '周婷' });
  }
  const frontDesk = quarter.quarter % 2 === 1 ? 'FRONT-BASICS' : 'SHOP-REGULARS';
  BRANCH_CODES.forEach((b, i) => {
    sessions.push({ course: frontDesk, level: 'BRANCH', branch: b, date: day(quarter, 0, 8 + (i % 18)), place: `${b} 营业厅培训室`, trainer: `${b} 分公司内训师` });
    // Phone managers: the visit course in even quarters, late in the quarter (some still to come in December).
    if (quarter.quarter % 2 === 0) sessions.push({ course: 'MILLION-VISITS', level: 'BRANCH', branch: b, date: day(quarter, i % 2 === 0 ? 1 : 2, 1 + (i % 21)), place: `${b} 电话经理中心`, trainer: `${b} 分公司内训师` });
    // Seed 004: the campaign's mandatory talk track is trained before it runs (网龄计划 starts on 1 November).
    if (quarter.quarter === 4) sessions.push({ course: 'TALK-TENURE', level: 'BRANCH', branch: b, date: day(quarter, 0, 10 + (i % 15)), place: `${b} 电话经理中心`, trainer: '周婷' });
  });
  return sessions;
}

/**
 * Demo training data: staff for every branch and role, the seed courses, sessions for every
 * quarter of the demo data year (and the current quarter), attendance and scores for sessions
 * already held, and the year's KPI targets. Only into an empty course table.
 */
export async function seedDemoTraining(dataSource: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM training.course');
  if (n > 0) return;
  await dataSource.transaction(async (m) => {
    // Staff without a login, 3–15 per branch and role.
    const staff: { no: string; name: string; role: string; kind: string | null; branch: string }[] = [];
    for (const branch of BRANCH_CODES) {
      const counts = demoStaffCounts(branch);
      for (const [role, count] of Object.entries(counts)) {
        for (let i = 1; i <= count; i++) {
          const no = `${branch}-${role === 'BRANCH_PLANNER' ? 'BP' : role === 'PHONE_MANAGER' ? 'PM' : 'FD'}${String(i).padStart(2, '0')}`;
          staff.push({ no, name: nameOf(no), role, kind: role === 'PHONE_MANAGER' ? (i % 4 === 0 ? 'ACCOUNT' : 'PHONE') : null, branch });
        }
      }
    }
    await m.query(
      `INSERT INTO training.staff (employee_no, display_name, staff_role, contact_kind, branch_code, created_by)
       SELECT *, 'demo' FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (employee_no) DO NOTHING`,
      [staff.map((s) => s.no), staff.map((s) => s.name), staff.map((s) => s.role), staff.map((s) => s.kind), staff.map((s) => s.branch)],
    );

    const courseIds = new Map<string, string>();
    for (const c of DEMO_COURSES) {
      const [{ id }] = await m.query(
        `INSERT INTO training.course (code, title, description, category, audience_roles, hours, pass_mark, modules, materials, campaign_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'demo') RETURNING id`,
        [c.code, c.title, c.description, c.category, c.audience, c.hours, c.passMark, JSON.stringify(c.modules.map((title) => ({ title, summary: '' }))),
          JSON.stringify((c.materials ?? []).map((x) => ({ url: null, fileName: null, sizeBytes: null, mimeType: null, ...x }))), c.campaignId ?? null],
      );
      courseIds.set(c.code, id);
    }

    const now = today();
    const quarters = [1, 2, 3, 4].map((q) => quarterOf(DEMO_DATA_YEAR, q));
    const current = quarterOfDay(now);
    if (!quarters.some((q) => q.key === current.key)) quarters.push(current);
    for (const quarter of quarters) {
      for (const s of quarterSessions(quarter)) {
        const course = DEMO_COURSES.find((c) => c.code === s.course)!;
        const [{ id }] = await m.query(
          `INSERT INTO training.session (course_id, level, branch_code, trainer, place, start_date, end_date, start_time, end_time, capacity, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $6, '09:00', $7, 200, 'demo') RETURNING id`,
          [courseIds.get(s.course), s.level, s.branch, s.trainer, s.place, s.date, course.hours >= 8 ? '17:30' : '12:00'],
        );
        const held = s.date < now;
        // Each branch's attendance habit differs a little, and one in twenty-five is not enrolled at all.
        await m.query(
          `WITH people AS (
             SELECT st.id, st.branch_code, st.employee_no FROM training.staff st
             WHERE st.active AND st.staff_role = ANY ($2::text[]) AND st.branch_code IS NOT NULL AND ($3::text IS NULL OR st.branch_code = $3)
               AND abs(hashtext(st.id::text || $1::uuid::text)) % 25 <> 0
           )
           INSERT INTO training.enrollment (session_id, staff_id, status, score, enrolled_by)
           SELECT $1::uuid, p.id,
                  CASE WHEN NOT $4 THEN 'REGISTERED'
                       WHEN abs(hashtext(p.id::text || $1::uuid::text || 'a')) % 100 < 72 + abs(hashtext(p.branch_code)) % 26 THEN 'ATTENDED' ELSE 'ABSENT' END,
                  NULL, 'demo'
           FROM people p`,
          [id, course.audience, s.branch, held],
        );
        await m.query(
          `UPDATE training.enrollment SET score = 55 + abs(hashtext(staff_id::text || session_id::text || 's')) % 44 WHERE session_id = $1 AND status = 'ATTENDED'`,
          [id],
        );
        if (s.level === 'PROVINCE') await m.query('UPDATE training.session SET capacity = greatest(capacity, (SELECT count(*) FROM training.enrollment WHERE session_id = $1)) WHERE id = $1', [id]);
      }
    }
    await seedDemoTargets(m, env);
  });
}

/** The data year's targets for every branch ("2010-style": keep the mid-high-end scale), plus a mid-year revision for three branches. */
async function seedDemoTargets(m: { query: (sql: string, p?: unknown[]) => Promise<unknown> }, env: NodeJS.ProcessEnv): Promise<void> {
  const scale = Number(env.DEMO_SUBSCRIBERS ?? 50000) / 50000;
  const weights = { MID_HIGH_END_AVG: 40, COHORT_RETENTION: 20, CROSS_STAB_2: 10, VALID_COMPLAINT_RATE: 10, CAMPAIGN_UPTAKE: 10, TRAINING_COVERAGE: 10 };
  const line = (branch: string, revised: boolean) => {
    const base = DEMO_MID_HIGH_END_AVG[branch] ?? 100;
    // Targets a little above or below last year's scale, so attainment differs between branches.
    const growth = 0.94 + unit(`${branch}:growth`) * 0.12 + (revised ? 0.03 : 0);
    return [
      ['MID_HIGH_END_AVG', Math.max(1, Math.round(base * scale * growth))],
      ['COHORT_RETENTION', 0.9],
      ['CROSS_STAB_2', 0.32],
      ['VALID_COMPLAINT_RATE', 0.004],
      ['CAMPAIGN_UPTAKE', 0.25],
      ['TRAINING_COVERAGE', 0.8],
    ] as const;
  };
  const insert = async (effective: string, branches: readonly string[], revised: boolean) => {
    const [{ id }] = (await m.query(`INSERT INTO training.kpi_target_set (year, effective_month, created_by) VALUES ($1, $2::date, 'province') RETURNING id`, [DEMO_DATA_YEAR, effective])) as { id: string }[];
    const rows = branches.flatMap((b) => line(b, revised).map(([kpi, target]) => ({ b, kpi, target, weight: weights[kpi], cap: kpi === 'CROSS_STAB_2' ? 1.2 : 1 })));
    await m.query(
      `INSERT INTO training.kpi_target (set_id, branch_code, kpi, target, weight, cap) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[])`,
      [id, rows.map((r) => r.b), rows.map((r) => r.kpi), rows.map((r) => r.target), rows.map((r) => r.weight), rows.map((r) => r.cap)],
    );
  };
  await insert(`${DEMO_DATA_YEAR}-01-01`, BRANCH_CODES, false);
  await insert(`${DEMO_DATA_YEAR}-07-01`, ['CD', 'MY', 'NC'], true);
}
