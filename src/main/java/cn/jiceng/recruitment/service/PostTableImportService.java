package cn.jiceng.recruitment.service;

import cn.jiceng.common.importing.ColumnSpec;
import cn.jiceng.common.importing.ImportError;
import cn.jiceng.common.importing.ImportRejectedException;
import cn.jiceng.common.importing.ImportText;
import cn.jiceng.common.importing.TabularFile;
import cn.jiceng.common.importing.TabularFileReader;
import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.service.OrgUnitService;
import cn.jiceng.recruitment.domain.Campaign;
import cn.jiceng.recruitment.domain.CampaignRepository;
import cn.jiceng.recruitment.domain.Education;
import cn.jiceng.recruitment.domain.Post;
import cn.jiceng.recruitment.domain.PostRepository;
import cn.jiceng.recruitment.domain.PostType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a post table (岗位表) in the conventional Chinese layout: 招聘单位, 岗位名称, 岗位代码,
 * 招聘人数, 学历, 专业, 年龄, 其他条件, optionally 单位代码, 岗位类型, 户籍, 是否限应届. Every row is
 * checked first; one bad row rejects the file and nothing is stored.
 */
@Service
public class PostTableImportService {

    public static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("unitName", "招聘单位", "单位名称"),
            ColumnSpec.optional("unitCode", "单位代码", "区划代码"),
            ColumnSpec.required("postName", "岗位名称"),
            ColumnSpec.required("postCode", "岗位代码", "岗位编码"),
            ColumnSpec.optional("postType", "岗位类型", "岗位类别"),
            ColumnSpec.required("openings", "招聘人数", "计划数"),
            ColumnSpec.required("education", "学历", "学历要求"),
            ColumnSpec.required("majors", "专业", "专业要求"),
            ColumnSpec.required("age", "年龄", "年龄要求"),
            ColumnSpec.optional("household", "户籍", "户籍要求"),
            ColumnSpec.optional("freshOnly", "是否限应届", "限应届"),
            ColumnSpec.required("notes", "其他条件", "备注"));

    private static final Pattern AGE = Pattern.compile("^(\\d{2})(周岁)?(及以下|以下)?$|^不限$|^$");

    private final TabularFileReader reader;
    private final CampaignRepository campaigns;
    private final PostRepository posts;
    private final OrgUnitService orgUnits;

    public PostTableImportService(TabularFileReader reader, CampaignRepository campaigns, PostRepository posts,
                                  OrgUnitService orgUnits) {
        this.reader = reader;
        this.campaigns = campaigns;
        this.posts = posts;
        this.orgUnits = orgUnits;
    }

    /** Adds the file's posts to the campaign; returns how many. */
    @Transactional
    public int importPosts(long campaignId, byte[] content) {
        List<Post> parsed = preview(campaignId, content);
        posts.saveAll(parsed);
        return parsed.size();
    }

    /** Checks the file and returns the posts it would add, unsaved (the preview HR confirms). */
    @Transactional(readOnly = true)
    public List<Post> preview(long campaignId, byte[] content) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        OrgUnit city = orgUnits.getByCode(campaign.getCityCode());
        TabularFile file = reader.read(content, COLUMNS);
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        List<Post> parsed = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            if (row.isBlank()) {
                continue;
            }
            int n = row.rowNumber();
            int before = errors.size();
            String postCode = row.get("postCode").trim();
            String postName = row.get("postName").trim();
            String unitName = row.get("unitName").trim();
            if (postCode.isEmpty() || postCode.length() > 20) {
                errors.add(new ImportError(n, "recruitment.import.postCode"));
            } else if (codes.putIfAbsent(postCode, n) != null) {
                errors.add(new ImportError(n, "recruitment.import.duplicatePostCode", postCode, codes.get(postCode)));
            } else if (posts.findByCampaignIdAndPostCode(campaignId, postCode).isPresent()) {
                errors.add(new ImportError(n, "recruitment.import.postCodeExists", postCode));
            }
            if (postName.isEmpty() || postName.length() > 100) {
                errors.add(new ImportError(n, "recruitment.import.postName"));
            }
            OrgUnit unit = findUnit(city, row.get("unitCode").trim(), unitName, n, errors);
            Integer openings = parsePositive(row.get("openings"));
            if (openings == null) {
                errors.add(new ImportError(n, "recruitment.import.openings", row.get("openings")));
            }
            Education education = Education.parse(row.get("education"));
            if (education == null) {
                errors.add(new ImportError(n, "recruitment.import.education", row.get("education")));
            }
            Matcher age = AGE.matcher(row.get("age").trim());
            if (!age.matches()) {
                errors.add(new ImportError(n, "recruitment.import.age", row.get("age")));
            }
            PostType type = parseType(row.get("postType"), unit);
            String household = row.get("household").trim();
            if (!household.isEmpty() && !household.matches("\\d{6,12}") && !household.equals("不限")) {
                errors.add(new ImportError(n, "recruitment.import.household", household));
            }
            if (errors.size() > before) {
                continue;
            }
            Integer maxAge = age.group(1) == null ? null : Integer.valueOf(age.group(1));
            String freshOnly = row.get("freshOnly").trim();
            parsed.add(new Post(campaign, postCode, unit.getCode(), unitName.isEmpty() ? unit.getName() : unitName, postName,
                    type, openings, education, emptyToNull(row.get("majors")), maxAge,
                    household.isEmpty() || household.equals("不限") ? null : household,
                    freshOnly.equals("是") || freshOnly.equalsIgnoreCase("true") || row.get("notes").contains("限应届"),
                    emptyToNull(row.get("notes"))));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (parsed.isEmpty()) {
            throw new ImportRejectedException(List.of(new ImportError(0, "import.error.emptyFile")));
        }
        return parsed;
    }

    private OrgUnit findUnit(OrgUnit city, String code, String name, int row, List<ImportError> errors) {
        if (!code.isEmpty()) {
            OrgUnit unit = orgUnits.findByCode(code).orElse(null);
            if (unit == null || !unit.getPath().startsWith(city.getPath())) {
                errors.add(new ImportError(row, "recruitment.import.unitOutsideCity", code, city.getName()));
                return null;
            }
            return unit;
        }
        List<OrgUnit> matches = orgUnits.search(city, name).stream().filter(u -> u.getName().equals(name)).toList();
        if (matches.size() != 1) {
            errors.add(new ImportError(row, matches.isEmpty() ? "recruitment.import.unitUnknown" : "recruitment.import.unitAmbiguous",
                    name));
            return null;
        }
        return matches.get(0);
    }

    private static PostType parseType(String text, OrgUnit unit) {
        String t = text == null ? "" : text.trim();
        if (t.contains("乡村") || t.equalsIgnoreCase("RURAL_REVITALISATION")) {
            return PostType.RURAL_REVITALISATION;
        }
        if (t.contains("社区") || t.equalsIgnoreCase("COMMUNITY_GOVERNANCE")) {
            return PostType.COMMUNITY_GOVERNANCE;
        }
        return unit != null && unit.getLevel() == OrgLevel.COMMUNITY && unit.getType().name().equals("VILLAGE")
                ? PostType.RURAL_REVITALISATION : PostType.COMMUNITY_GOVERNANCE;
    }

    private static Integer parsePositive(String s) {
        try {
            int v = Integer.parseInt(ImportText.ascii(s).replace("人", "").strip());
            return v > 0 && v <= 1000 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
