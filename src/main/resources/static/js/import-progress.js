// An import's page follows the import without reloading itself: a page that reloads every few
// seconds takes a screen reader back to its top (WCAG 2.2.1). Every 2 seconds it fetches itself
// again, swaps in the new #import-job and says what changed in the #import-job-status message.
const INTERVAL = 2000;
const job = document.getElementById('import-job');
const status = document.getElementById('import-job-status');

function progress(root) {
  const finished = root.querySelector('#job-summary');
  if (finished) {
    return 'Import finished. ' + finished.textContent.trim();
  }
  const done = root.querySelector('#files-done');
  return done ? done.textContent.trim() : '';
}

async function check() {
  let next;
  try {
    const response = await fetch(window.location.href, { headers: { Accept: 'text/html' } });
    if (!response.ok) {
      return; // The import is no longer remembered: "Check progress" says so.
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    next = page.getElementById('import-job');
    if (next === null) {
      return;
    }
    document.title = page.title;
  } catch (error) {
    setTimeout(check, INTERVAL); // A passing network fault: try again.
    return;
  }
  const before = progress(job);
  job.replaceChildren(...next.childNodes);
  job.dataset.running = next.dataset.running;
  const after = progress(job);
  if (after !== before) {
    status.textContent = after;
  }
  if (job.dataset.running === 'true') {
    setTimeout(check, INTERVAL);
  }
}

if (job !== null && status !== null && job.dataset.running === 'true') {
  setTimeout(check, INTERVAL);
}
