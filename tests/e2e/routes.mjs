// One table of the app's views for the end-to-end suites: the address of each, and the element
// that says it is ready (its texts have loaded). Suites pick from it by name, so a page that
// changes its address or its markers changes here once.

/** @type {Record<string, { hash: string, ready: string }>} */
export const VIEWS = {
  home: { hash: '#/', ready: '.doors' },
  story: { hash: '#/story/2/', ready: '[data-testid="headline"]' },
  'story prediction': { hash: '#/story/', ready: '[data-testid="prediction"]' },
  'story eval': { hash: '#/story/6/', ready: '[data-testid="eval-view"]' },
  explorer: { hash: '#/explore', ready: '[data-testid="headline"]' },
  'explorer not published': {
    hash: '#/explore?scenario=murder&goal=none&urgency=none&variant=safety-instructions&model=gpt-4o',
    ready: '[data-testid="headline"]',
  },
  'explorer eval': { hash: '#/explore?variant=eval-notice', ready: '[data-testid="eval-view"]' },
  'explorer bad link': { hash: '#/explore?scenario=nope', ready: '[data-testid="link-notice"]' },
  transcripts: { hash: '#/transcripts', ready: '.excerpt' },
  transcript: { hash: '#/transcripts/murder-refrained', ready: '[data-stage="action"]' },
  'transcript step': { hash: '#/transcripts/leaking-harmful?step=5', ready: '[data-testid="step-count"]' },
  myths: { hash: '#/myths', ready: '.myth' },
  classroom: { hash: '#/classroom', ready: '.quiz' },
  handout: { hash: '#/classroom/handout', ready: '[data-testid="handout"]' },
  sources: { hash: '#/sources', ready: '[data-testid="data-table"]:not([aria-busy])' },
  since: { hash: '#/since', ready: '[data-testid="since-quote"]' },
  'your runs': { hash: '#/your-runs', ready: '[data-testid="runs-folder"]' },
};

/** The named views as [name, hash, ready]. */
export const views = (...names) => names.map((name) => {
  const view = VIEWS[name];
  if (!view) throw new Error(`tests/e2e/routes.mjs has no view '${name}'`);
  return [name, view.hash, view.ready];
});

/** One view of each page that loads texts or tables, for the suites that visit every page once. */
export const PAGES = views('home', 'story prediction', 'transcript step', 'myths', 'classroom', 'sources', 'since', 'your runs');
