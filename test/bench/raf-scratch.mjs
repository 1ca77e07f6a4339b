import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
await page.setContent(`<svg id=s width=1200 height=500></svg>`);
for (const n of [0, 400, 2000]) {
  const r = await page.evaluate((n) => new Promise((res) => {
    const s = document.getElementById('s'); s.innerHTML='';
    const rs=[]; for (let i=0;i<n;i++){const r=document.createElementNS('http://www.w3.org/2000/svg','rect');r.setAttribute('width',20);r.setAttribute('height',14);r.setAttribute('x',(i%50)*24);r.setAttribute('y',Math.floor(i/50)*18);s.appendChild(r);rs.push(r);}
    const f=[]; let last=performance.now(); let k=0;
    const tick=(t)=>{f.push(t-last);last=t;k++; for(let i=0;i<rs.length;i+=7) rs[(i+k)%rs.length].setAttribute('fill', k%2?'red':'blue'); if(f.length<120) requestAnimationFrame(tick); else {f.sort((a,b)=>a-b);res([f[60],f[114]]);}};
    requestAnimationFrame(tick);
  }), n);
  console.log(n, 'median/p95', r.map((x) => x.toFixed(1)));
}
await browser.close();
