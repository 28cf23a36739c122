"""Enter Vietnamese translations into resources/i18n/zalo_composer_vi.ts.

    python packaging/fill_vi_translations.py            fill unfinished messages
    python packaging/fill_vi_translations.py --all      also overwrite finished ones

This is how the first Vietnamese translation was written: a table from English source text
(per context where one English text needs two Vietnamese ones) to Vietnamese. The ``.ts``
file stays the source of truth: translators may edit it directly (Qt Linguist or any editor);
by default this script only fills messages that are still unfinished, so it never undoes
their work. `make translations` does not run it.

Conventions: the words of Vietnamese software (Tệp, Mở…, Lưu, Huỷ, Hoàn tác, Cài đặt…);
technical tokens as they are (ApiKey, SecretKey, OAID, RequestId, SMSID, SendDate, user_id,
JSON, cURL, eSMS, Zalo, URL, SMS, HTTP, CodeResult); every ``{placeholder}`` and ``%1``
kept; mnemonics (``&``) on ASCII letters only (no AltGr, no clash with Telex/VNI input),
unique within each menu.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "zalo_composer_vi.ts"

#: English source → Vietnamese, whatever the context.
VI: dict[str, str] = {
    # -- error boundary, damaged and shared files ----------------------------------------
    "Something went wrong": "Đã xảy ra lỗi",
    "zalo-composer ran into an unexpected error. Your draft is safe: it is autosaved, and "
    "offered again if the program has to be restarted.":
        "zalo-composer gặp một lỗi không lường trước. Bản nháp của bạn vẫn an toàn: nó được "
        "tự động lưu và sẽ được đề nghị khôi phục nếu phải khởi động lại chương trình.",
    "The details are in the log: {path}": "Chi tiết có trong nhật ký: {path}",
    "(no log file)": "(không có tệp nhật ký)",
    "zalo-composer cannot start": "zalo-composer không khởi động được",
    "The message has {count} buttons; a message can have at most {BUTTONS_MAX}. It was not "
    "opened.": "Tin nhắn có {count} nút; một tin nhắn chỉ được có tối đa {BUTTONS_MAX} nút. "
    "Tệp không được mở.",
    "The endpoint {base_url} has no valid port (1 to 65535).":
        "Địa chỉ {base_url} không có cổng hợp lệ (1 đến 65535).",
    "This bulk send is being sent already; it cannot be resumed twice.":
        "Lượt gửi hàng loạt này đang được gửi; không thể tiếp tục nó hai lần.",
    "This bulk send is being sent by another window of zalo-composer; it cannot be resumed "
    "here.": "Lượt gửi hàng loạt này đang được một cửa sổ zalo-composer khác gửi; không thể "
    "tiếp tục nó ở đây.",
    "{exc} It could not be moved aside either: {reason}.":
        "{exc} Cũng không thể chuyển tệp sang chỗ khác: {reason}.",
    "Could not save the profiles to {path}: {reason}.":
        "Không lưu được các hồ sơ vào {path}: {reason}.",
    "Another copy of zalo-composer has held {name} for more than {LOCK_TIMEOUT_S} s; try again.":
        "Một bản zalo-composer khác đang giữ {name} hơn {LOCK_TIMEOUT_S} giây; hãy thử lại.",
    "The profiles file {path} cannot be read: {reason}.":
        "Không đọc được tệp hồ sơ {path}: {reason}.",
    "Profile “{data}”: {key} {value} cannot be used; the default {default} s applies.":
        "Hồ sơ “{data}”: không dùng được {key} {value}; áp dụng giá trị mặc định {default} giây.",
    "&Find in the history…": "&Tìm trong lịch sử…",
    "Type of button {number}": "Loại của nút {number}",
    "Button rows": "Các hàng nút",
    "Preview of the request": "Xem trước yêu cầu",
    # -- About, Help ------------------------------------------------------------------------
    "About %1": "Giới thiệu %1",
    "Program icon": "Biểu tượng chương trình",
    "Compose, check and send Zalo OA consultation messages with buttons through eSMS.":
        "Soạn, kiểm tra và gửi tin nhắn tư vấn Zalo OA kèm nút bấm qua eSMS.",
    "Versions": "Phiên bản",
    "Log files: %1": "Tệp nhật ký: %1",
    "&Copy versions": "&Sao chép phiên bản",
    "Copies the versions for a bug report": "Sao chép thông tin phiên bản để báo lỗi",
    "System": "Hệ điều hành",
    "Log folder": "Thư mục nhật ký",
    "No file manager could open the log folder. The log files are in:\n%1":
        "Không có trình quản lý tệp nào mở được thư mục nhật ký. Các tệp nhật ký nằm ở:\n%1",
    "Open &log folder": "Mở thư mục &nhật ký",
    "Show the folder with the program's log files":
        "Mở thư mục chứa các tệp nhật ký của chương trình",
    "&About %1": "&Giới thiệu %1",
    "Versions of the program, Qt and Python": "Phiên bản của chương trình, Qt và Python",
    "&Help": "Trợ &giúp",
    # -- autosave ---------------------------------------------------------------------------
    "an untitled draft": "một bản nháp chưa đặt tên",
    "zalo-composer did not close properly last time. Unsaved work from {source} (autosaved "
    "{when}) can be restored:\n\n“{preview}…”\n\nRestore it?":
        "Lần trước zalo-composer không đóng đúng cách. Có thể khôi phục phần việc chưa lưu "
        "của {source} (tự động lưu lúc {when}):\n\n“{preview}…”\n\nKhôi phục không?",
    "Autosave failed: {reason}": "Tự động lưu thất bại: {reason}",
    # -- balance ----------------------------------------------------------------------------
    "{reason}. Click to refresh.": "{reason}. Bấm để làm mới.",
    "Account balance": "Số dư tài khoản",
    "Balance: —": "Số dư: —",
    "Click to ask eSMS for the active profile's balance":
        "Bấm để hỏi eSMS số dư của hồ sơ đang dùng",
    "Balance: …": "Số dư: …",
    "Balance: unavailable": "Số dư: không lấy được",
    "Balance: {amount} đ": "Số dư: {amount} đ",
    "{profile}: balance as eSMS reported it just now": "{profile}: số dư eSMS vừa báo",
    "Balance: {code} — {meaning}": "Số dư: {code} — {meaning}",
    "eSMS did not give the balance": "eSMS không trả về số dư",
    # -- button list and rows ---------------------------------------------------------------
    "A message can have at most {limit} buttons; remove one to add another.":
        "Một tin nhắn có tối đa {limit} nút; hãy xoá bớt một nút để thêm nút khác.",
    "Buttons": "Nút",
    "Type of the button to add": "Loại nút sẽ thêm",
    "&Add button": "Thêm &nút",
    "No buttons yet: choose a type above and press Add button.":
        "Chưa có nút nào: chọn một loại ở trên rồi bấm Thêm nút.",
    "{count} of {limit}": "{count}/{limit}",
    "Add a button of the chosen type": "Thêm một nút thuộc loại đã chọn",
    "Button {number}": "Nút {number}",
    "Button {number} of {count}": "Nút {number}/{count}",
    "Add a copy below": "Thêm một bản sao ngay bên dưới",
    "Button type: what the follower's tap does":
        "Loại nút: điều xảy ra khi người quan tâm chạm vào",
    "Move up (Alt+Up)": "Chuyển lên (Alt+Up)",
    "Move down (Alt+Down)": "Chuyển xuống (Alt+Down)",
    "Duplicate": "Nhân bản",
    "Remove": "Xoá",
    "Remove this button": "Xoá nút này",
    "Drag to reorder (or Alt+Up / Alt+Down)": "Kéo để đổi thứ tự (hoặc Alt+Up / Alt+Down)",
    "Opens a web page inside Zalo.": "Mở một trang web ngay trong Zalo.",
    "Sends its payload to the OA as a message the follower sees.":
        "Gửi nội dung của nút tới OA dưới dạng tin nhắn mà người quan tâm nhìn thấy.",
    "Sends its payload to the OA without showing it in the follower's chat.":
        "Gửi nội dung của nút tới OA mà không hiện trong cuộc trò chuyện của người quan tâm.",
    "Opens the phone's SMS composer with a number and text filled in.":
        "Mở trình soạn SMS của điện thoại với số và nội dung điền sẵn.",
    "Opens the dialer with a number filled in.": "Mở trình gọi điện với số điền sẵn.",
    # -- result codes and send statuses -----------------------------------------------------
    "phone number blocked": "số điện thoại bị chặn",
    "accepted by eSMS": "đã được eSMS chấp nhận",
    "wrong ApiKey or SecretKey": "sai ApiKey hoặc SecretKey",
    "no price list for the account": "tài khoản chưa có bảng giá",
    "balance too low": "số dư không đủ",
    "brandname or call code does not exist": "brandname hoặc mã gọi không tồn tại",
    "SMSID or call code not found": "không tìm thấy SMSID hoặc mã gọi",
    "recording file missing": "thiếu tệp ghi âm",
    "at least 30 distinct numbers per request are needed":
        "mỗi yêu cầu cần ít nhất 30 số điện thoại khác nhau",
    "phone number format wrong": "sai định dạng số điện thoại",
    "request data wrong": "dữ liệu yêu cầu không đúng",
    "hashed phone number invalid": "số điện thoại đã băm không hợp lệ",
    "message type not supported": "loại tin nhắn không được hỗ trợ",
    "phone list too long": "danh sách số điện thoại quá dài",
    "duplicate RequestId": "RequestId bị trùng",
    "caller IP not whitelisted": "IP gọi đến chưa có trong danh sách cho phép",
    "account not activated or locked": "tài khoản chưa kích hoạt hoặc đã bị khoá",
    "wrong customer-care template": "sai mẫu chăm sóc khách hàng",
    "over the TPS limit": "vượt giới hạn TPS",
    "more than one phone number per request": "nhiều hơn một số điện thoại trong một yêu cầu",
    "code used, expired or not for this number":
        "mã đã dùng, đã hết hạn hoặc không dành cho số này",
    "telco not registered": "nhà mạng chưa được đăng ký",
    "request already exists and is being processed": "yêu cầu đã tồn tại và đang được xử lý",
    "content holds a blocked keyword": "nội dung chứa từ khoá bị chặn",
    "OAID does not exist": "OAID không tồn tại",
    "payload breaks the rules": "payload vi phạm quy định",
    "message type missing": "thiếu loại tin nhắn",
    "service type not supported": "loại dịch vụ không được hỗ trợ",
    "more than 500 phone numbers": "nhiều hơn 500 số điện thoại",
    "template not configured for this OAID": "mẫu chưa được cấu hình cho OAID này",
    "wrong ZNS template": "sai mẫu ZNS",
    "OAID or template id missing": "thiếu OAID hoặc mã mẫu",
    "OAID inactive, wrong, or not added to the account":
        "OAID chưa hoạt động, sai, hoặc chưa được thêm vào tài khoản",
    "over-quota mode cannot be scheduled": "chế độ vượt hạn mức không hẹn giờ được",
    "OA not allowed to use over-quota mode": "OA không được phép dùng chế độ vượt hạn mức",
    "MessageId or SMSID missing": "thiếu MessageId hoặc SMSID",
    "no data found": "không tìm thấy dữ liệu",
    "waiting for approval": "đang chờ duyệt",
    "waiting to send": "đang chờ gửi",
    "finished": "đã hoàn tất",
    "sent, waiting for report": "đã gửi, đang chờ báo cáo",
    "no result code": "không có mã kết quả",
    "unknown code {key}": "mã không xác định {key}",
    "no status": "không có trạng thái",
    "unknown status {status}": "trạng thái không xác định {status}",
    "unknown status {number}": "trạng thái không xác định {number}",
    # -- undo steps -------------------------------------------------------------------------
    "Recipient user_id": "user_id người nhận",
    "Note": "Ghi chú",
    "typing in {field}": "gõ trong {field}",
    "deleting in {field}": "xoá trong {field}",
    "edit": "chỉnh sửa",
    "duplicate button {number}": "nhân bản nút {number}",
    "add button {number}": "thêm nút {number}",
    "remove button {number}": "xoá nút {number}",
    "reorder buttons": "đổi thứ tự các nút",
    "move button {number} up": "chuyển nút {number} lên",
    "move button {number} down": "chuyển nút {number} xuống",
    "move button {number} to {target}": "chuyển nút {number} tới vị trí {target}",
    "change the type of button {number}": "đổi loại nút {number}",
    "&Undo {step}": "&Hoàn tác {step}",
    "&Undo": "&Hoàn tác",
    "&Redo {step}": "&Làm lại {step}",
    "&Redo": "&Làm lại",
    "&Edit": "&Sửa",
    # -- field names ------------------------------------------------------------------------
    "Message text": "Nội dung tin nhắn",
    "Recipient": "Người nhận",
    "Button {number} · {field}": "Nút {number} · {field}",
    "Recipient {number}": "Người nhận {number}",
    # -- history ----------------------------------------------------------------------------
    "Select a send to see its request, eSMS's answer and its draft.":
        "Chọn một lượt gửi để xem yêu cầu, phản hồi của eSMS và bản nháp của nó.",
    "(no request body)": "(không có nội dung yêu cầu)",
    "(no draft was saved with this send)": "(lượt gửi này không lưu kèm bản nháp)",
    "(the saved draft cannot be read: {reason})": "(không đọc được bản nháp đã lưu: {reason})",
    "(the draft has no note)": "(bản nháp không có ghi chú)",
    "(no response: {state})": "(không có phản hồi: {state})",
    "Error message": "Thông báo lỗi",
    "Draft note": "Ghi chú bản nháp",
    "Draft file": "Tệp bản nháp",
    "Request body (keys masked)": "Nội dung yêu cầu (đã che khoá)",
    "Raw response": "Phản hồi gốc",
    "All time": "Mọi thời điểm",
    "Today": "Hôm nay",
    "Last 7 days": "7 ngày qua",
    "Last 30 days": "30 ngày qua",
    "Custom range": "Khoảng tự chọn",
    "Search ids, meaning, error, message text (Ctrl+F)":
        "Tìm mã, ý nghĩa, lỗi, nội dung tin nhắn (Ctrl+F)",
    "Finds the text anywhere in the recipient, RequestId, SMSID, meaning, eSMS's error "
    "message and the message text":
        "Tìm chuỗi ở bất kỳ đâu trong người nhận, RequestId, SMSID, ý nghĩa, thông báo lỗi "
        "của eSMS và nội dung tin nhắn",
    "Search the history": "Tìm trong lịch sử",
    "Zalo user id": "user_id Zalo",
    "exact RequestId": "RequestId chính xác",
    "exact SMSID": "SMSID chính xác",
    "&from": "&từ",
    "t&o": "đế&n",
    "Clear filte&rs": "&Xoá bộ lọc",
    "Show every send again": "Hiện lại tất cả lượt gửi",
    "&Recipient": "&Người nhận",
    "C&ode": "&Mã",
    "&Date": "Ngà&y",
    "any": "bất kỳ",
    "Only sends made in this period (local time)":
        "Chỉ các lượt gửi trong khoảng thời gian này (giờ địa phương)",
    "Only sends with this CodeResult; type any code or pick one":
        "Chỉ các lượt gửi có CodeResult này; gõ mã bất kỳ hoặc chọn trong danh sách",
    "Time": "Thời gian",
    "Profile": "Hồ sơ",
    "State": "Trạng thái",
    "Code": "Mã",
    "Meaning": "Ý nghĩa",
    "Duration": "Thời lượng",
    "Message": "Tin nhắn",
    "accepted": "đã chấp nhận",
    "rejected": "bị từ chối",
    "failed": "thất bại",
    "sending": "đang gửi",
    "outcome unknown": "chưa rõ kết quả",
    "The program stopped while this request was in flight: eSMS may or may not have accepted "
    "it. Look its RequestId up before sending it again.":
        "Chương trình đã dừng khi yêu cầu này đang được gửi: eSMS có thể đã nhận hoặc chưa. "
        "Hãy tra RequestId của nó trước khi gửi lại.",
    "Local time the request left": "Giờ địa phương lúc yêu cầu được gửi đi",
    "Time from sending the request to the end of eSMS's answer (ms)":
        "Thời gian từ lúc gửi yêu cầu đến khi eSMS trả lời xong (ms)",
    "accepted, rejected by eSMS, failed on the way, sending, or outcome unknown (the program "
    "stopped mid-send)":
        "đã chấp nhận, bị eSMS từ chối, thất bại trên đường truyền, đang gửi, hoặc chưa rõ kết "
        "quả (chương trình dừng giữa chừng)",
    "First line of the message text": "Dòng đầu của nội dung tin nhắn",
    "1 send": "1 lượt gửi",
    "{count} sends": "{count} lượt gửi",
    "Send history": "Lịch sử gửi",
    "Re&open as draft": "&Mở lại thành bản nháp",
    "Load this send's draft into the editor (Enter)":
        "Nạp bản nháp của lượt gửi này vào trình soạn (Enter)",
    "Re&send…": "&Gửi lại…",
    "Send this message again to the same recipient with a new RequestId (asks first)":
        "Gửi lại tin nhắn này cho cùng người nhận với RequestId mới (có hỏi trước)",
    "&Apply": "Á&p dụng",
    "Save the setting and delete older sends now": "Lưu thiết lập và xoá ngay các lượt gửi cũ hơn",
    " days": " ngày",
    "forever (0)": "mãi mãi (0)",
    "Keep history for N days (0 = forever)": "Giữ lịch sử trong N ngày (0 = mãi mãi)",
    "Sends older than this are deleted when you apply it and each time the program starts; 0 "
    "keeps them forever":
        "Lượt gửi cũ hơn mức này bị xoá khi bạn áp dụng và mỗi lần chương trình khởi động; "
        "0 là giữ mãi mãi",
    "&Export CSV…": "&Xuất CSV…",
    "Write the sends the filters show to a CSV file":
        "Ghi các lượt gửi đang hiện theo bộ lọc ra tệp CSV",
    "C&lear history…": "Xoá &lịch sử…",
    "Delete every send from the history (asks first)":
        "Xoá mọi lượt gửi khỏi lịch sử (có hỏi trước)",
    "&Keep history for": "&Giữ lịch sử trong",
    "Export history to CSV": "Xuất lịch sử ra CSV",
    "CSV files (*.csv);;All files (*)": "Tệp CSV (*.csv);;Mọi tệp (*)",
    "{sends} matches": "{sends} khớp",
    "{sends} match": "{sends} khớp",
    "Cannot reopen this send": "Không mở lại được lượt gửi này",
    "Cannot resend this send": "Không gửi lại được lượt gửi này",
    "Send this message again to {recipient} with the profile “{profile}”?\n\nA NEW RequestId "
    "will be used, so eSMS treats it as a new message and sends it now.":
        "Gửi lại tin nhắn này cho {recipient} bằng hồ sơ “{profile}”?\n\nMột RequestId MỚI "
        "sẽ được dùng, nên eSMS coi đây là tin nhắn mới và gửi ngay.",
    "The first send's outcome is unknown: eSMS may already have sent it.":
        "Chưa rõ kết quả của lần gửi đầu: có thể eSMS đã gửi tin nhắn đó.",
    "Resend message": "Gửi lại tin nhắn",
    "Export failed": "Xuất thất bại",
    "Could not write {path}:\n{reason}": "Không ghi được {path}:\n{reason}",
    "Exported 1 row to {path}": "Đã xuất 1 dòng ra {path}",
    "Exported {count} rows to {path}": "Đã xuất {count} dòng ra {path}",
    "The history is already empty.": "Lịch sử đã trống.",
    "Clear history": "Xoá lịch sử",
    "Delete all {sends} from the history?\n\nThis cannot be undone. Export them to CSV first "
    "if you may need them.":
        "Xoá toàn bộ {sends} khỏi lịch sử?\n\nKhông thể hoàn tác. Hãy xuất ra CSV trước nếu "
        "bạn có thể cần đến.",
    "Deleted {sends}.": "Đã xoá {sends}.",
    "History is kept forever.": "Lịch sử được giữ mãi mãi.",
    "Apply history retention": "Áp dụng thời hạn lưu lịch sử",
    "Delete {sends} older than {days} days now, and older sends at each start from now on?"
    "\n\nThis cannot be undone.":
        "Xoá ngay {sends} cũ hơn {days} ngày, và từ nay xoá các lượt gửi cũ hơn mỗi lần khởi "
        "động?\n\nKhông thể hoàn tác.",
    "Keeping {days} days of history; deleted {sends}.":
        "Giữ lịch sử {days} ngày; đã xoá {sends}.",
    # -- import -----------------------------------------------------------------------------
    "New profile…": "Hồ sơ mới…",
    "Paste a cURL command (like the one in eSMS's documentation) or a JSON request body.":
        "Dán một lệnh cURL (như trong tài liệu của eSMS) hoặc nội dung yêu cầu JSON.",
    "cURL command with a JSON body": "lệnh cURL có nội dung JSON",
    "eSMS request body": "nội dung yêu cầu eSMS",
    "eSMS Payload object": "đối tượng Payload của eSMS",
    "Payload.message object": "đối tượng Payload.message",
    "zalo-composer draft": "bản nháp zalo-composer",
    "no buttons": "không có nút",
    "1 button": "1 nút",
    "{count} buttons": "{count} nút",
    "no recipient": "không có người nhận",
    "1 recipient": "1 người nhận",
    "{count} recipients": "{count} người nhận",
    "{source}: {buttons}, {recipients}": "{source}: {buttons}, {recipients}",
    "The pasted text contains an ApiKey and SecretKey. They are never put into the draft.":
        "Văn bản đã dán có chứa ApiKey và SecretKey. Chúng không bao giờ được đưa vào bản nháp.",
    "The pasted text contains an ApiKey. It is never put into the draft.":
        "Văn bản đã dán có chứa ApiKey. Khoá này không bao giờ được đưa vào bản nháp.",
    "The pasted text contains a SecretKey. It is never put into the draft.":
        "Văn bản đã dán có chứa SecretKey. Khoá này không bao giờ được đưa vào bản nháp.",
    "none — add the follower's Zalo user id in the form":
        "không có — hãy nhập user_id Zalo của người quan tâm vào biểu mẫu",
    "Import from cURL or JSON": "Nhập từ cURL hoặc JSON",
    "curl --location 'https://rest.esms.vn/…' \\\n--header 'Content-Type: application/json' "
    "\\\n--data '{ … }'\n\nor a JSON request body { … }":
        "curl --location 'https://rest.esms.vn/…' \\\n--header 'Content-Type: "
        "application/json' \\\n--data '{ … }'\n\nhoặc nội dung yêu cầu JSON { … }",
    "Text to import": "Văn bản cần nhập",
    "&Paste from clipboard": "&Dán từ bộ nhớ tạm",
    "What will be filled in (it replaces the current message)":
        "Những gì sẽ được điền (thay cho tin nhắn hiện tại)",
    "Keys": "Khoá",
    "&Discard them": "&Bỏ đi",
    "&Store them in profile:": "&Lưu vào hồ sơ:",
    "&Import": "&Nhập",
    "Paste a cURL command or a JSON request body (or just its Payload.message):":
        "Dán lệnh cURL hoặc nội dung yêu cầu JSON (hoặc chỉ Payload.message của nó):",
    "Message:": "Tin nhắn:",
    "Buttons:": "Nút:",
    "Recipients:": "Người nhận:",
    "Not in the draft:": "Không đưa vào bản nháp:",
    "Notes:": "Lưu ý:",
    "“{text}” — {count} characters": "“{text}” — {count} ký tự",
    "(no text)": "(không có nội dung)",
    "none": "không có",
    "{request_id} (kept for every send)": "{request_id} (giữ nguyên cho mọi lần gửi)",
    "a fresh one for each send": "tạo mới cho mỗi lần gửi",
    "none — sent at once": "không có — gửi ngay",
    "endpoint {url}": "endpoint {url}",
    "OAID {oaid} (profile “{profile}” uses it)": "OAID {oaid} (hồ sơ “{profile}” đang dùng)",
    "OAID {oaid} (no profile uses it yet)": "OAID {oaid} (chưa có hồ sơ nào dùng)",
    "nothing else": "không có gì khác",
    "These belong to a profile, not to the draft.":
        "Các mục này thuộc về hồ sơ, không thuộc bản nháp.",
    "A profile needs both keys, so this one cannot be stored; it is discarded.":
        "Hồ sơ cần đủ cả hai khoá nên khoá này không lưu được; nó sẽ bị bỏ đi.",
    "{reason} The keys cannot be stored here; they are discarded. (Edit profiles… can keep "
    "keys in memory for this session.)":
        "{reason} Không lưu được khoá ở đây; chúng sẽ bị bỏ đi. (Sửa hồ sơ… có thể giữ khoá "
        "trong bộ nhớ cho phiên làm việc này.)",
    "Keys are kept {where}, never in a file.": "Khoá được giữ {where}, không bao giờ ghi ra tệp.",
    "endpoint": "endpoint",
    "A new profile is made, filled in with the {fields} found; you name it next. {where}":
        "Một hồ sơ mới sẽ được tạo, điền sẵn {fields} tìm thấy; tiếp theo bạn đặt tên cho nó. "
        "{where}",
    " and ": " và ",
    "A new profile is made; you name it next. {where}":
        "Một hồ sơ mới sẽ được tạo; tiếp theo bạn đặt tên cho nó. {where}",
    "“{profile}” sends with OAID {profile_oaid}; the pasted request is for OAID {oaid}.":
        "“{profile}” gửi bằng OAID {profile_oaid}; yêu cầu đã dán dành cho OAID {oaid}.",
    "“{profile}” already has keys: they will be replaced.":
        "“{profile}” đã có khoá: chúng sẽ bị thay thế.",
    "Imported": "Đã nhập",
    "Replace keys": "Thay khoá",
    "Profile “{profile}” already has an ApiKey and SecretKey. Replace them with the ones in "
    "the pasted text?":
        "Hồ sơ “{profile}” đã có ApiKey và SecretKey. Thay bằng khoá trong văn bản đã dán?",
    "The clipboard holds no text to paste.": "Bộ nhớ tạm không có văn bản để dán.",
    "&Import from cURL/JSON…": "Nhập từ c&URL/JSON…",
    "Copy as c&URL": "Sao chép dạng c&URL",
    "Copy as cURL with &secrets…": "Sao chép cURL kèm &khoá bí mật…",
    "Imported: {summary}": "Đã nhập: {summary}",
    "The pasted request was for OAID {oaid}; the active profile “{profile}” sends with OAID "
    "{profile_oaid}.":
        "Yêu cầu đã dán dành cho OAID {oaid}; hồ sơ đang dùng “{profile}” gửi bằng OAID "
        "{profile_oaid}.",
    "Add a profile first (Message → Profiles…).":
        "Hãy thêm một hồ sơ trước (Tin nhắn → Hồ sơ…).",
    "cURL command copied (keys masked)": "Đã sao chép lệnh cURL (đã che khoá)",
    "the active profile": "hồ sơ đang dùng",
    "Copy with secrets": "Sao chép kèm khoá bí mật",
    "This puts the ApiKey and SecretKey of “{profile}” in plain text on the clipboard, where "
    "other programs can read them. Continue?":
        "Thao tác này đưa ApiKey và SecretKey của “{profile}” dưới dạng văn bản thường vào bộ "
        "nhớ tạm, nơi các chương trình khác đọc được. Tiếp tục?",
    "Cannot copy as cURL": "Không sao chép được dạng cURL",
    "cURL command copied WITH the ApiKey and SecretKey":
        "Đã sao chép lệnh cURL KÈM ApiKey và SecretKey",
    # -- JSON preview, counter --------------------------------------------------------------
    "Request body": "Nội dung yêu cầu",
    "&Copy JSON": "&Sao chép JSON",
    "Copy the request body (keys masked) to the clipboard":
        "Sao chép nội dung yêu cầu (đã che khoá) vào bộ nhớ tạm",
    "Request body JSON": "JSON nội dung yêu cầu",
    "{count} of {limit} characters": "{count}/{limit} ký tự",
    # -- main window ------------------------------------------------------------------------
    "Untitled": "Chưa đặt tên",
    "New draft": "Bản nháp mới",
    "Could not open the draft": "Không mở được bản nháp",
    "Imported {name}": "Đã nhập {name}",
    "Opened {name}": "Đã mở {name}",
    "Could not save the draft": "Không lưu được bản nháp",
    "Saved {name}": "Đã lưu {name}",
    "Restore unsaved work?": "Khôi phục phần việc chưa lưu?",
    "Restored the autosaved work": "Đã khôi phục phần việc tự động lưu",
    "Open draft": "Mở bản nháp",
    "Save draft": "Lưu bản nháp",
    "Unsaved changes": "Thay đổi chưa lưu",
    "Save the changes to {name} first?": "Lưu các thay đổi của {name} trước không?",
    "{summary}: fix the errors to send.": "{summary}: hãy sửa lỗi để gửi.",
    "Ready to send. {summary}.": "Sẵn sàng gửi. {summary}.",
    "Request body copied (keys masked)": "Đã sao chép nội dung yêu cầu (đã che khoá)",
    "Cannot send": "Không gửi được",
    "Sending with {profile}…": "Đang gửi bằng {profile}…",
    "Cancelled": "Đã huỷ",
    "Sending…": "Đang gửi…",
    "Send": "Gửi",
    "Asking eSMS about {sms_id}…": "Đang hỏi eSMS về {sms_id}…",
    "Zalo Composer drafts (*.zalo.json);;JSON files (*.json);;All files (*)":
        "Bản nháp Zalo Composer (*.zalo.json);;Tệp JSON (*.json);;Mọi tệp (*)",
    "Send the message (Ctrl+Return)": "Gửi tin nhắn (Ctrl+Return)",
    "Cancel": "Huỷ",
    "Abort the request in flight (Esc)": "Huỷ yêu cầu đang gửi (Esc)",
    "Results": "Kết quả",
    "Bulk send": "Gửi hàng loạt",
    "Zalo preview": "Xem trước Zalo",
    "Delivery": "Thông tin gửi",
    "&File": "&Tệp",
    "&New": "&Tạo mới",
    "&Open…": "&Mở…",
    "&Save": "&Lưu",
    "Save &As…": "Lưu thà&nh…",
    "&Quit": "Th&oát",
    "Open &Recent": "Mở &gần đây",
    "&Message": "Tin &nhắn",
    "&Send": "&Gửi",
    "&Cancel sending": "&Dừng gửi",
    "&Copy request JSON": "&Sao chép JSON yêu cầu",
    "&Profiles…": "&Hồ sơ…",
    "&View": "&Xem",
    "&Results log": "&Nhật ký kết quả",
    "&Bulk send": "Gửi &hàng loạt",
    "&History…": "&Lịch sử…",
    "Se&ttings…": "&Cài đặt…",
    "&Keyboard shortcuts": "&Phím tắt",
    "Reopened from the history as a new draft": "Đã mở lại từ lịch sử thành bản nháp mới",
    "Cannot resend": "Không gửi lại được",
    "A send is under way; try again when it ends.":
        "Đang có một lượt gửi; hãy thử lại khi nó kết thúc.",
    "Removed {count} missing file from Open Recent":
        "Đã bỏ {count} tệp không còn tồn tại khỏi Mở gần đây",
    "Removed {count} missing files from Open Recent":
        "Đã bỏ {count} tệp không còn tồn tại khỏi Mở gần đây",
    "(none)": "(không có)",
    "&Copy": "&Sao chép",
    "Select &all": "Chọn &tất cả",
    "&Message text": "Nội dung &tin nhắn",
    "What the follower reads above the buttons (up to {limit} characters; line breaks count 2).":
        "Nội dung người quan tâm đọc phía trên các nút (tối đa {limit} ký tự; mỗi lần xuống "
        "dòng tính 2).",
    # -- domain messages (errors, notices, failures) ----------------------------------------
    "{where}: “{key}” must be text.": "{where}: “{key}” phải là văn bản.",
    "{where} is not an object.": "{where} không phải là đối tượng.",
    "{where} has an unknown type {kind}.": "{where} có loại không xác định {kind}.",
    "{where}: the payload of {kind} must be text.":
        "{where}: payload của {kind} phải là văn bản.",
    "{where}: the payload of {kind} must be an object.":
        "{where}: payload của {kind} phải là đối tượng.",
    "The message is not an object.": "Tin nhắn không phải là đối tượng.",
    "The message": "Tin nhắn",
    "The message's attachment is not an object.":
        "Phần đính kèm của tin nhắn không phải là đối tượng.",
    "The attachment type {value} is not a consultation template.":
        "Loại đính kèm {value} không phải mẫu tin tư vấn.",
    "The attachment's payload is not an object.":
        "Payload của phần đính kèm không phải là đối tượng.",
    "The buttons are not a list.": "Danh sách nút không phải là mảng.",
    "The command has a {quote} quote opened on line {line} that is never closed; was the text "
    "cut off when it was copied?":
        "Lệnh có dấu nháy {quote} mở ở dòng {line} mà không được đóng; có phải văn bản bị cắt "
        "mất khi sao chép?",
    "The file is not UTF-8 text (byte {start}).": "Tệp không phải văn bản UTF-8 (byte {start}).",
    "The file is empty.": "Tệp trống.",
    "The file is not valid JSON (line {lineno}, column {colno}: {msg}); it may be truncated or "
    "damaged.":
        "Tệp không phải JSON hợp lệ (dòng {lineno}, cột {colno}: {msg}); có thể tệp bị cắt cụt "
        "hoặc hỏng.",
    "The file is nested too deeply to be a draft.": "Tệp lồng nhau quá sâu, không thể là bản nháp.",
    "The file holds an invalid character (a lone UTF-16 surrogate such as \\ud800), which no "
    "message can carry.":
        "Tệp chứa một ký tự không hợp lệ (một surrogate UTF-16 đứng lẻ, như \\ud800) mà không "
        "tin nhắn nào chứa được.",
    "The file holds JSON, but not a draft or an eSMS request body.":
        "Tệp chứa JSON nhưng không phải bản nháp hay nội dung yêu cầu eSMS.",
    "The file holds JSON, but not a zalo-composer draft or an eSMS request body.":
        "Tệp chứa JSON nhưng không phải bản nháp zalo-composer hay nội dung yêu cầu eSMS.",
    "“{key}” must be text or null.": "“{key}” phải là văn bản hoặc null.",
    "“recipients” must be a list of Zalo user ids.": "“recipients” phải là danh sách user_id Zalo.",
    "The draft has no valid version number ({version}).":
        "Bản nháp không có số phiên bản hợp lệ ({version}).",
    "The draft was written by a newer zalo-composer (format version {version}; this one reads "
    "up to {DRAFT_VERSION}). Update the program to open it.":
        "Bản nháp được tạo bởi zalo-composer mới hơn (định dạng phiên bản {version}; bản này "
        "đọc được tới {DRAFT_VERSION}). Hãy cập nhật chương trình để mở.",
    "The draft has no message.": "Bản nháp không có tin nhắn.",
    "“note” must be text.": "“note” phải là văn bản.",
    "The request body's Payload is not an object.":
        "Payload của nội dung yêu cầu không phải là đối tượng.",
    "The request body has no Payload.message.": "Nội dung yêu cầu không có Payload.message.",
    "The file held an {key}; it was ignored and is not kept in the draft (secrets live in a "
    "profile's keyring entry).":
        "Tệp có chứa {key}; khoá này đã bị bỏ qua và không được giữ trong bản nháp (khoá bí "
        "mật nằm trong mục kho khoá của hồ sơ).",
    "The file's {key} ({body}) belongs to a profile; it was not put into the draft.":
        "{key} của tệp ({body}) thuộc về hồ sơ; nó không được đưa vào bản nháp.",
    "The endpoint {base_url} is not a valid URL.": "Endpoint {base_url} không phải URL hợp lệ.",
    "The endpoint {base_url} must be an https:// URL.": "Endpoint {base_url} phải là URL https://.",
    "The endpoint {base_url} uses plain http://, which would send the ApiKey and SecretKey "
    "unencrypted; use https:// (plain http is allowed only on loopback).":
        "Endpoint {base_url} dùng http:// thường, như vậy ApiKey và SecretKey sẽ được gửi đi "
        "không mã hoá; hãy dùng https:// (http thường chỉ được phép trên loopback).",
    "Nothing to import yet: paste a cURL command or a JSON request body.":
        "Chưa có gì để nhập: hãy dán lệnh cURL hoặc nội dung yêu cầu JSON.",
    "The text": "Văn bản",
    "The text is a JSON list; an eSMS request body is a JSON object {{…}}.":
        "Văn bản là một mảng JSON; nội dung yêu cầu eSMS là một đối tượng JSON {{…}}.",
    "The text is neither a cURL command nor JSON: it should start with “curl” or with “{{”."
    "{hint}":
        "Văn bản không phải lệnh cURL cũng không phải JSON: nó phải bắt đầu bằng “curl” hoặc "
        "“{{”.{hint}",
    "The text is not a cURL command: it should start with “curl”.":
        "Văn bản không phải lệnh cURL: nó phải bắt đầu bằng “curl”.",
    "Only the curl command was read; what follows “{cut_at}” was ignored.":
        "Chỉ đọc lệnh curl; phần sau “{cut_at}” đã bị bỏ qua.",
    "The cURL command sends no body: it has no --data (or -d, --data-raw, --data-binary, "
    "--json) with the JSON request.":
        "Lệnh cURL không gửi nội dung: không có --data (hoặc -d, --data-raw, --data-binary, "
        "--json) chứa yêu cầu JSON.",
    "The cURL command has {count} --data parts; eSMS's send call takes one JSON body.":
        "Lệnh cURL có {count} phần --data; lệnh gửi của eSMS chỉ nhận một nội dung JSON.",
    "The cURL command reads its body from the file {data}; paste that file's JSON instead (or "
    "the command with the JSON in it).":
        "Lệnh cURL đọc nội dung từ tệp {data}; hãy dán JSON của tệp đó (hoặc lệnh có chứa "
        "JSON).",
    "The cURL command's body is not a JSON object {{…}}; eSMS expects its request as JSON."
    "{hint}":
        "Nội dung của lệnh cURL không phải đối tượng JSON {{…}}; eSMS cần yêu cầu ở dạng "
        "JSON.{hint}",
    "The cURL command's body": "Nội dung của lệnh cURL",
    "The cURL command sends form data or a file ({name}); eSMS's send call takes a JSON body "
    "(--data '{{…}}').":
        "Lệnh cURL gửi dữ liệu biểu mẫu hoặc tệp ({name}); lệnh gửi của eSMS cần nội dung JSON "
        "(--data '{{…}}').",
    "The command uses the method {method}; the composer always sends POST, as eSMS's send "
    "call requires.":
        "Lệnh dùng phương thức {method}; chương trình luôn gửi POST, đúng như lệnh gửi của "
        "eSMS yêu cầu.",
    "Ignored cURL options that do not change the message: {names}.":
        "Đã bỏ qua các tuỳ chọn cURL không ảnh hưởng tới tin nhắn: {names}.",
    "The command names {count} URLs; only the first is used.":
        "Lệnh có {count} URL; chỉ URL đầu tiên được dùng.",
    "The command sends Content-Type text/plain (as the Vietnamese eSMS sample does); the "
    "composer sends application/json, which eSMS accepts too.":
        "Lệnh gửi Content-Type text/plain (như mẫu tiếng Việt của eSMS); chương trình gửi "
        "application/json, eSMS cũng chấp nhận.",
    "The command sends Content-Type {value}; the composer sends application/json.":
        "Lệnh gửi Content-Type {value}; chương trình gửi application/json.",
    "Ignored headers: {items}.": "Đã bỏ qua các header: {items}.",
    "The URL {url} cannot be read; no endpoint was taken from it.":
        "Không đọc được URL {url}; không lấy endpoint từ đó.",
    "The URL {url} is not eSMS's consultation-message call (…/{ESMS_SEND_PATH}); no endpoint "
    "was taken from it.":
        "URL {url} không phải lệnh gửi tin tư vấn của eSMS (…/{ESMS_SEND_PATH}); không lấy "
        "endpoint từ đó.",
    "{what} is not valid JSON (line {lineno}, column {colno}: {msg}).{hint}":
        "{what} không phải JSON hợp lệ (dòng {lineno}, cột {colno}: {msg}).{hint}",
    "{what} is JSON that cannot be read (nested too deeply, or a number too long).":
        "{what} là JSON không đọc được (lồng nhau quá sâu, hoặc có số quá dài).",
    "{what} is JSON, but not an object {{…}} like an eSMS request body.":
        "{what} là JSON nhưng không phải đối tượng {{…}} như nội dung yêu cầu eSMS.",
    "{what} is JSON, but not an eSMS request: it has no “Payload” and no message “text” (its "
    "fields: {keys}).":
        "{what} là JSON nhưng không phải yêu cầu eSMS: không có “Payload” và không có “text” "
        "của tin nhắn (các trường: {keys}).",
    "The JSON is nested too deeply to be an eSMS request.":
        "JSON lồng nhau quá sâu, không thể là yêu cầu eSMS.",
    "The JSON holds an invalid character (a lone UTF-16 surrogate such as \\ud800), which no "
    "message can carry.":
        "JSON chứa một ký tự không hợp lệ (một surrogate UTF-16 đứng lẻ, như \\ud800) mà không "
        "tin nhắn nào chứa được.",
    "The {key} must be text.": "{key} phải là văn bản.",
    "Ignored fields the composer does not send: {items}.":
        "Đã bỏ qua các trường chương trình không gửi: {items}.",
    "Left out because they are placeholders, not values: {items}.":
        "Đã bỏ ra vì là chỗ giữ chỗ, không phải giá trị: {items}.",
    "It contains typographic quotes ({items}), which are not quotes to a shell or to JSON: "
    "copy the original command rather than a version a word processor or chat app changed.":
        "Văn bản có dấu nháy kiểu in ấn ({items}), vốn không phải dấu nháy đối với shell hay "
        "JSON: hãy sao chép lệnh gốc thay vì bản đã bị trình soạn thảo hoặc ứng dụng chat "
        "sửa đổi.",
    "Line {line}: the file is not UTF-8 text (byte {start}). Save it as “CSV UTF-8” and "
    "import it again.":
        "Dòng {line}: tệp không phải văn bản UTF-8 (byte {start}). Hãy lưu thành “CSV UTF-8” "
        "rồi nhập lại.",
    "Line {start}: the CSV cannot be read ({exc}).": "Dòng {start}: không đọc được CSV ({exc}).",
    "Line {line}: the file holds NUL bytes; it is not a CSV text file.":
        "Dòng {line}: tệp chứa byte NUL; đây không phải tệp văn bản CSV.",
    "The file holds no recipients.": "Tệp không có người nhận nào.",
    "Line {header_line}: no user_id column. The first line must name the columns, one of them "
    "user_id (found: {shown}).":
        "Dòng {header_line}: không có cột user_id. Dòng đầu phải là tên các cột, trong đó có "
        "user_id (tìm thấy: {shown}).",
    "Line {header_line}: more than one user_id column.":
        "Dòng {header_line}: có nhiều hơn một cột user_id.",
    "Line {header_line}: the column “{name}” appears twice.":
        "Dòng {header_line}: cột “{name}” xuất hiện hai lần.",
    "Line {line}: {count} cells, but the header has {count2}. A value that holds the separator "
    "“{shown}” must be in double quotes.":
        "Dòng {line}: có {count} ô nhưng dòng tiêu đề có {count2}. Giá trị chứa dấu phân cách "
        "“{shown}” phải nằm trong dấu nháy kép.",
    "Could not connect to eSMS within {connect} s.":
        "Không kết nối được tới eSMS trong {connect} giây.",
    "eSMS did not answer within {read} s.": "eSMS không trả lời trong {read} giây.",
    "The secure connection failed (the server's certificate could not be verified, or TLS did "
    "not work).":
        "Kết nối bảo mật thất bại (không xác minh được chứng chỉ của máy chủ, hoặc TLS không "
        "hoạt động).",
    "The endpoint's host name could not be found (DNS lookup failed).":
        "Không tìm thấy tên máy chủ của endpoint (tra cứu DNS thất bại).",
    "The connection was refused: nothing is listening at that address.":
        "Kết nối bị từ chối: không có gì đang lắng nghe ở địa chỉ đó.",
    "The connection was closed before eSMS finished its answer.":
        "Kết nối bị đóng trước khi eSMS trả lời xong.",
    "The request failed on the network ({error}).": "Yêu cầu thất bại trên mạng ({error}).",
    "eSMS did not finish its answer within {total} s.":
        "eSMS không trả lời xong trong {total} giây.",
    "eSMS answered HTTP {status} {reason}.": "eSMS trả lời HTTP {status} {reason}.",
    "eSMS answered with an empty body.": "eSMS trả lời với nội dung trống.",
    "eSMS's answer is not JSON (perhaps an HTML page).":
        "Phản hồi của eSMS không phải JSON (có thể là một trang HTML).",
    "eSMS's answer has no result code (CodeResult).":
        "Phản hồi của eSMS không có mã kết quả (CodeResult).",
    "Zalo error {value}: {value2}": "Lỗi Zalo {value}: {value2}",
    "eSMS answered HTTP {status_code} {reason_phrase}.":
        "eSMS trả lời HTTP {status_code} {reason_phrase}.",
    "eSMS's answer is not a JSON object with a result code.":
        "Phản hồi của eSMS không phải đối tượng JSON có mã kết quả.",
    "Profile “{name}” has no ApiKey/SecretKey yet. Add them in the profile dialog, or with: "
    "zalo-composer profile set-secrets {name}":
        "Hồ sơ “{name}” chưa có ApiKey/SecretKey. Hãy thêm trong hộp thoại hồ sơ, hoặc bằng "
        "lệnh: zalo-composer profile set-secrets {name}",
    "Cancelled while in flight: eSMS may or may not have received it. Retry reuses the "
    "RequestId, so eSMS answers 124 if it did.":
        "Đã huỷ khi đang gửi: eSMS có thể đã nhận hoặc chưa. Gửi lại sẽ dùng lại RequestId, "
        "nên nếu đã nhận thì eSMS trả lời 124.",
    "{batch_id} is not a batch id (32 hex digits).":
        "{batch_id} không phải mã lô (32 chữ số thập lục phân).",
    "{what} must map names to text.": "{what} phải ánh xạ tên sang văn bản.",
    "A row has no user_id.": "Có một dòng không có user_id.",
    "A row's line must be a number.": "Số dòng của một hàng phải là số.",
    "The batch file is not valid JSON.": "Tệp lô không phải JSON hợp lệ.",
    "The file is not a zalo-composer batch.": "Tệp không phải lô gửi của zalo-composer.",
    "Unknown batch file version {value}.": "Phiên bản tệp lô không xác định {value}.",
    "The batch file lacks its batch_id or profile.": "Tệp lô thiếu batch_id hoặc hồ sơ.",
    "The batch's rate must be a positive number or null.":
        "Tốc độ của lô phải là số dương hoặc null.",
    "The batch's concurrency must be a whole number of at least 1.":
        "Số luồng đồng thời của lô phải là số nguyên từ 1 trở lên.",
    "The batch has no creation time.": "Lô không có thời điểm tạo.",
    "The batch's rows or columns are not lists.": "Các hàng hoặc cột của lô không phải danh sách.",
    "The batch's draft cannot be read: {exc}": "Không đọc được bản nháp của lô: {exc}",
    "Could not save the batch to {path}: {reason}.": "Không lưu được lô vào {path}: {reason}.",
    "Could not save {name}: {reason}.": "Không lưu được {name}: {reason}.",
    "{name} is larger than 5 MB; it is not a draft.":
        "{name} lớn hơn 5 MB; đây không phải bản nháp.",
    "Could not open {name}: {reason}.": "Không mở được {name}: {reason}.",
    "The profiles file {path} cannot be read ({exc}).": "Không đọc được tệp hồ sơ {path} ({exc}).",
    "Could not save the profiles to {path}: {exc}.": "Không lưu được hồ sơ vào {path}: {exc}.",
    "There is no profile called “{name}”. Profiles: {items}.":
        "Không có hồ sơ nào tên “{name}”. Các hồ sơ: {items}.",
    "A profile needs a name.": "Hồ sơ cần có tên.",
    "A profile called “{name}” already exists.": "Đã có hồ sơ tên “{name}”.",
    "There is no profile called “{replacing}”.": "Không có hồ sơ nào tên “{replacing}”.",
    "The keyring backend {error} stores secrets in a plain file; zalo-composer does not use it.":
        "Kho khoá {error} lưu khoá bí mật trong tệp thường; zalo-composer không dùng nó.",
    "No system keyring is available (no Secret Service, KWallet, macOS Keychain or Windows "
    "Credential Locker answered).":
        "Không có kho khoá hệ thống nào (Secret Service, KWallet, macOS Keychain hay Windows "
        "Credential Locker đều không phản hồi).",
    "in memory for this session only (they are forgotten when the program exits)":
        "trong bộ nhớ, chỉ cho phiên này (sẽ bị quên khi thoát chương trình)",
    "nowhere yet: {reason}": "chưa ở đâu cả: {reason}",
    "in the system keyring ({name}), service “{SERVICE}”":
        "trong kho khoá hệ thống ({name}), dịch vụ “{SERVICE}”",
    "The keyring could not be read: {error}.": "Không đọc được kho khoá: {error}.",
    "Both the ApiKey and the SecretKey are needed.": "Cần cả ApiKey và SecretKey.",
    "The keyring refused the secrets: {error}.": "Kho khoá từ chối lưu khoá bí mật: {error}.",
    "The keyring refused to delete: {error}.": "Kho khoá từ chối xoá: {error}.",
    "outcome unknown: the program stopped while this request was in flight":
        "chưa rõ kết quả: chương trình đã dừng khi yêu cầu này đang được gửi",
    # -- the model's names ------------------------------------------------------------------
    "Title": "Tiêu đề",
    "Button title": "Tiêu đề nút",
    "Open URL": "Mở URL",
    "URL": "URL",
    "Send query (shown)": "Gửi truy vấn (hiện)",
    "Query": "Truy vấn",
    "Send query (hidden)": "Gửi truy vấn (ẩn)",
    "Open SMS": "Mở SMS",
    "SMS text": "Nội dung SMS",
    "Text of the SMS": "Nội dung tin SMS",
    "Phone": "Số điện thoại",
    "Call phone": "Gọi điện",
    "No value for this placeholder yet": "Biến này chưa có giá trị",
    "Shows the first of {count} requests (one per recipient).":
        "Đang hiện yêu cầu đầu tiên trong {count} yêu cầu (mỗi người nhận một yêu cầu).",
    "No account chosen yet: OAID is empty; the keys are placeholders.":
        "Chưa chọn tài khoản: OAID đang trống; các khoá chỉ là giá trị tạm.",
    "RequestId: generated for the next send.": "RequestId: được tạo cho lần gửi tới.",
    # -- validation problems ----------------------------------------------------------------
    "{label} is {count} characters; the limit is {limit}.":
        "Độ dài {label}: {count} ký tự; giới hạn là {limit}.",
    "{label} is required.": "Cần nhập {label}.",
    "Phone number is required.": "Cần nhập số điện thoại.",
    "Phone number may hold only digits, spaces, dots, dashes and a leading +.":
        "Số điện thoại chỉ được chứa chữ số, dấu cách, dấu chấm, dấu gạch ngang và dấu + ở đầu.",
    "{number} does not look like a Vietnamese number (0 or 84 followed by 9-10 digits, or "
    "1800/1900 followed by 4-6 digits); Zalo may refuse it.":
        "{number} không giống số điện thoại Việt Nam (0 hoặc 84 rồi 9-10 chữ số, hoặc "
        "1800/1900 rồi 4-6 chữ số); Zalo có thể từ chối.",
    "URL is required.": "Cần nhập URL.",
    "This URL cannot be read: {url}": "Không đọc được URL này: {url}",
    "{scheme}: links are not allowed; use an http:// or https:// address.":
        "Không cho phép liên kết {scheme}: — hãy dùng địa chỉ http:// hoặc https://.",
    "The URL must be absolute, starting with https:// or http://.":
        "URL phải là địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://.",
    "The URL has no host name.": "URL không có tên máy chủ.",
    "The URL contains spaces; encode them as %20.":
        "URL chứa dấu cách; hãy mã hoá chúng thành %20.",
    "The message text": "nội dung tin nhắn",
    "{count} buttons; at most {limit} are allowed.": "{count} nút; chỉ cho phép tối đa {limit}.",
    "The message has no buttons.": "Tin nhắn chưa có nút nào.",
    "The recipient's Zalo user_id is required.": "Cần nhập user_id Zalo của người nhận.",
    "A Zalo user_id has only digits: {value}": "user_id Zalo chỉ gồm chữ số: {value}",
    "{value} is listed twice.": "{value} bị liệt kê hai lần.",
    "RequestId is {count} characters; the limit is {limit}.":
        "RequestId dài {count} ký tự; giới hạn là {limit}.",
    "RequestId may hold only printable ASCII characters.":
        "RequestId chỉ được chứa ký tự ASCII in được.",
    "SendDate must look like 2026-12-31 08:30:00 (yyyy-mm-dd hh:MM:ss).":
        "SendDate phải có dạng 2026-12-31 08:30:00 (yyyy-mm-dd hh:MM:ss).",
    "SendDate {value} is not a real date and time.":
        "SendDate {value} không phải ngày giờ có thật.",
    "SendDate {value} is in the past.": "SendDate {value} đã ở trong quá khứ.",
    "A pinned RequestId works for one recipient only (eSMS refuses it the second time as a "
    "duplicate); clear it to get a fresh one per recipient.":
        "RequestId cố định chỉ dùng được cho một người nhận (lần thứ hai eSMS sẽ từ chối vì "
        "trùng); hãy xoá đi để mỗi người nhận có một RequestId mới.",
    "Line {line}: {template}": "Dòng {line}: {template}",
    "Line {line}: {value} looks like a number a spreadsheet shortened; format the user_id "
    "column as text and export again.":
        "Dòng {line}: {value} trông như số đã bị bảng tính rút gọn; hãy định dạng cột user_id "
        "là văn bản rồi xuất lại.",
    "Line {line}: {value} is already listed on line {first}; each recipient gets one message.":
        "Dòng {line}: {value} đã có ở dòng {first}; mỗi người nhận chỉ nhận một tin.",
    "The column “{column}” cannot be used as a variable: names hold only letters, digits and _.":
        "Không dùng được cột “{column}” làm biến: tên chỉ được chứa chữ cái, chữ số và _.",
    "There are no recipients.": "Chưa có người nhận nào.",
    "The pinned RequestId is not used in a bulk send: each recipient gets a fresh one.":
        "RequestId cố định không được dùng khi gửi hàng loạt: mỗi người nhận có một RequestId "
        "mới.",
    "Line {line}: no value for {names}; add the column or a default.":
        "Dòng {line}: chưa có giá trị cho {names}; hãy thêm cột hoặc giá trị mặc định.",
    "No value for {names}: give it a default under Recipients, or send in bulk with a "
    "recipients table that has that column.":
        "Chưa có giá trị cho {names}: hãy đặt giá trị mặc định trong phần Người nhận, hoặc "
        "gửi hàng loạt với bảng người nhận có cột đó.",
    "Error · {field}: {message}": "Lỗi · {field}: {message}",
    "Warning · {field}: {message}": "Cảnh báo · {field}: {message}",
    "{count} error": "{count} lỗi",
    "{count} errors": "{count} lỗi",
    "{count} warning": "{count} cảnh báo",
    "{count} warnings": "{count} cảnh báo",
    ", ": ", ",
    "No problems": "Không có vấn đề",
    "Problems": "Vấn đề",
    "Problems: {summary}": "Vấn đề: {summary}",
    "Click to go to the field": "Bấm để tới trường này",
    # -- profiles ---------------------------------------------------------------------------
    "Built-in sandbox": "Sandbox tích hợp",
    "The sandbox uses built-in demo keys; nothing to enter here.":
        "Sandbox dùng khoá thử nghiệm tích hợp sẵn; không cần nhập gì ở đây.",
    "Keep the keys in memory for this session only": "Chỉ giữ khoá trong bộ nhớ cho phiên này",
    "The OAID is required: the Zalo Official Account id registered with eSMS.":
        "Cần nhập OAID: mã Zalo Official Account đã đăng ký với eSMS.",
    "The OAID is made of digits only.": "OAID chỉ gồm chữ số.",
    "The CallbackUrl must be a full https:// (or http://) address, or empty.":
        "CallbackUrl phải là địa chỉ https:// (hoặc http://) đầy đủ, hoặc để trống.",
    "Zalo user ids are digits only; not: {ids}.":
        "user_id Zalo chỉ gồm chữ số; không hợp lệ: {ids}.",
    "Edit profile “{profile}”": "Sửa hồ sơ “{profile}”",
    "New profile": "Hồ sơ mới",
    "e.g. Shop Hà Nội": "vd. Shop Hà Nội",
    "digits, e.g. 4368496045530866759": "chữ số, vd. 4368496045530866759",
    "optional, https://…": "không bắt buộc, https://…",
    "optional; Zalo user ids, separated by commas or spaces":
        "không bắt buộc; các user_id Zalo, cách nhau bằng dấu phẩy hoặc dấu cách",
    "Show the keys as I type them": "Hiện khoá khi gõ",
    "Type both the ApiKey and the SecretKey, or leave both empty to keep the stored ones.":
        "Hãy nhập cả ApiKey và SecretKey, hoặc để trống cả hai để giữ khoá đã lưu.",
    "Type both the ApiKey and the SecretKey, or leave both empty.":
        "Hãy nhập cả ApiKey và SecretKey, hoặc để trống cả hai.",
    "Account": "Tài khoản",
    "&Name:": "&Tên:",
    "Default &recipients:": "&Người nhận mặc định:",
    "connect": "kết nối",
    "answer": "trả lời",
    "&Timeouts:": "&Hết giờ chờ:",
    "Requests go to the sandbox built into this program, on this computer; nothing reaches "
    "eSMS or Zalo.":
        "Yêu cầu được gửi tới sandbox tích hợp trong chương trình, trên máy này; không có gì "
        "tới eSMS hay Zalo.",
    "Base URL of eSMS; the send path SendZaloFollowerMessage_V5_post_json/ is appended. Plain "
    "http:// is allowed only on this computer (loopback).":
        "URL gốc của eSMS; đường dẫn gửi SendZaloFollowerMessage_V5_post_json/ được nối thêm "
        "vào. http:// thường chỉ được phép trên chính máy này (loopback).",
    "Keys are kept {where}. They are never written to the profiles file.":
        "Khoá được giữ {where}. Chúng không bao giờ được ghi vào tệp hồ sơ.",
    "zalo-composer never writes keys to a file. You can keep them in memory for this session "
    "only: they are forgotten when the program exits.":
        "zalo-composer không bao giờ ghi khoá ra tệp. Bạn có thể giữ khoá trong bộ nhớ chỉ "
        "cho phiên này: chúng sẽ bị quên khi thoát chương trình.",
    "built-in demo key": "khoá thử nghiệm tích hợp",
    "no keyring: choose “in memory” above first":
        "không có kho khoá: hãy chọn “trong bộ nhớ” ở trên trước",
    "•••• stored for this session — type to replace": "•••• đã lưu cho phiên này — gõ để thay",
    "•••• stored in keyring — type to replace": "•••• đã lưu trong kho khoá — gõ để thay",
    "not set": "chưa đặt",
    "The endpoint is required; the default is {url}": "Cần nhập endpoint; mặc định là {url}",
    "{profile} (built-in sandbox, test only)": "{profile} (tích hợp sẵn, chỉ để thử)",
    "The profile “{profile}” was saved, but its keys were not: {reason}":
        "Đã lưu hồ sơ “{profile}” nhưng chưa lưu được khoá: {reason}",
    "Profiles": "Hồ sơ",
    "&Add…": "&Thêm…",
    "&Edit…": "&Sửa…",
    "&Remove…": "&Xoá…",
    "Set &active": "Đặt làm đang &dùng",
    "Remove profile": "Xoá hồ sơ",
    "Remove the profile “{profile}” and forget its ApiKey and SecretKey?":
        "Xoá hồ sơ “{profile}” và quên ApiKey, SecretKey của nó?",
    " — active": " — đang dùng",
    "Sends go to the sandbox built into this program, on this computer: nothing reaches eSMS "
    "or any Zalo user.":
        "Tin được gửi tới sandbox tích hợp trong chương trình, trên máy này: không có gì tới "
        "eSMS hay người dùng Zalo nào.",
    "&Profile:": "&Hồ sơ:",
    "Edit profiles…": "Sửa hồ sơ…",
    "Sends for real with OAID {oaid} to {endpoint}": "Gửi thật bằng OAID {oaid} tới {endpoint}",
    "(no profile yet)": "(chưa có hồ sơ)",
    "Add a profile with “Edit profiles…”.": "Hãy thêm hồ sơ bằng “Sửa hồ sơ…”.",
    "Active profile: {profile} (OAID {oaid})": "Hồ sơ đang dùng: {profile} (OAID {oaid})",
    # -- Qt's own texts ---------------------------------------------------------------------
    "Cu&t": "&Cắt",
    "&Paste": "&Dán",
    "Delete": "Xoá",
    "Select All": "Chọn tất cả",
    "Copy &Link Location": "Sao chép địa chỉ &liên kết",
    "Show Details...": "Hiện chi tiết...",
    "Hide Details...": "Ẩn chi tiết...",
    "OK": "OK",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông với tất cả",
    "Abort": "Huỷ bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Discard": "Bỏ thay đổi",
    "Don't Save": "Không lưu",
    "Close without Saving": "Đóng không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    # -- results log ------------------------------------------------------------------------
    "Select a send to see the request and eSMS's answer.":
        "Chọn một lượt gửi để xem yêu cầu và phản hồi của eSMS.",
    "&Retry": "&Gửi lại",
    "Send the selected request again with the same RequestId: if the first one did arrive, "
    "eSMS answers 124 instead of sending it twice.":
        "Gửi lại yêu cầu đã chọn với cùng RequestId: nếu lần đầu đã tới nơi, eSMS trả lời 124 "
        "thay vì gửi hai lần.",
    "Check &status": "&Kiểm tra trạng thái",
    "Ask eSMS what became of the selected message (GetSendStatus) and what Zalo said "
    "(QueryZnsStatus)":
        "Hỏi eSMS tình trạng của tin nhắn đã chọn (GetSendStatus) và phản hồi của Zalo "
        "(QueryZnsStatus)",
    "C&lear": "&Xoá hết",
    "Remove every row from the log": "Xoá mọi dòng khỏi nhật ký",
    "Sending… the answer will appear here.": "Đang gửi… phản hồi sẽ hiện ở đây.",
    "(no response: {reason})": "(không có phản hồi: {reason})",
    "sending…": "đang gửi…",
    "rejected by eSMS": "bị eSMS từ chối",
    "(no recipient)": "(không có người nhận)",
    "To {recipient}: {code} — {meaning}": "Tới {recipient}: {code} — {meaning}",
    "To {recipient}: rejected, {code} — {meaning}":
        "Tới {recipient}: bị từ chối, {code} — {meaning}",
    "To {recipient}: failed — {reason}": "Tới {recipient}: thất bại — {reason}",
    "Time from sending the request to the end of eSMS's answer":
        "Thời gian từ lúc gửi yêu cầu đến khi eSMS trả lời xong",
    "Accepted means eSMS took the request; the final status comes through the CallbackUrl or "
    "a status query.":
        "Đã chấp nhận nghĩa là eSMS đã nhận yêu cầu; trạng thái cuối cùng đến qua CallbackUrl "
        "hoặc khi tra cứu trạng thái.",
    "Retry sends it again with the same RequestId.": "Gửi lại sẽ dùng cùng RequestId.",
    "The send history could not be written ({reason}).":
        "Không ghi được lịch sử gửi ({reason}).",
    # -- send options -----------------------------------------------------------------------
    "&Recipient user_id": "&Người nhận (user_id)",
    "Request&Id": "Request&Id",
    "Send&Date": "Send&Date",
    "N&ote": "&Ghi chú",
    "Zalo user_id (several: separate with commas)":
        "user_id Zalo (nhiều người: cách nhau bằng dấu phẩy)",
    "Empty: generated at send time": "Trống: tự tạo khi gửi",
    "Empty: send now; or yyyy-mm-dd hh:MM:ss": "Trống: gửi ngay; hay yyyy-mm-dd hh:MM:ss",
    "Pick a date and time (local time)": "Chọn ngày giờ (giờ địa phương)",
    "Optional; saved in the draft, never sent": "Không bắt buộc; lưu trong bản nháp, không gửi đi",
    "Schedule the message": "Hẹn giờ gửi tin nhắn",
    "Send at (local time):": "Gửi lúc (giờ địa phương):",
    # -- settings, shortcuts ----------------------------------------------------------------
    "Settings": "Cài đặt",
    "Follow the system": "Theo hệ thống",
    "Light": "Sáng",
    "Dark": "Tối",
    "&Language:": "&Ngôn ngữ:",
    "&Theme:": "&Giao diện:",
    "Language": "Ngôn ngữ",
    "Theme": "Giao diện",
    "Move the focused button row up or down": "Chuyển dòng nút đang chọn lên hoặc xuống",
    "Next / previous field": "Trường kế tiếp / trước đó",
    "Cancel the request in flight; close a dialog": "Huỷ yêu cầu đang gửi; đóng hộp thoại",
    "Find in the History window": "Tìm trong cửa sổ Lịch sử",
    "Reopen the selected History row as a draft":
        "Mở lại dòng Lịch sử đang chọn thành bản nháp",
    "Keyboard shortcuts": "Phím tắt",
    "Action": "Thao tác",
    # -- status of a sent message -----------------------------------------------------------
    "Status of {sms_id}: could not ask eSMS — {reason}":
        "Trạng thái của {sms_id}: không hỏi được eSMS — {reason}",
    "Status of {sms_id}: {code} — {meaning}": "Trạng thái của {sms_id}: {code} — {meaning}",
    "unknown": "không rõ",
    "Status of {sms_id}: {state}": "Trạng thái của {sms_id}: {state}",
    "{success} delivered, {failed} failed": "{success} đã tới nơi, {failed} thất bại",
    "Zalo message id {id}": "Mã tin nhắn Zalo {id}",
    # -- Zalo-style preview -----------------------------------------------------------------
    "Chat with {name}": "Trò chuyện với {name}",
    "Official Account": "Official Account",
    "opens a link": "mở liên kết",
    "sends a query": "gửi truy vấn",
    "sends a hidden query": "gửi truy vấn ẩn",
    "opens an SMS": "mở SMS",
    "makes a call": "gọi điện",
    "(no title)": "(chưa có tiêu đề)",
    "(no URL yet)": "(chưa có URL)",
    "(no query yet)": "(chưa có truy vấn)",
    "(no number yet)": "(chưa có số)",
    "(no text yet)": "(chưa có nội dung)",
    "(empty message)": "(tin nhắn trống)",
    "Opens {url}": "Mở {url}",
    "Sends {query} to the OA (shown in the chat)":
        "Gửi {query} tới OA (hiện trong cuộc trò chuyện)",
    "Sends {query} to the OA without showing it in the chat":
        "Gửi {query} tới OA mà không hiện trong cuộc trò chuyện",
    "Opens an SMS to {number}: {text}": "Mở SMS tới {number}: {text}",
    "Calls {number}": "Gọi {number}",
    "Button {number}: {title}, {kind}": "Nút {number}: {title}, {kind}",
    "Scheduled for {when}": "Hẹn gửi lúc {when}",
    # -- bulk send panel --------------------------------------------------------------------
    "Recipients": "Người nhận",
    "Paste &ids…": "Dán &id…",
    "Paste user ids: one per line, or separated by commas, semicolons, spaces or tabs":
        "Dán user_id: mỗi dòng một id, hoặc ngăn cách bằng dấu phẩy, dấu chấm phẩy, dấu cách "
        "hay tab",
    "Import &CSV…": "Nhập CS&V…",
    "A UTF-8 CSV file with a user_id column and one column per variable":
        "Tệp CSV UTF-8 có cột user_id và mỗi biến một cột",
    "Remove every recipient": "Xoá mọi người nhận",
    "Cannot read the pasted ids": "Không đọc được các id đã dán",
    "Cannot import the CSV": "Không nhập được tệp CSV",
    "Import recipients": "Nhập người nhận",
    "CSV files (*.csv *.txt);;All files (*)": "Tệp CSV (*.csv *.txt);;Mọi tệp (*)",
    "No recipients yet: paste user ids or import a CSV.":
        "Chưa có người nhận: dán user_id hoặc nhập tệp CSV.",
    "{count} recipient, {problems} with problems": "{count} người nhận, {problems} có vấn đề",
    "{count} recipients, {problems} with problems": "{count} người nhận, {problems} có vấn đề",
    "Status": "Trạng thái",
    "ready to send": "sẵn sàng gửi",
    "waiting": "đang chờ",
    "accepted earlier": "đã được chấp nhận trước đó",
    "unknown, not resent": "chưa rõ, không gửi lại",
    "not sent": "chưa gửi",
    "problem": "có vấn đề",
    "blocked": "bị chặn",
    "no value for {names}": "thiếu giá trị cho {names}",
    "duplicate of line {line}": "trùng với dòng {line}",
    "invalid user id": "user_id không hợp lệ",
    "blocked ({field})": "bị chặn ({field})",
    "Row {row}, line {line} of the source": "Hàng {row}, dòng {line} của nguồn",
    "Row {row}": "Hàng {row}",
    "(no value)": "(không có giá trị)",
    "Empty cell: the default “{value}” is used": "Ô trống: dùng giá trị mặc định “{value}”",
    "No value and no default for {placeholder}: this row is blocked":
        "Không có giá trị lẫn giá trị mặc định cho {placeholder}: hàng này bị chặn",
    "blocked by the check before sending": "bị chặn ở bước kiểm tra trước khi gửi",
    "accepted in an earlier run of this batch; not sent again":
        "đã được chấp nhận ở lần chạy trước của đợt này; không gửi lại",
    "outcome unknown (the program stopped while it was in flight); not resent":
        "chưa rõ kết quả (chương trình đã dừng khi yêu cầu đang được gửi); không gửi lại",
    "not sent: the batch was stopped first": "chưa gửi: đợt gửi đã dừng trước",
    "Default values": "Giá trị mặc định",
    "Variable": "Biến",
    "Default value": "Giá trị mặc định",
    "The message uses no {example}.": "Tin nhắn không dùng biến {example} nào.",
    "Used where a recipient's own cell is empty.": "Dùng khi ô của người nhận để trống.",
    "Replaces {placeholder} in the text, titles and payloads":
        "Thay cho {placeholder} trong nội dung, tiêu đề và payload",
    "Check before sending": "Kiểm tra trước khi gửi",
    "Not checked yet: press Check all to see which rows can be sent.":
        "Chưa kiểm tra: bấm Kiểm tra tất cả để xem hàng nào gửi được.",
    "Changed since the last check: press Check all again.":
        "Đã thay đổi từ lần kiểm tra trước: hãy bấm Kiểm tra tất cả lần nữa.",
    "text": "nội dung",
    "button {number} {field}": "nút {number} {field}",
    "Longest {field}: {length} / {limit} (row {row}) — too long":
        "Dài nhất ở {field}: {length} / {limit} (hàng {row}) — quá dài",
    "Longest {field}: {length} / {limit} (row {row})":
        "Dài nhất ở {field}: {length} / {limit} (hàng {row})",
    "No recipients: paste ids or import a CSV.": "Chưa có người nhận: dán id hoặc nhập tệp CSV.",
    "None of the {total} rows can be sent (see below).":
        "Không hàng nào trong {total} hàng gửi được (xem bên dưới).",
    "None of the {total} rows can be sent: each one is blocked.":
        "Không hàng nào trong {total} hàng gửi được: hàng nào cũng bị chặn.",
    "{sendable} of {total} rows can be sent; {blocked} blocked (hover a row to see why).":
        "{sendable}/{total} hàng gửi được; {blocked} bị chặn (trỏ chuột vào hàng để xem lý do).",
    "{sendable} of {total} row can be sent.": "{sendable}/{total} hàng gửi được.",
    "{sendable} of {total} rows can be sent.": "{sendable}/{total} hàng gửi được.",
    "&Rate": "Tố&c độ",
    "msg/s": "tin/giây",
    "no limit": "không giới hạn",
    "Requests started per second at most; 0 means no limit":
        "Số yêu cầu bắt đầu mỗi giây, tối đa; 0 là không giới hạn",
    "In fli&ght": "Đồng &thời",
    "Requests waiting for an answer at the same time, at most":
        "Số yêu cầu cùng lúc chờ trả lời, tối đa",
    "Check &all": "&Kiểm tra tất cả",
    "Fill in every row's message and validate it, without sending anything":
        "Điền tin nhắn của từng hàng và kiểm tra, không gửi gì cả",
    "S&tart…": "&Bắt đầu gửi…",
    "Send to every row the check found sendable":
        "Gửi tới mọi hàng mà bước kiểm tra thấy gửi được",
    "&Pause": "Tạm &dừng",
    "Start no new request; those under way finish":
        "Không bắt đầu yêu cầu mới; các yêu cầu đang gửi sẽ hoàn tất",
    "Res&ume": "Tiế&p tục",
    "Go on sending the rows not sent yet": "Tiếp tục gửi các hàng chưa gửi",
    "St&op": "Dừng &hẳn",
    "Start no new request and end the batch once the requests under way have their answers":
        "Không bắt đầu yêu cầu mới và kết thúc đợt gửi khi các yêu cầu đang gửi đã có trả lời",
    "&Export results…": "&Xuất kết quả…",
    "Save every row's RequestId and result as CSV":
        "Lưu RequestId và kết quả của mọi hàng thành tệp CSV",
    "Not sent yet.": "Chưa gửi.",
    "Starting…": "Đang bắt đầu…",
    "Interrupted: the rows not sent can be resumed at the next start.":
        "Bị gián đoạn: có thể gửi tiếp các hàng chưa gửi ở lần mở chương trình sau.",
    "Paused": "Đã tạm dừng",
    "Stopping…": "Đang dừng…",
    "Finished": "Đã xong",
    "Stopped": "Đã dừng",
    "estimating time left…": "đang ước tính thời gian còn lại…",
    "~{seconds} s left": "còn ~{seconds} giây",
    "~{minutes} min {seconds} s left": "còn ~{minutes} phút {seconds} giây",
    "~{minutes} min left": "còn ~{minutes} phút",
    "~{hours} h {minutes} min left": "còn ~{hours} giờ {minutes} phút",
    "in {seconds} s": "trong {seconds} giây",
    "in {minutes} min {seconds} s": "trong {minutes} phút {seconds} giây",
    "{sent}/{total} sent": "đã gửi {sent}/{total}",
    "{count} accepted": "{count} được chấp nhận",
    "{count} rejected": "{count} bị từ chối",
    "{count} failed": "{count} thất bại",
    "paused": "đang tạm dừng",
    "{count} done earlier": "{count} đã xong từ trước",
    "{count} blocked": "{count} bị chặn",
    "Send this message to {count} recipient with the profile “{profile}”?":
        "Gửi tin nhắn này tới {count} người nhận bằng hồ sơ “{profile}”?",
    "Send this message to {count} recipients with the profile “{profile}”?":
        "Gửi tin nhắn này tới {count} người nhận bằng hồ sơ “{profile}”?",
    "at most {rate} per second": "tối đa {rate} tin mỗi giây",
    "no rate limit": "không giới hạn tốc độ",
    "The Sandbox profile sends to the sandbox built into this program: nothing reaches Zalo. "
    "Pace: {pace}.":
        "Hồ sơ Sandbox gửi tới sandbox có sẵn trong chương trình này: không tin nào tới Zalo. "
        "Tốc độ: {pace}.",
    "These messages go through eSMS to real Zalo followers, and each accepted one is charged "
    "to the account. Pace: {pace}.":
        "Các tin nhắn này đi qua eSMS tới người quan tâm Zalo thật, và mỗi tin được chấp nhận "
        "đều bị tính phí vào tài khoản. Tốc độ: {pace}.",
    "Start the bulk send?": "Bắt đầu gửi hàng loạt?",
    "Send to {count}": "Gửi tới {count}",
    "Export results": "Xuất kết quả",
    "Cannot start the bulk send": "Không bắt đầu gửi hàng loạt được",
    "Cannot resume the bulk send": "Không gửi tiếp được đợt gửi hàng loạt",
    "Cannot export the results": "Không xuất được kết quả",
    "Exported {count} rows to {path}.": "Đã xuất {count} hàng ra {path}.",
    "The bulk send stopped": "Đợt gửi hàng loạt đã dừng",
    "Nothing pasted yet.": "Chưa dán gì.",
    "{count} id": "{count} id",
    "{count} ids": "{count} id",
    "{ids}, {count} variable column": "{ids}, {count} cột biến",
    "{ids}, {count} variable columns": "{ids}, {count} cột biến",
    "Paste user ids": "Dán user_id",
    "One Zalo user id per line, or separated by commas, semicolons, spaces or tabs. A block "
    "copied from a spreadsheet with a user_id header keeps its variable columns.":
        "Mỗi dòng một user_id Zalo, hoặc ngăn cách bằng dấu phẩy, dấu chấm phẩy, dấu cách hay "
        "tab. Một khối sao chép từ bảng tính có tiêu đề user_id giữ nguyên các cột biến của nó.",
    "Replace list": "Thay danh sách",
    "Use these ids": "Dùng các id này",
    "Add to list": "Thêm vào danh sách",
    "A bulk send to {count} recipient was interrupted ({accepted} accepted). Resume the unsent "
    "rows?":
        "Một đợt gửi hàng loạt tới {count} người nhận đã bị gián đoạn ({accepted} được chấp "
        "nhận). Gửi tiếp các hàng chưa gửi?",
    "A bulk send to {count} recipients was interrupted ({accepted} accepted). Resume the "
    "unsent rows?":
        "Một đợt gửi hàng loạt tới {count} người nhận đã bị gián đoạn ({accepted} được chấp "
        "nhận). Gửi tiếp các hàng chưa gửi?",
    "Started {when} with the profile “{profile}”. Resuming sends only the rows that were not "
    "accepted; rows whose request was under way when the program stopped are listed as "
    "“unknown” and not sent again.":
        "Bắt đầu lúc {when} với hồ sơ “{profile}”. Gửi tiếp chỉ gửi những hàng chưa được chấp "
        "nhận; những hàng có yêu cầu đang gửi dở khi chương trình dừng được ghi là “chưa rõ” "
        "và không gửi lại.",
    "Resume the bulk send?": "Gửi tiếp đợt gửi hàng loạt?",
    "Resume": "Gửi tiếp",
    "Later": "Để sau",
    # -- texts of the window and the profile dialog added meanwhile ---------------------------
    "This send has no SMSID: eSMS did not accept it.":
        "Lần gửi này không có SMSID: eSMS đã không chấp nhận nó.",
    "Fetch my OAs": "Lấy danh sách OA",
    "Ask eSMS which Official Accounts these keys may send for (ZNS/GetListZOA)":
        "Hỏi eSMS các khoá này được gửi tin cho những Official Account nào (ZNS/GetListZOA)",
    "eSMS answered {code}: {describe_code}.": "eSMS trả lời {code}: {describe_code}.",
    "eSMS lists no Official Account for these keys.":
        "eSMS không liệt kê Official Account nào cho các khoá này.",
}

#: (context, English source) → Vietnamese, where the context needs other words.
VI_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("Codes", "rejected"): "bị từ chối",
    ("QLineEdit", "&Undo"): "&Hoàn tác",
    ("QLineEdit", "&Redo"): "&Làm lại",
    ("QLineEdit", "&Copy"): "&Sao chép",
    ("QWidgetTextControl", "&Undo"): "&Hoàn tác",
    ("QWidgetTextControl", "&Redo"): "&Làm lại",
    ("QWidgetTextControl", "&Copy"): "&Sao chép",
    ("ImportDialog", "Keys"): "Khoá",
    ("HistoryFilterBar", "Recipient"): "Người nhận",
    ("MessageText", "&Copy"): "&Sao chép",
    ("ProblemsPanel", "Problems"): "Vấn đề",
    # A problem's {label} starts its sentence in English ("The message text is required");
    # Vietnamese puts it after the verb ("Cần nhập nội dung tin nhắn"), in lower case.
    ("Problem", "Query"): "truy vấn",
    ("Problem", "SMS text"): "nội dung SMS",
    ("Problem", "Title"): "tiêu đề",
    ("ShortcutsDialog", "Keys"): "Phím",
    ("HelpMenu", "&Help"): "Trợ &giúp",
    ("MainWindow", "Profile"): "Hồ sơ",
    # The bulk panel: its mnemonics are unique across the dock (Xuất kết quả has the X).
    ("RecipientsArea", "C&lear"): "X&oá hết",
    ("ResumeQuestion", "Discard"): "Bỏ đợt gửi",
    ("RecipientsModel", "accepted"): "được chấp nhận",
}


def vietnamese(context: str, source: str) -> str | None:
    """The translation of *source* in *context*, or None when the tables have none."""
    return VI_IN_CONTEXT.get((context, source), VI.get(source))


def main(argv: list[str]) -> int:
    """Fill the .ts; report what is still missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="overwrite finished translations too")
    args = parser.parse_args(argv)
    tree = ET.parse(TS)
    filled = missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            if not (unfinished or args.all) or translation.get("type") in ("vanished", "obsolete"):
                continue
            text = vietnamese(name, source)
            if text is None:
                missing += 1
                print(f"no translation: [{name}] {source!r}", file=sys.stderr)
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    print(f"{TS.relative_to(ROOT)}: {filled} filled, {missing} still missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
