// Loaded first by host.html: records everything that would show that a fuzz
// case broke a promise, for the test in the parent frame to read and reset.
(function () {
  var trap = (window.__fuzz = { errors: [], rejections: [], ran: [], longTasks: [] });
  window.addEventListener('error', function (event) {
    trap.errors.push(String(event.message || event.error));
  });
  window.addEventListener('unhandledrejection', function (event) {
    trap.rejections.push(String(event.reason && event.reason.stack ? event.reason.stack : event.reason));
  });
  // Payloads in the generated values call these, or set window.__fqaPwned: either means script ran.
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
    window[name] = function () {
      trap.ran.push(name + '(' + Array.prototype.join.call(arguments, ', ') + ')');
    };
  });
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      trap.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    });
  }).observe({ type: 'longtask' });
})();
