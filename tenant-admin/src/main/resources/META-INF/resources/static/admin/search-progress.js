// 搜索索引: while a rebuild runs, reload the page every two seconds so its progress stays current.
(function () {
  var section = document.getElementById('rebuild-progress');
  if (section && section.getAttribute('data-running') === 'true') {
    setTimeout(function () { window.location.replace('/console/search/index'); }, 2000);
  }
})();
