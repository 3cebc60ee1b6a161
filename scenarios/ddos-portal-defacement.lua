-- ddos-portal-defacement.lua
-- Tấn công từ chối dịch vụ và thay đổi giao diện Cổng Dịch vụ công, ứng dụng VssID
--
-- What the drill exercises: a hacktivist campaign during the pre-Tết payment peak. An HTTP
-- flood takes down the public e-services portal (dichvucong) and the VssID mobile app;
-- under cover of the flood, an outdated news CMS on the same web farm is exploited and the
-- portal's home page is defaced with a fake "pensions suspended" notice and a link to a
-- fake VssID app. Teams must work with the upstream providers, keep payment channels up,
-- not lose sight of the intrusion behind the noise, counter the disinformation, refuse the
-- extortion, and remove the root cause rather than only fix what shows on the page.
--
-- Weaknesses it builds on (Resolution 398-NQ/BCSĐ): outdated, unsupported software left on
-- shared infrastructure; too few staff, so one team handles the flood and misses the
-- intrusion; no rehearsed procedure with the upstream providers.
--
-- Who it is for: the central team and every provincial team (each plays the sector's
-- response; the provinces' own news sub-sites are on the same web farm). The facilitator
-- plays the providers, the public, the press, Vietnam Post and the leadership.
--
-- Rules this drill teaches (reference block, checked 30 November 2026; the sources for each
-- statement, and what could not be verified, are listed in scenarios/REFERENCES.md):
--   * Incident reporting: Decision 05/2017/QD-TTg (national emergency-response plan): the
--     operator reports to its governing body, the specialised response unit at its level and
--     the national coordinating agency, and an incident beyond its capacity is reported at
--     once with a request for support.
--   * Security level: the public e-services portal and the VssID back end are treated as
--     level 4 under Decree 85/2016/ND-CP (systems whose disruption harms a sector nationally).
--     Assumption: the agency's approved level dossiers were not available; the Cybersecurity
--     Law No. 116/2025/QH15 (in force 1 July 2026) merged the 2015 Law under which Decree 85
--     was made, and whether a new decree has replaced Decree 85 could not be verified.
--   * Bodies as of 2026: the national cyber-incident coordination and network-security duties
--     that VNCERT/CC and the Authority of Information Security held under the Ministry of
--     Information and Communications (MIC) moved to the Ministry of Public Security (handed over on
--     28 February 2025; Department A05 and its National Cyber Security Centre); MIC merged into
--     the Ministry of Science and Technology. Vietnam Social Security has been under the
--     Ministry of Finance since 1 March 2025. Since 1 July 2025 there are 34 provinces and
--     no district level ("huyện"); provincial police cyber units are the PA05 of each
--     provincial police. Whether each VNCERT/CC function sits in the National Cyber Security
--     Centre could not be confirmed from a primary source.
--
-- Story clock: T+0:00 is 08:55 on a weekday of the pre-Tết payment peak. Fake VssID app:
-- Mobile ATT&CK T1660 (phishing to a malicious app).
--
-- Branches (each team's own choices):
--   pre-attack  prepare      -> flag upstream_ready (bonus if scrubbing is then used)
--   ddos-response anything but scrubbing -> flag ddos_unmitigated -> volumetric at 1:40
--   smokescreen investigate  -> defacement-attempt (contained); otherwise flag webshell_live
--               -> defacement at 1:10 (decision deface-response; edit-live -> redeface)
--   extortion   reply        -> extortion-escalates
--   priority    full-restore -> flag exposed -> second-wave at 2:05

scenario {
  id = "ddos-portal-defacement",
  version = 1,
  title = {
    en = "DDoS and defacement of the e-services portal and VssID at the payment peak",
    vi = "Tấn công từ chối dịch vụ và thay đổi giao diện Cổng Dịch vụ công, VssID trong cao điểm chi trả",
  },
  description = {
    en = "It is the week before Tết: pensions for two months are being paid together and millions of households are renewing their health insurance cards online. A hacktivist group floods the public e-services portal and the VssID app, and while everyone watches the traffic graphs, it breaks into an old news site on the same web farm and defaces the portal with a fake notice that pensions are suspended.",
    vi = "Tuần trước Tết Nguyên đán: lương hưu, trợ cấp hai tháng đang được chi trả gộp và hàng triệu hộ gia đình gia hạn thẻ BHYT trực tuyến. Một nhóm tin tặc tấn công từ chối dịch vụ vào Cổng Dịch vụ công và ứng dụng VssID; trong lúc mọi người dồn sự chú ý vào biểu đồ lưu lượng, chúng xâm nhập một trang tin cũ trên cùng cụm máy chủ web và thay giao diện Cổng bằng thông báo giả mạo \"tạm dừng chi trả lương hưu\".",
  },
  duration = "2:45",
  categories = {
    { "detect",      en = "Detect",      vi = "Phát hiện" },
    { "analyse",     en = "Analyse",     vi = "Phân tích" },
    { "contain",     en = "Contain",     vi = "Ngăn chặn" },
    { "eradicate",   en = "Eradicate",   vi = "Loại bỏ" },
    { "recover",     en = "Recover",     vi = "Khôi phục" },
    { "communicate", en = "Communicate", vi = "Thông báo, truyền thông" },
    { "coordinate",  en = "Coordinate",  vi = "Phối hợp" },
  },
  stages = {
    { "reconnaissance", en = "Reconnaissance",              vi = "Trinh sát" },
    { "denial",         en = "Denial of service",           vi = "Từ chối dịch vụ" },
    { "intrusion",      en = "Web server intrusion",        vi = "Xâm nhập máy chủ web" },
    { "defacement",     en = "Defacement and false news",   vi = "Thay đổi giao diện và tin giả" },
    { "recovery",       en = "Recovery",                    vi = "Khôi phục" },
  },
  objectives = {
    { en = "Act on early warning: line up the upstream anti-DDoS service and contacts before the flood arrives.",
      vi = "Hành động ngay khi có cảnh báo sớm: chuẩn bị sẵn dịch vụ chống DDoS của nhà cung cấp đường truyền và đầu mối liên hệ trước khi bị tấn công." },
    { en = "Keep the services that matter at the payment peak running: payment data exchange with Vietnam Post and the banks, and pensioners' access to information.",
      vi = "Duy trì các dịch vụ quan trọng trong cao điểm chi trả: trao đổi dữ liệu chi trả với Bưu điện và ngân hàng, và khả năng tra cứu thông tin của người hưởng." },
    { en = "Look past the noise: investigate intrusion alerts raised during the flood.",
      vi = "Không để \"màn khói\" che mắt: điều tra các cảnh báo xâm nhập phát sinh trong lúc bị tấn công từ chối dịch vụ." },
    { en = "Counter the false notice quickly on every official channel and get the fake app taken down.",
      vi = "Nhanh chóng bác bỏ thông báo giả trên mọi kênh chính thức và phối hợp gỡ bỏ ứng dụng giả mạo." },
    { en = "Remove the root cause: the outdated CMS on the shared web farm; report under Decision 05/2017/QĐ-TTg to the national coordinator and to A05; refuse extortion.",
      vi = "Loại bỏ nguyên nhân gốc: phần mềm quản trị nội dung lỗi thời trên cụm máy chủ web dùng chung; báo cáo cơ quan điều phối quốc gia theo Quyết định 05/2017/QĐ-TTg và báo A05; không đáp ứng yêu cầu tống tiền." },
  },
}

------------------------------------------------------------------------------------------
-- T+0:05  Early warning
------------------------------------------------------------------------------------------

local scan_warning = inject {
  id = "scan-warning",
  at = "0:05",
  stage = "reconnaissance",
  attack = "T1595.002",
  severity = "medium",
  from = { en = "Security monitoring (SOC), IT Centre", vi = "Bộ phận giám sát an toàn thông tin (SOC), Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Vulnerability scanning of the portal, and a threat on Telegram",
    vi = "Cổng Dịch vụ công bị dò quét lỗ hổng, kèm lời đe dọa trên Telegram",
  },
  body = {
    en = "Overnight the web application firewall logged 180,000 scanning requests against dichvucong.baohiemxahoi.gov.vn and the news sub-sites of the provincial offices, from about 2,000 addresses. This morning a hacktivist channel on Telegram listed baohiemxahoi.gov.vn among its \"targets for the Tết operation\", with a countdown ending at 09:15 today. The pre-Tết payment of two months' pensions started yesterday.",
    vi = "Đêm qua tường lửa ứng dụng web ghi nhận 180.000 yêu cầu dò quét nhắm vào dichvucong.baohiemxahoi.gov.vn và các trang tin điện tử của BHXH các tỉnh, từ khoảng 2.000 địa chỉ. Sáng nay một kênh Telegram của nhóm tin tặc đưa baohiemxahoi.gov.vn vào danh sách \"mục tiêu chiến dịch Tết\", kèm đồng hồ đếm ngược tới 09:15 hôm nay. Đợt chi trả gộp lương hưu hai tháng trước Tết đã bắt đầu từ hôm qua.",
  },
  notes = {
    en = "Rules this drill teaches (checked 30 November 2026; sources in scenarios/REFERENCES.md): Decision 05/2017/QĐ-TTg on incident reporting (report to the governing body, the specialised unit and the national coordinator; beyond your capacity, report at once and ask for support); Decree 85/2016/NĐ-CP security levels (the portal and the VssID back end are treated as level 4: an assumption, the approved levels were not available). National incident coordination now sits with the Ministry of Public Security (A05, National Cyber Security Centre), no longer VNCERT/CC under the former Ministry of Information and Communications; since July 2025 there are 34 provinces and no districts. Not verified: which A05 unit receives incident reports, and whether Decree 85 has a successor under the Cybersecurity Law 2025. Expected: treat the warning as credible. Confirm the anti-DDoS arrangements and 24/7 contacts with the internet service providers, pre-agree traffic scrubbing and a CDN or challenge page for the portal, freeze non-urgent changes, check the integrity monitoring and a clean copy of the web content, and put the team on alert. Evaluator: 'these threats are posted every week' is the lapse in vigilance the Resolution names; blocking all foreign addresses is a blunt tool (botnets are also domestic, and Vietnamese workers abroad use the portal); taking the portal offline pre-emptively gives the attackers their victory.",
    vi = "Các quy định diễn tập này áp dụng (rà soát ngày 30/11/2026; nguồn tại scenarios/REFERENCES.md): Quyết định 05/2017/QĐ-TTg về báo cáo sự cố (báo cáo cơ quan chủ quản, đơn vị chuyên trách và cơ quan điều phối quốc gia; vượt quá khả năng xử lý thì báo cáo ngay và đề nghị hỗ trợ); cấp độ an toàn hệ thống thông tin theo Nghị định 85/2016/NĐ-CP (Cổng Dịch vụ công và hệ thống phía sau VssID được coi là cấp độ 4: giả định, chưa có hồ sơ cấp độ được phê duyệt). Việc điều phối ứng cứu sự cố quốc gia nay thuộc Bộ Công an (Cục A05, Trung tâm An ninh mạng quốc gia), không còn là VNCERT/CC thuộc Bộ Thông tin và Truyền thông trước đây; từ tháng 7/2025 cả nước có 34 tỉnh, thành phố và không còn cấp huyện. Chưa kiểm chứng được: đơn vị nào của A05 tiếp nhận báo cáo sự cố, và Nghị định 85 đã có văn bản thay thế theo Luật An ninh mạng 2025 hay chưa. Kỳ vọng: coi cảnh báo là có cơ sở. Xác nhận lại phương án chống DDoS và đầu mối liên hệ 24/7 với các nhà cung cấp đường truyền, thống nhất trước việc lọc lưu lượng và dùng CDN hoặc trang xác thực truy cập cho Cổng, tạm dừng các thay đổi không cấp bách, kiểm tra hệ thống giám sát toàn vẹn và bản sao sạch của nội dung web, đặt đội ở trạng thái sẵn sàng. Đánh giá: \"tuần nào chẳng có đe dọa kiểu này\" chính là sự thiếu cảnh giác Nghị quyết đã nêu; chặn toàn bộ địa chỉ nước ngoài là biện pháp thô (mạng máy tính ma có cả ở trong nước, và người lao động Việt Nam ở nước ngoài vẫn dùng Cổng); chủ động tắt Cổng là trao chiến thắng cho kẻ tấn công.",
  },
}

decision {
  id = "pre-attack",
  on = scan_warning,
  within = "15m",
  prompt = {
    en = "The countdown ends at 09:15. How do you prepare?",
    vi = "Đồng hồ đếm ngược kết thúc lúc 09:15. Đội chuẩn bị thế nào?",
  },
  options = {
    { id = "geo-block",
      text = { en = "Block all traffic from outside Vietnam to the portal now.", vi = "Chặn ngay toàn bộ truy cập từ nước ngoài vào Cổng." },
      score = { contain = 2, recover = -2, communicate = -1 },
      notes = { en = "Blunt: domestic botnets remain, Vietnamese workers abroad are cut off.", vi = "Biện pháp thô: mạng máy tính ma trong nước vẫn còn, người lao động ở nước ngoài bị chặn." } },
    { id = "prepare",
      text = { en = "Confirm anti-DDoS and 24/7 contacts with the providers, pre-agree scrubbing and a CDN or challenge page, freeze changes, check integrity monitoring and a clean copy of the web content, put the team on alert.",
               vi = "Xác nhận phương án chống DDoS và đầu mối 24/7 với nhà cung cấp, thống nhất trước việc lọc lưu lượng và dùng CDN hoặc trang xác thực truy cập, tạm dừng thay đổi, kiểm tra giám sát toàn vẹn và bản sao sạch nội dung web, đặt đội ở trạng thái sẵn sàng." },
      score = { detect = 3, contain = 5, coordinate = 5 },
      set = { upstream_ready = true },
      notes = { en = "The hour before the attack is the cheapest hour of the incident.", vi = "Một giờ trước khi bị tấn công là khoảng thời gian rẻ nhất của cả sự cố." } },
    { id = "ignore-threat",
      text = { en = "Ignore it: these threats are posted every week.", vi = "Bỏ qua: tuần nào cũng có lời đe dọa kiểu này." },
      score = { detect = -3 },
      notes = { en = "This one comes with scanning evidence and a deadline.", vi = "Lần này có cả bằng chứng dò quét và thời hạn cụ thể." } },
    { id = "take-offline",
      text = { en = "Take the portal offline until the threat passes.", vi = "Tạm tắt Cổng cho tới khi hết nguy cơ." },
      score = { recover = -6, communicate = -3 },
      notes = { en = "Does the attackers' work for them at the payment peak.", vi = "Tự làm thay việc của kẻ tấn công ngay giữa cao điểm chi trả." } },
  },
  timeout = "ignore-threat",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:20  The flood
------------------------------------------------------------------------------------------

local ddos_start = inject {
  id = "ddos-start",
  at = "0:20",
  stage = "denial",
  attack = "T1499.002",
  severity = "high",
  from = { en = "Web operations, IT Centre", vi = "Bộ phận vận hành hệ thống web, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "HTTP flood: the portal takes 30 seconds to answer",
    vi = "Tấn công HTTP flood: Cổng mất 30 giây mới phản hồi",
  },
  body = {
    en = "At 09:15 requests to the portal's login and insurance-lookup pages jumped to forty times the usual peak, from tens of thousands of addresses, mostly home routers and cameras in Vietnam and abroad. Pages take 30 seconds or time out; the VssID app's API shares the same reverse proxies and is failing too. The web servers are at 100 % CPU; the internet link is at 60 %.",
    vi = "Từ 09:15, lượng yêu cầu tới trang đăng nhập và trang tra cứu quá trình tham gia bảo hiểm tăng gấp bốn mươi lần mức cao điểm thông thường, từ hàng chục nghìn địa chỉ, chủ yếu là bộ định tuyến gia đình và camera trong và ngoài nước. Trang web mất 30 giây mới tải hoặc báo hết thời gian chờ; API của ứng dụng VssID dùng chung các máy chủ proxy ngược nên cũng lỗi. Máy chủ web dùng 100 % CPU; đường truyền internet đã dùng 60 %.",
  },
  notes = {
    en = "Expected: activate the providers' scrubbing service, put the login and lookup pages behind a challenge or the CDN, rate-limit per address, keep the payment data exchange with Vietnam Post and the banks on its own path, and publish a status notice. Evaluator: adding servers feeds the flood; rebooting only clears the queue for a minute; what stops an application-layer flood is filtering upstream and at the edge.",
    vi = "Kỳ vọng: kích hoạt dịch vụ lọc lưu lượng của nhà cung cấp, đưa trang đăng nhập và tra cứu qua trang xác thực truy cập hoặc CDN, giới hạn tần suất theo địa chỉ, tách riêng đường trao đổi dữ liệu chi trả với Bưu điện và ngân hàng, đăng thông báo tình trạng dịch vụ. Đánh giá: thêm máy chủ chỉ nuôi thêm cuộc tấn công; khởi động lại chỉ giải phóng hàng đợi được một phút; thứ chặn được tấn công tầng ứng dụng là lọc từ phía nhà cung cấp và tại biên mạng.",
  },
}

decision {
  id = "ddos-response",
  on = ddos_start,
  within = "10m",
  prompt = {
    en = "The portal and VssID are choking. What do you do?",
    vi = "Cổng Dịch vụ công và VssID đang nghẽn. Đội làm gì?",
  },
  options = {
    { id = "add-servers",
      text = { en = "Spin up more web servers to absorb the load.", vi = "Bổ sung thêm máy chủ web để gánh tải." },
      score = { recover = 1, contain = -1 },
      set = { ddos_unmitigated = true },
      notes = { en = "The botnet scales faster than the data centre.", vi = "Mạng máy tính ma tăng nhanh hơn khả năng mở rộng của Trung tâm dữ liệu." } },
    { id = "scrubbing",
      text = { en = "Activate the providers' scrubbing, put login and lookup behind a challenge or CDN, rate-limit per address, keep payment data exchange on its own path, publish a status notice.",
               vi = "Kích hoạt lọc lưu lượng của nhà cung cấp, đưa trang đăng nhập và tra cứu qua trang xác thực hoặc CDN, giới hạn tần suất theo địa chỉ, tách riêng đường trao đổi dữ liệu chi trả, đăng thông báo tình trạng dịch vụ." },
      score = { contain = 8, recover = 4, coordinate = 3 },
      notes = { en = "Filters upstream and at the edge; protects what matters.", vi = "Lọc từ phía nhà cung cấp và tại biên; bảo vệ những gì quan trọng nhất." } },
    { id = "reboot",
      text = { en = "Restart the web servers and reverse proxies to clear the queues.", vi = "Khởi động lại máy chủ web và proxy ngược để giải phóng hàng đợi." },
      score = { recover = -2 },
      set = { ddos_unmitigated = true },
      notes = { en = "A minute of relief, then the same.", vi = "Dễ thở được một phút, rồi đâu lại vào đấy." } },
  },
  timeout = "reboot",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:35  VssID users
------------------------------------------------------------------------------------------

local vssid = inject {
  id = "vssid-complaints",
  at = "0:35",
  stage = "denial",
  severity = "medium",
  from = { en = "Customer support centre (hotline 1900 9068)", vi = "Trung tâm chăm sóc khách hàng (tổng đài 1900 9068)" },
  channel = "social",
  title = {
    en = "VssID will not log in; the hotline queue is 400 calls long",
    vi = "VssID không đăng nhập được; tổng đài có 400 cuộc gọi đang chờ",
  },
  body = {
    en = "The hotline has 400 callers waiting: pensioners cannot see whether their two-month payment has been made, and households cannot renew health insurance cards before Tết. The VssID page in the app store is filling with one-star reviews; a popular Facebook page asks \"Has VSS been hacked?\".",
    vi = "Tổng đài có 400 cuộc gọi đang chờ: người hưởng lương hưu không xem được khoản chi trả hai tháng đã về chưa, các hộ gia đình không gia hạn được thẻ BHYT trước Tết. Trang của VssID trên kho ứng dụng liên tục nhận đánh giá một sao; một trang Facebook đông người theo dõi đặt câu hỏi \"BHXH bị hack à?\".",
  },
  notes = {
    en = "Expected: a short, factual notice on the portal's status page, the official Facebook page and Zalo account, and a recorded hotline message: the portal and VssID are under a denial-of-service attack, data are safe as far as is known, pensions are being paid as normal, how to get help at post offices and provincial counters, when the next update comes. Evaluator: silence lets rumours fill the gap; naming a foreign culprit before the facts are known is speculation the agency may have to retract.",
    vi = "Kỳ vọng: thông báo ngắn gọn, đúng sự thật trên trang tình trạng dịch vụ, Fanpage và tài khoản Zalo chính thức, cùng lời nhắn ghi âm trên tổng đài: Cổng và VssID đang bị tấn công từ chối dịch vụ, theo thông tin hiện có dữ liệu vẫn an toàn, lương hưu vẫn được chi trả bình thường, người dân có thể được hỗ trợ ở đâu (điểm chi trả bưu điện, bộ phận một cửa BHXH các tỉnh), khi nào có thông tin tiếp theo. Đánh giá: im lặng để tin đồn lấp chỗ trống; quy kết cho thế lực nước ngoài khi chưa có căn cứ là suy đoán mà cơ quan có thể phải rút lại.",
  },
}

decision {
  id = "status-comms",
  on = vssid,
  within = "15m",
  prompt = {
    en = "What do you tell the public now?",
    vi = "Lúc này cơ quan thông tin gì tới người dân?",
  },
  options = {
    { id = "silent",
      text = { en = "Say nothing until the service is back.", vi = "Chưa thông tin gì cho tới khi dịch vụ hoạt động lại." },
      score = { communicate = -4 },
      notes = { en = "Rumour fills the silence.", vi = "Tin đồn sẽ lấp khoảng trống." } },
    { id = "blame-foreign",
      text = { en = "Announce that foreign hostile forces are attacking the agency.", vi = "Thông báo cơ quan đang bị các thế lực thù địch nước ngoài tấn công." },
      score = { communicate = -1, analyse = -2 },
      notes = { en = "Attribution before evidence.", vi = "Quy kết khi chưa có bằng chứng." } },
    { id = "factual-notice",
      text = { en = "Post a short factual notice on the status page, Facebook and Zalo, and a hotline message: under attack, pensions paid as normal, where to get help, next update time.",
               vi = "Đăng thông báo ngắn, đúng sự thật trên trang tình trạng dịch vụ, Fanpage, Zalo và ghi âm trên tổng đài: đang bị tấn công, lương hưu vẫn chi trả bình thường, nơi được hỗ trợ, thời điểm cập nhật tiếp theo." },
      score = { communicate = 8, coordinate = 2 },
      notes = { en = "Honest and useful.", vi = "Trung thực và hữu ích." } },
  },
  timeout = "silent",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+0:50  The smokescreen
------------------------------------------------------------------------------------------

local waf_upload = inject {
  id = "waf-alert-upload",
  at = "0:50",
  stage = "intrusion",
  attack = "T1190",
  severity = "high",
  from = { en = "Web application firewall", vi = "Tường lửa ứng dụng web (WAF)" },
  channel = "siem",
  title = {
    en = "Buried in the flood: a file upload to an old news site",
    vi = "Lẫn trong cơn lũ: một tệp được tải lên trang tin cũ",
  },
  body = {
    en = "Among thousands of flood alerts, the WAF logged 14 requests to the image-upload function of a provincial office's old news site, which runs a content management system unsupported since 2019 on the same web farm as the portal. One request uploaded a file named \"banner_tet.php.jpg\"; a minute later the same address called it with a parameter \"cmd=whoami\" and got a 200 response.",
    vi = "Giữa hàng nghìn cảnh báo về lưu lượng, WAF ghi nhận 14 yêu cầu gửi tới chức năng tải ảnh của trang tin điện tử cũ của một BHXH tỉnh, chạy phần mềm quản trị nội dung đã ngừng hỗ trợ từ năm 2019, đặt trên cùng cụm máy chủ web với Cổng. Một yêu cầu đã tải lên tệp \"banner_tet.php.jpg\"; một phút sau chính địa chỉ đó gọi tệp này với tham số \"cmd=whoami\" và nhận phản hồi 200.",
  },
  notes = {
    en = "Expected: assign someone who is not fighting the flood to this alert; isolate the old news site's server, image it, look for the web shell and anything it touched, and check the integrity of the portal's own content. Evaluator: this is the real attack; the flood was the cover. Teams that stay 'all hands on the DDoS' miss it. Blocking one IP address does nothing against a web shell already in place. Note the outdated, unsupported software left on shared infrastructure.",
    vi = "Kỳ vọng: giao một người không tham gia xử lý DDoS điều tra cảnh báo này; cô lập máy chủ trang tin cũ, sao chụp ổ đĩa, tìm web shell và những gì nó đã chạm tới, kiểm tra tính toàn vẹn nội dung của chính Cổng. Đánh giá: đây mới là cuộc tấn công thực sự; DDoS chỉ là màn khói. Đội nào dồn \"toàn lực cho DDoS\" sẽ bỏ lỡ. Chặn một địa chỉ IP không có tác dụng với web shell đã nằm sẵn trên máy chủ. Lưu ý phần mềm lỗi thời, hết hỗ trợ vẫn được để trên hạ tầng dùng chung.",
  },
}

decision {
  id = "smokescreen",
  on = waf_upload,
  within = "15m",
  prompt = {
    en = "Everyone is busy with the flood. What about this alert?",
    vi = "Mọi người đang dồn sức xử lý DDoS. Còn cảnh báo này thì sao?",
  },
  options = {
    { id = "investigate",
      text = { en = "Assign someone outside the DDoS effort: isolate and image the old site's server, hunt for the web shell and what it touched, check the portal's content integrity.",
               vi = "Giao một người ngoài nhóm xử lý DDoS: cô lập và sao chụp máy chủ trang tin cũ, tìm web shell và những gì nó đã tác động, kiểm tra toàn vẹn nội dung Cổng." },
      score = { detect = 8, contain = 6, analyse = 4 },
      set = { shell_found = true },
      notes = { en = "Sees through the smokescreen.", vi = "Nhìn xuyên qua màn khói." } },
    { id = "block-ip",
      text = { en = "Block the source address at the WAF.", vi = "Chặn địa chỉ nguồn trên WAF." },
      score = { contain = 1 },
      set = { webshell_live = true },
      notes = { en = "The web shell is already there, reachable from any other address.", vi = "Web shell đã nằm trên máy chủ, có thể gọi từ bất kỳ địa chỉ nào khác." } },
    { id = "later",
      text = { en = "Log it; there is no one free until the flood is over.", vi = "Ghi nhận lại; hết DDoS mới có người xử lý." },
      score = { detect = -5 },
      set = { webshell_live = true },
      notes = { en = "Exactly what the flood was for.", vi = "Đúng như mục đích của cuộc tấn công DDoS." } },
  },
  timeout = "later",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:00  The leadership wants to know, and who has been told
------------------------------------------------------------------------------------------

local reporting = inject {
  id = "reporting",
  at = "1:00",
  stage = "denial",
  severity = "medium",
  from = { en = "Office of the VSS leadership", vi = "Văn phòng BHXH Việt Nam" },
  channel = "meeting",
  title = {
    en = "The leadership asks for a situation report and who has been informed",
    vi = "Lãnh đạo Ngành yêu cầu báo cáo tình hình và hỏi đã thông báo cho ai",
  },
  body = {
    en = "The Deputy Director General in charge of IT wants a situation report for the Director General before noon, and asks whether the national incident response coordinator and the police have been told.",
    vi = "Phó Tổng Giám đốc phụ trách CNTT yêu cầu có báo cáo tình hình gửi Tổng Giám đốc trước buổi trưa, và hỏi đã báo cơ quan điều phối ứng cứu sự cố quốc gia và cơ quan công an chưa.",
  },
  notes = {
    en = "Expected: a concise situation report to the leadership; an incident report now, under Decision 05/2017/QĐ-TTg, to the national coordinator (since 2025 at the Ministry of Public Security, A05; formerly VNCERT/CC), asking for support with the upstream providers because the flood is beyond the sector's own capacity; a criminal report to A05, which investigates attacks on state information systems. Evaluator: 'wait until it is over' is common and wrong: coordination helps most while the attack is live.",
    vi = "Kỳ vọng: báo cáo tình hình ngắn gọn cho Lãnh đạo; báo cáo sự cố ngay theo Quyết định 05/2017/QĐ-TTg tới cơ quan điều phối quốc gia (từ năm 2025 thuộc Bộ Công an, Cục A05; trước đây là VNCERT/CC), đề nghị hỗ trợ phối hợp với các nhà cung cấp đường truyền vì cuộc tấn công vượt quá khả năng tự xử lý của Ngành; trình báo A05, cơ quan điều tra các vụ tấn công hệ thống thông tin của Nhà nước. Đánh giá: \"đợi xong việc rồi báo\" là cách làm phổ biến nhưng sai: phối hợp có ích nhất khi cuộc tấn công còn đang diễn ra.",
  },
}

decision {
  id = "report",
  on = reporting,
  within = "15m",
  prompt = {
    en = "Who do you report to, and when?",
    vi = "Báo cáo cho ai, và khi nào?",
  },
  options = {
    { id = "after-incident",
      text = { en = "Report to everyone once the attack is over and the facts are clear.", vi = "Báo cáo tất cả các nơi khi cuộc tấn công kết thúc và đã rõ sự việc." },
      score = { coordinate = -3 },
      notes = { en = "Help is most useful now.", vi = "Hỗ trợ có ích nhất là ngay lúc này." } },
    { id = "leadership-only",
      text = { en = "Report to the leadership only; it is an internal matter.", vi = "Chỉ báo cáo Lãnh đạo; đây là việc nội bộ." },
      score = { coordinate = -1, communicate = 1 },
      notes = { en = "An attack on a national public service is not internal.", vi = "Tấn công vào dịch vụ công quốc gia không phải việc nội bộ." } },
    { id = "report-now",
      text = { en = "Situation report to the leadership now; incident report to the national coordinator asking for support with the providers; report to A05 for investigation.",
               vi = "Báo cáo tình hình cho Lãnh đạo ngay; báo cáo sự cố tới cơ quan điều phối quốc gia, đề nghị hỗ trợ phối hợp với các nhà cung cấp; báo A05 để điều tra." },
      score = { coordinate = 8, communicate = 3 },
      set = { reported = true },
      notes = { en = "Right bodies, while it still helps.", vi = "Đúng cơ quan, đúng lúc còn có ích." } },
  },
  timeout = "after-incident",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:10  Defacement, or the attempt that failed
------------------------------------------------------------------------------------------

local defacement = inject {
  id = "defacement",
  at = "1:10",
  stage = "defacement",
  attack = "T1491.002",
  severity = "critical",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "The portal's home page now says pensions are suspended",
    vi = "Trang chủ Cổng hiện thông báo tạm dừng chi trả lương hưu",
  },
  body = {
    en = "Between flood waves, the portal's home page loads, and it has been replaced: the group's logo, a mocking message, and a \"NOTICE from Vietnam Social Security\" stating that pension payments are suspended \"for verification\" and that pensioners must install the \"new VssID\" from vssid-moi[.]com to keep receiving them. The web shell on the old news site was used to write to the shared web content directory.",
    vi = "Giữa các đợt tấn công, trang chủ Cổng tải được, nhưng đã bị thay: biểu tượng của nhóm tin tặc, một thông điệp chế giễu, và \"THÔNG BÁO của Bảo hiểm xã hội Việt Nam\" về việc tạm dừng chi trả lương hưu \"để xác minh\", yêu cầu người hưởng cài \"VssID mới\" từ vssid-moi[.]com để tiếp tục được nhận. Web shell trên trang tin cũ đã được dùng để ghi vào thư mục nội dung web dùng chung.",
  },
  notes = {
    en = "Reached by teams that did not investigate the upload alert. Expected: replace the site at once with a static maintenance notice (from a clean source, served separately), preserve the server state for forensics, remove the web shell and cut the old site off the shared storage, restore content from a verified clean copy. Evaluator: editing the page back on the live server destroys evidence and leaves the web shell in place; leaving the false notice up 'while we investigate' lets it reach millions.",
    vi = "Chỉ xuất hiện với đội chưa điều tra cảnh báo tải tệp. Kỳ vọng: thay ngay trang bằng thông báo bảo trì tĩnh (lấy từ nguồn sạch, phục vụ riêng), giữ nguyên hiện trạng máy chủ để điều tra, gỡ web shell và ngắt trang tin cũ khỏi vùng lưu trữ dùng chung, khôi phục nội dung từ bản sao sạch đã kiểm tra. Đánh giá: sửa lại trang trực tiếp trên máy chủ đang chạy làm mất chứng cứ và web shell vẫn còn nguyên; để thông báo giả \"trong lúc điều tra\" là để nó tới được hàng triệu người.",
  },
  when = function(team) return team.flags.webshell_live == true end,
}

decision {
  id = "deface-response",
  on = defacement,
  within = "15m",
  prompt = {
    en = "The false notice is live on the national portal. What do you do?",
    vi = "Thông báo giả đang hiện trên Cổng Dịch vụ công. Đội làm gì?",
  },
  options = {
    { id = "leave-up",
      text = { en = "Leave it up for now so the forensic trail is not disturbed.", vi = "Tạm để nguyên để không làm xáo trộn dấu vết điều tra." },
      score = { contain = -6, communicate = -4 },
      notes = { en = "Evidence can be copied in minutes; the false notice spreads in seconds.", vi = "Chứng cứ có thể sao chép trong vài phút; thông báo giả lan đi trong vài giây." } },
    { id = "static-page",
      text = { en = "Serve a static maintenance notice from a clean source, preserve the server state, remove the web shell and cut the old site off shared storage, restore content from a verified clean copy.",
               vi = "Chuyển sang trang thông báo bảo trì tĩnh từ nguồn sạch, giữ nguyên hiện trạng máy chủ, gỡ web shell và ngắt trang tin cũ khỏi vùng lưu trữ dùng chung, khôi phục nội dung từ bản sao sạch đã kiểm tra." },
      score = { contain = 8, eradicate = 4, analyse = 3 },
      notes = { en = "Stops the lie, keeps the evidence, closes the door.", vi = "Chặn thông tin sai, giữ chứng cứ, đóng cửa xâm nhập." } },
    { id = "edit-live",
      text = { en = "Have a developer edit the home page back on the live server.", vi = "Giao lập trình viên sửa lại trang chủ ngay trên máy chủ đang chạy." },
      score = { contain = 2, analyse = -4 },
      triggers = { { "redeface", after = "20m" } },
      notes = { en = "Fixes what shows; the web shell stays.", vi = "Chỉ sửa phần hiển thị, web shell vẫn còn nguyên." } },
  },
  timeout = "leave-up",
  speed = { full = "3m", zero = "15m", floor = 0.5 },
}

inject {
  id = "defacement-attempt",
  at = "1:10",
  stage = "defacement",
  attack = "T1505.003",
  severity = "medium",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "chat",
  title = {
    en = "Web shell found; the attempt to rewrite the portal failed",
    vi = "Đã tìm thấy web shell; nỗ lực ghi đè Cổng không thành",
  },
  body = {
    en = "The image of the old news site's server contains the web shell and a prepared page with a false \"pensions suspended\" notice and a link to vssid-moi[.]com. At 10:05 the attacker tried to write it to the shared web content directory, but the server had already been cut off from it. The portal's content is intact.",
    vi = "Bản sao ổ đĩa máy chủ trang tin cũ có web shell và một trang đã soạn sẵn với thông báo giả \"tạm dừng chi trả lương hưu\" kèm đường dẫn tới vssid-moi[.]com. Lúc 10:05 kẻ tấn công cố ghi trang này vào thư mục nội dung web dùng chung, nhưng máy chủ đã bị ngắt khỏi đó từ trước. Nội dung Cổng vẫn nguyên vẹn.",
  },
  notes = {
    en = "Reached by teams that investigated the upload alert: the smokescreen failed. Expected: keep the evidence for A05, expect the group to push the false notice through social media instead (it will), and prepare the public rebuttal in advance. Evaluator: credit the team for separating the DDoS work from intrusion handling.",
    vi = "Chỉ xuất hiện với đội đã điều tra cảnh báo tải tệp: màn khói đã thất bại. Kỳ vọng: lưu giữ chứng cứ để cung cấp cho A05, lường trước việc nhóm tin tặc sẽ tung thông báo giả qua mạng xã hội (điều đó sẽ xảy ra), chuẩn bị sẵn nội dung bác bỏ. Đánh giá: ghi nhận đội đã tách việc xử lý DDoS với việc xử lý xâm nhập.",
  },
  when = function(team) return team.flags.shell_found == true end,
}

------------------------------------------------------------------------------------------
-- T+1:20  The false notice spreads; the fake app
------------------------------------------------------------------------------------------

local fake_notice = inject {
  id = "fake-notice",
  at = "1:20",
  stage = "defacement",
  attack = "T1660",
  severity = "high",
  from = { en = "Press office, VSS", vi = "Bộ phận truyền thông, BHXH Việt Nam" },
  channel = "social",
  title = {
    en = "\"Pensions suspended\" notice and a fake VssID app spread on Facebook and Zalo",
    vi = "Thông báo \"tạm dừng chi trả lương hưu\" và ứng dụng VssID giả lan trên Facebook, Zalo",
  },
  body = {
    en = "Images of the false notice, with the agency's logo, are being shared in Facebook groups and Zalo family chats. vssid-moi[.]com, registered three days ago, offers an Android file that asks for permission to read text messages. Post offices report pensioners asking whether they will be paid; two provincial offices have already received people who installed the app and lost money from their bank accounts.",
    vi = "Ảnh chụp thông báo giả, có biểu tượng của Ngành, đang được chia sẻ trong các nhóm Facebook và nhóm Zalo gia đình. Tên miền vssid-moi[.]com, đăng ký ba ngày trước, cung cấp tệp cài đặt Android yêu cầu quyền đọc tin nhắn. Các điểm chi trả bưu điện cho biết người hưởng lo lắng hỏi có được nhận tiền không; hai BHXH tỉnh đã tiếp nhận người dân cài ứng dụng này và bị mất tiền trong tài khoản ngân hàng.",
  },
  notes = {
    en = "Expected: an official rebuttal on every channel (portal, VssID notification, Facebook, Zalo, press, provincial offices, post offices): pensions are paid as normal, VssID is only installed from the official app stores, never install an app from a link. Ask the national coordinator and A05, and the platforms, to take down the domain and the file; report the victims' cases to the police. Evaluator: one Facebook post is not enough for elderly people who use Zalo and post offices; ignoring it leaves people losing money.",
    vi = "Kỳ vọng: bác bỏ chính thức trên mọi kênh (Cổng, thông báo đẩy trên VssID, Fanpage, Zalo, báo chí, BHXH các tỉnh, điểm chi trả bưu điện): lương hưu vẫn chi trả bình thường, VssID chỉ cài từ kho ứng dụng chính thức, tuyệt đối không cài ứng dụng từ đường dẫn. Đề nghị cơ quan điều phối quốc gia, A05 và các nền tảng gỡ bỏ tên miền và tệp cài đặt; chuyển các trường hợp bị mất tiền tới cơ quan công an. Đánh giá: một bài đăng Facebook là không đủ với người cao tuổi vốn dùng Zalo và đến bưu điện; bỏ qua là để người dân tiếp tục mất tiền.",
  },
}

decision {
  id = "counter-disinfo",
  on = fake_notice,
  within = "15m",
  prompt = {
    en = "How do you counter the false notice and the fake app?",
    vi = "Đội bác bỏ thông báo giả và ứng dụng giả mạo thế nào?",
  },
  options = {
    { id = "facebook-post",
      text = { en = "Post a denial on the official Facebook page.", vi = "Đăng bài bác bỏ trên Fanpage chính thức." },
      score = { communicate = 3 },
      notes = { en = "Right message, too few channels.", vi = "Đúng thông điệp nhưng quá ít kênh." } },
    { id = "all-channels",
      text = { en = "Rebut on every channel (portal, VssID notification, Facebook, Zalo, press, provincial offices, post offices); ask A05 and the platforms to take down the domain and the app; send the victims' cases to the police.",
               vi = "Bác bỏ trên mọi kênh (Cổng, thông báo VssID, Fanpage, Zalo, báo chí, BHXH các tỉnh, bưu điện); đề nghị A05 và các nền tảng gỡ tên miền và ứng dụng; chuyển các trường hợp bị hại tới cơ quan công an." },
      score = { communicate = 8, coordinate = 6 },
      notes = { en = "Reaches the people at risk and removes the trap.", vi = "Tới được những người có nguy cơ và gỡ bỏ cái bẫy." } },
    { id = "ignore-fake",
      text = { en = "Ignore it; people know the agency would never do that.", vi = "Bỏ qua; người dân biết cơ quan không bao giờ làm vậy." },
      score = { communicate = -6 },
      notes = { en = "Some already have lost money.", vi = "Đã có người mất tiền." } },
  },
  timeout = "ignore-fake",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Branch (edit on the live server): defaced again
------------------------------------------------------------------------------------------

inject {
  id = "redeface",
  stage = "defacement",
  attack = "T1505.003",
  severity = "critical",
  from = { en = "Duty officer, IT Centre", vi = "Cán bộ trực, Trung tâm CNTT" },
  channel = "phone",
  title = {
    en = "Defaced again, twenty minutes after the fix",
    vi = "Trang lại bị thay giao diện hai mươi phút sau khi sửa",
  },
  body = {
    en = "The home page has been replaced again, now with screenshots of the developer's fix and the caption \"try again\". The web shell on the old news site is still there, and the developer's edits overwrote the timestamps investigators needed.",
    vi = "Trang chủ lại bị thay, lần này kèm ảnh chụp thao tác sửa trang của lập trình viên và dòng chữ \"thử lại đi\". Web shell trên trang tin cũ vẫn còn nguyên, còn thao tác sửa của lập trình viên đã ghi đè các mốc thời gian mà điều tra viên cần.",
  },
  notes = {
    en = "Consequence of editing the page back on the live server. Expected: now do it properly: static notice from a clean source, isolate the shared storage, remove the web shell, rebuild. Evaluator: repainting a defaced page is not recovery; the entry point must be closed first.",
    vi = "Hệ quả của việc sửa trang trực tiếp trên máy chủ đang chạy. Kỳ vọng: lần này làm đúng: thông báo tĩnh từ nguồn sạch, cô lập vùng lưu trữ dùng chung, gỡ web shell, dựng lại. Đánh giá: sơn lại trang bị thay giao diện không phải là khôi phục; phải đóng cửa xâm nhập trước.",
  },
}

------------------------------------------------------------------------------------------
-- T+1:30  Extortion
------------------------------------------------------------------------------------------

local ransom_ddos = inject {
  id = "ransom-ddos",
  at = "1:30",
  stage = "denial",
  attack = "T1657",
  severity = "high",
  from = { en = "Email to the agency's public mailbox", vi = "Thư gửi hộp thư công khai của cơ quan" },
  channel = "email",
  title = {
    en = "\"Pay 5 BTC or next time it is 500 Gbps\"",
    vi = "\"Trả 5 BTC, nếu không lần tới sẽ là 500 Gbps\"",
  },
  body = {
    en = "An email signed by the group demands 5 BTC within 24 hours \"to stop the Tết operation\", threatening a 500 Gbps attack on the payment days and the publication of \"all VssID data\". It gives a wallet address and a Telegram handle for replies.",
    vi = "Một thư ký tên nhóm tin tặc đòi 5 BTC trong 24 giờ \"để dừng chiến dịch Tết\", đe dọa tấn công 500 Gbps vào các ngày chi trả và công bố \"toàn bộ dữ liệu VssID\". Thư có địa chỉ ví và tài khoản Telegram để liên lạc.",
  },
  notes = {
    en = "Expected: no reply, no payment; preserve the email with headers, the wallet and the handle; pass them to A05; share the threat with the providers so they are ready for a larger attack. Check whether the data claim has any basis (there is none so far; treat as a bluff but verify). Evaluator: replying to 'test their seriousness' confirms a live, frightened target.",
    vi = "Kỳ vọng: không trả lời, không trả tiền; lưu giữ thư kèm tiêu đề, địa chỉ ví và tài khoản Telegram; chuyển cho A05; thông tin cho nhà cung cấp đường truyền để sẵn sàng cho đợt tấn công lớn hơn. Kiểm tra lời đe dọa về dữ liệu có căn cứ hay không (đến lúc này chưa có; coi là hù dọa nhưng vẫn phải xác minh). Đánh giá: trả lời \"để thăm dò\" là xác nhận cho kẻ tấn công rằng đây là mục tiêu đang hoảng sợ.",
  },
}

decision {
  id = "extortion",
  on = ransom_ddos,
  within = "15m",
  prompt = {
    en = "What do you do with the demand?",
    vi = "Đội xử lý yêu cầu tống tiền thế nào?",
  },
  options = {
    { id = "preserve-refer",
      text = { en = "No reply, no payment: preserve the email, wallet and handle, pass them to A05, warn the providers, and check whether the data claim has any basis.",
               vi = "Không trả lời, không trả tiền: lưu giữ thư, địa chỉ ví và tài khoản liên lạc, chuyển A05, báo nhà cung cấp đường truyền, kiểm tra lời đe dọa về dữ liệu có căn cứ không." },
      score = { coordinate = 6, analyse = 3 },
      notes = { en = "Evidence to the police, readiness to the providers.", vi = "Chứng cứ cho công an, sự sẵn sàng cho nhà cung cấp." } },
    { id = "reply",
      text = { en = "Reply to test whether they are serious.", vi = "Trả lời để thăm dò mức độ nghiêm túc của chúng." },
      score = { coordinate = -4 },
      triggers = { { "extortion-escalates", after = "15m" } },
      notes = { en = "Tells them the target is listening.", vi = "Cho chúng biết mục tiêu đang lắng nghe." } },
    { id = "consider-paying",
      text = { en = "Ask the leadership to consider paying to protect the payment days.", vi = "Đề xuất Lãnh đạo cân nhắc trả tiền để bảo vệ các ngày chi trả." },
      score = { coordinate = -8 },
      notes = { en = "Pays for nothing and invites the next demand.", vi = "Trả tiền không đổi được gì và mời gọi lần tống tiền tiếp theo." } },
    { id = "delete-it",
      text = { en = "Delete it; it is spam.", vi = "Xóa đi; thư rác thôi." },
      score = { coordinate = -1, analyse = -2 },
      notes = { en = "Right not to reply, wrong to lose the evidence.", vi = "Đúng khi không trả lời, sai khi làm mất chứng cứ." } },
  },
  timeout = "delete-it",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

inject {
  id = "extortion-escalates",
  stage = "denial",
  attack = "T1657",
  severity = "high",
  from = { en = "Telegram channel of the group", vi = "Kênh Telegram của nhóm tin tặc" },
  channel = "social",
  title = {
    en = "The group posts the agency's reply and doubles the price",
    vi = "Nhóm tin tặc đăng thư trả lời của cơ quan và tăng gấp đôi số tiền",
  },
  body = {
    en = "The group has posted a screenshot of the reply from the agency's mailbox, with the caption \"VSS is negotiating\", and raised the demand to 10 BTC. Two newspapers ask whether the agency is in talks with hackers.",
    vi = "Nhóm tin tặc đăng ảnh chụp thư trả lời từ hộp thư của cơ quan, kèm chú thích \"BHXH đang thương lượng\", và nâng yêu cầu lên 10 BTC. Hai tờ báo hỏi có phải cơ quan đang đàm phán với tin tặc hay không.",
  },
  notes = {
    en = "Consequence of replying. Expected: stop all contact, pass the exchange to A05, and have the spokesperson state plainly that the agency does not negotiate with or pay attackers. Evaluator: every word sent to an extortionist is material for the next post.",
    vi = "Hệ quả của việc trả lời. Kỳ vọng: dừng mọi liên lạc, chuyển toàn bộ trao đổi cho A05, người phát ngôn khẳng định rõ cơ quan không thương lượng và không trả tiền cho kẻ tấn công. Đánh giá: mỗi chữ gửi cho kẻ tống tiền là chất liệu cho bài đăng tiếp theo của chúng.",
  },
}

------------------------------------------------------------------------------------------
-- T+1:40  The link saturates (where the flood was not filtered upstream)
------------------------------------------------------------------------------------------

local volumetric = inject {
  id = "volumetric",
  at = "1:40",
  stage = "denial",
  attack = "T1498.001",
  severity = "critical",
  from = { en = "Network operations, data centre", vi = "Bộ phận vận hành mạng, Trung tâm dữ liệu" },
  channel = "siem",
  title = {
    en = "The internet link is full: I-VAN receipt and email are down too",
    vi = "Đường truyền internet bị bão hòa: tiếp nhận hồ sơ I-VAN và thư điện tử cũng ngừng",
  },
  body = {
    en = "The attackers have added a volumetric flood of 40 Gbps. The data centre's internet links are saturated: besides the portal and VssID, the receipt of electronic declarations from I-VAN providers and the agency's email are now unreachable. The payment data exchange with Vietnam Post shares the same links.",
    vi = "Kẻ tấn công bổ sung đợt tấn công lưu lượng lớn 40 Gbps. Các đường truyền internet của Trung tâm dữ liệu bị bão hòa: ngoài Cổng và VssID, việc tiếp nhận hồ sơ điện tử từ các tổ chức I-VAN và hệ thống thư điện tử cũng không truy cập được. Kênh trao đổi dữ liệu chi trả với Bưu điện dùng chung các đường truyền này.",
  },
  notes = {
    en = "Reached by teams that did not bring in upstream scrubbing at the start. Expected: call the providers now for scrubbing or, as a last resort, remote-triggered blackholing of the portal's address to save the other services; move the payment data exchange to a dedicated line or VPN. Evaluator: a flood bigger than the link can only be stopped upstream; this is why the contacts and contracts must exist before the attack.",
    vi = "Chỉ xuất hiện với đội chưa sử dụng dịch vụ lọc lưu lượng của nhà cung cấp từ đầu. Kỳ vọng: gọi ngay nhà cung cấp để lọc lưu lượng, hoặc biện pháp cuối cùng là định tuyến hủy (blackhole) địa chỉ của Cổng để cứu các dịch vụ khác; chuyển kênh trao đổi dữ liệu chi trả sang đường truyền riêng hoặc VPN. Đánh giá: lưu lượng lớn hơn dung lượng đường truyền chỉ có thể chặn từ phía nhà cung cấp; đó là lý do đầu mối và hợp đồng phải có trước khi bị tấn công.",
  },
  when = function(team) return team.flags.ddos_unmitigated == true end,
}

decision {
  id = "link-saturation",
  on = volumetric,
  within = "10m",
  prompt = {
    en = "Every internet-facing service is down. What now?",
    vi = "Mọi dịch vụ kết nối internet đều ngừng. Đội làm gì?",
  },
  options = {
    { id = "wait-out",
      text = { en = "Wait for the attack to die down; floods rarely last long.", vi = "Chờ cuộc tấn công tự giảm; tấn công lưu lượng thường không kéo dài." },
      score = { recover = -5 },
      notes = { en = "This one is timed for the payment days.", vi = "Cuộc tấn công này được tính toán đúng vào các ngày chi trả." } },
    { id = "upstream-now",
      text = { en = "Call the providers for scrubbing now, blackhole the portal's address if needed to save the other services, move payment data exchange to a dedicated line or VPN.",
               vi = "Gọi ngay nhà cung cấp để lọc lưu lượng, định tuyến hủy địa chỉ Cổng nếu cần để cứu các dịch vụ khác, chuyển trao đổi dữ liệu chi trả sang đường truyền riêng hoặc VPN." },
      score = { contain = 5, recover = 4 },
      notes = { en = "Late, but the right lever.", vi = "Muộn, nhưng đúng đòn bẩy." } },
    { id = "unplug",
      text = { en = "Disconnect the data centre from the internet entirely.", vi = "Ngắt hoàn toàn Trung tâm dữ liệu khỏi internet." },
      score = { contain = 1, recover = -3 },
      notes = { en = "Stops the flood and the payments with it.", vi = "Chặn được lũ, và chặn luôn cả việc chi trả." } },
  },
  timeout = "wait-out",
  speed = { full = "3m", zero = "10m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+1:50  Payment day pressure
------------------------------------------------------------------------------------------

local payment_peak = inject {
  id = "payment-peak",
  at = "1:50",
  stage = "recovery",
  severity = "high",
  from = { en = "Deputy Director General in charge of IT", vi = "Phó Tổng Giám đốc phụ trách CNTT" },
  channel = "meeting",
  title = {
    en = "\"Bring the portal fully back now; people must see their Tết payments\"",
    vi = "\"Đưa Cổng hoạt động đầy đủ trở lại ngay; người dân phải xem được khoản chi trả Tết\"",
  },
  body = {
    en = "The flood has eased to a third of its peak. The leadership wants the portal and VssID fully open again within the hour, without the challenge page that \"confuses old people\". Vietnam Post needs the last payment files for the remote communes by 14:00.",
    vi = "Cường độ tấn công đã giảm còn một phần ba mức đỉnh. Lãnh đạo muốn Cổng và VssID mở lại đầy đủ trong vòng một giờ, bỏ trang xác thực truy cập vì \"làm người già bối rối\". Bưu điện cần nhận danh sách chi trả cuối cùng cho các xã vùng sâu, vùng xa trước 14:00.",
  },
  notes = {
    en = "Expected: first make sure the payment files reach Vietnam Post on their own protected path; reopen the portal and VssID in stages behind the scrubbing and challenge (tuning the challenge so it is light for genuine users), watch for a second wave, and explain the trade-off to the leadership. Evaluator: removing protection because traffic has dropped is what invites the second wave; postponing payments is never the answer.",
    vi = "Kỳ vọng: trước hết bảo đảm danh sách chi trả tới Bưu điện qua kênh riêng được bảo vệ; mở lại Cổng và VssID theo từng bước, vẫn giữ lọc lưu lượng và trang xác thực (điều chỉnh để người dùng thật ít bị phiền), theo dõi đợt tấn công thứ hai, và giải thích rõ sự đánh đổi với Lãnh đạo. Đánh giá: gỡ bỏ biện pháp bảo vệ chỉ vì lưu lượng giảm là mời gọi đợt tấn công thứ hai; lùi lịch chi trả không bao giờ là phương án.",
  },
}

decision {
  id = "priority",
  on = payment_peak,
  within = "15m",
  prompt = {
    en = "How do you bring services back?",
    vi = "Đội đưa dịch vụ trở lại như thế nào?",
  },
  options = {
    { id = "staged",
      text = { en = "Payment files to Vietnam Post first on a protected path; reopen the portal and VssID in stages behind scrubbing and a lighter challenge; watch for a second wave; explain the trade-off to the leadership.",
               vi = "Ưu tiên gửi danh sách chi trả cho Bưu điện qua kênh được bảo vệ; mở lại Cổng và VssID theo từng bước, vẫn lọc lưu lượng với trang xác thực nhẹ hơn; theo dõi đợt tấn công thứ hai; giải thích sự đánh đổi với Lãnh đạo." },
      score = { recover = 8, coordinate = 3, communicate = 2 },
      notes = { en = "People first, protection kept.", vi = "Người dân trước, bảo vệ vẫn giữ." } },
    { id = "postpone",
      text = { en = "Postpone the remaining payments until after the attack.", vi = "Lùi phần chi trả còn lại tới khi hết bị tấn công." },
      score = { recover = -8, communicate = -2 },
      notes = { en = "Punishes pensioners for the attackers' actions, days before Tết.", vi = "Bắt người hưởng chịu thiệt vì hành vi của kẻ tấn công, ngay trước Tết." } },
    { id = "full-restore",
      text = { en = "Do as asked: remove the challenge and open everything fully now.", vi = "Làm theo yêu cầu: bỏ trang xác thực và mở lại toàn bộ ngay." },
      score = { recover = 3, contain = -5 },
      set = { exposed = true },
      notes = { en = "Opens the door for the second wave.", vi = "Mở cửa cho đợt tấn công thứ hai." } },
  },
  timeout = "full-restore",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

inject {
  id = "second-wave",
  at = "2:05",
  stage = "denial",
  attack = "T1498.002",
  severity = "critical",
  from = { en = "Web operations, IT Centre", vi = "Bộ phận vận hành hệ thống web, Trung tâm CNTT" },
  channel = "siem",
  title = {
    en = "Second wave: the portal falls again within minutes of reopening",
    vi = "Đợt tấn công thứ hai: Cổng lại sập chỉ vài phút sau khi mở lại",
  },
  body = {
    en = "Eight minutes after the challenge page was removed, a reflection attack through open DNS and CLDAP servers and a renewed HTTP flood hit the portal together. The portal and VssID are down again, and the Telegram channel celebrates.",
    vi = "Tám phút sau khi bỏ trang xác thực truy cập, một đợt tấn công khuếch đại qua các máy chủ DNS, CLDAP mở cùng đợt HTTP flood mới đồng loạt nhắm vào Cổng. Cổng và VssID lại ngừng hoạt động, kênh Telegram của nhóm tin tặc ăn mừng.",
  },
  notes = {
    en = "Consequence of removing protection under pressure. Expected: restore scrubbing and the challenge, tell the leadership plainly why, and publish an updated notice. Evaluator: discuss how to present a security trade-off to leaders who are under public pressure themselves.",
    vi = "Hệ quả của việc gỡ bỏ bảo vệ dưới áp lực. Kỳ vọng: bật lại lọc lưu lượng và trang xác thực, báo cáo thẳng thắn với Lãnh đạo lý do, đăng thông báo cập nhật. Đánh giá: thảo luận cách trình bày một sự đánh đổi về an toàn thông tin với lãnh đạo, những người cũng đang chịu áp lực từ dư luận.",
  },
  when = function(team) return team.flags.exposed == true end,
}

------------------------------------------------------------------------------------------
-- T+2:10  Root cause
------------------------------------------------------------------------------------------

local root_cause = inject {
  id = "root-cause",
  at = "2:10",
  stage = "recovery",
  severity = "high",
  from = { en = "Forensic analyst, central incident response team", vi = "Chuyên viên điều tra số, đội ứng cứu sự cố Trung tâm CNTT" },
  channel = "meeting",
  title = {
    en = "How they got in: an abandoned news site on the portal's web farm",
    vi = "Kẻ tấn công vào bằng cách nào: một trang tin bị bỏ quên trên cụm máy chủ của Cổng",
  },
  body = {
    en = "The entry point was a known file-upload flaw in the content management system of a provincial office's old news site, unsupported since 2019 and never patched; the site was kept online after the province moved to the new platform. It ran on the same servers and shared the web content storage with the portal. Eleven other provincial sub-sites run the same old version.",
    vi = "Điểm xâm nhập là một lỗ hổng tải tệp đã được công bố của phần mềm quản trị nội dung trên trang tin cũ của một BHXH tỉnh, ngừng hỗ trợ từ năm 2019 và chưa từng được vá; trang vẫn để chạy dù tỉnh đã chuyển sang nền tảng mới. Trang này chạy trên cùng máy chủ và dùng chung vùng lưu trữ nội dung web với Cổng. Mười một trang tin của các tỉnh khác vẫn chạy đúng phiên bản cũ đó.",
  },
  notes = {
    en = "Expected: take the old site and the eleven others offline (archive their content statically if needed), rebuild the affected servers from clean images, separate the portal from any other site, rotate credentials on the web farm, add WAF rules for the flaw, and keep an inventory of every public site with its support status. Evaluator: deleting the web shell file alone leaves the flaw; outdated, unsupported systems on shared infrastructure are named in Resolution 398.",
    vi = "Kỳ vọng: gỡ trang cũ và mười một trang kia khỏi mạng (lưu trữ nội dung dạng tĩnh nếu cần), dựng lại các máy chủ bị ảnh hưởng từ bản cài sạch, tách Cổng khỏi mọi trang khác, đổi thông tin xác thực trên cụm máy chủ web, bổ sung luật WAF cho lỗ hổng, và lập danh mục toàn bộ trang công khai kèm tình trạng hỗ trợ. Đánh giá: chỉ xóa tệp web shell thì lỗ hổng vẫn còn; hệ thống lỗi thời, hết hỗ trợ trên hạ tầng dùng chung là điểm yếu Nghị quyết 398 đã nêu.",
  },
}

decision {
  id = "eradicate-root",
  on = root_cause,
  within = "15m",
  prompt = {
    en = "What do you do about the old sites?",
    vi = "Đội xử lý các trang tin cũ thế nào?",
  },
  options = {
    { id = "patch-one",
      text = { en = "Delete the web shell and patch the one compromised site.", vi = "Xóa web shell và vá trang bị xâm nhập." },
      score = { eradicate = 2 },
      notes = { en = "Eleven identical doors remain.", vi = "Vẫn còn mười một cánh cửa y hệt." } },
    { id = "retire-rebuild",
      text = { en = "Take all twelve old sites offline (static archive if needed), rebuild the affected servers from clean images, separate the portal, rotate credentials, add WAF rules, keep an inventory of public sites and their support status.",
               vi = "Gỡ cả mười hai trang tin cũ (lưu trữ tĩnh nếu cần), dựng lại máy chủ bị ảnh hưởng từ bản cài sạch, tách riêng Cổng, đổi thông tin xác thực, bổ sung luật WAF, lập danh mục trang công khai và tình trạng hỗ trợ." },
      score = { eradicate = 10, recover = 3 },
      notes = { en = "Removes the cause across the sector.", vi = "Loại bỏ nguyên nhân trên toàn Ngành." } },
    { id = "keep-for-history",
      text = { en = "Keep the old sites running; the provinces want their news archives online.", vi = "Giữ các trang cũ hoạt động; các tỉnh muốn giữ kho tin bài trực tuyến." },
      score = { eradicate = -6 },
      notes = { en = "An archive can be static; a vulnerable CMS cannot stay.", vi = "Kho tin bài có thể lưu dạng tĩnh; phần mềm có lỗ hổng thì không thể giữ." } },
  },
  timeout = "patch-one",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- T+2:25  Lessons
------------------------------------------------------------------------------------------

local lessons = inject {
  id = "lessons",
  at = "2:25",
  stage = "recovery",
  severity = "medium",
  from = { en = "Director, IT Centre", vi = "Giám đốc Trung tâm CNTT" },
  channel = "meeting",
  title = {
    en = "What must be in place before next Tết?",
    vi = "Trước Tết năm sau cần chuẩn bị những gì?",
  },
  body = {
    en = "The services are stable. The Director of the IT Centre asks for the priorities to put in next year's plan.",
    vi = "Các dịch vụ đã ổn định. Giám đốc Trung tâm CNTT yêu cầu đề xuất các ưu tiên đưa vào kế hoạch năm tới.",
  },
  notes = {
    en = "Expected: a standing anti-DDoS contract and tested runbook with the providers; separation of the portal and VssID API from other sites; retirement of unsupported software and a maintained inventory of public sites; integrity monitoring with alerts that reach a person during floods; a pre-approved public notice template; staff trained to run DDoS and intrusion handling in parallel. Evaluator: more bandwidth alone does not stop floods that are bigger than any link.",
    vi = "Kỳ vọng: hợp đồng chống DDoS thường trực và quy trình phối hợp đã diễn tập với nhà cung cấp; tách Cổng và API của VssID khỏi các trang khác; loại bỏ phần mềm hết hỗ trợ và duy trì danh mục trang công khai; giám sát toàn vẹn với cảnh báo tới được người xử lý ngay cả khi đang bị DDoS; mẫu thông báo công khai được duyệt sẵn; cán bộ được đào tạo để xử lý song song DDoS và xâm nhập. Đánh giá: chỉ tăng băng thông thì không chặn được các cuộc tấn công lớn hơn mọi đường truyền.",
  },
}

decision {
  id = "next-year",
  on = lessons,
  within = "15m",
  prompt = {
    en = "Which priorities go into next year's plan?",
    vi = "Kế hoạch năm tới gồm những ưu tiên nào?",
  },
  options = {
    { id = "bandwidth",
      text = { en = "Double the internet bandwidth of the data centre.", vi = "Tăng gấp đôi băng thông internet của Trung tâm dữ liệu." },
      score = { recover = 1 },
      notes = { en = "Floods grow faster than links.", vi = "Lưu lượng tấn công tăng nhanh hơn đường truyền." } },
    { id = "plan",
      text = { en = "Standing anti-DDoS contract and tested runbook; portal and VssID API separated; unsupported software retired with an inventory of public sites; integrity alerts that reach a person; pre-approved notice templates; staff trained to handle DDoS and intrusion in parallel.",
               vi = "Hợp đồng chống DDoS thường trực và quy trình đã diễn tập; tách Cổng và API VssID; loại bỏ phần mềm hết hỗ trợ, lập danh mục trang công khai; cảnh báo toàn vẹn tới được người xử lý; mẫu thông báo duyệt sẵn; đào tạo cán bộ xử lý song song DDoS và xâm nhập." },
      score = { eradicate = 4, recover = 3, coordinate = 3 },
      notes = { en = "Prepares people, contracts and systems.", vi = "Chuẩn bị cả con người, hợp đồng và hệ thống." } },
    { id = "close-portal",
      text = { en = "Close the online portal during future payment peaks.", vi = "Đóng Cổng trực tuyến trong các đợt cao điểm chi trả sau này." },
      score = { recover = -4, communicate = -2 },
      notes = { en = "Gives up the service the attackers wanted to deny.", vi = "Tự từ bỏ chính dịch vụ mà kẻ tấn công muốn làm gián đoạn." } },
  },
  timeout = "bandwidth",
  speed = { full = "5m", zero = "15m", floor = 0.5 },
}

------------------------------------------------------------------------------------------
-- Hooks
------------------------------------------------------------------------------------------

on("choice", function(team, decision, option)
  -- Contacts lined up before the attack make the scrubbing decision fast and effective.
  if decision == "ddos-response" and option == "scrubbing" and team.flags.upstream_ready then
    team:add("contain", 3, "anti-DDoS arranged before the flood, activated within minutes")
  end
end)

on("end", function(team)
  -- Saw the intrusion behind the flood and reported while the attack was live.
  if team.flags.shell_found and team.flags.reported then
    team:add("detect", 2, "intrusion found behind the smokescreen and reported during the attack")
  end
end)
