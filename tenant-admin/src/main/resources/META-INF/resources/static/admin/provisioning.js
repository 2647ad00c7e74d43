// Progress of a county's provisioning: polls the page's status JSON and updates the steps and the
// live region; when the job ends, reloads the page, which then shows the result (and, once, the
// webmaster's one-time password). Without script the page's "刷新" link does the same.
(function () {
  'use strict';
  var box = document.getElementById('provisioning');
  if (!box || box.getAttribute('data-state') !== 'RUNNING') {
    return;
  }
  var url = box.getAttribute('data-status-url');
  var summary = document.getElementById('progress-summary');
  var announced = '';

  function update(status) {
    var running = null;
    status.steps.forEach(function (step) {
      var item = box.querySelector('li[data-step="' + step.key + '"]');
      if (!item) {
        return;
      }
      item.className = 'step state-' + step.state;
      item.querySelector('.step-state').textContent = step.stateLabel;
      if (step.state === 'RUNNING') {
        running = step.label;
      }
    });
    var text = status.state === 'RUNNING' ? status.stateLabel + (running ? '：' + running + '……' : '……') : status.stateLabel;
    if (text !== announced) {
      summary.textContent = text;
      announced = text;
    }
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        update(status);
        if (status.state === 'RUNNING') {
          window.setTimeout(poll, 700);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        summary.textContent = '无法获取最新进度，请点击“刷新”。';
      });
  }

  poll();
}());
