/*
 * Answers kept while the person works: in the tab (sessionStorage, gone when the tab
 * closes) after every answer, and on this device (localStorage) only when the person
 * chooses "Remember on this device". The storage objects are passed in, so the logic is
 * tested without a browser; a storage that throws (private mode, blocked) is treated as
 * absent, never as an error the person sees.
 */

export const TAB_PREFIX = "firststop-estimator-tab:";
export const DEVICE_PREFIX = "firststop-estimator:";
export const FORMAT = "firststop-estimator-answers/1";
/* Steps where nothing is yet at risk, so leaving needs no warning. */
const RESTING_STEPS = new Set(["start", "results"]);

function safely(action, fallback = null) {
  try {
    return action();
  } catch (error) {
    return fallback;
  }
}

function read(storage, key) {
  if (!storage) return null;
  const text = safely(() => storage.getItem(key));
  if (!text) return null;
  const data = safely(() => JSON.parse(text));
  return data && typeof data === "object" && !Array.isArray(data) ? data : null;
}

function isAnswers(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/* The storages of a window, or null for each one the browser refuses. */
export function browserStorages(win) {
  return {
    tab: safely(() => win.sessionStorage),
    device: safely(() => win.localStorage),
  };
}

/*
 * One flow's kept answers.
 * tab / device: Storage-like objects (getItem, setItem, removeItem, key, length) or null.
 * today: () => "YYYY-MM-DD".
 */
export function createKeeper({ flow, tab, device, today }) {
  const tabKey = TAB_PREFIX + flow;
  const deviceKey = DEVICE_PREFIX + flow;

  function onDevice() {
    const data = read(device, deviceKey);
    return data && data.format === FORMAT && data.flow === flow && isAnswers(data.answers) ? data : null;
  }

  return {
    /* Keep the answers and the step reached, after every answer. */
    save(answers, step) {
      const data = { format: FORMAT, flow, saved: today(), step: step || null, answers };
      if (tab) safely(() => tab.setItem(tabKey, JSON.stringify(data)));
      if (this.remembered()) safely(() => device.setItem(deviceKey, JSON.stringify(data)));
    },

    /* What to restore on load: this tab's answers first, then the device's if remembered. */
    restore() {
      const inTab = read(tab, tabKey);
      if (inTab && inTab.flow === flow && isAnswers(inTab.answers)) {
        return { from: "tab", answers: inTab.answers, step: inTab.step || null, saved: inTab.saved || null };
      }
      const kept = onDevice();
      return kept ? { from: "device", answers: kept.answers, step: kept.step || null, saved: kept.saved || null } : null;
    },

    /* True when the person chose to remember answers on this device. */
    remembered() {
      return onDevice() !== null;
    },

    /* The person ticked (true) or unticked (false) "Remember on this device". */
    setRemember(on, answers, step) {
      if (!device) return false;
      if (!on) {
        this.forgetDevice();
        return true;
      }
      const data = { format: FORMAT, flow, saved: today(), step: step || null, answers: answers || {} };
      return safely(() => { device.setItem(deviceKey, JSON.stringify(data)); return true; }, false);
    },

    /* Forget what this device remembers, for every estimator flow. */
    forgetDevice() {
      if (!device) return;
      const keys = [];
      const count = safely(() => device.length, 0);
      for (let i = 0; i < count; i += 1) {
        const key = safely(() => device.key(i));
        if (key && key.startsWith(DEVICE_PREFIX)) keys.push(key);
      }
      keys.forEach((key) => safely(() => device.removeItem(key)));
    },

    /* "Start again": nothing kept anywhere. */
    clear() {
      if (tab) safely(() => tab.removeItem(tabKey));
      this.forgetDevice();
    },
  };
}

/* Whether leaving the page should ask first: answers given and not at the start or results. */
export function shouldAskBeforeLeaving(step, answers) {
  if (RESTING_STEPS.has(step)) return false;
  return isAnswers(answers) && Object.keys(answers).length > 0;
}

/*
 * DOM glue: ask before leaving while state() says the person is mid-way.
 * state: () => {step, answers}. Returns a function that removes the guard.
 */
export function guardLeaving(win, state) {
  const listener = (event) => {
    const { step, answers } = state();
    if (!shouldAskBeforeLeaving(step, answers)) return undefined;
    event.preventDefault();
    event.returnValue = "";
    return "";
  };
  win.addEventListener("beforeunload", listener);
  return () => win.removeEventListener("beforeunload", listener);
}
