// ?tag=mbc-business-case&src=/data/business-case.haaglanden.json: that element, alone on the page.
const query = new URLSearchParams(location.search);
const el = document.createElement(query.get('tag'));
el.setAttribute('src', query.get('src'));
document.body.append(el);
