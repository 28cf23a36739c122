<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="41"/>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="47"/>
        <source>Program icon</source>
        <translation>Biểu tượng chương trình</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="51"/>
        <source>Compose, check and send Zalo OA consultation messages with buttons through eSMS.</source>
        <translation>Soạn, kiểm tra và gửi tin nhắn tư vấn Zalo OA kèm nút bấm qua eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="64"/>
        <source>Versions</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="65"/>
        <source>Log files: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="72"/>
        <source>&amp;Copy versions</source>
        <translation>&amp;Sao chép phiên bản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="75"/>
        <source>Copies the versions for a bug report</source>
        <translation>Sao chép thông tin phiên bản để báo lỗi</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="124"/>
        <source>To {recipient}: {outcome}</source>
        <translation>Tới {recipient}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="167"/>
        <location filename="../../zalo_composer/ui/activity.py" line="184"/>
        <source>Cannot send</source>
        <translation>Không gửi được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="168"/>
        <source>Add a profile first (Message → Profiles…).</source>
        <translation>Hãy thêm một hồ sơ trước (Tin nhắn → Hồ sơ…).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="174"/>
        <source>Sending with {profile}…</source>
        <translation>Đang gửi bằng {profile}…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="180"/>
        <source>Cancelled</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="246"/>
        <source>Ask eSMS what became of the selected message (GetSendStatus) and what Zalo said (GetCallback)</source>
        <translation>Hỏi eSMS tin nhắn đang chọn ra sao (GetSendStatus) và Zalo đã báo gì (GetCallback)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="207"/>
        <source>Asking eSMS about {sms_id}…</source>
        <translation>Đang hỏi eSMS về {sms_id}…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="244"/>
        <source>Check &amp;status</source>
        <translation>&amp;Kiểm tra trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="269"/>
        <location filename="../../zalo_composer/ui/activity.py" line="272"/>
        <source>Cannot resend</source>
        <translation>Không gửi lại được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/activity.py" line="273"/>
        <source>A send is under way; try again when it ends.</source>
        <translation>Đang có một lượt gửi; hãy thử lại khi nó kết thúc.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../zalo_composer/ui/autosave.py" line="77"/>
        <source>an untitled draft</source>
        <translation>một bản nháp chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/autosave.py" line="79"/>
        <source>zalo-composer did not close properly last time. Unsaved work from {source} (autosaved {when}) can be restored:

“{preview}…”

Restore it?</source>
        <translation>Lần trước zalo-composer không đóng đúng cách. Có thể khôi phục phần việc chưa lưu của {source} (tự động lưu lúc {when}):

“{preview}…”

Khôi phục không?</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../zalo_composer/ui/autosave.py" line="68"/>
        <source>Autosave failed: {reason}</source>
        <translation>Tự động lưu thất bại: {reason}</translation>
    </message>
</context>
<context>
    <name>BalanceIndicator</name>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="61"/>
        <source>{reason}. Click to refresh.</source>
        <translation>{reason}. Bấm để làm mới.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="62"/>
        <location filename="../../zalo_composer/ui/status.py" line="69"/>
        <source>Account balance</source>
        <translation>Số dư tài khoản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/main_window.py" line="100"/>
        <location filename="../../zalo_composer/ui/status.py" line="67"/>
        <source>Balance: —</source>
        <translation>Số dư: —</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="68"/>
        <source>Click to ask eSMS for the active profile&apos;s balance</source>
        <translation>Bấm để hỏi eSMS số dư của hồ sơ đang dùng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="92"/>
        <source>Balance: …</source>
        <translation>Số dư: …</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="102"/>
        <source>Balance: unavailable</source>
        <translation>Số dư: không lấy được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="107"/>
        <source>Balance: {amount} đ</source>
        <translation>Số dư: {amount} đ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="109"/>
        <source>{profile}: balance as eSMS reported it just now</source>
        <translation>{profile}: số dư eSMS vừa báo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="112"/>
        <source>Balance: {code} — {meaning}</source>
        <translation>Số dư: {code} — {meaning}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="114"/>
        <source>eSMS did not give the balance</source>
        <translation>eSMS không trả về số dư</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="19"/>
        <source>Send this message to {count} recipient with the profile “{profile}”?</source>
        <translation>Gửi tin nhắn này tới {count} người nhận bằng hồ sơ “{profile}”?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="22"/>
        <source>Send this message to {count} recipients with the profile “{profile}”?</source>
        <translation>Gửi tin nhắn này tới {count} người nhận bằng hồ sơ “{profile}”?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="26"/>
        <source>at most {rate} per second</source>
        <translation>tối đa {rate} tin mỗi giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="28"/>
        <source>no rate limit</source>
        <translation>không giới hạn tốc độ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="30"/>
        <source>The Sandbox profile sends to the sandbox built into this program: nothing reaches Zalo. Pace: {pace}.</source>
        <translation>Hồ sơ Sandbox gửi tới sandbox có sẵn trong chương trình này: không tin nào tới Zalo. Tốc độ: {pace}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="33"/>
        <source>These messages go through eSMS to real Zalo followers, and each accepted one is charged to the account. Pace: {pace}.</source>
        <translation>Các tin nhắn này đi qua eSMS tới người quan tâm Zalo thật, và mỗi tin được chấp nhận đều bị tính phí vào tài khoản. Tốc độ: {pace}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="44"/>
        <source>Start the bulk send?</source>
        <translation>Bắt đầu gửi hàng loạt?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="49"/>
        <source>Send to {count}</source>
        <translation>Gửi tới {count}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/dialogs.py" line="62"/>
        <source>Export results</source>
        <translation>Xuất kết quả</translation>
    </message>
</context>
<context>
    <name>BulkPanel</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/panel.py" line="223"/>
        <source>Cannot start the bulk send</source>
        <translation>Không bắt đầu gửi hàng loạt được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/panel.py" line="277"/>
        <source>Cannot resume the bulk send</source>
        <translation>Không gửi tiếp được đợt gửi hàng loạt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/panel.py" line="386"/>
        <source>Cannot export the results</source>
        <translation>Không xuất được kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/panel.py" line="389"/>
        <source>Exported {count} rows to {path}.</source>
        <translation>Đã xuất {count} hàng ra {path}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/panel.py" line="409"/>
        <source>The bulk send stopped</source>
        <translation>Đợt gửi hàng loạt đã dừng</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="17"/>
        <source>Not sent yet.</source>
        <translation>Chưa gửi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="18"/>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="19"/>
        <source>Interrupted: the rows not sent can be resumed at the next start.</source>
        <translation>Bị gián đoạn: có thể gửi tiếp các hàng chưa gửi ở lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="22"/>
        <source>Paused</source>
        <translation>Đã tạm dừng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="23"/>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="24"/>
        <source>Finished</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="25"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="33"/>
        <source>estimating time left…</source>
        <translation>đang ước tính thời gian còn lại…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="36"/>
        <source>~{seconds} s left</source>
        <translation>còn ~{seconds} giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="40"/>
        <source>~{minutes} min {seconds} s left</source>
        <translation>còn ~{minutes} phút {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="42"/>
        <source>~{minutes} min left</source>
        <translation>còn ~{minutes} phút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="44"/>
        <source>~{hours} h {minutes} min left</source>
        <translation>còn ~{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="51"/>
        <source>in {seconds} s</source>
        <translation>trong {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="53"/>
        <source>in {minutes} min {seconds} s</source>
        <translation>trong {minutes} phút {seconds} giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="61"/>
        <source>{sent}/{total} sent</source>
        <translation>đã gửi {sent}/{total}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="63"/>
        <source>{count} accepted</source>
        <translation>{count} được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="64"/>
        <source>{count} rejected</source>
        <translation>{count} bị từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="65"/>
        <source>{count} failed</source>
        <translation>{count} thất bại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="70"/>
        <source>paused</source>
        <translation>đang tạm dừng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="74"/>
        <source>{count} done earlier</source>
        <translation>{count} đã xong từ trước</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/progress.py" line="77"/>
        <source>{count} blocked</source>
        <translation>{count} bị chặn</translation>
    </message>
</context>
<context>
    <name>ButtonListEditor</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="23"/>
        <source>A message can have at most {limit} buttons; remove one to add another.</source>
        <extracomment>MIME type of a row being dragged; the data is ``&lt;list token&gt;:&lt;row index&gt;``.</extracomment>
        <translation>Một tin nhắn có tối đa {limit} nút; hãy xoá bớt một nút để thêm nút khác.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="175"/>
        <source>Button rows</source>
        <translation>Các hàng nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="201"/>
        <source>Buttons</source>
        <translation>Nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="202"/>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="203"/>
        <source>Type of the button to add</source>
        <translation>Loại nút sẽ thêm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="205"/>
        <source>Add &amp;button</source>
        <translation>Thê&amp;m nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="209"/>
        <source>No buttons yet: choose a type above and press Add button.</source>
        <translation>Chưa có nút nào: chọn một loại ở trên rồi bấm Thêm nút.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="367"/>
        <source>{count} of {limit}</source>
        <translation>{count}/{limit}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_list.py" line="370"/>
        <source>Add a button of the chosen type</source>
        <translation>Thêm một nút thuộc loại đã chọn</translation>
    </message>
</context>
<context>
    <name>ButtonRowEditor</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="214"/>
        <source>Button {number}</source>
        <translation>Nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="218"/>
        <source>Button {number} of {count}</source>
        <translation>Nút {number}/{count}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="220"/>
        <source>Type of button {number}</source>
        <translation>Loại của nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="226"/>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="287"/>
        <source>Add a copy below</source>
        <translation>Thêm một bản sao ngay bên dưới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="282"/>
        <source>Button type: what the follower&apos;s tap does</source>
        <translation>Loại nút: điều xảy ra khi người quan tâm chạm vào</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="285"/>
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="286"/>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="287"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="288"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="288"/>
        <source>Remove this button</source>
        <translation>Xoá nút này</translation>
    </message>
</context>
<context>
    <name>ButtonType</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="26"/>
        <source>Opens a web page inside Zalo.</source>
        <extracomment>What each type does, for the type combo&apos;s tooltips.</extracomment>
        <translation>Mở một trang web ngay trong Zalo.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="27"/>
        <source>Sends its payload to the OA as a message the follower sees.</source>
        <translation>Gửi nội dung của nút tới OA dưới dạng tin nhắn mà người quan tâm nhìn thấy.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="29"/>
        <source>Sends its payload to the OA without showing it in the follower&apos;s chat.</source>
        <translation>Gửi nội dung của nút tới OA mà không hiện trong cuộc trò chuyện của người quan tâm.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="31"/>
        <source>Opens the phone&apos;s SMS composer with a number and text filled in.</source>
        <translation>Mở trình soạn SMS của điện thoại với số và nội dung điền sẵn.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="33"/>
        <source>Opens the dialer with a number filled in.</source>
        <translation>Mở trình gọi điện với số điền sẵn.</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="18"/>
        <source>Not checked yet: press Check all to see which rows can be sent.</source>
        <translation>Chưa kiểm tra: bấm Kiểm tra tất cả để xem hàng nào gửi được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="20"/>
        <source>Changed since the last check: press Check all again.</source>
        <translation>Đã thay đổi từ lần kiểm tra trước: hãy bấm Kiểm tra tất cả lần nữa.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="30"/>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="37"/>
        <source>button {number} {field}</source>
        <translation>nút {number} {field}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="53"/>
        <source>Longest {field}: {length} / {limit} (row {row}) — too long</source>
        <translation>Dài nhất ở {field}: {length} / {limit} (hàng {row}) — quá dài</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="56"/>
        <source>Longest {field}: {length} / {limit} (row {row})</source>
        <translation>Dài nhất ở {field}: {length} / {limit} (hàng {row})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="73"/>
        <source>No recipients: paste ids or import a CSV.</source>
        <translation>Chưa có người nhận: dán id hoặc nhập tệp CSV.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="75"/>
        <source>None of the {total} rows can be sent (see below).</source>
        <translation>Không hàng nào trong {total} hàng gửi được (xem bên dưới).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="78"/>
        <source>None of the {total} rows can be sent: each one is blocked.</source>
        <translation>Không hàng nào trong {total} hàng gửi được: hàng nào cũng bị chặn.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="83"/>
        <source>{sendable} of {total} rows can be sent; {blocked} blocked (hover a row to see why).</source>
        <translation>{sendable}/{total} hàng gửi được; {blocked} bị chặn (trỏ chuột vào hàng để xem lý do).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="86"/>
        <source>{sendable} of {total} row can be sent.</source>
        <translation>{sendable}/{total} hàng gửi được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="88"/>
        <source>{sendable} of {total} rows can be sent.</source>
        <translation>{sendable}/{total} hàng gửi được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/check_summary.py" line="115"/>
        <source>Check before sending</source>
        <translation>Kiểm tra trước khi gửi</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="50"/>
        <source>phone number blocked</source>
        <translation>số điện thoại bị chặn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="199"/>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="51"/>
        <source>accepted by eSMS</source>
        <translation>đã được eSMS chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="52"/>
        <source>wrong ApiKey or SecretKey</source>
        <translation>sai ApiKey hoặc SecretKey</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="53"/>
        <source>no price list for the account</source>
        <translation>tài khoản chưa có bảng giá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="54"/>
        <source>balance too low</source>
        <translation>số dư không đủ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="55"/>
        <source>brandname or call code does not exist</source>
        <translation>brandname hoặc mã gọi không tồn tại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="56"/>
        <source>SMSID or call code not found</source>
        <translation>không tìm thấy SMSID hoặc mã gọi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="57"/>
        <source>recording file missing</source>
        <translation>thiếu tệp ghi âm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="58"/>
        <source>at least 30 distinct numbers per request are needed</source>
        <translation>mỗi yêu cầu cần ít nhất 30 số điện thoại khác nhau</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="59"/>
        <source>phone number format wrong</source>
        <translation>sai định dạng số điện thoại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="60"/>
        <source>request data wrong</source>
        <translation>dữ liệu yêu cầu không đúng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="61"/>
        <source>hashed phone number invalid</source>
        <translation>số điện thoại đã băm không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="62"/>
        <source>message type not supported</source>
        <translation>loại tin nhắn không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="63"/>
        <source>phone list too long</source>
        <translation>danh sách số điện thoại quá dài</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="64"/>
        <source>duplicate RequestId</source>
        <translation>RequestId bị trùng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="65"/>
        <source>caller IP not whitelisted</source>
        <translation>IP gọi đến chưa có trong danh sách cho phép</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="66"/>
        <source>account not activated or locked</source>
        <translation>tài khoản chưa kích hoạt hoặc đã bị khoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="67"/>
        <source>wrong customer-care template</source>
        <translation>sai mẫu chăm sóc khách hàng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="68"/>
        <source>over the TPS limit</source>
        <translation>vượt giới hạn TPS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="69"/>
        <source>a date is not in the dd/MM/yyyy format</source>
        <translation>ngày không đúng định dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="70"/>
        <source>Offset or Count out of range (at most 50 users a call, Offset at most 9950)</source>
        <translation>Offset hoặc Count ngoài giới hạn (tối đa 50 người dùng mỗi lần gọi, Offset tối đa 9950)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="71"/>
        <source>more than one phone number per request</source>
        <translation>nhiều hơn một số điện thoại trong một yêu cầu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="72"/>
        <source>code used, expired or not for this number</source>
        <translation>mã đã dùng, đã hết hạn hoặc không dành cho số này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="73"/>
        <source>telco not registered</source>
        <translation>nhà mạng chưa được đăng ký</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="74"/>
        <source>request already exists and is being processed</source>
        <translation>yêu cầu đã tồn tại và đang được xử lý</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="75"/>
        <source>content holds a blocked keyword</source>
        <translation>nội dung chứa từ khoá bị chặn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="76"/>
        <source>OAID does not exist</source>
        <translation>OAID không tồn tại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="77"/>
        <source>payload breaks the rules</source>
        <translation>payload vi phạm quy định</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="78"/>
        <source>message type missing</source>
        <translation>thiếu loại tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="79"/>
        <source>service type not supported</source>
        <translation>loại dịch vụ không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="80"/>
        <source>more than 500 phone numbers</source>
        <translation>nhiều hơn 500 số điện thoại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="81"/>
        <source>template not configured for this OAID</source>
        <translation>mẫu chưa được cấu hình cho OAID này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="82"/>
        <source>wrong ZNS template</source>
        <translation>sai mẫu ZNS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="83"/>
        <source>OAID or template id missing</source>
        <translation>thiếu OAID hoặc mã mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="84"/>
        <source>OAID inactive, wrong, or not added to the account</source>
        <translation>OAID chưa hoạt động, sai, hoặc chưa được thêm vào tài khoản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="85"/>
        <source>over-quota mode cannot be scheduled</source>
        <translation>chế độ vượt hạn mức không hẹn giờ được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="86"/>
        <source>OA not allowed to use over-quota mode</source>
        <translation>OA không được phép dùng chế độ vượt hạn mức</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="87"/>
        <source>MessageId or SMSID missing</source>
        <translation>thiếu MessageId hoặc SMSID</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="88"/>
        <source>no data found</source>
        <translation>không tìm thấy dữ liệu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="89"/>
        <source>waiting for approval</source>
        <translation>đang chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="90"/>
        <source>waiting to send</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="91"/>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="92"/>
        <source>finished</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="93"/>
        <source>sent, waiting for report</source>
        <translation>đã gửi, đang chờ báo cáo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="94"/>
        <source>no result code</source>
        <translation>không có mã kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="95"/>
        <source>unknown code {key}</source>
        <translation>mã không xác định {key}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="96"/>
        <source>no status</source>
        <translation>không có trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="97"/>
        <source>unknown status {status}</source>
        <translation>trạng thái không xác định {status}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="98"/>
        <source>unknown status {number}</source>
        <translation>trạng thái không xác định {number}</translation>
    </message>
</context>
<context>
    <name>ComposeView</name>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="168"/>
        <location filename="../../zalo_composer/ui/compose_view.py" line="288"/>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="168"/>
        <location filename="../../zalo_composer/ui/compose_view.py" line="288"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="287"/>
        <source>Preview of the request</source>
        <translation>Xem trước yêu cầu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="289"/>
        <source>Send the message (Ctrl+Return)</source>
        <translation>Gửi tin nhắn (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="290"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="291"/>
        <source>Abort the request in flight (Esc)</source>
        <translation>Huỷ yêu cầu đang gửi (Esc)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="292"/>
        <source>Zalo preview</source>
        <translation>Xem trước Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="293"/>
        <source>Delivery</source>
        <translation>Thông tin gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="299"/>
        <source>Type the message and who receives it; problems show as you go.</source>
        <translation>Nhập tin nhắn và người nhận; lỗi sẽ hiện ra khi bạn nhập.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="303"/>
        <source>{names} filled per recipient in Bulk send: start it there, or give each a default to send one message here.</source>
        <translation>{names} được điền theo từng người nhận khi Gửi hàng loạt: hãy bắt đầu ở đó, hoặc đặt giá trị mặc định cho từng biến để gửi một tin ở đây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="307"/>
        <source>{summary}: fix the errors to send.</source>
        <translation>{summary}: hãy sửa lỗi để gửi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/compose_view.py" line="311"/>
        <source>Ready to send. {summary}.</source>
        <translation>Sẵn sàng gửi. {summary}.</translation>
    </message>
</context>
<context>
    <name>DefaultsEditor</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="15"/>
        <source>The message uses no {example}.</source>
        <translation>Tin nhắn không dùng biến {example} nào.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="18"/>
        <source>Used where a recipient&apos;s own cell is empty.</source>
        <translation>Dùng khi ô của người nhận để trống.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="31"/>
        <source>Replaces {placeholder} in the text, titles and payloads</source>
        <translation>Thay cho {placeholder} trong nội dung, tiêu đề và payload</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="86"/>
        <source>Default values</source>
        <translation>Giá trị mặc định</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="87"/>
        <source>Variable</source>
        <translation>Biến</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/defaults.py" line="87"/>
        <source>Default value</source>
        <translation>Giá trị mặc định</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="34"/>
        <source>Zalo Composer drafts (*.zalo.json);;JSON files (*.json);;All files (*)</source>
        <translation>Bản nháp Zalo Composer (*.zalo.json);;Tệp JSON (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="53"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="54"/>
        <source>Save the changes to {name} first?</source>
        <translation>Lưu các thay đổi của {name} trước không?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="65"/>
        <source>The file changed on disk</source>
        <translation>Tệp đã thay đổi trên đĩa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="66"/>
        <source>Someone else saved {name} after you opened it. Saving now would overwrite their changes.</source>
        <translation>Người khác đã lưu {name} sau khi bạn mở. Lưu bây giờ sẽ ghi đè lên thay đổi của họ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="71"/>
        <source>Keep mine as a &amp;copy</source>
        <translation>Giữ bản của tôi thành &amp;bản sao</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="72"/>
        <source>Take &amp;theirs</source>
        <translation>Lấy bản của &amp;họ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="73"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Ghi đè</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="88"/>
        <source>To {recipient} at {time} ({minutes} min ago): its outcome is unknown, eSMS may have it. Check before sending again.</source>
        <translation>Tới {recipient} lúc {time} ({minutes} phút trước): chưa rõ kết quả, có thể eSMS đã nhận. Hãy kiểm tra trước khi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="90"/>
        <source>To {recipient} at {time} ({minutes} min ago), accepted by eSMS.</source>
        <translation>Tới {recipient} lúc {time} ({minutes} phút trước), eSMS đã nhận.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="93"/>
        <source>Send the same message again?</source>
        <translation>Gửi lại cùng tin nhắn?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="94"/>
        <source>This text was already sent:</source>
        <translation>Nội dung này đã được gửi:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="95"/>
        <source>Send it again? The follower would get it twice.</source>
        <translation>Gửi lại lần nữa? Người theo dõi sẽ nhận hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="100"/>
        <source>Send &amp;again</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="102"/>
        <source>Check &amp;status</source>
        <translation>&amp;Kiểm tra trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="103"/>
        <source>&amp;Don&apos;t send</source>
        <translation>Không &amp;gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="111"/>
        <source>Open draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/dialogs.py" line="117"/>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
</context>
<context>
    <name>DraftChange</name>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="34"/>
        <source>Message text</source>
        <extracomment>The draft&apos;s own text fields, in form order. The pseudo-field of a row&apos;s type chooser in focus paths. Where focus goes when no button is left: the Add button (see `ButtonListEditor.focus_field`).</extracomment>
        <translation>Nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="35"/>
        <source>Recipient user_id</source>
        <translation>user_id người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="38"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="41"/>
        <source>typing in {field}</source>
        <translation>gõ trong {field}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="42"/>
        <source>deleting in {field}</source>
        <translation>xoá trong {field}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="43"/>
        <source>edit</source>
        <translation>chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="44"/>
        <source>duplicate button {number}</source>
        <translation>nhân bản nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="45"/>
        <source>add button {number}</source>
        <translation>thêm nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="46"/>
        <source>remove button {number}</source>
        <translation>xoá nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="47"/>
        <source>reorder buttons</source>
        <translation>đổi thứ tự các nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="48"/>
        <source>move button {number} up</source>
        <translation>chuyển nút {number} lên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="49"/>
        <source>move button {number} down</source>
        <translation>chuyển nút {number} xuống</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="50"/>
        <source>move button {number} to {target}</source>
        <translation>chuyển nút {number} tới vị trí {target}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_changes.py" line="51"/>
        <source>change the type of button {number}</source>
        <translation>đổi loại nút {number}</translation>
    </message>
</context>
<context>
    <name>DraftFiles</name>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="33"/>
        <location filename="../../zalo_composer/ui/main_window.py" line="51"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="123"/>
        <source>New draft</source>
        <translation>Bản nháp mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="139"/>
        <source>Reopened from the history as a new draft</source>
        <translation>Đã mở lại từ lịch sử thành bản nháp mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="151"/>
        <source>Could not open the draft</source>
        <translation>Không mở được bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="161"/>
        <source>Imported {name}</source>
        <translation>Đã nhập {name}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="161"/>
        <source>Opened {name}</source>
        <translation>Đã mở {name}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="211"/>
        <source>Could not save the draft</source>
        <translation>Không lưu được bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="218"/>
        <source>Saved {name}</source>
        <translation>Đã lưu {name}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="259"/>
        <source>Removed {count} missing file from Open Recent</source>
        <translation>Đã bỏ {count} tệp không còn tồn tại khỏi Mở gần đây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="261"/>
        <source>Removed {count} missing files from Open Recent</source>
        <translation>Đã bỏ {count} tệp không còn tồn tại khỏi Mở gần đây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="269"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="291"/>
        <source>Restore unsaved work?</source>
        <translation>Khôi phục phần việc chưa lưu?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/draft_files.py" line="298"/>
        <source>Restored the autosaved work</source>
        <translation>Đã khôi phục phần việc tự động lưu</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <location filename="../../zalo_composer/ui/undo.py" line="321"/>
        <source>&amp;Undo {step}</source>
        <extracomment>A pause in typing this long (seconds) starts a new undo step. Steps kept; snapshots share their unchanged parts, so this costs little memory. Command id of text edits (QUndoStack only offers to merge commands of equal ids).</extracomment>
        <translation>&amp;Hoàn tác {step}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/undo.py" line="322"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/undo.py" line="324"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Làm lại {step}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/undo.py" line="325"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
<context>
    <name>DragHandle</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/button_row.py" line="85"/>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Kéo để đổi thứ tự (hoặc Alt+Up / Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ErrorBoundary</name>
    <message>
        <location filename="../../zalo_composer/ui/app.py" line="94"/>
        <source>Something went wrong</source>
        <extracomment>Exit status of a window that could not start because of the program&apos;s own files or set-up (as the command line&apos;s `EXIT_SETUP`).</extracomment>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/app.py" line="96"/>
        <source>zalo-composer ran into an unexpected error. Your draft is safe: it is autosaved, and offered again if the program has to be restarted.</source>
        <translation>zalo-composer gặp một lỗi không lường trước. Bản nháp của bạn vẫn an toàn: nó được tự động lưu và sẽ được đề nghị khôi phục nếu phải khởi động lại chương trình.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/app.py" line="99"/>
        <source>The details are in the log: {path}</source>
        <translation>Chi tiết có trong nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/app.py" line="101"/>
        <source>(no log file)</source>
        <translation>(không có tệp nhật ký)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/app.py" line="128"/>
        <source>zalo-composer cannot start</source>
        <translation>zalo-composer không khởi động được</translation>
    </message>
</context>
<context>
    <name>FieldPaths</name>
    <message>
        <location filename="../../zalo_composer/ui/field_paths.py" line="21"/>
        <source>Message text</source>
        <translation>Nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/field_paths.py" line="22"/>
        <source>Buttons</source>
        <translation>Nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/field_paths.py" line="25"/>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/field_paths.py" line="27"/>
        <source>Button {number} · {field}</source>
        <translation>Nút {number} · {field}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/field_paths.py" line="28"/>
        <source>Recipient {number}</source>
        <translation>Người nhận {number}</translation>
    </message>
</context>
<context>
    <name>FollowerWords</name>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="20"/>
        <source>interacted today</source>
        <translation>tương tác hôm nay</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="22"/>
        <source>interacted {days} days ago</source>
        <translation>tương tác {days} ngày trước</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="25"/>
        <source>interacted within the last {days} days</source>
        <translation>tương tác trong {days} ngày qua</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="27"/>
        <source>interacted {fewest} to {most} days ago</source>
        <translation>tương tác từ {fewest} đến {most} ngày trước</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="41"/>
        <source>last known: {when}</source>
        <translation>lần gần nhất được biết: {when}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="44"/>
        <source>no interaction with the OA known</source>
        <translation>chưa biết lần tương tác nào với OA</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="46"/>
        <source>{who}: {known}. Zalo delivers a consultation message only to users who interacted with the OA in the last 7 days (otherwise error -230). You can still send; it may fail.</source>
        <translation>{who}: {known}. Zalo chỉ chuyển tin tư vấn tới người dùng đã tương tác với OA trong 7 ngày qua (nếu không sẽ lỗi -230). Bạn vẫn có thể gửi; tin có thể không tới.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="58"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/words.py" line="59"/>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>Followers</name>
    <message>
        <location filename="../../zalo_composer/ui/followers/__init__.py" line="59"/>
        <source>&amp;Followers…</source>
        <translation>Người &amp;quan tâm…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/__init__.py" line="60"/>
        <source>Who can be written to: fetch, name and pick recipients</source>
        <translation>Những ai có thể nhắn tới: lấy danh sách, đặt tên và chọn người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/__init__.py" line="105"/>
        <source>Followers</source>
        <translation>Người quan tâm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/__init__.py" line="106"/>
        <source>The recipients book cannot be opened; the log says why.</source>
        <translation>Không mở được sổ người nhận; nhật ký ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>FollowersDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="137"/>
        <source>Followers</source>
        <translation>Người quan tâm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="138"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="138"/>
        <source>&amp;To</source>
        <translation>Đến ngà&amp;y</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="139"/>
        <source>&amp;Who</source>
        <translation>&amp;Ai</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="139"/>
        <source>T&amp;ag</source>
        <translation>&amp;Nhãn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="141"/>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="141"/>
        <source>Followers only</source>
        <translation>Chỉ người quan tâm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="142"/>
        <source>Not following</source>
        <translation>Chưa quan tâm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="144"/>
        <source>Any tag</source>
        <translation>Nhãn bất kỳ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="145"/>
        <source>F&amp;etch who interacted</source>
        <translation>&amp;Lấy người đã tương tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="146"/>
        <source>Ask eSMS (QueryListUID) which users interacted with the OA in these days; names and notes are kept</source>
        <translation>Hỏi eSMS (QueryListUID) những người dùng đã tương tác với OA trong những ngày này; tên và ghi chú được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="148"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Huỷ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="149"/>
        <source>&amp;Search</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="150"/>
        <source>Name, note, tag or id (accents optional)</source>
        <translation>Tên, ghi chú, nhãn hoặc id (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="151"/>
        <source>&amp;Use selected</source>
        <translation>&amp;Dùng người đã chọn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="152"/>
        <source>One user: the recipient field. Several: the bulk send&apos;s recipients.</source>
        <translation>Một người: vào ô người nhận. Nhiều người: vào danh sách người nhận của gửi hàng loạt.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="154"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="199"/>
        <source>{count} in the book</source>
        <translation>{count} người trong sổ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="222"/>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu ở sau ngày kết thúc.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="232"/>
        <source>Asking eSMS…</source>
        <translation>Đang hỏi eSMS…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="240"/>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="287"/>
        <source>Cancelled; what came before is kept.</source>
        <translation>Đã huỷ; phần đã lấy được vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="247"/>
        <source>eSMS answered {code}: {meaning}</source>
        <translation>eSMS trả lời {code}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="252"/>
        <source>Fetched {count} of {total}.</source>
        <translation>Đã lấy {count}/{total}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="255"/>
        <source>Cancelled after {count}; what came before is kept.</source>
        <translation>Đã huỷ sau {count} người; phần đã lấy được vẫn được giữ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="258"/>
        <source>eSMS gives at most {cap}: narrow the dates or add a filter.</source>
        <translation>eSMS chỉ trả tối đa {cap}: hãy thu hẹp khoảng ngày hoặc thêm bộ lọc.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/dialog.py" line="265"/>
        <source>Fetched {count} of {total}…</source>
        <translation>Đã lấy {count}/{total}…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="25"/>
        <source>System</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="111"/>
        <source>Log folder</source>
        <translation>Thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="112"/>
        <source>No file manager could open the log folder. The log files are in:
%1</source>
        <translation>Không có trình quản lý tệp nào mở được thư mục nhật ký. Các tệp nhật ký nằm ở:
%1</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="141"/>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="143"/>
        <source>Show the folder with the program&apos;s log files</source>
        <translation>Mở thư mục chứa các tệp nhật ký của chương trình</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="144"/>
        <source>&amp;About %1</source>
        <translation>&amp;Giới thiệu %1</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="145"/>
        <source>Versions of the program, Qt and Python</source>
        <translation>Phiên bản của chương trình, Qt và Python</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/about.py" line="164"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
</context>
<context>
    <name>HistoryDetails</name>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="16"/>
        <source>Select a send to see its request, eSMS&apos;s answer and its draft.</source>
        <translation>Chọn một lượt gửi để xem yêu cầu, phản hồi của eSMS và bản nháp của nó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="23"/>
        <source>(no draft was saved with this send)</source>
        <translation>(lượt gửi này không lưu kèm bản nháp)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="27"/>
        <source>(the saved draft cannot be read: {reason})</source>
        <translation>(không đọc được bản nháp đã lưu: {reason})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="29"/>
        <source>(the draft has no note)</source>
        <translation>(bản nháp không có ghi chú)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="97"/>
        <source>Error message</source>
        <translation>Thông báo lỗi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="97"/>
        <source>Draft note</source>
        <translation>Ghi chú bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/details.py" line="98"/>
        <source>Draft file</source>
        <translation>Tệp bản nháp</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="24"/>
        <source>All time</source>
        <translation>Mọi thời điểm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="25"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="26"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="27"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="28"/>
        <source>Custom range</source>
        <translation>Khoảng tự chọn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="156"/>
        <source>Search ids, meaning, error, message text (Ctrl+F)</source>
        <translation>Tìm mã, ý nghĩa, lỗi, nội dung tin nhắn (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="157"/>
        <source>Finds the text anywhere in the recipient, RequestId, SMSID, meaning, eSMS&apos;s error message and the message text</source>
        <translation>Tìm chuỗi ở bất kỳ đâu trong người nhận, RequestId, SMSID, ý nghĩa, thông báo lỗi của eSMS và nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="160"/>
        <source>Search the history</source>
        <translation>Tìm trong lịch sử</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="161"/>
        <source>Zalo user id</source>
        <translation>user_id Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="162"/>
        <source>exact RequestId</source>
        <translation>RequestId chính xác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="163"/>
        <source>exact SMSID</source>
        <translation>SMSID chính xác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="164"/>
        <source>&amp;from</source>
        <translation>&amp;từ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="165"/>
        <source>t&amp;o</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="166"/>
        <source>Clear filte&amp;rs</source>
        <translation>&amp;Xoá bộ lọc</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="167"/>
        <source>Show every send again</source>
        <translation>Hiện lại tất cả lượt gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="168"/>
        <source>&amp;Recipient</source>
        <translation>&amp;Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="169"/>
        <source>C&amp;ode</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="170"/>
        <source>&amp;Date</source>
        <translation>Ngà&amp;y</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="172"/>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="180"/>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="184"/>
        <source>Only sends made in this period (local time)</source>
        <translation>Chỉ các lượt gửi trong khoảng thời gian này (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/filter_bar.py" line="292"/>
        <source>Only sends with this CodeResult; type any code or pick one</source>
        <translation>Chỉ các lượt gửi có CodeResult này; gõ mã bất kỳ hoặc chọn trong danh sách</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="21"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="21"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="22"/>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="23"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="23"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="24"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="25"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="25"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="40"/>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="41"/>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="42"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="43"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="44"/>
        <source>outcome unknown</source>
        <translation>chưa rõ kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="45"/>
        <source>waiting for Zalo</source>
        <translation>đang chờ Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="46"/>
        <source>sent by Zalo</source>
        <translation>Zalo đã gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="47"/>
        <source>failed at Zalo</source>
        <translation>thất bại tại Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="50"/>
        <source>The program stopped while this request was in flight: eSMS may or may not have accepted it. Look its RequestId up before sending it again.</source>
        <translation>Chương trình đã dừng khi yêu cầu này đang được gửi: eSMS có thể đã nhận hoặc chưa. Hãy tra RequestId của nó trước khi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="253"/>
        <source>Local time the request left</source>
        <translation>Giờ địa phương lúc yêu cầu được gửi đi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="254"/>
        <source>Time from sending the request to the end of eSMS&apos;s answer (ms)</source>
        <translation>Thời gian từ lúc gửi yêu cầu đến khi eSMS trả lời xong (ms)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="255"/>
        <source>accepted, rejected by eSMS, failed on the way, sending, or outcome unknown (the program stopped mid-send)</source>
        <translation>đã chấp nhận, bị eSMS từ chối, thất bại trên đường truyền, đang gửi, hoặc chưa rõ kết quả (chương trình dừng giữa chừng)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/model.py" line="257"/>
        <source>First line of the message text</source>
        <translation>Dòng đầu của nội dung tin nhắn</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="30"/>
        <source>1 send</source>
        <translation>1 lượt gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="31"/>
        <source>{count} sends</source>
        <translation>{count} lượt gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="139"/>
        <source>Send history</source>
        <translation>Lịch sử gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="140"/>
        <source>Re&amp;open as draft</source>
        <translation>&amp;Mở lại thành bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="141"/>
        <source>Load this send&apos;s draft into the editor (Enter)</source>
        <translation>Nạp bản nháp của lượt gửi này vào trình soạn (Enter)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="142"/>
        <source>Re&amp;send…</source>
        <translation>&amp;Gửi lại…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="143"/>
        <source>Send this message again to the same recipient with a new RequestId (asks first)</source>
        <translation>Gửi lại tin nhắn này cho cùng người nhận với RequestId mới (có hỏi trước)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="145"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="146"/>
        <source>Save the setting and delete older sends now</source>
        <translation>Lưu thiết lập và xoá ngay các lượt gửi cũ hơn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="147"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="148"/>
        <source>forever (0)</source>
        <translation>mãi mãi (0)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="149"/>
        <source>Keep history for N days (0 = forever)</source>
        <translation>Giữ lịch sử trong N ngày (0 = mãi mãi)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="150"/>
        <source>Sends older than this are deleted when you apply it and each time the program starts; 0 keeps them forever</source>
        <translation>Lượt gửi cũ hơn mức này bị xoá khi bạn áp dụng và mỗi lần chương trình khởi động; 0 là giữ mãi mãi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="153"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="154"/>
        <source>Write the sends the filters show to a CSV file</source>
        <translation>Ghi các lượt gửi đang hiện theo bộ lọc ra tệp CSV</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="155"/>
        <source>C&amp;lear history…</source>
        <translation>Xoá &amp;lịch sử…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="156"/>
        <source>Delete every send from the history (asks first)</source>
        <translation>Xoá mọi lượt gửi khỏi lịch sử (có hỏi trước)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="157"/>
        <source>&amp;Keep history for</source>
        <translation>&amp;Giữ lịch sử trong</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="186"/>
        <source>Export history to CSV</source>
        <translation>Xuất lịch sử ra CSV</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="187"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="255"/>
        <source>{sends} matches</source>
        <translation>{sends} khớp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="255"/>
        <source>{sends} match</source>
        <translation>{sends} khớp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="277"/>
        <source>Cannot reopen this send</source>
        <translation>Không mở lại được lượt gửi này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="307"/>
        <source>Cannot resend this send</source>
        <translation>Không gửi lại được lượt gửi này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="313"/>
        <source>Send this message again to {recipient} with the profile “{profile}”?

A NEW RequestId will be used, so eSMS treats it as a new message and sends it now.</source>
        <translation>Gửi lại tin nhắn này cho {recipient} bằng hồ sơ “{profile}”?

Một RequestId MỚI sẽ được dùng, nên eSMS coi đây là tin nhắn mới và gửi ngay.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="317"/>
        <source>The first send&apos;s outcome is unknown: eSMS may already have sent it.</source>
        <translation>Chưa rõ kết quả của lần gửi đầu: có thể eSMS đã gửi tin nhắn đó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="319"/>
        <source>Resend message</source>
        <translation>Gửi lại tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="332"/>
        <source>Export failed</source>
        <translation>Xuất thất bại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="332"/>
        <source>Could not write {path}:
{reason}</source>
        <translation>Không ghi được {path}:
{reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="336"/>
        <source>Exported 1 row to {path}</source>
        <translation>Đã xuất 1 dòng ra {path}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="337"/>
        <source>Exported {count} rows to {path}</source>
        <translation>Đã xuất {count} dòng ra {path}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="343"/>
        <source>The history is already empty.</source>
        <translation>Lịch sử đã trống.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="345"/>
        <source>Clear history</source>
        <translation>Xoá lịch sử</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="346"/>
        <source>Delete all {sends} from the history?

This cannot be undone. Export them to CSV first if you may need them.</source>
        <translation>Xoá toàn bộ {sends} khỏi lịch sử?

Không thể hoàn tác. Hãy xuất ra CSV trước nếu bạn có thể cần đến.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="351"/>
        <source>Deleted {sends}.</source>
        <translation>Đã xoá {sends}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="358"/>
        <source>History is kept forever.</source>
        <translation>Lịch sử được giữ mãi mãi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="363"/>
        <source>Apply history retention</source>
        <translation>Áp dụng thời hạn lưu lịch sử</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="364"/>
        <source>Delete {sends} older than {days} days now, and older sends at each start from now on?

This cannot be undone.</source>
        <translation>Xoá ngay {sends} cũ hơn {days} ngày, và từ nay xoá các lượt gửi cũ hơn mỗi lần khởi động?

Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/history/view.py" line="371"/>
        <source>Keeping {days} days of history; deleted {sends}.</source>
        <translation>Giữ lịch sử {days} ngày; đã xoá {sends}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="23"/>
        <source>New profile…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="24"/>
        <source>Paste a cURL command (like the one in eSMS&apos;s documentation) or a JSON request body.</source>
        <translation>Dán một lệnh cURL (như trong tài liệu của eSMS) hoặc nội dung yêu cầu JSON.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="29"/>
        <source>cURL command with a JSON body</source>
        <translation>lệnh cURL có nội dung JSON</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="30"/>
        <source>eSMS request body</source>
        <translation>nội dung yêu cầu eSMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="31"/>
        <source>eSMS Payload object</source>
        <translation>đối tượng Payload của eSMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="32"/>
        <source>Payload.message object</source>
        <translation>đối tượng Payload.message</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="33"/>
        <source>zalo-composer draft</source>
        <translation>bản nháp zalo-composer</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="45"/>
        <source>no buttons</source>
        <translation>không có nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="46"/>
        <source>1 button</source>
        <translation>1 nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="47"/>
        <source>{count} buttons</source>
        <translation>{count} nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="48"/>
        <source>no recipient</source>
        <translation>không có người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="49"/>
        <source>1 recipient</source>
        <translation>1 người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="50"/>
        <source>{count} recipients</source>
        <translation>{count} người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="51"/>
        <source>{source}: {buttons}, {recipients}</source>
        <translation>{source}: {buttons}, {recipients}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="67"/>
        <source>The pasted text contains an ApiKey and SecretKey. They are never put into the draft.</source>
        <translation>Văn bản đã dán có chứa ApiKey và SecretKey. Chúng không bao giờ được đưa vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="70"/>
        <source>The pasted text contains an ApiKey. It is never put into the draft.</source>
        <translation>Văn bản đã dán có chứa ApiKey. Khoá này không bao giờ được đưa vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="72"/>
        <source>The pasted text contains a SecretKey. It is never put into the draft.</source>
        <translation>Văn bản đã dán có chứa SecretKey. Khoá này không bao giờ được đưa vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="80"/>
        <source>none — add the follower&apos;s Zalo user id in the form</source>
        <translation>không có — hãy nhập user_id Zalo của người quan tâm vào biểu mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="101"/>
        <source>Import from cURL or JSON</source>
        <translation>Nhập từ cURL hoặc JSON</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="115"/>
        <source>curl --location &apos;https://rest.esms.vn/…&apos; \
--header &apos;Content-Type: application/json&apos; \
--data &apos;{ … }&apos;

or a JSON request body { … }</source>
        <translation>curl --location &apos;https://rest.esms.vn/…&apos; \
--header &apos;Content-Type: application/json&apos; \
--data &apos;{ … }&apos;

hoặc nội dung yêu cầu JSON { … }</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="119"/>
        <source>Text to import</source>
        <translation>Văn bản cần nhập</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="120"/>
        <source>&amp;Paste from clipboard</source>
        <translation>&amp;Dán từ bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="126"/>
        <source>&amp;Keep marks such as {{text}} as placeholders (filled per recipient in Bulk send)</source>
        <translation>&amp;Giữ các dấu như {{text}} làm biến (điền theo từng người nhận khi Gửi hàng loạt)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="136"/>
        <source>What will be filled in (it replaces the current message)</source>
        <translation>Những gì sẽ được điền (thay cho tin nhắn hiện tại)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="140"/>
        <source>Keys</source>
        <translation>Khoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="146"/>
        <source>&amp;Discard them</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="149"/>
        <source>&amp;Store them in profile:</source>
        <translation>&amp;Lưu vào hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="167"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="226"/>
        <source>Paste a cURL command or a JSON request body (or just its Payload.message):</source>
        <translation>Dán lệnh cURL hoặc nội dung yêu cầu JSON (hoặc chỉ Payload.message của nó):</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="237"/>
        <source>Message:</source>
        <translation>Tin nhắn:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="238"/>
        <source>Buttons:</source>
        <translation>Nút:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="239"/>
        <source>Recipients:</source>
        <translation>Người nhận:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="242"/>
        <source>Not in the draft:</source>
        <translation>Không đưa vào bản nháp:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="243"/>
        <source>Notes:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="322"/>
        <source>“{text}” — {count} characters</source>
        <translation>“{text}” — {count} ký tự</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="323"/>
        <source>(no text)</source>
        <translation>(không có nội dung)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="327"/>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="335"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="330"/>
        <source>{request_id} (kept for every send)</source>
        <translation>{request_id} (giữ nguyên cho mọi lần gửi)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="331"/>
        <source>a fresh one for each send</source>
        <translation>tạo mới cho mỗi lần gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="332"/>
        <source>none — sent at once</source>
        <translation>không có — gửi ngay</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="341"/>
        <source>endpoint {url}</source>
        <translation>endpoint {url}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="347"/>
        <source>OAID {oaid} (profile “{profile}” uses it)</source>
        <translation>OAID {oaid} (hồ sơ “{profile}” đang dùng)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="349"/>
        <source>OAID {oaid} (no profile uses it yet)</source>
        <translation>OAID {oaid} (chưa có hồ sơ nào dùng)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="353"/>
        <source>nothing else</source>
        <translation>không có gì khác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="354"/>
        <source>These belong to a profile, not to the draft.</source>
        <translation>Các mục này thuộc về hồ sơ, không thuộc bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="373"/>
        <source>A profile needs both keys, so this one cannot be stored; it is discarded.</source>
        <translation>Hồ sơ cần đủ cả hai khoá nên khoá này không lưu được; nó sẽ bị bỏ đi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="376"/>
        <source>{reason} The keys cannot be stored here; they are discarded. (Edit profiles… can keep keys in memory for this session.)</source>
        <translation>{reason} Không lưu được khoá ở đây; chúng sẽ bị bỏ đi. (Sửa hồ sơ… có thể giữ khoá trong bộ nhớ cho phiên làm việc này.)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="407"/>
        <source>Keys are kept {where}, never in a file.</source>
        <translation>Khoá được giữ {where}, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="410"/>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="413"/>
        <source>A new profile is made, filled in with the {fields} found; you name it next. {where}</source>
        <translation>Một hồ sơ mới sẽ được tạo, điền sẵn {fields} tìm thấy; tiếp theo bạn đặt tên cho nó. {where}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="414"/>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="416"/>
        <source>A new profile is made; you name it next. {where}</source>
        <translation>Một hồ sơ mới sẽ được tạo; tiếp theo bạn đặt tên cho nó. {where}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="422"/>
        <source>“{profile}” sends with OAID {profile_oaid}; the pasted request is for OAID {oaid}.</source>
        <translation>“{profile}” gửi bằng OAID {profile_oaid}; yêu cầu đã dán dành cho OAID {oaid}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="426"/>
        <source>“{profile}” already has keys: they will be replaced.</source>
        <translation>“{profile}” đã có khoá: chúng sẽ bị thay thế.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="488"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="502"/>
        <source>Replace keys</source>
        <translation>Thay khoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="503"/>
        <source>Profile “{profile}” already has an ApiKey and SecretKey. Replace them with the ones in the pasted text?</source>
        <translation>Hồ sơ “{profile}” đã có ApiKey và SecretKey. Thay bằng khoá trong văn bản đã dán?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_dialog.py" line="531"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Bộ nhớ tạm không có văn bản để dán.</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="107"/>
        <source>&amp;Import from cURL/JSON…</source>
        <translation>Nhập từ c&amp;URL/JSON…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="108"/>
        <source>Copy as c&amp;URL</source>
        <translation>Sao chép dạng c&amp;URL</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="109"/>
        <source>Copy as cURL with &amp;secrets…</source>
        <translation>Sao chép cURL kèm &amp;khoá bí mật…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="132"/>
        <source>Imported: {summary}</source>
        <translation>Đã nhập: {summary}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="135"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="136"/>
        <source>The pasted request was for OAID {oaid}; the active profile “{profile}” sends with OAID {profile_oaid}.</source>
        <translation>Yêu cầu đã dán dành cho OAID {oaid}; hồ sơ đang dùng “{profile}” gửi bằng OAID {profile_oaid}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="145"/>
        <source>Add a profile first (Message → Profiles…).</source>
        <translation>Hãy thêm một hồ sơ trước (Tin nhắn → Hồ sơ…).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="173"/>
        <source>cURL command copied (keys masked)</source>
        <translation>Đã sao chép lệnh cURL (đã che khoá)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="178"/>
        <source>the active profile</source>
        <translation>hồ sơ đang dùng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="180"/>
        <source>Copy with secrets</source>
        <translation>Sao chép kèm khoá bí mật</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="181"/>
        <source>This puts the ApiKey and SecretKey of “{profile}” in plain text on the clipboard, where other programs can read them. Continue?</source>
        <translation>Thao tác này đưa ApiKey và SecretKey của “{profile}” dưới dạng văn bản thường vào bộ nhớ tạm, nơi các chương trình khác đọc được. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="190"/>
        <source>Cannot copy as cURL</source>
        <translation>Không sao chép được dạng cURL</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/import_export.py" line="193"/>
        <source>cURL command copied WITH the ApiKey and SecretKey; the clipboard is cleared in 30 seconds</source>
        <translation>Đã chép lệnh cURL KÈM ApiKey và SecretKey; bảng tạm sẽ được xoá sau 30 giây</translation>
    </message>
</context>
<context>
    <name>JsonPreview</name>
    <message>
        <location filename="../../zalo_composer/ui/preview/json_preview.py" line="73"/>
        <source>Request body</source>
        <translation>Nội dung yêu cầu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/json_preview.py" line="74"/>
        <source>Copy &amp;JSON</source>
        <translation>Sao chép &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/json_preview.py" line="75"/>
        <source>Copy the request body (keys masked) to the clipboard</source>
        <translation>Sao chép nội dung yêu cầu (đã che khoá) vào bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/json_preview.py" line="76"/>
        <source>Request body JSON</source>
        <translation>JSON nội dung yêu cầu</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../zalo_composer/ui/counter.py" line="77"/>
        <source>{count} of {limit} characters</source>
        <translation>{count}/{limit} ký tự</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zalo_composer/ui/main_window.py" line="314"/>
        <source>Request body copied (keys masked)</source>
        <translation>Đã sao chép nội dung yêu cầu (đã che khoá)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/main_window.py" line="367"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_message_text.py" line="33"/>
        <source>Message text</source>
        <extracomment>Extra space between lines, as a fraction of the font height: Vietnamese stacks its diacritics (ễ, Ấ) high, and chat apps set text looser than documents. The width the text asks for: a phone&apos;s bubble.</extracomment>
        <translation>Nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_message_text.py" line="230"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_message_text.py" line="232"/>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>MessageTextEditor</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/message_editor.py" line="63"/>
        <source>Message te&amp;xt</source>
        <translation>Nội d&amp;ung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/message_editor.py" line="65"/>
        <source>What the follower reads above the buttons (up to {limit} characters; line breaks count 2).</source>
        <translation>Nội dung người quan tâm đọc phía trên các nút (tối đa {limit} ký tự; mỗi lần xuống dòng tính 2).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="121"/>
        <source>{where}: “{key}” must be text.</source>
        <translation>{where}: “{key}” phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="122"/>
        <source>{where} is not an object.</source>
        <translation>{where} không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="123"/>
        <source>{where} has an unknown type {kind}.</source>
        <translation>{where} có loại không xác định {kind}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="124"/>
        <source>{where}: the payload of {kind} must be text.</source>
        <translation>{where}: payload của {kind} phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="125"/>
        <source>{where}: the payload of {kind} must be an object.</source>
        <translation>{where}: payload của {kind} phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="126"/>
        <source>The message is not an object.</source>
        <translation>Tin nhắn không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="127"/>
        <source>The message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="128"/>
        <source>The message&apos;s attachment is not an object.</source>
        <translation>Phần đính kèm của tin nhắn không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="129"/>
        <source>The attachment type {value} is not a consultation template.</source>
        <translation>Loại đính kèm {value} không phải mẫu tin tư vấn.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="130"/>
        <source>The attachment&apos;s payload is not an object.</source>
        <translation>Payload của phần đính kèm không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="131"/>
        <source>The buttons are not a list.</source>
        <translation>Danh sách nút không phải là mảng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="132"/>
        <source>Button {number}</source>
        <translation>Nút {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="133"/>
        <source>The command has a {quote} quote opened on line {line} that is never closed; was the text cut off when it was copied?</source>
        <translation>Lệnh có dấu nháy {quote} mở ở dòng {line} mà không được đóng; có phải văn bản bị cắt mất khi sao chép?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="134"/>
        <source>accepted, then sent by Zalo</source>
        <translation>được chấp nhận, rồi Zalo gửi thành công</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="135"/>
        <source>accepted, then failed at Zalo: -230 (no interaction with the OA in the last 7 days)</source>
        <translation>được chấp nhận, rồi thất bại tại Zalo: -230 (không tương tác với OA trong 7 ngày qua)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="136"/>
        <source>accepted, then failed at Zalo: -213 (does not follow the OA)</source>
        <translation>được chấp nhận, rồi thất bại tại Zalo: -213 (không quan tâm OA)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="137"/>
        <source>accepted, then failed at Zalo: -217 (blocked the OA)</source>
        <translation>được chấp nhận, rồi thất bại tại Zalo: -217 (đã chặn OA)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="138"/>
        <source>accepted, then failed at Zalo: 1001 (not online in time)</source>
        <translation>được chấp nhận, rồi thất bại tại Zalo: 1001 (không trực tuyến kịp thời)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="139"/>
        <source>accepted, then waits for Zalo&apos;s report for 15 minutes</source>
        <translation>được chấp nhận, rồi chờ báo cáo của Zalo trong 15 phút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="140"/>
        <source>accepted and charged, but the answer is broken (outcome unknown: check before sending again)</source>
        <translation>được chấp nhận và tính phí, nhưng câu trả lời bị hỏng (chưa rõ kết quả: hãy kiểm tra trước khi gửi lại)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="141"/>
        <source>The file is not UTF-8 text (byte {start}).</source>
        <translation>Tệp không phải văn bản UTF-8 (byte {start}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="142"/>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="143"/>
        <source>The file is not valid JSON (line {lineno}, column {colno}: {msg}); it may be truncated or damaged.</source>
        <translation>Tệp không phải JSON hợp lệ (dòng {lineno}, cột {colno}: {msg}); có thể tệp bị cắt cụt hoặc hỏng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="144"/>
        <source>The file is nested too deeply to be a draft.</source>
        <translation>Tệp lồng nhau quá sâu, không thể là bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="145"/>
        <source>The file holds an invalid character (a lone UTF-16 surrogate such as \ud800), which no message can carry.</source>
        <translation>Tệp chứa một ký tự không hợp lệ (một surrogate UTF-16 đứng lẻ, như \ud800) mà không tin nhắn nào chứa được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="146"/>
        <source>The file holds JSON, but not a draft or an eSMS request body.</source>
        <translation>Tệp chứa JSON nhưng không phải bản nháp hay nội dung yêu cầu eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="147"/>
        <source>The file holds JSON, but not a zalo-composer draft or an eSMS request body.</source>
        <translation>Tệp chứa JSON nhưng không phải bản nháp zalo-composer hay nội dung yêu cầu eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="148"/>
        <source>“{key}” must be text or null.</source>
        <translation>“{key}” phải là văn bản hoặc null.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="149"/>
        <source>“recipients” must be a list of Zalo user ids.</source>
        <translation>“recipients” phải là danh sách user_id Zalo.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="150"/>
        <source>The message has {count} buttons; a message can have at most {BUTTONS_MAX}. It was not opened.</source>
        <translation>Tin nhắn có {count} nút; một tin nhắn chỉ được có tối đa {BUTTONS_MAX} nút. Tệp không được mở.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="151"/>
        <source>The draft has no valid version number ({version}).</source>
        <translation>Bản nháp không có số phiên bản hợp lệ ({version}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="152"/>
        <source>The draft was written by a newer zalo-composer (format version {version}; this one reads up to {DRAFT_VERSION}). Update the program to open it.</source>
        <translation>Bản nháp được tạo bởi zalo-composer mới hơn (định dạng phiên bản {version}; bản này đọc được tới {DRAFT_VERSION}). Hãy cập nhật chương trình để mở.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="153"/>
        <source>The draft has no message.</source>
        <translation>Bản nháp không có tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="154"/>
        <source>“note” must be text.</source>
        <translation>“note” phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="155"/>
        <source>The request body&apos;s Payload is not an object.</source>
        <translation>Payload của nội dung yêu cầu không phải là đối tượng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="156"/>
        <source>The request body has no Payload.message.</source>
        <translation>Nội dung yêu cầu không có Payload.message.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="157"/>
        <source>The file held an {key}; it was ignored and is not kept in the draft (secrets live in a profile&apos;s keyring entry).</source>
        <translation>Tệp có chứa {key}; khoá này đã bị bỏ qua và không được giữ trong bản nháp (khoá bí mật nằm trong mục kho khoá của hồ sơ).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="158"/>
        <source>The file&apos;s {key} ({body}) belongs to a profile; it was not put into the draft.</source>
        <translation>{key} của tệp ({body}) thuộc về hồ sơ; nó không được đưa vào bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="159"/>
        <source>The endpoint {base_url} is not a valid URL.</source>
        <translation>Endpoint {base_url} không phải URL hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="160"/>
        <source>The endpoint {base_url} has no valid port (1 to 65535).</source>
        <translation>Địa chỉ {base_url} không có cổng hợp lệ (1 đến 65535).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="161"/>
        <source>The endpoint {base_url} must be an https:// URL.</source>
        <translation>Endpoint {base_url} phải là URL https://.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="162"/>
        <source>The endpoint {base_url} uses plain http://, which would send the ApiKey and SecretKey unencrypted; use https:// (plain http is allowed only on loopback).</source>
        <translation>Endpoint {base_url} dùng http:// thường, như vậy ApiKey và SecretKey sẽ được gửi đi không mã hoá; hãy dùng https:// (http thường chỉ được phép trên loopback).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="163"/>
        <source>Nothing to import yet: paste a cURL command or a JSON request body.</source>
        <translation>Chưa có gì để nhập: hãy dán lệnh cURL hoặc nội dung yêu cầu JSON.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="164"/>
        <source>The text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="165"/>
        <source>The text is a JSON list; an eSMS request body is a JSON object {{…}}.</source>
        <translation>Văn bản là một mảng JSON; nội dung yêu cầu eSMS là một đối tượng JSON {{…}}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="166"/>
        <source>The text is neither a cURL command nor JSON: it should start with “curl” or with “{{”.{hint}</source>
        <translation>Văn bản không phải lệnh cURL cũng không phải JSON: nó phải bắt đầu bằng “curl” hoặc “{{”.{hint}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="167"/>
        <source>The text is not a cURL command: it should start with “curl”.</source>
        <translation>Văn bản không phải lệnh cURL: nó phải bắt đầu bằng “curl”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="168"/>
        <source>Only the curl command was read; what follows “{cut_at}” was ignored.</source>
        <translation>Chỉ đọc lệnh curl; phần sau “{cut_at}” đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="169"/>
        <source>The cURL command sends no body: it has no --data (or -d, --data-raw, --data-binary, --json) with the JSON request.</source>
        <translation>Lệnh cURL không gửi nội dung: không có --data (hoặc -d, --data-raw, --data-binary, --json) chứa yêu cầu JSON.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="170"/>
        <source>The cURL command has {count} --data parts; eSMS&apos;s send call takes one JSON body.</source>
        <translation>Lệnh cURL có {count} phần --data; lệnh gửi của eSMS chỉ nhận một nội dung JSON.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="171"/>
        <source>The cURL command reads its body from the file {data}; paste that file&apos;s JSON instead (or the command with the JSON in it).</source>
        <translation>Lệnh cURL đọc nội dung từ tệp {data}; hãy dán JSON của tệp đó (hoặc lệnh có chứa JSON).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="172"/>
        <source>The cURL command&apos;s body is not a JSON object {{…}}; eSMS expects its request as JSON.{hint}</source>
        <translation>Nội dung của lệnh cURL không phải đối tượng JSON {{…}}; eSMS cần yêu cầu ở dạng JSON.{hint}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="173"/>
        <source>The cURL command&apos;s body</source>
        <translation>Nội dung của lệnh cURL</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="174"/>
        <source>The cURL command sends form data or a file ({name}); eSMS&apos;s send call takes a JSON body (--data &apos;{{…}}&apos;).</source>
        <translation>Lệnh cURL gửi dữ liệu biểu mẫu hoặc tệp ({name}); lệnh gửi của eSMS cần nội dung JSON (--data &apos;{{…}}&apos;).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="175"/>
        <source>The command uses the method {method}; the composer always sends POST, as eSMS&apos;s send call requires.</source>
        <translation>Lệnh dùng phương thức {method}; chương trình luôn gửi POST, đúng như lệnh gửi của eSMS yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="176"/>
        <source>Ignored cURL options that do not change the message: {names}.</source>
        <translation>Đã bỏ qua các tuỳ chọn cURL không ảnh hưởng tới tin nhắn: {names}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="177"/>
        <source>The command names {count} URLs; only the first is used.</source>
        <translation>Lệnh có {count} URL; chỉ URL đầu tiên được dùng.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="178"/>
        <source>The command sends Content-Type text/plain (as the Vietnamese eSMS sample does); the composer sends application/json, which eSMS accepts too.</source>
        <translation>Lệnh gửi Content-Type text/plain (như mẫu tiếng Việt của eSMS); chương trình gửi application/json, eSMS cũng chấp nhận.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="179"/>
        <source>The command sends Content-Type {value}; the composer sends application/json.</source>
        <translation>Lệnh gửi Content-Type {value}; chương trình gửi application/json.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="180"/>
        <source>Ignored headers: {items}.</source>
        <translation>Đã bỏ qua các header: {items}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="181"/>
        <source>The URL {url} cannot be read; no endpoint was taken from it.</source>
        <translation>Không đọc được URL {url}; không lấy endpoint từ đó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="182"/>
        <source>The URL {url} is not eSMS&apos;s consultation-message call (…/{ESMS_SEND_PATH}); no endpoint was taken from it.</source>
        <translation>URL {url} không phải lệnh gửi tin tư vấn của eSMS (…/{ESMS_SEND_PATH}); không lấy endpoint từ đó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="183"/>
        <source>{what} is not valid JSON (line {lineno}, column {colno}: {msg}).{hint}</source>
        <translation>{what} không phải JSON hợp lệ (dòng {lineno}, cột {colno}: {msg}).{hint}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="184"/>
        <source>{what} is JSON that cannot be read (nested too deeply, or a number too long).</source>
        <translation>{what} là JSON không đọc được (lồng nhau quá sâu, hoặc có số quá dài).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="185"/>
        <source>{what} is JSON, but not an object {{…}} like an eSMS request body.</source>
        <translation>{what} là JSON nhưng không phải đối tượng {{…}} như nội dung yêu cầu eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="186"/>
        <source>{what} is JSON, but not an eSMS request: it has no “Payload” and no message “text” (its fields: {keys}).</source>
        <translation>{what} là JSON nhưng không phải yêu cầu eSMS: không có “Payload” và không có “text” của tin nhắn (các trường: {keys}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="187"/>
        <source>The JSON is nested too deeply to be an eSMS request.</source>
        <translation>JSON lồng nhau quá sâu, không thể là yêu cầu eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="188"/>
        <source>The JSON holds an invalid character (a lone UTF-16 surrogate such as \ud800), which no message can carry.</source>
        <translation>JSON chứa một ký tự không hợp lệ (một surrogate UTF-16 đứng lẻ, như \ud800) mà không tin nhắn nào chứa được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="189"/>
        <source>The {key} must be text.</source>
        <translation>{key} phải là văn bản.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="190"/>
        <source>Ignored fields the composer does not send: {items}.</source>
        <translation>Đã bỏ qua các trường chương trình không gửi: {items}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="191"/>
        <source>Fields that held only a fill-in mark ({shown}) are left empty for you to fill; left out because they are placeholders, not values: {items}.</source>
        <translation>Các ô chỉ chứa dấu cần điền ({shown}) được để trống để bạn điền; đã bỏ ra vì là chỗ giữ chỗ, không phải giá trị: {items}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="192"/>
        <source>Fields that held only a fill-in mark ({shown}) are left empty for you to fill.</source>
        <translation>Các ô chỉ chứa dấu cần điền ({shown}) được để trống để bạn điền.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="193"/>
        <source>Left out because they are placeholders, not values: {items}.</source>
        <translation>Đã bỏ ra vì là chỗ giữ chỗ, không phải giá trị: {items}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="194"/>
        <source>It contains typographic quotes ({items}), which are not quotes to a shell or to JSON: copy the original command rather than a version a word processor or chat app changed.</source>
        <translation>Văn bản có dấu nháy kiểu in ấn ({items}), vốn không phải dấu nháy đối với shell hay JSON: hãy sao chép lệnh gốc thay vì bản đã bị trình soạn thảo hoặc ứng dụng chat sửa đổi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="195"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="196"/>
        <source>accepted by eSMS</source>
        <translation>đã được eSMS chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="197"/>
        <source>waiting for Zalo</source>
        <translation>đang chờ Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="198"/>
        <source>sent by Zalo</source>
        <translation>Zalo đã gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="199"/>
        <source>failed at Zalo</source>
        <translation>thất bại tại Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="200"/>
        <source>rejected by eSMS</source>
        <translation>bị eSMS từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="201"/>
        <source>outcome unknown</source>
        <translation>chưa rõ kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="202"/>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="203"/>
        <source>Zalo gave no reason (send with a CallbackUrl to learn it)</source>
        <translation>Zalo không nêu lý do (gửi kèm CallbackUrl để biết lý do)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="204"/>
        <source>Zalo error {code}: {zalo_meaning}</source>
        <translation>Lỗi Zalo {code}: {zalo_meaning}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="205"/>
        <source>eSMS reports the message refused (SendStatus 4)</source>
        <translation>eSMS báo tin nhắn bị từ chối (SendStatus 4)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="206"/>
        <source>unknown SendStatus {status}</source>
        <translation>SendStatus không xác định {status}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="207"/>
        <source>Zalo said: {text}</source>
        <translation>Zalo báo: {text}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="208"/>
        <source>Line {line}: the file is not UTF-8 text (byte {start}). Save it as “CSV UTF-8” and import it again.</source>
        <translation>Dòng {line}: tệp không phải văn bản UTF-8 (byte {start}). Hãy lưu thành “CSV UTF-8” rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="209"/>
        <source>Line {start}: the CSV cannot be read ({exc}).</source>
        <translation>Dòng {start}: không đọc được CSV ({exc}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="210"/>
        <source>Line {line}: the file holds NUL bytes; it is not a CSV text file.</source>
        <translation>Dòng {line}: tệp chứa byte NUL; đây không phải tệp văn bản CSV.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="211"/>
        <source>The file holds no recipients.</source>
        <translation>Tệp không có người nhận nào.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="212"/>
        <source>Line {header_line}: no user_id column. The first line must name the columns, one of them user_id (found: {shown}).</source>
        <translation>Dòng {header_line}: không có cột user_id. Dòng đầu phải là tên các cột, trong đó có user_id (tìm thấy: {shown}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="213"/>
        <source>Line {header_line}: more than one user_id column.</source>
        <translation>Dòng {header_line}: có nhiều hơn một cột user_id.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="214"/>
        <source>Line {header_line}: the column “{name}” appears twice.</source>
        <translation>Dòng {header_line}: cột “{name}” xuất hiện hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="215"/>
        <source>Line {line}: {count} cells, but the header has {count2}. A value that holds the separator “{shown}” must be in double quotes.</source>
        <translation>Dòng {line}: có {count} ô nhưng dòng tiêu đề có {count2}. Giá trị chứa dấu phân cách “{shown}” phải nằm trong dấu nháy kép.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="216"/>
        <source>Zalo&apos;s rate limit was exceeded</source>
        <translation>vượt giới hạn tốc độ gửi của Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="217"/>
        <source>Send fewer messages per second and try again later.</source>
        <translation>Gửi ít tin hơn mỗi giây và thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="218"/>
        <source>the follower is inactive, refused the message, or uses an outdated Zalo</source>
        <translation>người quan tâm không hoạt động, từ chối tin nhắn, hoặc dùng phiên bản Zalo cũ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="219"/>
        <source>Nothing to fix on your side; try another channel for this follower.</source>
        <translation>Phía bạn không cần sửa gì; hãy dùng kênh khác cho người này.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="220"/>
        <source>the OA&apos;s access token is invalid</source>
        <translation>access token của OA không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="221"/>
        <source>Ask eSMS to reconnect the Official Account.</source>
        <translation>Nhờ eSMS kết nối lại Official Account.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="222"/>
        <source>a parameter of the message is invalid</source>
        <translation>một tham số của tin nhắn không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="223"/>
        <source>Check the text, buttons and user id of the draft.</source>
        <translation>Kiểm tra nội dung, các nút và user id của bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="224"/>
        <source>the Official Account is disabled</source>
        <translation>Official Account đã bị vô hiệu hoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="225"/>
        <source>Check the OA&apos;s status in Zalo&apos;s OA manager or with eSMS.</source>
        <translation>Kiểm tra trạng thái OA trong trang quản trị OA của Zalo hoặc với eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="226"/>
        <source>the Official Account does not exist</source>
        <translation>Official Account không tồn tại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="227"/>
        <source>Check the OAID in the profile.</source>
        <translation>Kiểm tra OAID trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="228"/>
        <source>a parameter is over Zalo&apos;s limit</source>
        <translation>một tham số vượt giới hạn của Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="229"/>
        <source>Shorten the text, titles or payloads.</source>
        <translation>Rút ngắn nội dung, tiêu đề hoặc payload.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="230"/>
        <source>the OA is out of its message quota</source>
        <translation>OA đã hết hạn mức tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="231"/>
        <source>Wait for the quota to renew or ask eSMS about the OA&apos;s package.</source>
        <translation>Chờ hạn mức được cấp lại hoặc hỏi eSMS về gói của OA.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="232"/>
        <source>the user does not follow the Official Account</source>
        <translation>người dùng không quan tâm Official Account</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="233"/>
        <source>Consultation messages reach followers only; ask the user to follow the OA.</source>
        <translation>Tin tư vấn chỉ tới được người quan tâm; hãy mời người dùng quan tâm OA.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="234"/>
        <source>the access token is invalid</source>
        <translation>access token không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="235"/>
        <source>the follower blocked messages from the OA</source>
        <translation>người quan tâm đã chặn tin nhắn từ OA</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="236"/>
        <source>Do not send again; the follower must unblock the OA first.</source>
        <translation>Đừng gửi lại; người quan tâm phải bỏ chặn OA trước.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="237"/>
        <source>the access token has expired</source>
        <translation>access token đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="238"/>
        <source>Ask eSMS to renew the Official Account&apos;s connection.</source>
        <translation>Nhờ eSMS gia hạn kết nối của Official Account.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="239"/>
        <source>the user&apos;s account is banned or has been inactive for over 45 days</source>
        <translation>tài khoản người dùng bị khoá hoặc không hoạt động quá 45 ngày</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="240"/>
        <source>Nothing to fix on your side; reach this person another way.</source>
        <translation>Phía bạn không cần sửa gì; hãy liên hệ người này bằng cách khác.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="241"/>
        <source>this follower has not interacted with the OA in the last 7 days</source>
        <translation>người quan tâm này không tương tác với OA trong 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="242"/>
        <source>A consultation message only reaches users who did; wait until the follower writes to the OA, or use a ZNS message.</source>
        <translation>Tin tư vấn chỉ tới được người dùng đã tương tác; hãy chờ người quan tâm nhắn cho OA, hoặc dùng tin ZNS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="243"/>
        <source>the follower&apos;s interaction has expired</source>
        <translation>lượt tương tác của người quan tâm đã hết hạn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="244"/>
        <source>Wait until the follower interacts with the OA again.</source>
        <translation>Chờ tới khi người quan tâm tương tác lại với OA.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="245"/>
        <source>this message type is not allowed for this follower or OA</source>
        <translation>loại tin này không được phép với người quan tâm hoặc OA này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="246"/>
        <source>Check the kind of message and the OA&apos;s permissions.</source>
        <translation>Kiểm tra loại tin nhắn và quyền của OA.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="247"/>
        <source>messages cannot be sent at night (22:00 to 06:00)</source>
        <translation>không được gửi tin vào ban đêm (22:00 đến 06:00)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="248"/>
        <source>Schedule the message for the daytime.</source>
        <translation>Hẹn giờ gửi tin vào ban ngày.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="249"/>
        <source>the follower restricted this type of message</source>
        <translation>người quan tâm đã hạn chế loại tin này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="250"/>
        <source>Do not send again; reach this person another way.</source>
        <translation>Đừng gửi lại; hãy liên hệ người này bằng cách khác.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="251"/>
        <source>the follower was not online to receive it in time</source>
        <translation>người quan tâm không trực tuyến để nhận tin kịp thời</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="252"/>
        <source>Send again later, when the follower is likely to be online.</source>
        <translation>Gửi lại sau, khi người quan tâm có thể đang trực tuyến.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="253"/>
        <source>Zalo gave no reason</source>
        <translation>Zalo không nêu lý do</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="254"/>
        <source>unknown Zalo code {code}</source>
        <translation>mã Zalo không xác định {code}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="255"/>
        <source>Could not connect to eSMS within {connect} s.</source>
        <translation>Không kết nối được tới eSMS trong {connect} giây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="256"/>
        <source>eSMS did not answer within {read} s.</source>
        <translation>eSMS không trả lời trong {read} giây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="257"/>
        <source>The secure connection failed (the server&apos;s certificate could not be verified, or TLS did not work).</source>
        <translation>Kết nối bảo mật thất bại (không xác minh được chứng chỉ của máy chủ, hoặc TLS không hoạt động).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="258"/>
        <source>The endpoint&apos;s host name could not be found (DNS lookup failed).</source>
        <translation>Không tìm thấy tên máy chủ của endpoint (tra cứu DNS thất bại).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="259"/>
        <source>The connection was refused: nothing is listening at that address.</source>
        <translation>Kết nối bị từ chối: không có gì đang lắng nghe ở địa chỉ đó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="260"/>
        <source>The connection was closed before eSMS finished its answer.</source>
        <translation>Kết nối bị đóng trước khi eSMS trả lời xong.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="261"/>
        <source>The request failed on the network ({error}).</source>
        <translation>Yêu cầu thất bại trên mạng ({error}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="262"/>
        <source>eSMS did not finish its answer within {total} s.</source>
        <translation>eSMS không trả lời xong trong {total} giây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="263"/>
        <source>eSMS&apos;s answer is larger than {ANSWER_MAX_BYTES} KiB, so the program stopped reading it; outcome unknown — check the status before sending again.</source>
        <translation>Phản hồi của eSMS lớn hơn {ANSWER_MAX_BYTES} KiB nên chương trình đã ngừng đọc; chưa rõ kết quả — hãy kiểm tra trạng thái trước khi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="264"/>
        <source>eSMS&apos;s answer is compressed in a way the program cannot read ({coding}).</source>
        <translation>Phản hồi của eSMS được nén theo cách chương trình không đọc được ({coding}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="265"/>
        <source>eSMS answered HTTP {status} {reason}, a redirect to {where}; the program does not follow redirects: check the endpoint.</source>
        <translation>eSMS trả lời HTTP {status} {reason}, chuyển hướng tới {where}; chương trình không đi theo chuyển hướng: hãy kiểm tra địa chỉ endpoint.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="266"/>
        <source>HTTP {status} (a redirect to {where}) with CodeResult 100: eSMS&apos;s answer is contradictory; outcome unknown — check the status before sending again.</source>
        <translation>HTTP {status} (chuyển hướng tới {where}) kèm CodeResult 100: phản hồi của eSMS mâu thuẫn; chưa rõ kết quả — hãy kiểm tra trạng thái trước khi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="267"/>
        <source>HTTP {status} with CodeResult 100: eSMS&apos;s answer is contradictory; outcome unknown — check the status before sending again.</source>
        <translation>HTTP {status} kèm CodeResult 100: phản hồi của eSMS mâu thuẫn; chưa rõ kết quả — hãy kiểm tra trạng thái trước khi gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="268"/>
        <source>eSMS answered HTTP {status} {reason}.</source>
        <translation>eSMS trả lời HTTP {status} {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="269"/>
        <source>eSMS answered with an empty body.</source>
        <translation>eSMS trả lời với nội dung trống.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="271"/>
        <source>{name} is set to {value}, which cannot be used ({reason}): fix or unset {name}.</source>
        <translation>{name} được đặt là {value}, không dùng được ({reason}): hãy sửa hoặc bỏ {name}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="272"/>
        <source>The proxy setting {name} cannot be used: it is not a valid proxy URL.</source>
        <translation>Không dùng được thiết lập proxy {name}: đó không phải URL proxy hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="273"/>
        <source>The proxy setting {name}={shown} cannot be used: it is not an http://, https:// or socks5:// URL.</source>
        <translation>Không dùng được thiết lập proxy {name}={shown}: đó không phải URL http://, https:// hay socks5://.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="274"/>
        <source>The proxy setting {name}={shown} cannot be used: SOCKS proxies need the socksio package, which is not installed.</source>
        <translation>Không dùng được thiết lập proxy {name}={shown}: proxy SOCKS cần gói socksio, gói này chưa được cài.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="275"/>
        <source>The proxy setting {name}={shown} cannot be used: it is not a valid proxy URL.</source>
        <translation>Không dùng được thiết lập proxy {name}={shown}: đó không phải URL proxy hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="319"/>
        <source>the first attempt was accepted: eSMS answered 124 (duplicate RequestId) to the retry, so it already had the message</source>
        <translation>lần gửi đầu đã được chấp nhận: eSMS trả lời 124 (trùng RequestId) cho lần gửi lại, tức là đã có tin nhắn này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="320"/>
        <source>accepted by eSMS (its answer was malformed, but CodeResult 100 could be read)</source>
        <translation>được eSMS chấp nhận (câu trả lời bị lỗi định dạng, nhưng vẫn đọc được CodeResult 100)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="276"/>
        <source>eSMS&apos;s answer is larger than {ANSWER_MAX_BYTES} KiB; the program stopped reading it.</source>
        <translation>Phản hồi của eSMS lớn hơn {ANSWER_MAX_BYTES} KiB; chương trình đã ngừng đọc.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="277"/>
        <source>eSMS answered HTTP {status}, a redirect to {location}; the program does not follow redirects: check the endpoint.</source>
        <translation>eSMS trả lời HTTP {status}, chuyển hướng tới {location}; chương trình không đi theo chuyển hướng: hãy kiểm tra địa chỉ endpoint.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="278"/>
        <source>HTTP {status} with code 100: eSMS&apos;s answer is contradictory.</source>
        <translation>HTTP {status} kèm mã 100: phản hồi của eSMS mâu thuẫn.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="115"/>
        <source>eSMS&apos;s answer is not JSON (perhaps an HTML page).</source>
        <translation>Phản hồi của eSMS không phải JSON (có thể là một trang HTML).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="111"/>
        <source>A template&apos;s name cannot be empty or hold / \ : * ? &quot; &lt; &gt; |.</source>
        <translation>Tên mẫu không được để trống hoặc chứa / \ : * ? &quot; &lt; &gt; |.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="112"/>
        <source>There is already a template called “{value}”.</source>
        <translation>Đã có một mẫu tên là “{value}”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="113"/>
        <source>Could not rename {name}: {reason}.</source>
        <translation>Không đổi tên được {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="114"/>
        <source>eSMS&apos;s answer nests too deeply to be read.</source>
        <translation>Phản hồi của eSMS lồng nhau quá sâu, không đọc được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="116"/>
        <source>eSMS&apos;s result code is true or false, not a code.</source>
        <translation>Mã kết quả của eSMS là true hoặc false, không phải một mã.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="117"/>
        <source>eSMS&apos;s result code is a fraction, not a code.</source>
        <translation>Mã kết quả của eSMS là số thập phân, không phải một mã.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="118"/>
        <source>eSMS&apos;s result code is a list, not a code.</source>
        <translation>Mã kết quả của eSMS là một danh sách, không phải một mã.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="119"/>
        <source>eSMS&apos;s result code is an object, not a code.</source>
        <translation>Mã kết quả của eSMS là một đối tượng, không phải một mã.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="120"/>
        <source>eSMS&apos;s result code is not a code.</source>
        <translation>Mã kết quả của eSMS không phải một mã.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="270"/>
        <source>eSMS&apos;s answer has no result code (CodeResult).</source>
        <translation>Phản hồi của eSMS không có mã kết quả (CodeResult).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="279"/>
        <source>eSMS&apos;s answer is not a JSON object with a result code.</source>
        <translation>Phản hồi của eSMS không phải đối tượng JSON có mã kết quả.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="280"/>
        <source>{batch_id} is not a batch id (32 hex digits).</source>
        <translation>{batch_id} không phải mã lô (32 chữ số thập lục phân).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="281"/>
        <source>{what} must map names to text.</source>
        <translation>{what} phải ánh xạ tên sang văn bản.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="282"/>
        <source>A row has no user_id.</source>
        <translation>Có một dòng không có user_id.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="283"/>
        <source>A row&apos;s line must be a number.</source>
        <translation>Số dòng của một hàng phải là số.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="284"/>
        <source>The batch file is not valid JSON.</source>
        <translation>Tệp lô không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="285"/>
        <source>The file is not a zalo-composer batch.</source>
        <translation>Tệp không phải lô gửi của zalo-composer.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="286"/>
        <source>Unknown batch file version {value}.</source>
        <translation>Phiên bản tệp lô không xác định {value}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="287"/>
        <source>The batch file lacks its batch_id or profile.</source>
        <translation>Tệp lô thiếu batch_id hoặc hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="288"/>
        <source>The batch&apos;s rate must be a positive number or null.</source>
        <translation>Tốc độ của lô phải là số dương hoặc null.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="289"/>
        <source>The batch&apos;s concurrency must be a whole number of at least 1.</source>
        <translation>Số luồng đồng thời của lô phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="290"/>
        <source>The batch has no creation time.</source>
        <translation>Lô không có thời điểm tạo.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="291"/>
        <source>The batch&apos;s rows or columns are not lists.</source>
        <translation>Các hàng hoặc cột của lô không phải danh sách.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="292"/>
        <source>The batch&apos;s draft cannot be read: {exc}</source>
        <translation>Không đọc được bản nháp của lô: {exc}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="293"/>
        <source>This bulk send is being sent already; it cannot be resumed twice.</source>
        <translation>Lượt gửi hàng loạt này đang được gửi; không thể tiếp tục nó hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="294"/>
        <source>This bulk send is being sent by another window of zalo-composer; it cannot be resumed here.</source>
        <translation>Lượt gửi hàng loạt này đang được một cửa sổ zalo-composer khác gửi; không thể tiếp tục nó ở đây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="295"/>
        <source>Could not save the batch to {path}: {reason}.</source>
        <translation>Không lưu được lô vào {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="296"/>
        <source>Could not save {name}: {reason}.</source>
        <translation>Không lưu được {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="297"/>
        <source>{name} is larger than 5 MB; it is not a draft.</source>
        <translation>{name} lớn hơn 5 MB; đây không phải bản nháp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="298"/>
        <source>Could not open {name}: {reason}.</source>
        <translation>Không mở được {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="299"/>
        <source>{exc} It could not be moved aside either: {reason}.</source>
        <translation>{exc} Cũng không thể chuyển tệp sang chỗ khác: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="300"/>
        <source>Could not save the profiles to {path}: {reason}.</source>
        <translation>Không lưu được các hồ sơ vào {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="305"/>
        <source>Another copy of zalo-composer has held {name} for more than {LOCK_TIMEOUT_S} s; try again.</source>
        <translation>Một bản zalo-composer khác đang giữ {name} hơn {LOCK_TIMEOUT_S} giây; hãy thử lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="306"/>
        <source>The profiles file {path} cannot be read: {reason}.</source>
        <translation>Không đọc được tệp hồ sơ {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="307"/>
        <source>The profiles file {path} cannot be read ({exc}).</source>
        <translation>Không đọc được tệp hồ sơ {path} ({exc}).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="301"/>
        <source>There is no profile called “{name}”. Profiles: {items}.</source>
        <translation>Không có hồ sơ nào tên “{name}”. Các hồ sơ: {items}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="302"/>
        <source>A profile needs a name.</source>
        <translation>Hồ sơ cần có tên.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="303"/>
        <source>A profile called “{name}” already exists.</source>
        <translation>Đã có hồ sơ tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="304"/>
        <source>There is no profile called “{replacing}”.</source>
        <translation>Không có hồ sơ nào tên “{replacing}”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="308"/>
        <source>Profile “{data}”: {key} {value} cannot be used; the default {default} s applies.</source>
        <translation>Hồ sơ “{data}”: không dùng được {key} {value}; áp dụng giá trị mặc định {default} giây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="309"/>
        <source>The keyring backend {error} stores secrets in a plain file; zalo-composer does not use it.</source>
        <translation>Kho khoá {error} lưu khoá bí mật trong tệp thường; zalo-composer không dùng nó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="310"/>
        <source>No system keyring is available (no Secret Service, KWallet, macOS Keychain or Windows Credential Locker answered).</source>
        <translation>Không có kho khoá hệ thống nào (Secret Service, KWallet, macOS Keychain hay Windows Credential Locker đều không phản hồi).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="311"/>
        <source>in memory for this session only (they are forgotten when the program exits)</source>
        <translation>trong bộ nhớ, chỉ cho phiên này (sẽ bị quên khi thoát chương trình)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="312"/>
        <source>nowhere yet: {reason}</source>
        <translation>chưa ở đâu cả: {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="313"/>
        <source>in the system keyring ({name}), service “{SERVICE}”</source>
        <translation>trong kho khoá hệ thống ({name}), dịch vụ “{SERVICE}”</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="314"/>
        <source>The keyring could not be read: {error}.</source>
        <translation>Không đọc được kho khoá: {error}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="315"/>
        <source>Both the ApiKey and the SecretKey are needed.</source>
        <translation>Cần cả ApiKey và SecretKey.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="316"/>
        <source>The keyring refused the secrets: {error}.</source>
        <translation>Kho khoá từ chối lưu khoá bí mật: {error}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="317"/>
        <source>The keyring refused to delete: {error}.</source>
        <translation>Kho khoá từ chối xoá: {error}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="318"/>
        <source>outcome unknown: the program stopped while this request was in flight</source>
        <translation>chưa rõ kết quả: chương trình đã dừng khi yêu cầu này đang được gửi</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="99"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="100"/>
        <source>Button title</source>
        <translation>Tiêu đề nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="101"/>
        <source>Open URL</source>
        <translation>Mở URL</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="102"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="103"/>
        <source>Send query (shown)</source>
        <translation>Gửi truy vấn (hiện)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="104"/>
        <source>Query</source>
        <translation>Truy vấn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="105"/>
        <source>Send query (hidden)</source>
        <translation>Gửi truy vấn (ẩn)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="106"/>
        <source>Open SMS</source>
        <translation>Mở SMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="107"/>
        <source>SMS text</source>
        <translation>Nội dung SMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="108"/>
        <source>Text of the SMS</source>
        <translation>Nội dung tin SMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="109"/>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="110"/>
        <source>Call phone</source>
        <translation>Gọi điện</translation>
    </message>
</context>
<context>
    <name>OutcomeOptions</name>
    <message>
        <location filename="../../zalo_composer/ui/profiles/outcome_options.py" line="17"/>
        <source>Without a CallbackUrl, eSMS reports a failed message without Zalo&apos;s reason (such as -230); with one, the program asks eSMS for it.</source>
        <translation>Không có CallbackUrl thì eSMS báo tin thất bại mà không kèm lý do của Zalo (như -230); có CallbackUrl thì chương trình hỏi eSMS lý do đó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/outcome_options.py" line="24"/>
        <source>Adds &quot;Sandbox&quot;: &quot;1&quot; to each request: eSMS neither stores, charges nor delivers it. eSMS documents this for its other send APIs, not for consultation messages, so it may be ignored here.</source>
        <translation>Thêm &quot;Sandbox&quot;: &quot;1&quot; vào mỗi yêu cầu: eSMS không lưu, không tính phí và không gửi tin. eSMS mô tả tuỳ chọn này cho các API gửi khác, không cho tin tư vấn, nên ở đây có thể bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/outcome_options.py" line="32"/>
        <source>With the Sandbox profile, send to these user ids to see each outcome; any other id is accepted, then sent by Zalo.</source>
        <translation>Với hồ sơ Sandbox, gửi tới các user id này để xem từng kết quả; mọi id khác đều được nhận, rồi Zalo gửi đi.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/outcome_options.py" line="48"/>
        <source>eSMS test &amp;mode (&quot;Sandbox&quot;: &quot;1&quot;)</source>
        <translation>Chế độ thử của eS&amp;MS (&quot;Sandbox&quot;: &quot;1&quot;)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/outcome_options.py" line="53"/>
        <source>Test followers</source>
        <translation>Người theo dõi để thử</translation>
    </message>
</context>
<context>
    <name>PasteIdsDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="29"/>
        <source>Nothing pasted yet.</source>
        <translation>Chưa dán gì.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="35"/>
        <source>{count} id</source>
        <translation>{count} id</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="36"/>
        <source>{count} ids</source>
        <translation>{count} id</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="41"/>
        <source>{ids}, {count} variable column</source>
        <translation>{ids}, {count} cột biến</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="43"/>
        <source>{ids}, {count} variable columns</source>
        <translation>{ids}, {count} cột biến</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="95"/>
        <source>Paste user ids</source>
        <translation>Dán user_id</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="97"/>
        <source>One Zalo user id per line, or separated by commas, semicolons, spaces or tabs. A block copied from a spreadsheet with a user_id header keeps its variable columns.</source>
        <translation>Mỗi dòng một user_id Zalo, hoặc ngăn cách bằng dấu phẩy, dấu chấm phẩy, dấu cách hay tab. Một khối sao chép từ bảng tính có tiêu đề user_id giữ nguyên các cột biến của nó.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="99"/>
        <source>Replace list</source>
        <translation>Thay danh sách</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="100"/>
        <source>Use these ids</source>
        <translation>Dùng các id này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/paste_dialog.py" line="101"/>
        <source>Add to list</source>
        <translation>Thêm vào danh sách</translation>
    </message>
</context>
<context>
    <name>PlaceholderHighlighter</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/placeholders.py" line="40"/>
        <source>No value for this placeholder yet</source>
        <translation>Biến này chưa có giá trị</translation>
    </message>
</context>
<context>
    <name>PreviewNote</name>
    <message>
        <location filename="../../zalo_composer/ui/preview/request_text.py" line="11"/>
        <source>Shows the first of {count} requests (one per recipient).</source>
        <translation>Đang hiện yêu cầu đầu tiên trong {count} yêu cầu (mỗi người nhận một yêu cầu).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/request_text.py" line="13"/>
        <source>No account chosen yet: OAID is empty; the keys are placeholders.</source>
        <translation>Chưa chọn tài khoản: OAID đang trống; các khoá chỉ là giá trị tạm.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/request_text.py" line="15"/>
        <source>RequestId: generated for the next send.</source>
        <translation>RequestId: được tạo cho lần gửi tới.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="15"/>
        <source>{label} is {count} characters; the limit is {limit}.</source>
        <extracomment>(context, str.format template) of every text, in context order.</extracomment>
        <translation>Độ dài {label}: {count} ký tự; giới hạn là {limit}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="16"/>
        <source>{label} is required.</source>
        <translation>Cần nhập {label}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="17"/>
        <source>Phone number is required.</source>
        <translation>Cần nhập số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="18"/>
        <source>Phone number may hold only digits, spaces, dots, dashes and a leading +.</source>
        <translation>Số điện thoại chỉ được chứa chữ số, dấu cách, dấu chấm, dấu gạch ngang và dấu + ở đầu.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="19"/>
        <source>{number} does not look like a Vietnamese number (0 or 84 followed by 9-10 digits, or 1800/1900 followed by 4-6 digits); Zalo may refuse it.</source>
        <translation>{number} không giống số điện thoại Việt Nam (0 hoặc 84 rồi 9-10 chữ số, hoặc 1800/1900 rồi 4-6 chữ số); Zalo có thể từ chối.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="20"/>
        <source>URL is required.</source>
        <translation>Cần nhập URL.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="21"/>
        <source>This URL cannot be read: {url}</source>
        <translation>Không đọc được URL này: {url}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="22"/>
        <source>{scheme}: links are not allowed; use an http:// or https:// address.</source>
        <translation>Không cho phép liên kết {scheme}: — hãy dùng địa chỉ http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="23"/>
        <source>The URL must be absolute, starting with https:// or http://.</source>
        <translation>URL phải là địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="24"/>
        <source>The URL has no host name.</source>
        <translation>URL không có tên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="25"/>
        <source>The URL contains spaces; encode them as %20.</source>
        <translation>URL chứa dấu cách; hãy mã hoá chúng thành %20.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="26"/>
        <source>Query</source>
        <translation>truy vấn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="27"/>
        <source>SMS text</source>
        <translation>nội dung SMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="28"/>
        <source>The message text</source>
        <translation>nội dung tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="29"/>
        <source>{count} buttons; at most {limit} are allowed.</source>
        <translation>{count} nút; chỉ cho phép tối đa {limit}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="30"/>
        <source>The message has no buttons.</source>
        <translation>Tin nhắn chưa có nút nào.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="31"/>
        <source>The recipient&apos;s Zalo user_id is required.</source>
        <translation>Cần nhập user_id Zalo của người nhận.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="32"/>
        <source>A Zalo user_id has only digits: {value}</source>
        <translation>user_id Zalo chỉ gồm chữ số: {value}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="33"/>
        <source>{value} is listed twice.</source>
        <translation>{value} bị liệt kê hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="34"/>
        <source>RequestId is {count} characters; the limit is {limit}.</source>
        <translation>RequestId dài {count} ký tự; giới hạn là {limit}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="35"/>
        <source>RequestId may hold only printable ASCII characters.</source>
        <translation>RequestId chỉ được chứa ký tự ASCII in được.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="36"/>
        <source>SendDate must look like 2026-12-31 08:30:00 (yyyy-mm-dd hh:MM:ss).</source>
        <translation>SendDate phải có dạng 2026-12-31 08:30:00 (yyyy-mm-dd hh:MM:ss).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="37"/>
        <source>SendDate {value} is not a real date and time.</source>
        <translation>SendDate {value} không phải ngày giờ có thật.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="38"/>
        <source>SendDate {value} is in the past.</source>
        <translation>SendDate {value} đã ở trong quá khứ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="39"/>
        <source>A pinned RequestId works for one recipient only (eSMS refuses it the second time as a duplicate); clear it to get a fresh one per recipient.</source>
        <translation>RequestId cố định chỉ dùng được cho một người nhận (lần thứ hai eSMS sẽ từ chối vì trùng); hãy xoá đi để mỗi người nhận có một RequestId mới.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="40"/>
        <source>Line {line}: {template}</source>
        <translation>Dòng {line}: {template}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="41"/>
        <source>Line {line}: {value} looks like a number a spreadsheet shortened; format the user_id column as text and export again.</source>
        <translation>Dòng {line}: {value} trông như số đã bị bảng tính rút gọn; hãy định dạng cột user_id là văn bản rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="42"/>
        <source>Line {line}: {value} is already listed on line {first}; each recipient gets one message.</source>
        <translation>Dòng {line}: {value} đã có ở dòng {first}; mỗi người nhận chỉ nhận một tin.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="43"/>
        <source>The column “{column}” cannot be used as a variable: names hold only letters, digits and _.</source>
        <translation>Không dùng được cột “{column}” làm biến: tên chỉ được chứa chữ cái, chữ số và _.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="44"/>
        <source>There are no recipients.</source>
        <translation>Chưa có người nhận nào.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="45"/>
        <source>The pinned RequestId is not used in a bulk send: each recipient gets a fresh one.</source>
        <translation>RequestId cố định không được dùng khi gửi hàng loạt: mỗi người nhận có một RequestId mới.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="46"/>
        <source>Line {line}: no value for {names}; add the column or a default.</source>
        <translation>Dòng {line}: chưa có giá trị cho {names}; hãy thêm cột hoặc giá trị mặc định.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="47"/>
        <source>No value for {names}: give it a default in Bulk send (Default values), or send in bulk with a recipients column of that name.</source>
        <translation>Chưa có giá trị cho {names}: đặt giá trị mặc định trong Gửi hàng loạt (Giá trị mặc định), hoặc gửi hàng loạt với danh sách người nhận có cột cùng tên.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="48"/>
        <source>{names} filled per recipient in Bulk send.</source>
        <translation>{names} được điền theo từng người nhận khi Gửi hàng loạt.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_domain.py" line="49"/>
        <source>Title</source>
        <translation>tiêu đề</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="24"/>
        <source>Error · {field}: {message}</source>
        <translation>Lỗi · {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="25"/>
        <source>Warning · {field}: {message}</source>
        <translation>Cảnh báo · {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="37"/>
        <source>{count} error</source>
        <translation>{count} lỗi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="38"/>
        <source>{count} errors</source>
        <translation>{count} lỗi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="40"/>
        <source>{count} warning</source>
        <translation>{count} cảnh báo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="41"/>
        <source>{count} warnings</source>
        <translation>{count} cảnh báo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="42"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="42"/>
        <source>No problems</source>
        <translation>Không có vấn đề</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="66"/>
        <location filename="../../zalo_composer/ui/problems.py" line="97"/>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="115"/>
        <source>Problems: {summary}</source>
        <translation>Vấn đề: {summary}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/problems.py" line="133"/>
        <source>Click to go to the field</source>
        <translation>Bấm để tới trường này</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="35"/>
        <source>Built-in sandbox</source>
        <translation>Sandbox tích hợp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="37"/>
        <source>The sandbox uses built-in demo keys; nothing to enter here.</source>
        <translation>Sandbox dùng khoá thử nghiệm tích hợp sẵn; không cần nhập gì ở đây.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="39"/>
        <source>Keep the keys in memory for this session only</source>
        <translation>Chỉ giữ khoá trong bộ nhớ cho phiên này</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="51"/>
        <source>A profile needs a name.</source>
        <translation>Hồ sơ cần có tên.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="53"/>
        <source>A profile called “{name}” already exists.</source>
        <translation>Đã có hồ sơ tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="62"/>
        <source>The OAID is required: the Zalo Official Account id registered with eSMS.</source>
        <translation>Cần nhập OAID: mã Zalo Official Account đã đăng ký với eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="65"/>
        <source>The OAID is made of digits only.</source>
        <translation>OAID chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="81"/>
        <source>The CallbackUrl must be a full https:// (or http://) address, or empty.</source>
        <translation>CallbackUrl phải là địa chỉ https:// (hoặc http://) đầy đủ, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="91"/>
        <source>Zalo user ids are digits only; not: {ids}.</source>
        <translation>user_id Zalo chỉ gồm chữ số; không hợp lệ: {ids}.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="119"/>
        <source>Edit profile “{profile}”</source>
        <translation>Sửa hồ sơ “{profile}”</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="120"/>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="126"/>
        <source>e.g. Shop Hà Nội</source>
        <translation>vd. Shop Hà Nội</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="127"/>
        <source>digits, e.g. 4368496045530866759</source>
        <translation>chữ số, vd. 4368496045530866759</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="128"/>
        <source>Fetch my OAs</source>
        <translation>Lấy danh sách OA</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="131"/>
        <source>Ask eSMS which Official Accounts these keys may send for (ZNS/GetListZOA)</source>
        <translation>Hỏi eSMS các khoá này được gửi tin cho những Official Account nào (ZNS/GetListZOA)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="137"/>
        <source>optional, https://…</source>
        <translation>không bắt buộc, https://…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="139"/>
        <source>optional; Zalo user ids, separated by commas or spaces</source>
        <translation>không bắt buộc; các user_id Zalo, cách nhau bằng dấu phẩy hoặc dấu cách</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="147"/>
        <source>Show the keys as I type them</source>
        <translation>Hiện khoá khi gõ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="226"/>
        <source>Type both the ApiKey and the SecretKey, or leave both empty to keep the stored ones.</source>
        <translation>Hãy nhập cả ApiKey và SecretKey, hoặc để trống cả hai để giữ khoá đã lưu.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="228"/>
        <source>Type both the ApiKey and the SecretKey, or leave both empty.</source>
        <translation>Hãy nhập cả ApiKey và SecretKey, hoặc để trống cả hai.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="347"/>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="350"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="360"/>
        <source>Default &amp;recipients:</source>
        <translation>&amp;Người nhận mặc định:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="363"/>
        <source>connect</source>
        <translation>kết nối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="366"/>
        <source>answer</source>
        <translation>trả lời</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="369"/>
        <source>&amp;Timeouts:</source>
        <translation>&amp;Hết giờ chờ:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="390"/>
        <source>Keys</source>
        <translation>Khoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="427"/>
        <source>Requests go to the sandbox built into this program, on this computer; nothing reaches eSMS or Zalo.</source>
        <translation>Yêu cầu được gửi tới sandbox tích hợp trong chương trình, trên máy này; không có gì tới eSMS hay Zalo.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="433"/>
        <source>Base URL of eSMS; the send path SendZaloFollowerMessage_V5_post_json/ is appended. Plain http:// is allowed only on this computer (loopback).</source>
        <translation>URL gốc của eSMS; đường dẫn gửi SendZaloFollowerMessage_V5_post_json/ được nối thêm vào. http:// thường chỉ được phép trên chính máy này (loopback).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="463"/>
        <source>Keys are kept {where}. They are never written to the profiles file.</source>
        <translation>Khoá được giữ {where}. Chúng không bao giờ được ghi vào tệp hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="470"/>
        <source>zalo-composer never writes keys to a file. You can keep them in memory for this session only: they are forgotten when the program exits.</source>
        <translation>zalo-composer không bao giờ ghi khoá ra tệp. Bạn có thể giữ khoá trong bộ nhớ chỉ cho phiên này: chúng sẽ bị quên khi thoát chương trình.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="479"/>
        <source>built-in demo key</source>
        <translation>khoá thử nghiệm tích hợp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="481"/>
        <source>no keyring: choose “in memory” above first</source>
        <translation>không có kho khoá: hãy chọn “trong bộ nhớ” ở trên trước</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="484"/>
        <source>•••• stored for this session — type to replace</source>
        <translation>•••• đã lưu cho phiên này — gõ để thay</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="486"/>
        <source>•••• stored in keyring — type to replace</source>
        <translation>•••• đã lưu trong kho khoá — gõ để thay</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="488"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/dialog.py" line="537"/>
        <source>The endpoint is required; the default is {url}</source>
        <translation>Cần nhập endpoint; mặc định là {url}</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/profiles/label.py" line="13"/>
        <source>{profile} (built-in sandbox, test only)</source>
        <translation>{profile} (tích hợp sẵn, chỉ để thử)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/label.py" line="17"/>
        <source> · eSMS test mode</source>
        <translation> · chế độ thử của eSMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="58"/>
        <source>The profile “{profile}” was saved, but its keys were not: {reason}</source>
        <translation>Đã lưu hồ sơ “{profile}” nhưng chưa lưu được khoá: {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="78"/>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="194"/>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="134"/>
        <source>Profiles</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="86"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="90"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Xoá…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="92"/>
        <source>Set &amp;active</source>
        <translation>Đặt làm đang &amp;dùng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="151"/>
        <source>Remove profile</source>
        <translation>Xoá hồ sơ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="152"/>
        <source>Remove the profile “{profile}” and forget its ApiKey and SecretKey?</source>
        <translation>Xoá hồ sơ “{profile}” và quên ApiKey, SecretKey của nó?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/manager.py" line="209"/>
        <source> — active</source>
        <translation> — đang dùng</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="23"/>
        <source>Sends go to the sandbox built into this program, on this computer: nothing reaches eSMS or any Zalo user.</source>
        <translation>Tin được gửi tới sandbox tích hợp trong chương trình, trên máy này: không có gì tới eSMS hay người dùng Zalo nào.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="76"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="77"/>
        <source>Edit profiles…</source>
        <translation>Sửa hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="98"/>
        <source>Sends for real with OAID {oaid} to {endpoint}</source>
        <translation>Gửi thật bằng OAID {oaid} tới {endpoint}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="102"/>
        <source>(no profile yet)</source>
        <translation>(chưa có hồ sơ)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="113"/>
        <source>Add a profile with “Edit profiles…”.</source>
        <translation>Hãy thêm hồ sơ bằng “Sửa hồ sơ…”.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/profiles/switcher.py" line="117"/>
        <source>Active profile: {profile} (OAID {oaid})</source>
        <translation>Hồ sơ đang dùng: {profile} (OAID {oaid})</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="52"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="53"/>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="54"/>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="55"/>
        <source>Forward</source>
        <translation>Tới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="56"/>
        <source>Go forward</source>
        <translation>Đi tới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="57"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="58"/>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="60"/>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="61"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="62"/>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="63"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="64"/>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="65"/>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="66"/>
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi và dấu trang</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="67"/>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="68"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="69"/>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="70"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="71"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="72"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="73"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="74"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="75"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="76"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="77"/>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="78"/>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="79"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="80"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="81"/>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="82"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="83"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="84"/>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="85"/>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="36"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="38"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="39"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="41"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="42"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="33"/>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="34"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="14"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="15"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="16"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="18"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="19"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="20"/>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="21"/>
        <source>Abort</source>
        <translation>Huỷ bỏ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="22"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="23"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="24"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="25"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="26"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="27"/>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="28"/>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="29"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="30"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="31"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="32"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="49"/>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/i18n_qt.py" line="50"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="99"/>
        <source>No template matches.</source>
        <translation>Không có mẫu nào khớp.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="100"/>
        <source>Enter opens it as a new draft; the template stays as it is.</source>
        <translation>Enter mở mẫu thành một bản nháp mới; mẫu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="105"/>
        <source>broken: {reason}</source>
        <translation>hỏng: {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="148"/>
        <source>Find a template</source>
        <translation>Tìm mẫu tin</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="149"/>
        <source>Name, note, text or button title</source>
        <translation>Tên, ghi chú, nội dung hoặc tiêu đề nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="150"/>
        <source>Search templates</source>
        <translation>Tìm mẫu tin</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/quick_search.py" line="151"/>
        <source>Matching templates</source>
        <translation>Các mẫu khớp</translation>
    </message>
</context>
<context>
    <name>RecipientNote</name>
    <message>
        <location filename="../../zalo_composer/ui/followers/recipient_assist.py" line="66"/>
        <source>… and {count} more</source>
        <translation>… và {count} người khác</translation>
    </message>
</context>
<context>
    <name>RecipientsArea</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="25"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="36"/>
        <source>No recipients yet: paste user ids or import a CSV.</source>
        <translation>Chưa có người nhận: dán user_id hoặc nhập tệp CSV.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="50"/>
        <source>{count} recipient, {problems} with problems</source>
        <translation>{count} người nhận, {problems} có vấn đề</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="52"/>
        <source>{count} recipients, {problems} with problems</source>
        <translation>{count} người nhận, {problems} có vấn đề</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="100"/>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="101"/>
        <source>Paste &amp;ids…</source>
        <translation>Dán &amp;id…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="103"/>
        <source>Paste user ids: one per line, or separated by commas, semicolons, spaces or tabs</source>
        <translation>Dán user_id: mỗi dòng một id, hoặc ngăn cách bằng dấu phẩy, dấu chấm phẩy, dấu cách hay tab</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="104"/>
        <source>Import &amp;CSV…</source>
        <translation>Nhập CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="106"/>
        <source>A UTF-8 CSV file with a user_id column and one column per variable</source>
        <translation>Tệp CSV UTF-8 có cột user_id và mỗi biến một cột</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="107"/>
        <source>C&amp;lear</source>
        <translation>X&amp;oá hết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="108"/>
        <source>Remove every recipient</source>
        <translation>Xoá mọi người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="251"/>
        <source>Cannot read the pasted ids</source>
        <translation>Không đọc được các id đã dán</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="276"/>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="276"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="306"/>
        <source>Cannot import the CSV</source>
        <translation>Không nhập được tệp CSV</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="278"/>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="319"/>
        <source>Import recipients</source>
        <translation>Nhập người nhận</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="39"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="40"/>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="197"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="41"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="54"/>
        <source>ready to send</source>
        <translation>sẵn sàng gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="55"/>
        <source>waiting</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="56"/>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="57"/>
        <source>accepted</source>
        <translation>được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="58"/>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="59"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="60"/>
        <source>accepted earlier</source>
        <translation>đã được chấp nhận trước đó</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="61"/>
        <source>unknown, not resent</source>
        <translation>chưa rõ, không gửi lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="62"/>
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="63"/>
        <source>problem</source>
        <translation>có vấn đề</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="64"/>
        <source>blocked</source>
        <translation>bị chặn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="65"/>
        <source>waiting for Zalo</source>
        <translation>đang chờ Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="66"/>
        <source>sent by Zalo</source>
        <translation>Zalo đã gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="67"/>
        <source>failed at Zalo</source>
        <translation>thất bại tại Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="84"/>
        <location filename="../../zalo_composer/ui/bulk/recipients_table.py" line="190"/>
        <source>no value for {names}</source>
        <translation>thiếu giá trị cho {names}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="88"/>
        <source>duplicate of line {line}</source>
        <translation>trùng với dòng {line}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="91"/>
        <source>invalid user id</source>
        <translation>user_id không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="93"/>
        <source>blocked ({field})</source>
        <translation>bị chặn ({field})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="304"/>
        <source>Row {row}, line {line} of the source</source>
        <translation>Hàng {row}, dòng {line} của nguồn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="306"/>
        <source>Row {row}</source>
        <translation>Hàng {row}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="370"/>
        <source>Message for this recipient:</source>
        <translation>Tin nhắn cho người nhận này:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="386"/>
        <source>(no value)</source>
        <translation>(không có giá trị)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="402"/>
        <source>Empty cell: the default “{value}” is used</source>
        <translation>Ô trống: dùng giá trị mặc định “{value}”</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/model.py" line="405"/>
        <source>No value and no default for {placeholder}: this row is blocked</source>
        <translation>Không có giá trị lẫn giá trị mặc định cho {placeholder}: hàng này bị chặn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="59"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="59"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="59"/>
        <source>User id</source>
        <translation>User id</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="59"/>
        <source>Interacted</source>
        <translation>Tương tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="60"/>
        <source>Follows</source>
        <translation>Quan tâm</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="60"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/followers/model.py" line="60"/>
        <source>Last send</source>
        <translation>Lần gửi gần nhất</translation>
    </message>
</context>
<context>
    <name>RequestAnswerPane</name>
    <message>
        <location filename="../../zalo_composer/ui/request_answer.py" line="60"/>
        <source>(no request body)</source>
        <translation>(không có nội dung yêu cầu)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/request_answer.py" line="62"/>
        <source>(no response: {reason})</source>
        <translation>(không có phản hồi: {reason})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/request_answer.py" line="79"/>
        <source>Request body (keys masked)</source>
        <translation>Nội dung yêu cầu (đã che khoá)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/request_answer.py" line="80"/>
        <source>Raw response</source>
        <translation>Phản hồi gốc</translation>
    </message>
</context>
<context>
    <name>ResultsLog</name>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="31"/>
        <source>Select a send to see the request and eSMS&apos;s answer.</source>
        <translation>Chọn một lượt gửi để xem yêu cầu và phản hồi của eSMS.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="91"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="92"/>
        <source>Re&amp;try</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="94"/>
        <source>Send the selected request again with the same RequestId: if the first one did arrive, eSMS answers 124 instead of sending it twice.</source>
        <translation>Gửi lại yêu cầu đã chọn với cùng RequestId: nếu lần đầu đã tới nơi, eSMS trả lời 124 thay vì gửi hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="96"/>
        <source>Check &amp;status</source>
        <translation>&amp;Kiểm tra trạng thái</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="98"/>
        <source>Ask eSMS what became of the selected message (GetSendStatus) and what Zalo said (GetCallback)</source>
        <translation>Hỏi eSMS tin nhắn đang chọn ra sao (GetSendStatus) và Zalo đã báo gì (GetCallback)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="247"/>
        <source>to {recipient}, RequestId {request_id}</source>
        <translation>tới {recipient}, RequestId {request_id}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="249"/>
        <source>Send the selected request again ({which}) with the same RequestId: if the first one did arrive, eSMS answers 124 instead of sending it twice.</source>
        <translation>Gửi lại yêu cầu đang chọn ({which}) với cùng RequestId: nếu lần đầu đã tới, eSMS trả lời 124 thay vì gửi hai lần.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="253"/>
        <source>Ask eSMS what became of the selected message ({which})</source>
        <translation>Hỏi eSMS tin nhắn đang chọn ra sao ({which})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="257"/>
        <source>Outcome unknown: check before sending again (Check status, or Retry, which reuses the RequestId so eSMS cannot deliver it twice).</source>
        <translation>Chưa rõ kết quả: hãy kiểm tra trước khi gửi lại (Kiểm tra trạng thái, hoặc Gửi lại, dùng lại RequestId nên eSMS không thể gửi hai lần).</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="100"/>
        <source>C&amp;lear</source>
        <translation>X&amp;oá hết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="101"/>
        <source>Remove every row from the log</source>
        <translation>Xoá mọi dòng khỏi nhật ký</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/log.py" line="232"/>
        <source>Sending… the answer will appear here.</source>
        <translation>Đang gửi… phản hồi sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="24"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="24"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="25"/>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="26"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="26"/>
        <source>Meaning</source>
        <translation>Ý nghĩa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="27"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="46"/>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="48"/>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="49"/>
        <source>rejected by eSMS</source>
        <translation>bị eSMS từ chối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="50"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="51"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="52"/>
        <source>outcome unknown</source>
        <translation>chưa rõ kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="53"/>
        <source>waiting for Zalo</source>
        <translation>đang chờ Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="54"/>
        <source>sent by Zalo</source>
        <translation>Zalo đã gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="55"/>
        <source>failed at Zalo</source>
        <translation>thất bại tại Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="85"/>
        <source>(no recipient)</source>
        <translation>(không có người nhận)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="89"/>
        <source>To {recipient}: {code} — {meaning}</source>
        <translation>Tới {recipient}: {code} — {meaning}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="94"/>
        <source>To {recipient}: rejected, {code} — {meaning}</source>
        <translation>Tới {recipient}: bị từ chối, {code} — {meaning}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="97"/>
        <source>To {recipient}: failed — {reason}</source>
        <translation>Tới {recipient}: thất bại — {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="124"/>
        <source> · eSMS test mode</source>
        <translation> · chế độ thử của eSMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="252"/>
        <source>Time from sending the request to the end of eSMS&apos;s answer</source>
        <translation>Thời gian từ lúc gửi yêu cầu đến khi eSMS trả lời xong</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="305"/>
        <source>Accepted means eSMS took the request; the final status comes through the CallbackUrl or a status query.</source>
        <translation>Đã chấp nhận nghĩa là eSMS đã nhận yêu cầu; trạng thái cuối cùng đến qua CallbackUrl hoặc khi tra cứu trạng thái.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/results/model.py" line="309"/>
        <source>Retry sends it again with the same RequestId.</source>
        <translation>Gửi lại sẽ dùng cùng RequestId.</translation>
    </message>
</context>
<context>
    <name>ResumeQuestion</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="46"/>
        <source>A bulk send to {count} recipient was interrupted ({accepted} accepted). Resume the unsent rows?</source>
        <translation>Một đợt gửi hàng loạt tới {count} người nhận đã bị gián đoạn ({accepted} được chấp nhận). Gửi tiếp các hàng chưa gửi?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="49"/>
        <source>A bulk send to {count} recipients was interrupted ({accepted} accepted). Resume the unsent rows?</source>
        <translation>Một đợt gửi hàng loạt tới {count} người nhận đã bị gián đoạn ({accepted} được chấp nhận). Gửi tiếp các hàng chưa gửi?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="57"/>
        <source>Started {when} with the profile “{profile}”. Resuming sends only the rows that were not accepted; rows whose request was under way when the program stopped are listed as “unknown” and not sent again.</source>
        <translation>Bắt đầu lúc {when} với hồ sơ “{profile}”. Gửi tiếp chỉ gửi những hàng chưa được chấp nhận; những hàng có yêu cầu đang gửi dở khi chương trình dừng được ghi là “chưa rõ” và không gửi lại.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="82"/>
        <source>Resume the bulk send?</source>
        <translation>Gửi tiếp đợt gửi hàng loạt?</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="85"/>
        <source>Resume</source>
        <translation>Gửi tiếp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="87"/>
        <source>Discard</source>
        <translation>Bỏ đợt gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/pending.py" line="89"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>SandboxRecipients</name>
    <message>
        <location filename="../../zalo_composer/ui/followers/recipient_assist.py" line="176"/>
        <source>Sandbox test recipients: each ends one known way</source>
        <translation>Người nhận thử của sandbox: mỗi người cho một kết quả đã biết</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <location filename="../../zalo_composer/ui/send_controller.py" line="132"/>
        <source>The send history could not be written ({reason}).</source>
        <translation>Không ghi được lịch sử gửi ({reason}).</translation>
    </message>
</context>
<context>
    <name>SendControls</name>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="92"/>
        <source>msg/s</source>
        <translation>tin/giây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="93"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="94"/>
        <source>Requests started per second at most; 0 means no limit</source>
        <translation>Số yêu cầu bắt đầu mỗi giây, tối đa; 0 là không giới hạn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="91"/>
        <source>Rate</source>
        <translation>Tốc độ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="95"/>
        <source>In flight</source>
        <translation>Đồng thời</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="97"/>
        <source>Requests waiting for an answer at the same time, at most</source>
        <translation>Số yêu cầu cùng lúc chờ trả lời, tối đa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="98"/>
        <source>Check &amp;all</source>
        <translation>&amp;Kiểm tra tất cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="100"/>
        <source>Fill in every row&apos;s message and validate it, without sending anything</source>
        <translation>Điền tin nhắn của từng hàng và kiểm tra, không gửi gì cả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="101"/>
        <source>S&amp;tart…</source>
        <translation>&amp;Bắt đầu gửi…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="102"/>
        <source>Send to every row the check found sendable</source>
        <translation>Gửi tới mọi hàng mà bước kiểm tra thấy gửi được</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="103"/>
        <source>St&amp;op</source>
        <translation>Dừng &amp;lại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="105"/>
        <source>Start no new request and end the batch once the requests under way have their answers</source>
        <translation>Không bắt đầu yêu cầu mới và kết thúc đợt gửi khi các yêu cầu đang gửi đã có trả lời</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="107"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Xuất kết quả…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="108"/>
        <source>Save every row&apos;s RequestId and result as CSV</source>
        <translation>Lưu RequestId và kết quả của mọi hàng thành tệp CSV</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="113"/>
        <source>Res&amp;ume</source>
        <translation>Tiế&amp;p tục</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="114"/>
        <source>Go on sending the rows not sent yet</source>
        <translation>Tiếp tục gửi các hàng chưa gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="116"/>
        <source>Pau&amp;se</source>
        <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/bulk/controls.py" line="117"/>
        <source>Start no new request; those under way finish</source>
        <translation>Không bắt đầu yêu cầu mới; các yêu cầu đang gửi sẽ hoàn tất</translation>
    </message>
</context>
<context>
    <name>SendOptionsEditor</name>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="53"/>
        <source>&amp;Recipient user_id</source>
        <translation>Người nhận (us&amp;er_id)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="53"/>
        <source>Send&amp;Date</source>
        <translation>SendD&amp;ate</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="53"/>
        <source>Re&amp;questId</source>
        <translation>Re&amp;questId</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="54"/>
        <source>&amp;Note</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="58"/>
        <source>Zalo user_id (several: separate with commas)</source>
        <translation>user_id Zalo (nhiều người: cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="59"/>
        <source>Empty: generated at send time</source>
        <translation>Trống: tự tạo khi gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="61"/>
        <source>Empty: send now; or yyyy-mm-dd hh:MM:ss</source>
        <translation>Trống: gửi ngay; hay yyyy-mm-dd hh:MM:ss</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="62"/>
        <source>Pick a date and time (local time)</source>
        <translation>Chọn ngày giờ (giờ địa phương)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="64"/>
        <source>Optional; saved in the draft, never sent</source>
        <translation>Không bắt buộc; lưu trong bản nháp, không gửi đi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="139"/>
        <source>Schedule the message</source>
        <translation>Hẹn giờ gửi tin nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/editor/send_options.py" line="155"/>
        <source>Send at (local time):</source>
        <translation>Gửi lúc (giờ địa phương):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="68"/>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="69"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="69"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="70"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="73"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="74"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Giao diện:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="75"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/settings_dialog.py" line="76"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="12"/>
        <source>Move the focused button row up or down</source>
        <translation>Chuyển dòng nút đang chọn lên hoặc xuống</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="13"/>
        <source>Next / previous field</source>
        <translation>Trường kế tiếp / trước đó</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="14"/>
        <source>Cancel the request in flight; close a dialog</source>
        <translation>Huỷ yêu cầu đang gửi; đóng hộp thoại</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="15"/>
        <source>Find in the History window</source>
        <translation>Tìm trong cửa sổ Lịch sử</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="16"/>
        <source>Reopen the selected History row as a draft</source>
        <translation>Mở lại dòng Lịch sử đang chọn thành bản nháp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="77"/>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="90"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="85"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/shortcuts.py" line="85"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="127"/>
        <source>To {recipient}, RequestId {request_id}: no SMSID is known, and eSMS offers no way to look a message up by RequestId. Check before sending again: Retry reuses the RequestId, so eSMS answers 124 if it already has it.</source>
        <translation>Tới {recipient}, RequestId {request_id}: chưa biết SMSID, và eSMS không có cách tra tin nhắn theo RequestId. Hãy kiểm tra trước khi gửi lại: Gửi lại dùng lại RequestId, nên eSMS trả lời 124 nếu đã có tin này.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="135"/>
        <source>Status of {sms_id} (to {recipient})</source>
        <translation>Trạng thái của {sms_id} (tới {recipient})</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="141"/>
        <source>could not ask eSMS — {reason}</source>
        <translation>không hỏi được eSMS — {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/status.py" line="144"/>
        <source>eSMS does not know this SMSID yet</source>
        <translation>eSMS chưa biết SMSID này</translation>
    </message>
</context>
<context>
    <name>TemplateQuestions</name>
    <message>
        <location filename="../../zalo_composer/ui/templates/questions.py" line="21"/>
        <source>Template name:</source>
        <translation>Tên mẫu:</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/questions.py" line="27"/>
        <source>Add a folder to the template library</source>
        <translation>Thêm thư mục vào thư viện mẫu</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="98"/>
        <source>Could not open the template</source>
        <translation>Không mở được mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="101"/>
        <source>Opened the template {name} as a new draft</source>
        <translation>Đã mở mẫu {name} thành bản nháp mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="121"/>
        <source>New template</source>
        <translation>Mẫu mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="130"/>
        <source>Could not save the template</source>
        <translation>Không lưu được mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="143"/>
        <source>Could not duplicate the template</source>
        <translation>Không nhân bản được mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="145"/>
        <source>{name} (copy)</source>
        <translation>{name} (bản sao)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="151"/>
        <source>Rename the template</source>
        <translation>Đổi tên mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="157"/>
        <source>Could not rename the template</source>
        <translation>Không đổi tên được mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="173"/>
        <source>Could not move the template to the trash</source>
        <translation>Không chuyển được mẫu vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="174"/>
        <source>{name} stays where it is: this system or folder has no trash.</source>
        <translation>{name} vẫn ở chỗ cũ: hệ thống hoặc thư mục này không có thùng rác.</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="178"/>
        <source>Move {name} to the trash</source>
        <translation>Chuyển {name} vào thùng rác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/__init__.py" line="180"/>
        <source>Moved {name} to the trash (Undo in the Templates panel brings it back)</source>
        <translation>Đã chuyển {name} vào thùng rác (Hoàn tác trong bảng Mẫu tin để lấy lại)</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="143"/>
        <source>{folder} — offline</source>
        <translation>{folder} — ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="154"/>
        <source>{count} templates, {broken} broken</source>
        <translation>{count} mẫu, {broken} mẫu hỏng</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="155"/>
        <source>{count} templates</source>
        <translation>{count} mẫu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="172"/>
        <source>Broken: {reason}</source>
        <translation>Hỏng: {reason}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="185"/>
        <source>the folder is not there</source>
        <translation>thư mục không còn ở đó</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="186"/>
        <source>it is not a folder</source>
        <translation>đây không phải là thư mục</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="208"/>
        <source>&amp;Find a template…</source>
        <translation>&amp;Tìm mẫu tin…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="209"/>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="210"/>
        <source>Filter templates</source>
        <translation>Lọc mẫu tin</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="211"/>
        <source>Templates</source>
        <translation>Mẫu tin</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="212"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="212"/>
        <source>Note or first line</source>
        <translation>Ghi chú hoặc dòng đầu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="213"/>
        <source>Buttons</source>
        <translation>Nút</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="213"/>
        <source>Modified</source>
        <translation>Sửa lúc</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="213"/>
        <source>Saved by</source>
        <translation>Người lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="214"/>
        <source>&amp;Open as a new draft</source>
        <translation>&amp;Mở thành bản nháp mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="215"/>
        <source>&amp;New from this draft…</source>
        <translation>Tạo mẫu từ &amp;bản nháp này…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="216"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="216"/>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="217"/>
        <source>&amp;Favourite</source>
        <translation>&amp;Yêu thích</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="218"/>
        <source>Move to &amp;trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="219"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="220"/>
        <source>&amp;Add a folder…</source>
        <translation>Thêm thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="221"/>
        <source>Re&amp;move this folder from the list</source>
        <translation>&amp;Gỡ thư mục này khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/templates/dock.py" line="222"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_chrome.py" line="73"/>
        <location filename="../../zalo_composer/ui/preview/zalo_chrome.py" line="81"/>
        <source>Chat with {name}</source>
        <translation>Trò chuyện với {name}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_chrome.py" line="136"/>
        <source>Official Account</source>
        <translation>Official Account</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <location filename="../../zalo_composer/ui/docks.py" line="42"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/docks.py" line="43"/>
        <source>Bulk send</source>
        <translation>Gửi hàng loạt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/docks.py" line="44"/>
        <source>Templates</source>
        <translation>Mẫu tin</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="95"/>
        <source>&amp;New</source>
        <translation>&amp;Tạo mới</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="95"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="96"/>
        <source>Save &amp;As…</source>
        <translation>Lưu thà&amp;nh…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="99"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="101"/>
        <source>&amp;Find in the history…</source>
        <translation>&amp;Tìm trong lịch sử…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="102"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="103"/>
        <source>&amp;Message</source>
        <translation>Tin &amp;nhắn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="104"/>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="105"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Dừng gửi</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="106"/>
        <source>&amp;Copy request JSON</source>
        <translation>&amp;Sao chép JSON yêu cầu</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="107"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="108"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="109"/>
        <source>&amp;Results log</source>
        <translation>&amp;Nhật ký kết quả</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="109"/>
        <source>&amp;Bulk send</source>
        <translation>Gửi &amp;hàng loạt</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="112"/>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="113"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/window_menus.py" line="114"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
</context>
<context>
    <name>ZaloPreview</name>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_preview.py" line="27"/>
        <source>Official Account</source>
        <translation>Official Account</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_preview.py" line="47"/>
        <location filename="../../zalo_composer/ui/preview/zalo_preview.py" line="210"/>
        <source>Zalo preview</source>
        <translation>Xem trước Zalo</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="40"/>
        <source>opens a link</source>
        <translation>mở liên kết</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="41"/>
        <source>sends a query</source>
        <translation>gửi truy vấn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="42"/>
        <source>sends a hidden query</source>
        <translation>gửi truy vấn ẩn</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="43"/>
        <source>opens an SMS</source>
        <translation>mở SMS</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="44"/>
        <source>makes a call</source>
        <translation>gọi điện</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="48"/>
        <source>(no title)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="49"/>
        <source>(no URL yet)</source>
        <translation>(chưa có URL)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="50"/>
        <source>(no query yet)</source>
        <translation>(chưa có truy vấn)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="51"/>
        <source>(no number yet)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="52"/>
        <source>(no text yet)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="53"/>
        <source>(empty message)</source>
        <translation>(tin nhắn trống)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="54"/>
        <source>Opens {url}</source>
        <translation>Mở {url}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="55"/>
        <source>Sends {query} to the OA (shown in the chat)</source>
        <translation>Gửi {query} tới OA (hiện trong cuộc trò chuyện)</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="56"/>
        <source>Sends {query} to the OA without showing it in the chat</source>
        <translation>Gửi {query} tới OA mà không hiện trong cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="58"/>
        <source>Opens an SMS to {number}: {text}</source>
        <translation>Mở SMS tới {number}: {text}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="59"/>
        <source>Calls {number}</source>
        <translation>Gọi {number}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="60"/>
        <source>Button {number}: {title}, {kind}</source>
        <translation>Nút {number}: {title}, {kind}</translation>
    </message>
    <message>
        <location filename="../../zalo_composer/ui/preview/zalo_text.py" line="61"/>
        <source>Scheduled for {when}</source>
        <translation>Hẹn gửi lúc {when}</translation>
    </message>
</context>
</TS>
